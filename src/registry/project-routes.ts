// HTTP routes of projects and their participants (tag `projects`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  participantInputSchema,
  participantParamSchema,
  projectCreateSchema,
  projectIdParamSchema,
  projectListOutSchema,
  projectListQuerySchema,
  projectOutSchema,
  projectUpdateSchema,
} from '#src/registry/project-schema.ts';
import {
  addParticipant,
  createProject,
  deleteProject,
  getProject,
  listProjects,
  removeParticipant,
  updateProject,
} from '#src/registry/project-service.ts';

const tags = ['projects'];
const project = { content: { 'application/json': { schema: projectOutSchema } }, description: 'the project with participants and topics' };
const params = projectIdParamSchema;

/** The /projects routes. */
export function createProjectRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/projects', tags, summary: 'List projects (by organisation, topic, programme, year, words)',
      request: { query: projectListQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: projectListOutSchema } }, description: 'a page of projects' } },
    }),
    async (c) => c.json(await listProjects(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/projects/{id}', tags, summary: 'Get a project with its participants and topics', request: { params }, responses: { 200: project } }),
    async (c) => c.json(await getProject(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/projects', tags, summary: 'Create a project (admins; cluster managers for their members’ projects)',
      request: { body: { content: { 'application/json': { schema: projectCreateSchema } }, required: true } },
      responses: { 201: project },
    }),
    async (c) => c.json(await createProject(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/projects/{id}', tags, summary: 'Change a project',
      request: { params, body: { content: { 'application/json': { schema: projectUpdateSchema } }, required: true } },
      responses: { 200: project },
    }),
    async (c) => c.json(await updateProject(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/projects/{id}', tags, summary: 'Delete a project', request: { params }, responses: { 204: { description: 'deleted' } } }),
    async (c) => {
      await deleteProject(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/projects/{id}/participants', tags, summary: 'Add an organisation to a project in a role',
      request: { params, body: { content: { 'application/json': { schema: participantInputSchema } }, required: true } },
      responses: { 200: project },
    }),
    async (c) => c.json(await addParticipant(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({
      method: 'delete', path: '/projects/{id}/participants/{organizationId}', tags, summary: 'Remove an organisation from a project',
      request: { params: participantParamSchema }, responses: { 204: { description: 'removed' } },
    }),
    async (c) => {
      const { id, organizationId } = c.req.valid('param');
      await removeParticipant(c.var.ctx, id, organizationId);
      return c.body(null, 204);
    },
  );

  return router;
}
