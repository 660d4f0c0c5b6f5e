// HTTP route of the registry totals (tag `registry`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { statsOutSchema } from '#src/registry/stats-schema.ts';
import { getStats } from '#src/registry/stats-service.ts';

/** The /stats route: open to everyone, counting what the caller may read. */
export function createStatsRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      tags: ['registry'],
      summary: 'Totals of the registry: organisations, projects, participations and more, as far as the caller may read',
      responses: { 200: { content: { 'application/json': { schema: statsOutSchema } }, description: 'the totals' } },
    }),
    async (c) => c.json(await getStats(c.var.ctx), 200),
  );
  return router;
}
