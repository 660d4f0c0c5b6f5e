// Products of organisations over HTTP: request schemas, API objects and the presenter of a product row.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { ProductsTable } from '#src/db/types-regulatory.ts';
import { isoTime, visibilitySchema } from '#src/registry/competence-schema.ts';
import { classificationOutSchema, deviceProfileBodySchema } from '#src/regulatory/classify-schema.ts';

export const deviceClassSchema = z.enum(['I', 'IIa', 'IIb', 'III', 'A', 'B', 'C', 'D']);
export const notifiedBodySchema = z
  .enum(['full', 'limited', 'none'])
  .openapi({ description: 'notified body involvement of the default procedure: full, limited to the class I / sterile class A aspects, none' });

/** An EMDN code id as the taxonomy names it (`emdn:Z12030301`). */
const emdnIdSchema = z.string().regex(/^emdn:[A-Z](\d\d){0,6}$/, 'must be an EMDN code id such as emdn:Z12030301');

// The answers of the qualification check (Art. 2 MDR/IVDR, MDCG 2019-11), read by the qualification engine.
const qualificationAnswersSchema = z
  .record(z.string(), z.unknown())
  .openapi('QualificationAnswers', { description: 'the answers of the qualification check, as the questionnaire gives them' });

/** Facts the documentation plan needs that a device profile does not state. */
const planOptionsSchema = z
  .object({
    layUse: z.boolean().optional().openapi({ description: 'intended for use by lay persons (MDR Annex I, Section 22)' }),
    incorporatesSoftware: z.boolean().optional().openapi({ description: 'an active hardware device incorporates electronics or software' }),
  })
  .strict()
  .openapi('PlanOptions');

const productFields = {
  name: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000),
  intendedPurpose: z.string().trim().max(10_000),
  profile: deviceProfileBodySchema,
  planOptions: planOptionsSchema,
  qualification: qualificationAnswersSchema.nullable(),
  emdnCode: emdnIdSchema.nullable().openapi({ description: 'the chosen EMDN code (see /regulatory/emdn/suggest)' }),
  visibility: visibilitySchema,
};

export const productCreateSchema = z
  .object({
    ...productFields,
    description: productFields.description.default(''),
    intendedPurpose: productFields.intendedPurpose.default(''),
    planOptions: planOptionsSchema.default({}),
    qualification: productFields.qualification.default(null),
    emdnCode: productFields.emdnCode.default(null),
    visibility: visibilitySchema.default('private'),
  })
  .strict()
  .openapi('ProductCreate');

export const productUpdateSchema = z
  .object(productFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('ProductUpdate');

export const productIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const organizationIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const emdnRefSchema = z.object({ id: z.string(), code: z.string(), term: z.string() }).openapi('EmdnRef');

const productOutSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    name: z.string(),
    description: z.string(),
    intendedPurpose: z.string(),
    regulation: z.enum(['MDR', 'IVDR']),
    class: deviceClassSchema,
    subclasses: z.array(z.string()),
    rules: z.array(z.object({ rule: z.string(), class: deviceClassSchema })).openapi({ description: 'the applying rules' }),
    notifiedBody: notifiedBodySchema,
    routeKey: z.string().openapi({ description: 'id of the default conformity-assessment option, e.g. mdr-annex-ix' }),
    emdn: emdnRefSchema.nullable(),
    visibility: visibilitySchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Product');

// The checklist progress: the items that apply, by status (items the plan rules out are not counted).
const progressOutSchema = z
  .object({
    applicable: z.number().int(),
    done: z.number().int(),
    inProgress: z.number().int(),
    open: z.number().int(),
    notApplicable: z.number().int().openapi({ description: 'applying items the company marked not applicable' }),
  })
  .openapi('ChecklistProgress');

export const productListOutSchema = z
  .object({ items: z.array(productOutSchema.extend({ progress: progressOutSchema })) })
  .openapi('ProductList');

export const checklistEntryOutSchema = z
  .object({
    status: z.enum(['open', 'in-progress', 'done', 'not-applicable']),
    evidence: z.array(z.object({ url: z.string(), label: z.string().optional() })),
    note: z.string(),
    updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    updatedAt: z.string().nullable().openapi({ description: 'null while the item was never touched' }),
  })
  .openapi('ChecklistEntry');

const planItemOutSchema = checklistEntryOutSchema.extend({
  id: z.string(),
  ref: z.string(),
  title: z.string(),
  applies: z.boolean(),
  why: z.string(),
});

export const productDetailOutSchema = productOutSchema
  .extend({
    profile: deviceProfileBodySchema,
    planOptions: planOptionsSchema,
    qualification: z
      .object({ answers: qualificationAnswersSchema, outcome: z.record(z.string(), z.unknown()) })
      .nullable()
      .openapi({ description: 'the qualification answers and the outcome the engine gives for them' }),
    canEdit: z.boolean(),
    classification: classificationOutSchema,
    conformityRoute: z.record(z.string(), z.unknown()).openapi({ description: 'options, consultations, obligations (ConformityRoute)' }),
    documentationPlan: z.object({
      regulation: z.enum(['MDR', 'IVDR']),
      sections: z.array(z.object({ id: z.string(), ref: z.string(), title: z.string(), items: z.array(planItemOutSchema) })),
      retired: z
        .array(checklistEntryOutSchema.extend({ id: z.string() }))
        .openapi({ description: 'saved items no longer in the plan since the profile changed: kept, no longer applicable' }),
      progress: progressOutSchema,
    }),
  })
  .openapi('ProductDetail');

export type ProductCreate = z.infer<typeof productCreateSchema>;
export type ProductUpdate = z.infer<typeof productUpdateSchema>;
export type ProductRow = Selectable<ProductsTable> & { organization_name: string; emdn_term: string | null };
type ProductOut = z.infer<typeof productOutSchema>;

/** Turns a product row into the API object of lists. */
export function presentProduct(row: ProductRow): ProductOut {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    name: row.name,
    description: row.description,
    intendedPurpose: row.intended_purpose,
    regulation: row.regulation,
    class: row.device_class,
    subclasses: row.subclasses,
    rules: row.rules,
    notifiedBody: row.notified_body,
    routeKey: row.route_key,
    emdn: row.emdn_code === null ? null : { id: row.emdn_code, code: row.emdn_code.slice('emdn:'.length), term: row.emdn_term ?? '' },
    visibility: row.visibility,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
