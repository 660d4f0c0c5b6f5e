// HTTP routes of facilities and resources (tag `facilities`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  facilityCreateSchema,
  facilityIdParamSchema,
  facilityListOutSchema,
  facilityListQuerySchema,
  facilityOutSchema,
  facilityUpdateSchema,
} from '#src/registry/facility-schema.ts';
import { createFacility, deleteFacility, getFacility, listFacilities, updateFacility } from '#src/registry/facility-service.ts';

const tags = ['facilities'];
const facility = { content: { 'application/json': { schema: facilityOutSchema } }, description: 'the facility' };
const params = facilityIdParamSchema;

/** The /facilities routes. */
export function createFacilityRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/facilities', tags, summary: 'List facilities and resources (by organisation, kind, competence)',
      request: { query: facilityListQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: facilityListOutSchema } }, description: 'a page of facilities' } },
    }),
    async (c) => c.json(await listFacilities(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/facilities/{id}', tags, summary: 'Get a facility', request: { params }, responses: { 200: facility } }),
    async (c) => c.json(await getFacility(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/facilities', tags, summary: 'Add a facility to an organisation (its editors)',
      request: { body: { content: { 'application/json': { schema: facilityCreateSchema } }, required: true } },
      responses: { 201: facility },
    }),
    async (c) => c.json(await createFacility(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/facilities/{id}', tags, summary: 'Change a facility (the organisation’s editors)',
      request: { params, body: { content: { 'application/json': { schema: facilityUpdateSchema } }, required: true } },
      responses: { 200: facility },
    }),
    async (c) => c.json(await updateFacility(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/facilities/{id}', tags, summary: 'Remove a facility', request: { params }, responses: { 204: { description: 'removed' } } }),
    async (c) => {
      await deleteFacility(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return router;
}
