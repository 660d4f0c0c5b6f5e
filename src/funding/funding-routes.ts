// HTTP routes of funding (tag `funding`): the instrument catalogue and calls of a cluster, follows, and call matching.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { followCall, unfollowCall } from '#src/funding/funding-follow-service.ts';
import { matchCall } from '#src/funding/funding-match-service.ts';
import {
  callCreateSchema,
  callListQuery,
  callMatchOutSchema,
  callOutSchema,
  callUpdateSchema,
  idParam,
  instrumentCreateSchema,
  instrumentListQuery,
  instrumentOutSchema,
  instrumentUpdateSchema,
  matchQuery,
} from '#src/funding/funding-schema.ts';
import {
  createCall,
  createInstrument,
  deleteCall,
  deleteInstrument,
  getCall,
  listCalls,
  listInstruments,
  updateCall,
  updateInstrument,
} from '#src/funding/funding-service.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';

const tags = ['funding'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const instrument = json(instrumentOutSchema, 'the instrument');
const call = json(callOutSchema, 'the call');
const deleted = { 204: { description: 'deleted' } };

/** The /clusters/{ref}/funding, /funding-instruments and /funding-calls routes. */
export function createFundingRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/funding/instruments', tags,
      summary: 'The funding instruments listed for a cluster (its own and those of every cluster), by level and category',
      request: { params: clusterRefParamSchema, query: instrumentListQuery },
      responses: { 200: json(z.object({ items: z.array(instrumentOutSchema) }).openapi('FundingInstrumentList'), 'the instruments') },
    }),
    async (c) => c.json(await listInstruments(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/funding/calls', tags,
      summary: 'The funding calls listed for a cluster, nearest deadline first, with the days left and whether you follow them',
      request: { params: clusterRefParamSchema, query: callListQuery },
      responses: { 200: json(z.object({ items: z.array(callOutSchema) }).openapi('FundingCallList'), 'the calls') },
    }),
    async (c) => c.json(await listCalls(c.var.ctx, c.req.valid('param').ref, c.req.valid('query').include), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/funding-instruments', tags, summary: 'Add an instrument (a cluster’s managers for their cluster, admins for every cluster)', request: { body: body(instrumentCreateSchema) }, responses: { 201: instrument } }),
    async (c) => c.json(await createInstrument(c.var.ctx, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/funding-instruments/{id}', tags, summary: 'Change an instrument', request: { params: idParam, body: body(instrumentUpdateSchema) }, responses: { 200: instrument } }),
    async (c) => c.json(await updateInstrument(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/funding-instruments/{id}', tags, summary: 'Delete an instrument (its calls stay)', request: { params: idParam }, responses: deleted }),
    async (c) => {
      await deleteInstrument(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({ method: 'post', path: '/funding-calls', tags, summary: 'Add a call with its deadline (a cluster’s managers, admins for every cluster)', request: { body: body(callCreateSchema) }, responses: { 201: call } }),
    async (c) => c.json(await createCall(c.var.ctx, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/funding-calls/{id}', tags, summary: 'A funding call', request: { params: idParam }, responses: { 200: call } }),
    async (c) => c.json(await getCall(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/funding-calls/{id}', tags, summary: 'Change a call (a new deadline reschedules the reminders)', request: { params: idParam, body: body(callUpdateSchema) }, responses: { 200: call } }),
    async (c) => c.json(await updateCall(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/funding-calls/{id}', tags, summary: 'Delete a call', request: { params: idParam }, responses: deleted }),
    async (c) => {
      await deleteCall(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  router.openapi(
    createRoute({
      method: 'put', path: '/funding-calls/{id}/follow', tags,
      summary: 'Follow a call: a notification 14 and 3 days before its deadline (members of its cluster; 409 once the deadline has passed)',
      request: { params: idParam }, responses: { 200: call },
    }),
    async (c) => c.json(await followCall(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'delete', path: '/funding-calls/{id}/follow', tags, summary: 'Stop following a call', request: { params: idParam }, responses: { 200: call } }),
    async (c) => c.json(await unfollowCall(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/funding-calls/{id}/matches', tags,
      summary: 'Match a call to a cluster: its active member organisations (partner matching on the call text) and its pipeline projects (text similarity), with reasons',
      description: 'Members and managers of the cluster only; the call must be listed for the cluster.',
      request: { params: idParam, query: matchQuery },
      responses: { 200: json(callMatchOutSchema, 'the matches') },
    }),
    async (c) => {
      const { cluster, k } = c.req.valid('query');
      return c.json(await matchCall(c.var.ctx, c.req.valid('param').id, cluster, k), 200);
    },
  );

  return router;
}
