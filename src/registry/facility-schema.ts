// Facilities and resources (labs, biobanks, clean rooms...) over HTTP: schemas, API object, presenter.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { FacilitiesTable, LocalizedText } from '#src/db/types.ts';
import { competenceIdSchema, isoTime, localizedTextSchema, visibilitySchema } from '#src/registry/competence-schema.ts';
import { pageQueryShape } from '#src/registry/cursor.ts';

export const facilityKindSchema = z.enum(['lab', 'core_facility', 'biobank', 'cohort', 'clean_room', 'pilot_plant', 'equipment', 'other']);
export const facilityAccessSchema = z.enum(['internal', 'collaboration', 'service']);

const facilityFields = {
  kind: facilityKindSchema,
  name: z.string().trim().min(1).max(300),
  description: localizedTextSchema,
  competenceIds: z.array(competenceIdSchema).max(100),
  access: facilityAccessSchema,
  visibility: visibilitySchema,
};

export const facilityCreateSchema = z
  .object({
    organizationId: z.uuid(),
    ...facilityFields,
    description: facilityFields.description.default({}),
    competenceIds: facilityFields.competenceIds.default([]),
    access: facilityFields.access.default('collaboration'),
    visibility: facilityFields.visibility.default('public'),
  })
  .strict()
  .openapi('FacilityCreate');

export const facilityUpdateSchema = z
  .object(facilityFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('FacilityUpdate');

export const facilityListQuerySchema = z.object({
  organization: z.uuid().optional(),
  kind: facilityKindSchema.optional(),
  competence: competenceIdSchema.optional().openapi({ description: 'facilities with this competence or a narrower one' }),
  ...pageQueryShape,
});

export const facilityIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const facilityOutSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    ...facilityFields,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Facility');

export const facilityListOutSchema = z.object({ items: z.array(facilityOutSchema), nextCursor: z.string().nullable() }).openapi('FacilityList');

export type FacilityCreate = z.infer<typeof facilityCreateSchema>;
export type FacilityUpdate = z.infer<typeof facilityUpdateSchema>;
export type FacilityRow = Selectable<FacilitiesTable> & { organization_name: string };

/** Turns a facility row into the API object. */
export function presentFacility(row: FacilityRow): z.infer<typeof facilityOutSchema> {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    kind: row.kind,
    name: row.name,
    description: row.description as LocalizedText,
    competenceIds: row.competence_ids,
    access: row.access,
    visibility: row.visibility,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
