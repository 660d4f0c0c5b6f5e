// Runs the scheduling engine on an EVENT: pure, so it runs in a worker thread (see meeting-schedule-worker.ts).
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { solveSchedule } from '#src/events/schedule-solve.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';

/** The contract's schedule of `event` (checked as the CLI checks it), searched for at most `seconds`. */
export function runSchedule(event: unknown, seconds: number): ScheduleOutput {
  const started = performance.now();
  const problem = buildProblem(parseEvent(event));
  const { state, upperBound } = solveSchedule(problem, { deadline: started + seconds * 1000, now: () => performance.now() });
  return scheduleOutput(state, upperBound, (performance.now() - started) / 1000);
}
