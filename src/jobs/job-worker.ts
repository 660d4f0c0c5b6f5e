// The background worker of the process: takes up jobs left by a stopped process, then runs due jobs one at a time.
import type { Db } from '#src/db/connect.ts';
import type { JobHandlers } from '#src/jobs/job-queue.ts';
import { deleteFinishedJobs, requeueAbandonedJobs } from '#src/jobs/job-repo.ts';
import { MAX_ATTEMPTS, defaultRetryDelayMs, runNextJob, type RunnerDeps } from '#src/jobs/job-runner.ts';
import type { Logger } from '#src/log.ts';

export type JobWorkerOptions = {
  db: Db;
  log: Logger;
  clock: () => Date;
  handlers: JobHandlers;
  /** The pause between looks at the queue while it is empty. */
  pollMs: number;
  /**
   * This process is the only one on the database (embedded PGlite): at start every running job belongs to a
   * process that stopped and is taken up at once. On a shared server only jobs whose lease ran out are.
   */
  exclusive?: boolean;
  leaseMs?: number;
  retryDelayMs?: (attempts: number) => number;
  /** How long `stop()` waits for the job at hand before leaving it to the next start. */
  stopGraceMs?: number;
};

export type JobWorker = { stop: () => Promise<void> };

const DAY_MS = 86_400_000;
const KEEP_FINISHED_DAYS = 30;

/** Starts the worker (after taking up abandoned jobs) and returns its `stop`, which waits for the job at hand. */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const leaseMs = options.leaseMs ?? 60_000;
  const deps: RunnerDeps = {
    db: options.db, log: options.log, clock: options.clock, handlers: options.handlers, leaseMs,
    retryDelayMs: options.retryDelayMs ?? defaultRetryDelayMs,
  };
  const now = options.clock();
  const taken = await requeueAbandonedJobs(options.db, now, MAX_ATTEMPTS, options.exclusive ?? false);
  if (taken.requeued + taken.failed > 0) options.log.info(`jobs: took up ${taken.requeued} interrupted job(s), ${taken.failed} failed for good`);
  await deleteFinishedJobs(options.db, new Date(now.getTime() - KEEP_FINISHED_DAYS * DAY_MS));

  let stopping = false;
  let wake: (() => void) | undefined;
  let lastSweep = now.getTime();
  const loop = (async () => {
    while (!stopping) {
      try {
        if (options.clock().getTime() - lastSweep >= leaseMs) {
          // A process sharing the server may have died holding a job: its lease has run out by now.
          lastSweep = options.clock().getTime();
          await requeueAbandonedJobs(options.db, options.clock(), MAX_ATTEMPTS, false);
        }
        if (await runNextJob(deps)) continue;
      } catch (err) {
        if (stopping) break;
        options.log.error('jobs: the worker could not reach the queue', err);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  })();

  return {
    stop: async () => {
      stopping = true;
      wake?.();
      let timer: NodeJS.Timeout | undefined;
      // A job still running after the grace keeps its lease and is taken up by the next start.
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.stopGraceMs ?? 10_000)));
      await Promise.race([loop, grace]);
      clearTimeout(timer);
    },
  };
}
