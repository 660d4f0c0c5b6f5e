// The atlas search over HTTP: one query over organisations, facilities, projects and offers; result cards.
import { z } from '@hono/zod-openapi';
import type { LocalizedText } from '#src/db/types.ts';
import { localizedTextSchema } from '#src/registry/competence-schema.ts';
import { facilityOutSchema } from '#src/registry/facility-schema.ts';
import { offerOutSchema } from '#src/registry/offer-schema.ts';
import {
  organizationFacetsSchema,
  organizationListQuery,
  organizationSummarySchema,
  type OrganizationList,
} from '#src/registry/organization-schema.ts';
import { projectSummarySchema } from '#src/registry/project-schema.ts';

export const SEARCH_KINDS = ['organizations', 'facilities', 'projects', 'offers'] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;

/** The organisation filters of GET /organizations; `q` and `competence` also apply to the other kinds. */
export const searchAllQuerySchema = organizationListQuery
  .pick({ q: true, type: true, sector: true, competence: true, country: true, region: true, cluster: true, hub: true, sme: true })
  .extend({
    kind: searchKindSchema.default('organizations').openapi({ description: 'which kind of result to list (all kinds are counted)' }),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(1000).optional().openapi({ description: 'nextCursor of the previous page of the same kind' }),
  });
export type SearchAllQuery = z.output<typeof searchAllQuerySchema>;

export const organizationCardSchema = organizationSummarySchema
  .extend({
    topCompetences: z.array(z.object({ id: z.string(), label: localizedTextSchema })).openapi({ description: 'up to three, declared first' }),
    clusters: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string(), shortName: z.string().nullable() })),
  })
  .openapi('OrganizationCard');
export type OrganizationCard = z.infer<typeof organizationCardSchema>;

export const searchAllOutSchema = z
  .object({
    kind: searchKindSchema,
    counts: z.object({ organizations: z.number(), facilities: z.number(), projects: z.number(), offers: z.number() }),
    facets: organizationFacetsSchema.openapi({ description: 'facet counts of the matching organisations' }),
    organizations: z.array(organizationCardSchema),
    facilities: z.array(facilityOutSchema),
    projects: z.array(projectSummarySchema),
    offers: z.array(offerOutSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('SearchResults');
export type SearchAllOut = z.infer<typeof searchAllOutSchema>;

export type CardCompetenceRow = { organization_id: string; competence_id: string; label: LocalizedText };
export type CardClusterRow = { organization_id: string; id: string; slug: string; name: string; short_name: string | null };

/** Adds the top competences and cluster badges to the organisations of a page. */
export function presentOrganizationCards(
  items: OrganizationList['items'],
  competences: CardCompetenceRow[],
  clusters: CardClusterRow[],
): OrganizationCard[] {
  return items.map((item) => ({
    ...item,
    topCompetences: competences.filter((c) => c.organization_id === item.id).map((c) => ({ id: c.competence_id, label: c.label })),
    clusters: clusters
      .filter((c) => c.organization_id === item.id)
      .map((c) => ({ id: c.id, slug: c.slug, name: c.name, shortName: c.short_name })),
  }));
}
