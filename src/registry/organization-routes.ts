// HTTP routes of organisations (tag `organizations`): list and search with facets, get, create, update, delete.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  organizationIdParam,
  organizationInput,
  organizationListOut,
  organizationListQuery,
  organizationOut,
  organizationPatch,
} from '#src/registry/organization-schema.ts';
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from '#src/registry/organization-service.ts';

const tags = ['organizations'];
const organization = { content: { 'application/json': { schema: organizationOut } }, description: 'the organisation' };

/** The /organizations routes. */
export function createOrganizationRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations', tags,
      summary: 'List and search organisations (filters, full text in German, English and Danish, facets)',
      request: { query: organizationListQuery },
      responses: { 200: { content: { 'application/json': { schema: organizationListOut } }, description: 'a page of organisations' } },
    }),
    async (c) => c.json(await listOrganizations(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}', tags, summary: 'Get an organisation with its competences, memberships and counts',
      request: { params: organizationIdParam }, responses: { 200: organization },
    }),
    async (c) => c.json(await getOrganization(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/organizations', tags, summary: 'Add an organisation (admins; cluster managers into their cluster)',
      request: { body: { content: { 'application/json': { schema: organizationInput } }, required: true } },
      responses: { 201: organization },
    }),
    async (c) => c.json(await createOrganization(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/organizations/{id}', tags, summary: 'Change an organisation (its editors, its cluster managers, admins)',
      request: { params: organizationIdParam, body: { content: { 'application/json': { schema: organizationPatch } }, required: true } },
      responses: { 200: organization },
    }),
    async (c) => c.json(await updateOrganization(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'delete', path: '/organizations/{id}', tags, summary: 'Delete an organisation (admins, managers of its cluster)',
      request: { params: organizationIdParam }, responses: { 204: { description: 'deleted' } },
    }),
    async (c) => {
      await deleteOrganization(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  return router;
}
