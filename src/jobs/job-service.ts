// Reading the job queue: what runs, what waits, what failed (platform admins only).
import { requireAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { findRecentJobs } from '#src/jobs/job-repo.ts';
import { presentJob, type JobListQuery } from '#src/jobs/job-schema.ts';

/** The most recent jobs with their status and progress, newest first. */
export async function listJobs(ctx: Ctx, query: JobListQuery) {
  requireAdmin(ctx.actor);
  const rows = await findRecentJobs(ctx.db, query);
  return { items: rows.map(presentJob) };
}
