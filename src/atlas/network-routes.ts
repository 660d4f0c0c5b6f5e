// HTTP route of the collaboration network (tag `atlas`).
import { createRoute } from '@hono/zod-openapi';
import { networkOutSchema, networkQuerySchema } from '#src/atlas/network-schema.ts';
import { getNetwork } from '#src/atlas/network-service.ts';
import { createRouter } from '#src/http/env.ts';

/** The /atlas/network route. */
export function createNetworkRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get',
      path: '/atlas/network',
      tags: ['atlas'],
      summary: 'The collaboration network (organisations linked by joint projects) of a region, cluster or competence',
      description:
        'Nodes carry degree, betweenness, a Louvain community and ForceAtlas2 coordinates; edges are ' +
        '[source index, target index, joint projects]. Bridges are the in-scope organisations linking the scope ' +
        'to the rest of Europe. Computed on the server and cached until the registry changes.',
      request: { query: networkQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: networkOutSchema } }, description: 'the network' } },
    }),
    async (c) => c.json(await getNetwork(c.var.ctx, c.req.valid('query')), 200),
  );
  return router;
}
