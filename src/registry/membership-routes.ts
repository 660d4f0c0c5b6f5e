// HTTP routes of cluster and hub memberships (tag `clusters`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import { registerMembershipDecisionRoutes } from '#src/registry/membership-decision-routes.ts';
import {
  applicationSchema,
  memberListOutSchema,
  memberListQuerySchema,
  membershipOutSchema,
  membershipParamSchema,
  membershipPutSchema,
} from '#src/registry/membership-schema.ts';
import { applyForMembership, listMembers, putMembership, removeMembership } from '#src/registry/membership-service.ts';

const tags = ['clusters'];
const membership = (description: string) => ({ content: { 'application/json': { schema: membershipOutSchema } }, description });

/** The /clusters/{…}/members and /applications routes. */
export function createMembershipRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/members', tags,
      summary: 'List the members of a cluster or hub (with includeHubs, of its hubs too); managers see every status and the applications’ words',
      request: { params: clusterRefParamSchema, query: memberListQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: memberListOutSchema } }, description: 'the members' } },
    }),
    async (c) => c.json(await listMembers(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'put', path: '/clusters/{id}/members/{organizationId}', tags, summary: 'Add an organisation or change its membership (managers)',
      request: { params: membershipParamSchema, body: { content: { 'application/json': { schema: membershipPutSchema } }, required: true } },
      responses: { 200: membership('the changed membership'), 201: membership('the new membership') },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      const result = await putMembership(c.var.ctx, id, organizationId, c.req.valid('json'));
      return result.created ? c.json(result.membership, 201) : c.json(result.membership, 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'delete', path: '/clusters/{id}/members/{organizationId}', tags, summary: 'Remove a membership (managers)',
      request: { params: membershipParamSchema }, responses: { 204: { description: 'removed' } },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      await removeMembership(c.var.ctx, id, organizationId);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{ref}/applications', tags, summary: 'Apply for membership for an organisation you edit',
      request: { params: clusterRefParamSchema, body: { content: { 'application/json': { schema: applicationSchema } }, required: true } },
      responses: { 201: membership('the application (status applied)') },
    }),
    async (c) => c.json(await applyForMembership(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );

  registerMembershipDecisionRoutes(router);
  return router;
}
