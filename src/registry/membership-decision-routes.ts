// HTTP routes of membership decisions (tag `clusters`): the applications, approving, rejecting, ending, withdrawing.
import { createRoute, z } from '@hono/zod-openapi';
import type { createRouter } from '#src/http/env.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import {
  approveApplication,
  endMembership,
  listApplications,
  listOrganizationMemberships,
  rejectApplication,
  withdrawApplication,
} from '#src/registry/membership-decision-service.ts';
import {
  applicationListQuerySchema,
  approveSchema,
  endSchema,
  memberListOutSchema,
  membershipOutSchema,
  membershipParamSchema,
  rejectSchema,
} from '#src/registry/membership-schema.ts';

const tags = ['clusters'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const membership = json(membershipOutSchema, 'the membership as it is now');

/** Adds the application and decision routes to the membership router. */
export function registerMembershipDecisionRoutes(router: ReturnType<typeof createRouter>): void {
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/applications', tags, summary: 'Applications to a cluster and its hubs, oldest first (managers)',
      request: { params: clusterRefParamSchema, query: applicationListQuerySchema }, responses: { 200: json(memberListOutSchema, 'the applications') },
    }),
    async (c) => c.json(await listApplications(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').status), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/memberships', tags, summary: 'An organisation’s memberships and applications (its editors; managers see their clusters’)',
      request: { params: z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) }) }, responses: { 200: json(memberListOutSchema, 'by cluster name') },
    }),
    async (c) => c.json(await listOrganizationMemberships(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{id}/applications/{organizationId}/approve', tags, summary: 'Approve an application (managers); the applicant is notified',
      request: { params: membershipParamSchema, ...body(approveSchema) }, responses: { 200: membership },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      return c.json(await approveApplication(c.var.ctx, id, organizationId, c.req.valid('json')), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{id}/applications/{organizationId}/reject', tags, summary: 'Reject an application with a reason (managers); the applicant is notified',
      request: { params: membershipParamSchema, ...body(rejectSchema) }, responses: { 200: membership },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      return c.json(await rejectApplication(c.var.ctx, id, organizationId, c.req.valid('json').reason), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'delete', path: '/clusters/{id}/applications/{organizationId}', tags, summary: 'Withdraw a pending application (the organisation’s editors)',
      request: { params: membershipParamSchema }, responses: { 204: { description: 'withdrawn' } },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      await withdrawApplication(c.var.ctx, id, organizationId);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/clusters/{id}/members/{organizationId}/end', tags, summary: 'End a membership on its last day (managers); the member is notified',
      request: { params: membershipParamSchema, ...body(endSchema) }, responses: { 200: membership },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      return c.json(await endMembership(c.var.ctx, id, organizationId, c.req.valid('json')), 200);
    },
  );
}
