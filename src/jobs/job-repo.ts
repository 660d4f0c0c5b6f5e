// SQL of the job queue: enqueue (deduplicated), claim one job, keep its lease, end it, re-queue abandoned ones.
import { sql, type Selectable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { JobProgress, JobStatus, JobsTable } from '#src/db/types.ts';

export type JobRow = Selectable<JobsTable>;

const at = (date: Date) => sql<Date>`${date.toISOString()}::timestamptz`;

/**
 * Inserts a queued job; with a dedupe key that a queued or running job already holds, inserts nothing and returns
 * that job's id instead (`created` false).
 */
export async function insertJob(
  db: Db,
  job: { kind: string; payload: unknown; dedupeKey: string | null; runAfter: Date | undefined },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey,
      // Due at once is the real time from the app, not the column default now(): claims compare run_after with the
      // app's clock in whole milliseconds and now() has microseconds, so a job claimed within the millisecond it was
      // queued in was skipped. Real time, as now() was, keeps injected runner clocks meaning what they did; a given
      // runAfter is kept, so a delayed job still waits for it.
      run_after: at(job.runAfter ?? new Date()),
    })
    .onConflict((oc) => oc.column('dedupe_key').where('status', 'in', ['queued', 'running']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', '=', job.dedupeKey)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/**
 * Claims the next due job of one of `kinds` for this worker: one statement, so two workers (processes on one
 * PostgreSQL server) never get the same job; SKIP LOCKED lets them pass each other's claims without waiting.
 */
export async function claimJob(db: Db, kinds: string[], now: Date, leaseMs: number): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  const { rows } = await sql<JobRow>`
    update jobs set status = 'running', attempts = attempts + 1, started_at = ${at(now)},
      locked_until = ${at(new Date(now.getTime() + leaseMs))}
    where status = 'queued' and id = (
      select id from jobs
      where status = 'queued' and run_after <= ${at(now)} and kind = any(${kinds}::text[])
      order by run_after, created_at, id
      limit 1
      for update skip locked)
    returning *`.execute(db);
  return rows[0];
}

/** Extends the lease of a running job (this attempt of it), with its progress when given; false when it is no longer ours. */
export async function renewJob(db: Db, job: { id: string; attempts: number }, lockedUntil: Date, progress?: JobProgress): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ locked_until: at(lockedUntil), ...(progress ? { progress: JSON.stringify(progress) } : {}) })
    .where('id', '=', job.id)
    .where('attempts', '=', job.attempts)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Sets the progress of a job, whoever runs it. */
export async function updateJobProgress(db: Db, id: string, progress: JobProgress): Promise<void> {
  await db.updateTable('jobs').set({ progress: JSON.stringify(progress) }).where('id', '=', id).execute();
}

/**
 * Ends this attempt of a running job: `done`, `failed`, or back to `queued` to be retried after `retryAt`.
 * Does nothing when the job is no longer this attempt's (re-queued and claimed again meanwhile).
 */
export async function endJobAttempt(
  db: Db,
  job: { id: string; attempts: number },
  end: { status: Exclude<JobStatus, 'running'>; now: Date; error?: string; retryAt?: Date },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      status: end.status,
      locked_until: null,
      ...(end.status === 'queued' ? { run_after: at(end.retryAt ?? end.now) } : { finished_at: at(end.now) }),
      ...(end.error === undefined ? {} : { last_error: end.error.slice(0, 4000) }),
    })
    .where('id', '=', job.id)
    .where('attempts', '=', job.attempts)
    .where('status', '=', 'running')
    .execute();
}

/**
 * Running jobs left by a stopped process: those whose lease has run out, or every running one when `all` (this
 * process is the only one on the database). Ones with attempts left are queued again, the others fail.
 */
export async function requeueAbandonedJobs(db: Db, now: Date, maxAttempts: number, all: boolean): Promise<{ requeued: number; failed: number }> {
  const abandoned = all ? sql<boolean>`true` : sql<boolean>`locked_until < ${at(now)}`;
  const { rows } = await sql<{ status: JobStatus }>`
    update jobs set
      status = case when attempts < ${maxAttempts} then 'queued' else 'failed' end,
      run_after = ${at(now)},
      finished_at = case when attempts < ${maxAttempts} then null else ${at(now)} end,
      last_error = case when attempts < ${maxAttempts} then last_error else 'abandoned: the process running it stopped' end,
      locked_until = null
    where status = 'running' and ${abandoned}
    returning status`.execute(db);
  return { requeued: rows.filter((r) => r.status === 'queued').length, failed: rows.filter((r) => r.status === 'failed').length };
}

/** Deletes finished jobs that ended before `before` (the table is a queue and a recent history, not an archive). */
export async function deleteFinishedJobs(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('jobs').where('status', 'in', ['done', 'failed']).where('finished_at', '<', at(before)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The newest jobs first, optionally of one status or kind. */
export async function findRecentJobs(db: Db, filter: { status?: JobStatus | undefined; kind?: string | undefined; limit: number }): Promise<JobRow[]> {
  let query = db.selectFrom('jobs').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
}
