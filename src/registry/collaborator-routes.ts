// HTTP routes of who works with whom (tags `organizations`, `projects`): collaborators, projects, partners.
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  collaboratorListOutSchema,
  collaboratorQuerySchema,
  organizationProjectListOutSchema,
  organizationProjectsQuerySchema,
  partnerListOutSchema,
} from '#src/registry/collaborator-schema.ts';
import { listCollaborators, listOrganizationProjects, listProjectPartners } from '#src/registry/collaborator-service.ts';
import { organizationIdParam } from '#src/registry/organization-schema.ts';
import { projectIdParamSchema } from '#src/registry/project-schema.ts';

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** The /organizations/{id}/collaborators, /organizations/{id}/projects and /projects/{id}/partners routes. */
export function createCollaboratorRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/collaborators', tags: ['organizations'],
      summary: 'The closest collaborators of an organisation: the partners of most joint projects',
      request: { params: organizationIdParam, query: collaboratorQuerySchema },
      responses: { 200: json(collaboratorListOutSchema, 'partners by joint projects') },
    }),
    async (c) => c.json(await listCollaborators(c.var.ctx, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/projects', tags: ['organizations'],
      summary: 'The projects of an organisation with its role, its EU contribution and the consortium size, newest first',
      request: { params: organizationIdParam, query: organizationProjectsQuerySchema },
      responses: { 200: json(organizationProjectListOutSchema, 'a page of projects') },
    }),
    async (c) => c.json(await listOrganizationProjects(c.var.ctx, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/projects/{id}/partners', tags: ['projects'],
      summary: 'The consortium of a project with roles, contributions and places (for a map)',
      request: { params: projectIdParamSchema },
      responses: { 200: json(partnerListOutSchema, 'the partners') },
    }),
    async (c) => c.json(await listProjectPartners(c.var.ctx, c.req.valid('param').id), 200),
  );

  return router;
}
