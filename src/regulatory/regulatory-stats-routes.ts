// HTTP route of the cluster manager's regulatory overview (tag `regulatory`).
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { clusterIdParamSchema } from '#src/registry/cluster-schema.ts';
import { deviceClassSchema, notifiedBodySchema } from '#src/regulatory/product-schema.ts';
import { regulatoryOverview } from '#src/regulatory/regulatory-stats-service.ts';

const regulation = z.enum(['MDR', 'IVDR']);
const counts = { products: z.number().int(), organizations: z.number().int() };

const overviewSchema = z
  .object({
    clusterId: z.string(),
    totals: z.object({ memberOrganizations: z.number().int(), organizationsWithProducts: z.number().int(), products: z.number().int() }),
    byClass: z.array(z.object({ regulation, class: deviceClassSchema, ...counts })).openapi({ description: 'every class, zeros included' }),
    byNotifiedBody: z.array(z.object({ notifiedBody: notifiedBodySchema, ...counts })),
    byRoute: z.array(z.object({ routeKey: z.string(), notifiedBody: notifiedBodySchema, ...counts })).openapi({ description: 'per default procedure, most products first' }),
    byRegulation: z.array(z.object({ regulation, ...counts })),
    organizations: z.array(z.object({
      id: z.string(),
      name: z.string(),
      classes: z.array(z.string()).openapi({ description: 'e.g. "MDR IIa", one each, in class order' }),
      products: z.array(z.object({
        id: z.string(), name: z.string(), regulation, class: deviceClassSchema, subclasses: z.array(z.string()),
        notifiedBody: notifiedBodySchema, routeKey: z.string(),
      })),
    })).openapi({ description: 'the members with products, by name' }),
  })
  .openapi('RegulatoryOverview');

/** The /clusters/{id}/regulatory-overview route. */
export function createRegulatoryStatsRoutes() {
  const router = createRouter();
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{id}/regulatory-overview', tags: ['regulatory'],
      summary: 'Members’ products per class, route and regulation (the cluster’s managers and admins)',
      request: { params: clusterIdParamSchema },
      responses: { 200: { content: { 'application/json': { schema: overviewSchema } }, description: 'the overview' } },
    }),
    async (c) => c.json(await regulatoryOverview(c.var.ctx, c.req.valid('param').id), 200),
  );
  return router;
}
