// HTTP routes of the atlas map (tag `atlas`): the points of the organisations and the counts per region.
import { createRoute } from '@hono/zod-openapi';
import {
  mapPointsOutSchema,
  mapPointsQuerySchema,
  mapRegionsOutSchema,
  mapRegionsQuerySchema,
} from '#src/atlas/map-schema.ts';
import { getMapRegions, listMapPoints } from '#src/atlas/map-service.ts';
import { createRouter } from '#src/http/env.ts';

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** The /atlas/points and /atlas/regions routes. */
export function createMapRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/atlas/points',
      tags: ['atlas'],
      summary: 'Every visible organisation with coordinates matching the filters, as compact parallel arrays',
      request: { query: mapPointsQuerySchema },
      responses: { 200: json(mapPointsOutSchema, 'the points of the map') },
    }),
    async (c) => c.json(await listMapPoints(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/atlas/regions',
      tags: ['atlas'],
      summary: 'Matching organisations (with a competence or a descendant) per country or NUTS-2 region, with centroids',
      request: { query: mapRegionsQuerySchema },
      responses: { 200: json(mapRegionsOutSchema, 'counts per country or NUTS-2 region') },
    }),
    async (c) => c.json(await getMapRegions(c.var.ctx, c.req.valid('query')), 200),
  );

  return router;
}
