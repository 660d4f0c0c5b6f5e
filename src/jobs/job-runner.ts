// Runs one job: claims it, keeps its lease while the handler works, and records done, a retry, or the failure.
import { system } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import type { JobProgress } from '#src/db/types.ts';
import { AppError } from '#src/errors.ts';
import type { Job, JobHandlers } from '#src/jobs/job-queue.ts';
import { claimJob, endJobAttempt, renewJob } from '#src/jobs/job-repo.ts';
import type { Logger } from '#src/log.ts';

export const MAX_ATTEMPTS = 3;

export type RunnerDeps = {
  db: Db;
  log: Logger;
  clock: () => Date;
  handlers: JobHandlers;
  /** How long a claimed job stays ours without a sign of life (renewed every third of it). */
  leaseMs: number;
  /** The wait before attempt `attempts + 1` after attempt `attempts` failed. */
  retryDelayMs: (attempts: number) => number;
};

/** 30 s after the first failure, 2 min after the second. */
export const defaultRetryDelayMs = (attempts: number) => 30_000 * 4 ** (attempts - 1);

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Claims and runs the next due job; resolves with it (as claimed) or undefined when none is due. */
export async function runNextJob(deps: RunnerDeps): Promise<Job | undefined> {
  const job = await claimJob(deps.db, Object.keys(deps.handlers), deps.clock(), deps.leaseMs);
  if (!job) return undefined;
  const handler = deps.handlers[job.kind]!;
  const leaseEnd = () => new Date(deps.clock().getTime() + deps.leaseMs);
  const progress = async (p: JobProgress) => {
    await renewJob(deps.db, job, leaseEnd(), p);
  };
  // A heartbeat keeps the lease while the handler works between progress reports.
  const heartbeat = setInterval(() => {
    renewJob(deps.db, job, leaseEnd()).catch((err: unknown) => deps.log.warn(`job ${job.id}: could not renew its lease`, messageOf(err)));
  }, Math.max(1000, Math.floor(deps.leaseMs / 3)));
  heartbeat.unref();
  const started = Date.now();
  try {
    await handler({ db: deps.db, actor: system, clock: deps.clock, log: deps.log }, job, progress);
    clearInterval(heartbeat);
    await endJobAttempt(deps.db, job, { status: 'done', now: deps.clock() });
    deps.log.debug(`job ${job.kind} ${job.id} done in ${Date.now() - started} ms`);
  } catch (err) {
    clearInterval(heartbeat);
    const permanent = err instanceof AppError && err.code === 'invalid';
    const retry = !permanent && job.attempts < MAX_ATTEMPTS;
    const now = deps.clock();
    const error = messageOf(err);
    await endJobAttempt(deps.db, job, retry
      ? { status: 'queued', now, error, retryAt: new Date(now.getTime() + deps.retryDelayMs(job.attempts)) }
      : { status: 'failed', now, error });
    deps.log.warn(`job ${job.kind} ${job.id} attempt ${job.attempts} failed${retry ? ', will retry' : ''}: ${error}`);
  }
  return job;
}
