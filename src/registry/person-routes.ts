// HTTP routes of people (tag `people`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  personCreateSchema,
  personIdParamSchema,
  personListOutSchema,
  personListQuerySchema,
  personOutSchema,
  personUpdateSchema,
} from '#src/registry/person-schema.ts';
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from '#src/registry/person-service.ts';

const tags = ['people'];
const person = { content: { 'application/json': { schema: personOutSchema } }, description: 'the person' };
const body = { content: { 'application/json': { schema: personCreateSchema } }, required: true };
const patch = { content: { 'application/json': { schema: personUpdateSchema } }, required: true };

/** The /people routes. */
export function createPersonRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/people', tags, summary: 'List the contacts the caller may see',
      request: { query: personListQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: personListOutSchema } }, description: 'a page of people' } },
    }),
    async (c) => c.json(await listPeople(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/people/{id}', tags, summary: 'Get a contact', request: { params: personIdParamSchema }, responses: { 200: person } }),
    async (c) => c.json(await getPerson(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({ method: 'post', path: '/people', tags, summary: 'Add a contact to an organisation (its editors)', request: { body }, responses: { 201: person } }),
    async (c) => c.json(await createPerson(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/people/{id}', tags, summary: 'Change a contact (the organisation’s editors)',
      request: { params: personIdParamSchema, body: patch }, responses: { 200: person },
    }),
    async (c) => c.json(await updatePerson(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'delete', path: '/people/{id}', tags, summary: 'Remove a contact (the organisation’s editors)',
      request: { params: personIdParamSchema }, responses: { 204: { description: 'removed' } },
    }),
    async (c) => {
      await deletePerson(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return router;
}
