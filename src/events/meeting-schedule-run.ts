// Runs the scheduling engine on an EVENT with the app's extras (daily caps, pinned placements): pure, so it runs
// in a worker thread (see meeting-schedule-worker.ts), reporting its progress as it goes.
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem, type ScheduleExtras } from '#src/events/schedule-problem.ts';
import { solveSchedule, type SolveProgress } from '#src/events/schedule-solve.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';

/** What the search reports while it runs, with the seconds since it started. */
export type RunProgress = SolveProgress & { seconds: number };

/**
 * The contract's schedule of `event` under `extras`, searched for at most `seconds`, checked as the CLI checks it
 * (and against the daily caps); `pinned` counts the pins kept in place.
 */
export function runSchedule(event: unknown, seconds: number, extras: ScheduleExtras = {}, onProgress?: (progress: RunProgress) => void): { output: ScheduleOutput; pinned: number } {
  const started = performance.now();
  const now = () => performance.now();
  const problem = buildProblem(parseEvent(event), extras);
  const report = onProgress && ((p: SolveProgress) => onProgress({ ...p, seconds: (now() - started) / 1000 }));
  const { state, upperBound, pinned } = solveSchedule(problem, { deadline: started + seconds * 1000, now, ...(report ? { onProgress: report, progressEveryMs: 500 } : {}) });
  const output = scheduleOutput(state, upperBound, (now() - started) / 1000);
  const problems = validateSchedule(problem.event, output, extras.dailyCaps);
  if (problems.length > 0) throw new Error(`the scheduler made an invalid schedule (a bug): ${problems.slice(0, 3).join('; ')}`);
  return { output, pinned };
}
