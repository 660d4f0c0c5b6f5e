// Offers ("we offer") and requests ("we seek") over HTTP: schemas, API object, presenter.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { OffersTable } from '#src/db/types.ts';
import { competenceIdSchema, isoTime, visibilitySchema } from '#src/registry/competence-schema.ts';
import { pageQueryShape } from '#src/registry/cursor.ts';

export const offerDirectionSchema = z.enum(['offer', 'request']);
export const offerKindSchema = z.enum(['technology', 'service', 'clinical_site', 'partner', 'cdmo', 'funding', 'expertise', 'other']);

const offerFields = {
  direction: offerDirectionSchema,
  kind: offerKindSchema,
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000),
  competenceIds: z.array(competenceIdSchema).max(100),
  expiresAt: z.iso.date().nullable().openapi({ description: 'last day the offer or request stands; must lie in the future' }),
  visibility: visibilitySchema,
};

export const offerCreateSchema = z
  .object({
    organizationId: z.uuid(),
    ...offerFields,
    description: offerFields.description.default(''),
    competenceIds: offerFields.competenceIds.default([]),
    expiresAt: offerFields.expiresAt.optional(),
    visibility: offerFields.visibility.default('public'),
  })
  .strict()
  .openapi('OfferCreate');

export const offerUpdateSchema = z
  .object(offerFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('OfferUpdate');

export const offerListQuerySchema = z.object({
  direction: offerDirectionSchema.optional(),
  kind: offerKindSchema.optional(),
  organization: z.uuid().optional(),
  competence: competenceIdSchema.optional().openapi({ description: 'with this competence or a narrower one' }),
  includeExpired: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  ...pageQueryShape,
});

export const offerIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const offerOutSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    ...offerFields,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Offer');

export const offerListOutSchema = z.object({ items: z.array(offerOutSchema), nextCursor: z.string().nullable() }).openapi('OfferList');

export type OfferCreate = z.infer<typeof offerCreateSchema>;
export type OfferUpdate = z.infer<typeof offerUpdateSchema>;
export type OfferRow = Selectable<OffersTable> & { organization_name: string };

/** Turns an offer row into the API object. */
export function presentOffer(row: OfferRow): z.infer<typeof offerOutSchema> {
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    direction: row.direction,
    kind: row.kind,
    title: row.title,
    description: row.description,
    competenceIds: row.competence_ids,
    expiresAt: row.expires_at,
    visibility: row.visibility,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
  };
}
