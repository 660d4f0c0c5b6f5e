// HTTP routes of clusters and hubs (tag `clusters`).
import { createRoute } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { clusterAccess } from '#src/auth/cluster-access.ts';
import { createRouter } from '#src/http/env.ts';
import {
  clusterCreateSchema,
  clusterIdParamSchema,
  clusterListOutSchema,
  clusterOutSchema,
  clusterRefParamSchema,
  clusterUpdateSchema,
} from '#src/registry/cluster-schema.ts';
import { createCluster, deleteCluster, findCluster, getCluster, listClusters, updateCluster } from '#src/registry/cluster-service.ts';

const tags = ['clusters'];
const cluster = { content: { 'application/json': { schema: clusterOutSchema } }, description: 'the cluster with its hubs' };

/** The /clusters routes. */
export function createClusterRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters', tags, summary: 'List clusters with their hubs and member counts',
      responses: { 200: { content: { 'application/json': { schema: clusterListOutSchema } }, description: 'the clusters' } },
    }),
    async (c) => c.json(await listClusters(c.var.ctx), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/clusters/{ref}', tags, summary: 'Get a cluster or hub by id or slug', request: { params: clusterRefParamSchema }, responses: { 200: cluster } }),
    async (c) => c.json(await getCluster(c.var.ctx, c.req.valid('param').ref), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/access', tags, summary: 'How you stand to a cluster or hub: manager, member or public',
      request: { params: clusterRefParamSchema },
      responses: { 200: { content: { 'application/json': { schema: z.object({ clusterId: z.string(), access: z.enum(['manager', 'member', 'public']) }) } }, description: 'your access' } },
    }),
    async (c) => {
      const cluster = await findCluster(c.var.ctx, c.req.valid('param').ref);
      return c.json({ clusterId: cluster.id, access: await clusterAccess(c.var.ctx, cluster.id) }, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/clusters', tags, summary: 'Create a cluster (admins) or a hub of a cluster (its managers)',
      request: { body: { content: { 'application/json': { schema: clusterCreateSchema } }, required: true } },
      responses: { 201: cluster },
    }),
    async (c) => c.json(await createCluster(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/clusters/{id}', tags, summary: 'Change a cluster or hub (its managers)',
      request: { params: clusterIdParamSchema, body: { content: { 'application/json': { schema: clusterUpdateSchema } }, required: true } },
      responses: { 200: cluster },
    }),
    async (c) => c.json(await updateCluster(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'delete', path: '/clusters/{id}', tags, summary: 'Delete a cluster or hub with its memberships (admins)',
      request: { params: clusterIdParamSchema }, responses: { 204: { description: 'deleted' } },
    }),
    async (c) => {
      await deleteCluster(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return router;
}
