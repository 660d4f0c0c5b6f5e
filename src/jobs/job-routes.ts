// HTTP routes of the job queue (tag `jobs`): a read-only view for platform admins.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { jobListOutSchema, jobListQuerySchema } from '#src/jobs/job-schema.ts';
import { listJobs } from '#src/jobs/job-service.ts';

/** The /jobs routes. */
export function createJobRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get', path: '/jobs', tags: ['jobs'], summary: 'Recent background jobs with status and progress (platform admins)',
      request: { query: jobListQuerySchema },
      responses: {
        200: { content: { 'application/json': { schema: jobListOutSchema } }, description: 'the newest jobs first' },
        401: { description: 'not signed in' },
        403: { description: 'not a platform admin' },
      },
    }),
    async (c) => c.json(await listJobs(c.var.ctx, c.req.valid('query')), 200),
  );
  return router;
}
