// The worker thread of the `event-schedule` job: schedules the EVENT it is given with the app's extras and posts
// progress while it searches, then the result (an error as `{error}`), so the search does not block the server.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '#src/errors.ts';
import { runSchedule } from '#src/events/meeting-schedule-run.ts';
import type { ScheduleExtras } from '#src/events/schedule-problem.ts';

const { event, seconds, extras } = workerData as { event: unknown; seconds: number; extras: ScheduleExtras };
try {
  const result = runSchedule(event, seconds, extras, (progress) => parentPort!.postMessage({ progress }));
  parentPort!.postMessage({ result });
} catch (err) {
  parentPort!.postMessage({ error: { message: err instanceof Error ? err.message : String(err), invalid: err instanceof AppError && err.code === 'invalid' } });
}
