// Saved questionnaires ("assessments") over HTTP: request schemas and API objects.
import { z } from '@hono/zod-openapi';
import { visibilitySchema } from '#src/registry/competence-schema.ts';
import { classificationOutSchema } from '#src/regulatory/classify-schema.ts';

const MAX_STATE_BYTES = 64_000;
const state = (what: string) =>
  z
    .record(z.string(), z.unknown())
    .refine((value) => JSON.stringify(value).length <= MAX_STATE_BYTES, `must be at most ${MAX_STATE_BYTES} bytes of JSON`)
    .openapi({ description: what });

const assessmentFields = {
  name: z.string().trim().min(1).max(200),
  regulation: z.enum(['MDR', 'IVDR']).nullable(),
  answers: state('the answers of the qualification check so far'),
  profile: state('the device profile so far (it may be incomplete)'),
  productId: z.uuid().nullable().openapi({ description: 'a product the questionnaire is about' }),
};

export const assessmentCreateSchema = z
  .object({
    ...assessmentFields,
    regulation: assessmentFields.regulation.default(null),
    answers: assessmentFields.answers.default({}),
    profile: assessmentFields.profile.default({}),
    productId: assessmentFields.productId.default(null),
  })
  .strict()
  .openapi('AssessmentCreate');

export const assessmentUpdateSchema = z
  .object(assessmentFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('AssessmentUpdate');

export const assessmentIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const shareTokenParamSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a share token').openapi({ param: { name: 'token', in: 'path' } }),
});

export const assessmentProductSchema = z
  .object({
    organizationId: z.uuid(),
    name: z.string().trim().min(1).max(300).optional().openapi({ description: 'defaults to the assessment’s name' }),
    description: z.string().trim().max(10_000).default(''),
    intendedPurpose: z.string().trim().max(10_000).optional().openapi({ description: 'defaults to the profile’s intendedPurpose' }),
    visibility: visibilitySchema.default('private'),
  })
  .strict()
  .openapi('AssessmentToProduct');

const derivedFields = {
  classification: classificationOutSchema.nullable().openapi({ description: 'the class so far; null while the profile is incomplete or invalid' }),
  qualification: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'the qualification outcome of the answers; null while incomplete' }),
};

export const sharedAssessmentOutSchema = z
  .object({
    name: z.string(),
    regulation: z.enum(['MDR', 'IVDR']).nullable(),
    answers: z.record(z.string(), z.unknown()),
    profile: z.record(z.string(), z.unknown()),
    ...derivedFields,
    updatedAt: z.string(),
  })
  .openapi('SharedAssessment');

export const assessmentOutSchema = sharedAssessmentOutSchema
  .extend({
    id: z.string(),
    productId: z.string().nullable(),
    shared: z.boolean().openapi({ description: 'a share link is active' }),
    sharedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Assessment');

export const assessmentListOutSchema = z.object({ items: z.array(assessmentOutSchema) }).openapi('AssessmentList');
export const shareOutSchema = z
  .object({ token: z.string(), path: z.string().openapi({ description: 'the public read-only address, under /api/v1' }) })
  .openapi('AssessmentShare');

export type AssessmentCreate = z.infer<typeof assessmentCreateSchema>;
export type AssessmentUpdate = z.infer<typeof assessmentUpdateSchema>;
export type AssessmentProduct = z.infer<typeof assessmentProductSchema>;
