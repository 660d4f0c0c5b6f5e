// The job list over HTTP: query, API object and presenter.
import { z } from '@hono/zod-openapi';
import { isoTime } from '#src/registry/competence-schema.ts';
import type { JobRow } from '#src/jobs/job-repo.ts';

export const jobStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);

export const jobListQuerySchema = z.object({
  status: jobStatusSchema.optional(),
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const progressSchema = z
  .object({ done: z.number().optional(), total: z.number().optional(), message: z.string().optional() })
  .openapi('JobProgress', { description: 'how far the job got, as its handler last reported' });

export const jobOutSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    payload: z.unknown(),
    status: jobStatusSchema,
    progress: progressSchema.nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    dedupeKey: z.string().nullable(),
    runAfter: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Job');

export const jobListOutSchema = z.object({ items: z.array(jobOutSchema) }).openapi('JobList');

export type JobListQuery = z.infer<typeof jobListQuerySchema>;

/** Turns a job row into the API object. */
export function presentJob(row: JobRow): z.infer<typeof jobOutSchema> {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    status: row.status,
    progress: row.progress,
    attempts: row.attempts,
    lastError: row.last_error,
    dedupeKey: row.dedupe_key,
    runAfter: isoTime(row.run_after),
    createdAt: isoTime(row.created_at),
    startedAt: row.started_at === null ? null : isoTime(row.started_at),
    finishedAt: row.finished_at === null ? null : isoTime(row.finished_at),
  };
}
