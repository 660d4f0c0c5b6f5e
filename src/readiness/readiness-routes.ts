// HTTP routes of epidemic readiness (tag `readiness`): organisations' production capacities and the crisis query.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { exportFilename, readinessCsv, readinessPdf } from '#src/readiness/readiness-export.ts';
import {
  answerOutSchema,
  capacityCreateSchema,
  capacityIdParamSchema,
  capacityListOutSchema,
  capacityOutSchema,
  capacityUpdateSchema,
  organizationIdParamSchema,
  readinessQuerySchema,
} from '#src/readiness/readiness-schema.ts';
import { createCapacity, deleteCapacity, listOrganizationCapacities, queryReadiness, updateCapacity } from '#src/readiness/readiness-service.ts';
import { clusterRefParamSchema } from '#src/registry/cluster-schema.ts';

const tags = ['readiness'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const file = (type: string, description: string) => ({ content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } }, description });
const attachment = (name: string) => `attachment; filename="${name}"`;

/** The /organizations/{id}/capacities, /capacities/{id} and /clusters/{ref}/readiness routes. */
export function createReadinessRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/organizations/{id}/capacities', tags, summary: 'An organisation’s production capacities (its editors, the managers of its clusters)',
      request: { params: organizationIdParamSchema }, responses: { 200: json(capacityListOutSchema, 'the capacities by product') },
    }),
    async (c) => c.json(await listOrganizationCapacities(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/organizations/{id}/capacities', tags, summary: 'Declare a production capacity (the organisation’s editors)',
      request: { params: organizationIdParamSchema, ...body(capacityCreateSchema) }, responses: { 201: json(capacityOutSchema, 'the new capacity') },
    }),
    async (c) => c.json(await createCapacity(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({
      method: 'patch', path: '/capacities/{id}', tags, summary: 'Change a production capacity (the organisation’s editors)',
      request: { params: capacityIdParamSchema, ...body(capacityUpdateSchema) }, responses: { 200: json(capacityOutSchema, 'the changed capacity') },
    }),
    async (c) => c.json(await updateCapacity(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({
      method: 'delete', path: '/capacities/{id}', tags, summary: 'Delete a production capacity (the organisation’s editors)',
      request: { params: capacityIdParamSchema }, responses: { 204: { description: 'deleted' } },
    }),
    async (c) => {
      await deleteCapacity(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/readiness', tags,
      summary: 'Who among the members can make what is needed: the crisis query (the cluster’s managers)',
      request: { params: clusterRefParamSchema, query: readinessQuerySchema }, responses: { 200: json(answerOutSchema, 'the organisations, totals and coverage') },
    }),
    async (c) => c.json(await queryReadiness(c.var.ctx, c.req.valid('param').ref, c.req.valid('query')), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/readiness.csv', tags, summary: 'The crisis query’s answer as CSV for the authorities (managers)',
      request: { params: clusterRefParamSchema, query: readinessQuerySchema }, responses: { 200: file('text/csv', 'query, date, answer, then one line per capacity') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const answer = await queryReadiness(c.var.ctx, c.req.valid('param').ref, query);
      return c.body(readinessCsv(answer, query.lang), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(exportFilename(answer, 'csv')) });
    },
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/clusters/{ref}/readiness.pdf', tags, summary: 'The crisis query’s answer as PDF for the authorities (managers)',
      request: { params: clusterRefParamSchema, query: readinessQuerySchema }, responses: { 200: file('application/pdf', 'PDF') },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const answer = await queryReadiness(c.var.ctx, c.req.valid('param').ref, query);
      const pdf = await readinessPdf(answer, query.lang);
      return c.body(new Uint8Array(pdf), 200, { 'content-type': 'application/pdf', 'content-disposition': attachment(exportFilename(answer, 'pdf')) });
    },
  );
  return router;
}
