// The job queue's API for capabilities: enqueue work, report progress, and the shape of a job handler.
import { z } from 'zod';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import type { JobProgress } from '#src/db/types.ts';
import { invalid, issuesToDetails } from '#src/errors.ts';
import { insertJob, updateJobProgress, type JobRow } from '#src/jobs/job-repo.ts';

export type Job = JobRow;

/** Reports how far the running job got (shown by GET /api/v1/jobs); also keeps the job's lease. */
export type ReportProgress = (progress: JobProgress) => Promise<void>;

/**
 * Does one job of a kind. It runs as the system actor; it may be run again after a failure or a crash, so it
 * must be safe to repeat. Throwing an `invalid` AppError fails the job at once (retrying cannot help).
 */
export type JobHandler = (ctx: Ctx, job: Job, progress: ReportProgress) => Promise<void>;

export type JobHandlers = Record<string, JobHandler>;

const enqueueSchema = z.object({
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'a kebab-case job kind'),
  dedupeKey: z.string().min(1).max(300).optional(),
  runAfter: z.date().optional(),
});

const progressSchema = z
  .object({ done: z.number().int().min(0).optional(), total: z.number().int().min(0).optional(), message: z.string().max(500).optional() })
  .strict();

/**
 * Queues a job of `kind` with a JSON payload, to run at once or after `runAfter`. With `dedupeKey`, a job with the
 * same key that is still queued or running stands for this one (nothing is added; its id is returned). Pass a
 * transaction as `db` to queue the job only if the transaction commits.
 */
export async function enqueueJob(
  db: Db,
  kind: string,
  payload: unknown,
  options: { dedupeKey?: string; runAfter?: Date } = {},
): Promise<{ id: string; created: boolean }> {
  const parsed = enqueueSchema.safeParse({ kind, ...options });
  if (!parsed.success) throw invalid('invalid job', issuesToDetails(parsed.error.issues));
  return insertJob(db, { kind, payload: payload ?? {}, dedupeKey: options.dedupeKey ?? null, runAfter: options.runAfter });
}

/** Records how far job `jobId` got: `{done, total, message}`. */
export async function reportProgress(db: Db, jobId: string, progress: JobProgress): Promise<void> {
  const parsed = progressSchema.safeParse(progress);
  if (!parsed.success) throw invalid('invalid job progress', issuesToDetails(parsed.error.issues));
  await updateJobProgress(db, jobId, parsed.data);
}
