// HTTP route of the atlas search (tag `search`): organisations, facilities, projects and offers in one query.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { searchAllOutSchema, searchAllQuerySchema } from '#src/registry/search-all-schema.ts';
import { searchAll } from '#src/registry/search-all-service.ts';

/** The /search route: open to everyone, finding what the caller may read. */
export function createSearchAllRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      tags: ['search'],
      summary: 'Search organisations (with facets), facilities, projects and offers at once: counts of each, a page of one kind',
      request: { query: searchAllQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: searchAllOutSchema } }, description: 'counts, facets and a page of results' } },
    }),
    async (c) => c.json(await searchAll(c.var.ctx, c.req.valid('query')), 200),
  );
  return router;
}
