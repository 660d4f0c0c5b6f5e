// Epidemic readiness over HTTP: production capacities of member organisations and the managers' crisis query.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { ProductionCapacitiesTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

/** An EMDN code without the `emdn:` prefix: a category letter and pairs of digits (A, A11, A1101). */
export const emdnCodeSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/^emdn:/i, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z](\d{2}){0,7}$/, 'an EMDN code such as A11 or A1101'));

const capacityFields = {
  emdnCode: emdnCodeSchema.nullable().openapi({ description: 'the EMDN code of the product (a category or a terminal code)' }),
  product: z.string().trim().min(1).max(300),
  capacityPerWeek: z.number().int().min(0).max(1_000_000_000).openapi({ description: 'what the organisation can deliver per week at full scale' }),
  unit: z.string().trim().min(1).max(40).openapi({ description: 'pieces, boxes of 50, litres, …' }),
  leadTimeWeeks: z.number().int().min(0).max(520).openapi({ description: 'weeks from the order to scaled-up production' }),
  certifications: z.array(z.string().trim().min(1).max(60)).max(20).openapi({ description: 'e.g. ISO 13485, CE, GMP' }),
  contactPersonId: z.uuid().nullable().openapi({ description: 'a person of the organisation in the registry' }),
  notes: z.string().trim().max(2000),
};

export const capacityCreateSchema = z
  .object({
    ...capacityFields,
    emdnCode: capacityFields.emdnCode.default(null),
    unit: capacityFields.unit.default('pieces'),
    certifications: capacityFields.certifications.default([]),
    contactPersonId: capacityFields.contactPersonId.default(null),
    notes: capacityFields.notes.default(''),
  })
  .strict()
  .openapi('CapacityCreate');

export const capacityUpdateSchema = z
  .object(capacityFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('CapacityUpdate');

export const capacityIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const organizationIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const contactOutSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    jobTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .openapi('ReadinessContact');

export const capacityOutSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    emdnCode: z.string().nullable(),
    emdnTerm: z.string().nullable().openapi({ description: 'the English EMDN term, when the nomenclature is imported' }),
    product: z.string(),
    capacityPerWeek: z.number(),
    unit: z.string(),
    leadTimeWeeks: z.number(),
    certifications: z.array(z.string()),
    contactPersonId: z.string().nullable(),
    contact: contactOutSchema.nullable().openapi({ description: 'the contact person, when the caller may see them' }),
    notes: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Capacity');

export const capacityListOutSchema = z.object({ items: z.array(capacityOutSchema) }).openapi('CapacityList');

const csvList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(60)).max(20));

export const readinessQuerySchema = z.object({
  product: z.string().trim().max(200).optional().openapi({ description: 'words the product name or its EMDN term must contain' }),
  emdn: emdnCodeSchema.optional().openapi({ description: 'an EMDN code; a category covers every code below it' }),
  quantity: z.coerce.number().int().min(1).max(1_000_000_000).optional().openapi({ description: 'how much is needed per week' }),
  minCapacity: z.coerce.number().int().min(0).max(1_000_000_000).optional().openapi({ description: 'leave out organisations that make less per week' }),
  withinWeeks: z.coerce.number().int().min(0).max(520).optional().openapi({ description: 'the longest acceptable lead time to scale up' }),
  certifications: csvList.optional().openapi({ description: 'required certifications (repeat or separate by commas); all must be held' }),
  unit: z.string().trim().min(1).max(40).optional(),
  lang: z.enum(['en', 'de', 'da']).default('en').openapi({ description: 'the language of the exports' }),
});

export type CapacityCreate = z.infer<typeof capacityCreateSchema>;
export type CapacityUpdate = z.infer<typeof capacityUpdateSchema>;
export type ReadinessQuery = z.infer<typeof readinessQuerySchema>;
export type Contact = z.infer<typeof contactOutSchema>;
export type CapacityRow = Selectable<ProductionCapacitiesTable> & {
  organization_name: string;
  city: string | null;
  country: string | null;
  emdn_term: string | null;
};

/** Turns a capacity row into the API object, with its contact when the caller may see them. */
export function presentCapacity(row: CapacityRow, contact: Contact | null): z.infer<typeof capacityOutSchema> {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    emdnCode: row.emdn_code,
    emdnTerm: row.emdn_term,
    product: row.product,
    capacityPerWeek: row.capacity_per_week,
    unit: row.unit,
    leadTimeWeeks: row.lead_time_weeks,
    certifications: row.certifications,
    contactPersonId: row.contact_person_id,
    contact,
    notes: row.notes,
    updatedAt: isoTime(row.updated_at),
  };
}

export const matchOutSchema = z
  .object({
    organizationId: z.string(),
    organizationName: z.string(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    unit: z.string(),
    capacityPerWeek: z.number().openapi({ description: 'the sum of its matching capacities' }),
    leadTimeWeeks: z.number().openapi({ description: 'the longest lead time of its matching capacities' }),
    alone: z.boolean().openapi({ description: 'makes the needed quantity on its own' }),
    capacities: z.array(capacityOutSchema),
    contacts: z.array(contactOutSchema),
  })
  .openapi('ReadinessMatch');

export const totalOutSchema = z
  .object({
    unit: z.string(),
    capacityPerWeek: z.number(),
    organizations: z.number(),
    quantity: z.number().nullable(),
    enough: z.boolean().nullable().openapi({ description: 'all together make the needed quantity (null without one)' }),
    alone: z.number().openapi({ description: 'how many make the needed quantity on their own' }),
    neededTogether: z.number().nullable().openapi({ description: 'the fewest organisations that together make it (largest first)' }),
  })
  .openapi('ReadinessTotal');

export const answerOutSchema = z
  .object({
    cluster: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    generatedAt: z.string(),
    query: z.object({
      product: z.string().nullable(),
      emdn: z.string().nullable(),
      emdnTerm: z.string().nullable(),
      quantity: z.number().nullable(),
      minCapacity: z.number().nullable(),
      withinWeeks: z.number().nullable(),
      certifications: z.array(z.string()),
      unit: z.string().nullable(),
    }),
    matches: z.array(matchOutSchema),
    totals: z.array(totalOutSchema),
  })
  .openapi('ReadinessAnswer');

export type ReadinessAnswer = z.infer<typeof answerOutSchema>;
export type ReadinessMatch = z.infer<typeof matchOutSchema>;
export type ReadinessTotal = z.infer<typeof totalOutSchema>;
export type CapacityOut = z.infer<typeof capacityOutSchema>;
