// HTTP routes of saved questionnaires and their share links (tag `regulatory`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  assessmentCreateSchema,
  assessmentIdParamSchema,
  assessmentListOutSchema,
  assessmentOutSchema,
  assessmentProductSchema,
  assessmentUpdateSchema,
  sharedAssessmentOutSchema,
  shareOutSchema,
  shareTokenParamSchema,
} from '#src/regulatory/assessment-schema.ts';
import {
  assessmentToProduct,
  createAssessment,
  deleteAssessment,
  getAssessment,
  getSharedAssessment,
  listAssessments,
  revokeAssessmentShare,
  shareAssessment,
  updateAssessment,
} from '#src/regulatory/assessment-service.ts';
import { productDetailOutSchema } from '#src/regulatory/product-schema.ts';

const tags = ['regulatory'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const assessment = json(assessmentOutSchema, 'the saved questionnaire');
const params = assessmentIdParamSchema;
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

/** The /regulatory/assessments and /regulatory/shared routes. */
export function createAssessmentRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({ method: 'get', path: '/regulatory/assessments', tags, summary: 'List your saved questionnaires', responses: { 200: json(assessmentListOutSchema, 'yours, latest first') } }),
    async (c) => c.json(await listAssessments(c.var.ctx), 200),
  );

  router.openapi(
    createRoute({ method: 'post', path: '/regulatory/assessments', tags, summary: 'Save a questionnaire state', request: { body: body(assessmentCreateSchema) }, responses: { 201: assessment } }),
    async (c) => c.json(await createAssessment(c.var.ctx, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({ method: 'get', path: '/regulatory/assessments/{id}', tags, summary: 'Resume a saved questionnaire', request: { params }, responses: { 200: assessment } }),
    async (c) => c.json(await getAssessment(c.var.ctx, c.req.valid('param').id), 200),
  );

  router.openapi(
    createRoute({
      method: 'patch', path: '/regulatory/assessments/{id}', tags, summary: 'Save the new state of a questionnaire',
      request: { params, body: body(assessmentUpdateSchema) }, responses: { 200: assessment },
    }),
    async (c) => c.json(await updateAssessment(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/regulatory/assessments/{id}', tags, summary: 'Delete a saved questionnaire', request: { params }, responses: { 204: { description: 'deleted' } } }),
    async (c) => {
      await deleteAssessment(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/regulatory/assessments/{id}/share', tags, summary: 'Create a read-only share link (replaces any earlier one)',
      request: { params }, responses: { 201: json(shareOutSchema, 'the token, shown once') },
    }),
    async (c) => c.json(await shareAssessment(c.var.ctx, c.req.valid('param').id), 201),
  );

  router.openapi(
    createRoute({ method: 'delete', path: '/regulatory/assessments/{id}/share', tags, summary: 'Revoke the share link', request: { params }, responses: { 204: { description: 'revoked' } } }),
    async (c) => {
      await revokeAssessmentShare(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/regulatory/assessments/{id}/product', tags, summary: 'Turn a saved questionnaire into a product of an organisation you edit',
      request: { params, body: body(assessmentProductSchema) }, responses: { 201: json(productDetailOutSchema, 'the new product') },
    }),
    async (c) => c.json(await assessmentToProduct(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );

  router.openapi(
    createRoute({
      method: 'get', path: '/regulatory/shared/{token}', tags, summary: 'A shared questionnaire, read-only (no sign-in needed)',
      request: { params: shareTokenParamSchema }, responses: { 200: json(sharedAssessmentOutSchema, 'the shared questionnaire') },
    }),
    async (c) => c.json(await getSharedAssessment(c.var.ctx, c.req.valid('param').token), 200),
  );

  return router;
}
