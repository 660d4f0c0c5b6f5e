// HTTP routes of working groups (tag `groups`): groups of a cluster, their members, the calendar feed; workshops,
// decisions and tasks are added by their own modules onto the same router.
import { createRoute, z } from '@hono/zod-openapi';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';
import { createRouter } from '#src/http/env.ts';
import { FEED_PATH, getMyFeed, groupCalendar, resetMyFeed } from '#src/groups/group-feed-service.ts';
import {
  groupCreateSchema, groupIdParamSchema, groupListOutSchema, groupListQuerySchema, groupOutSchema, groupUpdateSchema, joinSchema,
  memberListOutSchema, memberParamSchema, memberRoleUpdateSchema,
} from '#src/groups/group-schema.ts';
import { createGroup, deleteGroup, getGroup, joinGroup, leaveGroup, listGroups, listMembers, setMemberRole, updateGroup } from '#src/groups/group-service.ts';
import { body, json, refusals, tags } from '#src/groups/group-route-kit.ts';
import { registerTaskRoutes } from '#src/groups/task-routes.ts';
import { registerWorkshopRoutes } from '#src/groups/workshop-routes.ts';

const params = groupIdParamSchema;
const group = json(groupOutSchema, 'the group');
const feedOut = z.object({ token: z.string(), path: z.string().openapi({ example: `${FEED_PATH}?token=...` }) }).openapi('GroupFeed');

/** The working-group routes. */
export function createGroupRoutes() {
  const router = createRouter();

  // The feed first: /groups/calendar.ics must not be taken for /groups/{id}.
  router.openapi(
    createRoute({
      method: 'get', path: '/groups/calendar.ics', tags, summary: 'The workshops of your groups as an iCalendar feed (subscribe with your feed token)',
      request: { query: z.object({ token: z.string().max(200).optional(), lang: z.enum(['de', 'en', 'da']).optional() }) },
      responses: { 200: { content: { 'text/calendar': { schema: { type: 'string' as const } } }, description: 'RFC 5545' }, 401: refusals[401], 403: { description: 'unknown token' } },
    }),
    async (c) => {
      const { token, lang } = c.req.valid('query');
      const text = await groupCalendar(c.var.ctx, token, { language: lang, origin: new URL(c.req.url).origin });
      return c.body(text, 200, { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' });
    },
  );
  router.openapi(
    createRoute({ method: 'get', path: '/me/group-feed', tags, summary: 'Your calendar feed of all your groups’ workshops (made on first ask)', responses: { 200: json(feedOut, 'token and path'), 401: refusals[401] } }),
    async (c) => c.json(await getMyFeed(c.var.ctx), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/me/group-feed/reset', tags, summary: 'Replace your feed token (the old URL stops working)', responses: { 200: json(feedOut, 'the new token and path'), 401: refusals[401] } }),
    async (c) => c.json(await resetMyFeed(c.var.ctx), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/groups', tags, summary: 'The working and strategy groups of a cluster or hub with their leads (public)',
      request: { params: clusterRefParamSchema, query: groupListQuerySchema }, responses: { 200: json(groupListOutSchema, 'the groups in order'), 404: refusals[404] },
    }),
    async (c) => c.json(await listGroups(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').kind), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/clusters/{ref}/groups', tags, summary: 'Create a group (the cluster’s managers)', request: { params: clusterRefParamSchema, ...body(groupCreateSchema) }, responses: { 201: group, ...refusals } }),
    async (c) => c.json(await createGroup(c.var.ctx, c.req.valid('param').ref, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/groups/{id}', tags, summary: 'A group: title, description and lead (public); counts and your role (members)', request: { params }, responses: { 200: group, 404: refusals[404] } }),
    async (c) => c.json(await getGroup(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/groups/{id}', tags, summary: 'Change a group (the cluster’s managers)', request: { params, ...body(groupUpdateSchema) }, responses: { 200: group, ...refusals } }),
    async (c) => c.json(await updateGroup(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/groups/{id}', tags, summary: 'Delete a group with all it holds (the cluster’s managers)', request: { params }, responses: { 204: { description: 'deleted' }, ...refusals } }),
    async (c) => {
      await deleteGroup(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'get', path: '/groups/{id}/members', tags, summary: 'The members of a group (members of the cluster)', request: { params }, responses: { 200: json(memberListOutSchema, 'leads first'), ...refusals } }),
    async (c) => c.json(await listMembers(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/groups/{id}/members', tags, summary: 'Join a group (members of the cluster), or add someone (its leads and managers)',
      request: { params, body: { content: { 'application/json': { schema: joinSchema } }, required: false } }, responses: { 200: group, ...refusals },
    }),
    async (c) => c.json(await joinGroup(c.var.ctx, c.req.valid('param').id, c.req.valid('json') ?? {}), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/groups/{id}/members/{userId}', tags, summary: 'Make a member a lead or a member (the cluster’s managers)', request: { params: memberParamSchema, ...body(memberRoleUpdateSchema) }, responses: { 200: json(memberListOutSchema, 'the members'), ...refusals } }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      return c.json(await setMemberRole(c.var.ctx, id, userId, c.req.valid('json').role), 200);
    },
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/groups/{id}/members/{userId}', tags, summary: 'Leave a group, or remove a member (its leads and managers)', request: { params: memberParamSchema }, responses: { 204: { description: 'removed' }, ...refusals } }),
    async (c) => {
      const { id, userId } = c.req.valid('param');
      await leaveGroup(c.var.ctx, id, userId);
      return c.body(null, 204);
    },
  );

  registerWorkshopRoutes(router);
  registerTaskRoutes(router);
  return router;
}
