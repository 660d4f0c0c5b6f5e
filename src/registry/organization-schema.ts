// Organisations over HTTP: input schemas (reused by the table importers), list query, API objects, presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable, Updateable } from 'kysely';
import type { OrganizationsTable } from '#src/db/types.ts';
import { competenceIdSchema, isoTime, visibilitySchema } from '#src/registry/competence-schema.ts';
import { SECTORS } from '#src/registry/sectors.ts';

export const organizationTypeSchema = z.enum([
  'company', 'university', 'research_institute', 'hospital', 'public_body', 'association', 'investor', 'other',
]);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const organizationFields = {
  name: z.string().trim().min(1).max(300),
  shortName: optionalText(100),
  type: organizationTypeSchema,
  isSme: z.boolean(),
  sectors: z.array(z.enum(SECTORS)).max(SECTORS.length).refine((s) => new Set(s).size === s.length, 'sectors must not repeat'),
  keywords: z.array(z.string().trim().min(1).max(100)).max(50),
  competenceIds: z.array(competenceIdSchema).max(200).openapi({ description: 'declared competences (taxonomy ids)' }),
  description: z
    .object({ de: z.string().max(10_000).optional(), en: z.string().max(10_000).optional(), da: z.string().max(10_000).optional() })
    .strict(),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE').nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  nutsCode: z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code such as DE80').nullable().optional(),
  website: z.url({ protocol: /^https?$/ }).max(500).nullable().optional(),
  vatNumber: optionalText(30),
  cordisId: z.string().regex(/^[0-9]{1,20}$/, 'must be a CORDIS organisation id (digits)').nullable().optional(),
  visibility: visibilitySchema,
};

/** A new organisation; `clusterIds` puts it into clusters or hubs (managers must name one they manage). */
export const organizationInput = z
  .object({
    ...organizationFields,
    isSme: organizationFields.isSme.default(false),
    sectors: organizationFields.sectors.default([]),
    keywords: organizationFields.keywords.default([]),
    competenceIds: organizationFields.competenceIds.default([]),
    description: organizationFields.description.default({}),
    visibility: organizationFields.visibility.default('public'),
    clusterIds: z.array(z.uuid()).max(20).default([]),
  })
  .strict()
  .openapi('OrganizationCreate');

/** A change to an organisation: any of its fields; `competenceIds` replaces the declared competences. */
export const organizationPatch = z
  .object(organizationFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('OrganizationUpdate');

export type OrganizationInput = z.infer<typeof organizationInput>;
export type OrganizationPatch = z.infer<typeof organizationPatch>;

export const organizationSorts = ['relevance', 'name', '-name', 'created', '-created'] as const;
export type OrganizationSort = (typeof organizationSorts)[number];

const idOrSlug = z.string().trim().min(1).max(200);
export const organizationListQuery = z.object({
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'full text over names, descriptions, competences and projects (de, en, da); typo-tolerant on names' }),
  type: organizationTypeSchema.optional(),
  sector: z.enum(SECTORS).optional(),
  competence: competenceIdSchema.optional().openapi({ description: 'a competence id; matches it and its descendants' }),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE').optional(),
  region: z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code (prefix) such as DE8').optional(),
  cluster: idOrSlug.optional().openapi({ description: 'cluster id or slug; includes the members of its hubs' }),
  hub: idOrSlug.optional().openapi({ description: 'hub id or slug' }),
  sme: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  sort: z.enum(organizationSorts).optional().openapi({ description: 'default: relevance with q, else name' }),
  facets: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(1000).optional().openapi({ description: 'nextCursor of the previous page' }),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuery>;

export const organizationIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const organizationShape = {
  id: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: organizationTypeSchema,
  isSme: z.boolean(),
  sectors: z.array(z.string()),
  keywords: z.array(z.string()),
  description: z.object({ de: z.string().optional(), en: z.string().optional(), da: z.string().optional() }),
  address: z.object({ street: z.string().nullable(), postalCode: z.string().nullable(), city: z.string().nullable(), country: z.string().nullable() }),
  location: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  nutsCode: z.string().nullable(),
  website: z.string().nullable(),
  externalIds: z.object({ cordis: z.string().nullable(), vat: z.string().nullable() }),
  visibility: visibilitySchema,
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const organizationSummarySchema = z
  .object({ ...organizationShape, score: z.number().optional().openapi({ description: 'relevance, with q' }) })
  .openapi('OrganizationSummary');

const facetSchema = z.array(z.object({ value: z.string(), label: z.string().optional(), count: z.number() }));
export const organizationFacetsSchema = z
  .object({ total: z.number(), type: facetSchema, sector: facetSchema, country: facetSchema, region: facetSchema, cluster: facetSchema, sme: facetSchema })
  .openapi('OrganizationFacets');
export type OrganizationFacets = z.infer<typeof organizationFacetsSchema>;

export const organizationListOut = z
  .object({ items: z.array(organizationSummarySchema), nextCursor: z.string().nullable(), facets: organizationFacetsSchema.optional() })
  .openapi('OrganizationList');
export type OrganizationList = z.infer<typeof organizationListOut>;

export const organizationOut = z
  .object({
    ...organizationShape,
    competences: z.array(z.object({ id: z.string(), label: z.string(), source: z.enum(['declared', 'projects']), weight: z.number() })),
    memberships: z.array(
      z.object({ clusterId: z.string(), clusterSlug: z.string(), clusterName: z.string(), parentId: z.string().nullable(), type: z.string(), status: z.string() }),
    ),
    counts: z.object({ projects: z.number(), facilities: z.number(), offers: z.number() }),
  })
  .openapi('Organization');
export type OrganizationOut = z.infer<typeof organizationOut>;

export type OrganizationRow = Selectable<OrganizationsTable>;
export type OrganizationDetailRows = {
  competences: Array<{ competence_id: string; label: { en?: string; de?: string; da?: string }; source: 'declared' | 'projects'; weight: number }>;
  memberships: Array<{ cluster_id: string; slug: string; name: string; parent_id: string | null; type: string; status: string }>;
  counts: { projects: number; facilities: number; offers: number };
};

/** Turns an organisation row into the API object of lists. */
export function presentOrganizationSummary(row: OrganizationRow, score?: number): z.infer<typeof organizationSummarySchema> {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    type: row.type,
    isSme: row.is_sme,
    sectors: row.sectors,
    keywords: row.keywords,
    description: row.description,
    address: { street: row.street, postalCode: row.postal_code, city: row.city, country: row.country },
    location: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    nutsCode: row.nuts_code,
    website: row.website,
    externalIds: { cordis: row.cordis_id, vat: row.vat_number },
    visibility: row.visibility,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    ...(score === undefined ? {} : { score }),
  };
}

/** Turns an organisation with its competences, memberships and counts into the API object. */
export function presentOrganization(row: OrganizationRow, detail: OrganizationDetailRows): OrganizationOut {
  return {
    ...presentOrganizationSummary(row),
    competences: detail.competences.map((c) => ({
      id: c.competence_id,
      label: c.label.en ?? c.label.de ?? c.label.da ?? c.competence_id,
      source: c.source,
      weight: c.weight,
    })),
    memberships: detail.memberships.map((m) => ({
      clusterId: m.cluster_id, clusterSlug: m.slug, clusterName: m.name, parentId: m.parent_id, type: m.type, status: m.status,
    })),
    counts: detail.counts,
  };
}

/** The columns an input or patch sets (absent fields stay untouched). */
export function organizationColumns(input: OrganizationPatch): Updateable<OrganizationsTable> {
  const columns: Updateable<OrganizationsTable> = {};
  const set = <K extends keyof Updateable<OrganizationsTable>>(key: K, value: Updateable<OrganizationsTable>[K] | undefined) => {
    if (value !== undefined) columns[key] = value;
  };
  set('name', input.name);
  set('short_name', input.shortName);
  set('type', input.type);
  set('is_sme', input.isSme);
  set('sectors', input.sectors);
  set('keywords', input.keywords);
  set('description', input.description === undefined ? undefined : JSON.stringify(input.description));
  set('street', input.street);
  set('postal_code', input.postalCode);
  set('city', input.city);
  set('country', input.country);
  set('lat', input.lat);
  set('lon', input.lon);
  set('nuts_code', input.nutsCode);
  set('website', input.website);
  set('vat_number', input.vatNumber);
  set('cordis_id', input.cordisId);
  set('visibility', input.visibility);
  return columns;
}
