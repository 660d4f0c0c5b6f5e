// The cluster overview over HTTP: the scope query (the organisation filters) and the figures it answers.
import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '#src/registry/competence-schema.ts';
import { organizationListQuery, organizationTypeSchema } from '#src/registry/organization-schema.ts';
import { SECTORS } from '#src/registry/sectors.ts';

/** The scope of an overview: those filters of GET /organizations; none = the whole registry. */
export const overviewQuerySchema = organizationListQuery.pick({ cluster: true, hub: true, region: true, competence: true }).extend({
  region: organizationListQuery.shape.region.openapi({
    description: 'country code (DK: its organisations with or without a NUTS code) or NUTS code prefix (DEF, DE80)',
  }),
});
export type OverviewQuery = z.output<typeof overviewQuerySchema>;

const count = (description?: string) => z.number().int().min(0).openapi(description ? { description } : {});
const euros = (description: string) => z.number().min(0).openapi({ description });

const rankedCompetence = z.object({ id: z.string(), label: localizedTextSchema, organizations: count() });
const regionCount = z.object({ code: z.string(), organizations: count() });

export const overviewOutSchema = z
  .object({
    totals: z.object({
      organizations: count('visible organisations in the scope'),
      smes: count('of them SMEs'),
      projects: count('visible projects with at least one of them taking part'),
      ecContribution: euros('EU contribution (EUR) to the organisations of the scope in those projects'),
      facilities: count('their visible facilities and resources'),
      offers: count('their visible offers that have not expired'),
      requests: count('their visible requests that have not expired'),
    }),
    organizationsByType: z.array(z.object({ type: organizationTypeSchema, organizations: count() })),
    organizationsBySector: z.array(z.object({ sector: z.enum(SECTORS), organizations: count() })),
    withoutSector: count('organisations without any sector'),
    projectsByYear: z
      .array(z.object({ year: z.number().int(), projects: count(), ecContribution: euros('EU contribution to the scope (EUR)') }))
      .openapi({ description: 'by start year, every year from the first to the last (zeros included)' }),
    projectsWithoutStart: z.object({ projects: count(), ecContribution: euros('EU contribution to the scope (EUR)') }),
    topCompetences: z.object({
      euroSciVoc: z.array(rankedCompetence).openapi({ description: 'euroSciVoc fields, from projects or declared, most frequent first' }),
      declared: z.array(rankedCompetence).openapi({ description: 'declared competences (euroSciVoc, EMDN; sectors have their own list)' }),
    }),
    topCountries: z.array(regionCount),
    topRegions: z.array(regionCount).openapi({ description: 'NUTS-2 regions' }),
    membershipGrowth: z
      .object({
        years: z.array(
          z.object({
            year: z.number().int(),
            joined: count('organisations whose first membership started that year'),
            left: count('former members whose last membership ended that year'),
            members: count('members at the end of the year'),
          }),
        ),
        withoutStart: count('current members whose membership has no start date (not in `years`)'),
      })
      .nullable()
      .openapi({ description: 'for a cluster (with its hubs) or hub scope only; else null' }),
  })
  .openapi('Overview');
export type OverviewOut = z.infer<typeof overviewOutSchema>;
