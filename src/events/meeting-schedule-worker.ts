// The worker thread of the `event-schedule` job: schedules the EVENT it is given and posts the result back
// (an error as `{error}`), so the search does not block the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '#src/errors.ts';
import { runSchedule } from '#src/events/meeting-schedule-run.ts';

const { event, seconds } = workerData as { event: unknown; seconds: number };
try {
  parentPort!.postMessage({ output: runSchedule(event, seconds) });
} catch (err) {
  parentPort!.postMessage({ error: { message: err instanceof Error ? err.message : String(err), invalid: err instanceof AppError && err.code === 'invalid' } });
}
