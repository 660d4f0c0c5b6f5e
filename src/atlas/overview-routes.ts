// HTTP route of the cluster overview (tag `atlas`): the figures behind the charts of /overview.
import { createRoute } from '@hono/zod-openapi';
import { overviewOutSchema, overviewQuerySchema } from '#src/atlas/overview-schema.ts';
import { getOverview } from '#src/atlas/overview-service.ts';
import { createRouter } from '#src/http/env.ts';

/** The /atlas/overview route: open to everyone, counting what the caller may see. */
export function createOverviewRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/atlas/overview',
      tags: ['atlas'],
      summary: 'Figures of a cluster, hub, region or competence (or the whole registry): organisations, projects, EU funding, competences, growth',
      description:
        'Organisations by type and sector, projects and EU contribution per start year, the most frequent competences, ' +
        'countries and NUTS-2 regions, facilities, offers and requests, and (for a cluster or hub) membership growth. ' +
        'Every figure counts only what the caller may see. Unknown cluster, hub or competence references are invalid (422).',
      request: { query: overviewQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: overviewOutSchema } }, description: 'the figures of the scope' } },
    }),
    async (c) => c.json(await getOverview(c.var.ctx, c.req.valid('query')), 200),
  );
  return router;
}
