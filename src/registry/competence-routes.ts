// HTTP routes of the competence taxonomy (tag `taxonomy`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  competenceDetailOutSchema,
  competenceIdParamSchema,
  competenceListOutSchema,
  competenceListQuerySchema,
  competenceRegionsOutSchema,
} from '#src/registry/competence-schema.ts';
import { getCompetence, getCompetenceRegions, listCompetences } from '#src/registry/competence-service.ts';

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** The /competences routes. */
export function createCompetenceRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get',
      path: '/competences',
      tags: ['taxonomy'],
      summary: 'Roots of the taxonomy, children of a node, or a label search, with organisation counts',
      request: { query: competenceListQuerySchema },
      responses: { 200: json(competenceListOutSchema, 'competences') },
    }),
    async (c) => c.json(await listCompetences(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/competences/{id}',
      tags: ['taxonomy'],
      summary: 'A competence with its ancestors and children, each with organisation counts',
      request: { params: competenceIdParamSchema },
      responses: { 200: json(competenceDetailOutSchema, 'the competence') },
    }),
    async (c) => c.json(await getCompetence(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/competences/{id}/regions',
      tags: ['taxonomy'],
      summary: 'Organisations having a competence (or a descendant) per country and NUTS-2 region',
      request: { params: competenceIdParamSchema },
      responses: { 200: json(competenceRegionsOutSchema, 'counts per country and region') },
    }),
    async (c) => c.json(await getCompetenceRegions(c.var.ctx, c.req.valid('param').id), 200),
  );

  return router;
}
