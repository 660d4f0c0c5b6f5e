// The atlas map over HTTP: the filters (those of GET /organizations), the compact points and the region counts.
import { z } from '@hono/zod-openapi';
import { organizationTypeSchema, organizationListQuery } from '#src/registry/organization-schema.ts';

/** The organisation filters of the map: exactly those of GET /organizations (its query schema, without paging). */
export const mapPointsQuerySchema = organizationListQuery.pick({
  q: true,
  type: true,
  sector: true,
  competence: true,
  country: true,
  region: true,
  cluster: true,
  hub: true,
  sme: true,
});
export type MapFilters = z.output<typeof mapPointsQuerySchema>;

export const mapRegionsQuerySchema = mapPointsQuerySchema.extend({
  level: z.enum(['country', 'nuts2']).default('country').openapi({ description: 'count per country or per NUTS-2 region' }),
});
export type MapRegionsQuery = z.output<typeof mapRegionsQuerySchema>;

export const mapPointsOutSchema = z
  .object({
    total: z.number().int().openapi({ description: 'organisations in `points`' }),
    unlocated: z.number().int().openapi({ description: 'matching organisations without coordinates (not in `points`)' }),
    points: z
      .object({
        id: z.array(z.string()),
        lat: z.array(z.number()),
        lon: z.array(z.number()),
        type: z.array(organizationTypeSchema),
        sector: z.array(z.string().nullable()).openapi({ description: 'the first sector, or null' }),
        name: z.array(z.string()),
      })
      .openapi({ description: 'parallel arrays: entry i of each array describes organisation i (compact for ~26,000 points)' }),
  })
  .openapi('MapPoints');
export type MapPointsOut = z.infer<typeof mapPointsOutSchema>;

export const mapRegionsOutSchema = z
  .object({
    competenceId: z.string().nullable(),
    level: z.enum(['country', 'nuts2']),
    total: z.number().int().openapi({ description: 'matching organisations with a country (level country) or a NUTS-2 code (nuts2)' }),
    regions: z.array(
      z.object({
        code: z.string().openapi({ description: 'country code or NUTS-2 code' }),
        country: z.string(),
        organizations: z.number().int(),
        lat: z.number().nullable().openapi({ description: 'mean latitude of its located organisations' }),
        lon: z.number().nullable().openapi({ description: 'mean longitude of its located organisations' }),
      }),
    ),
  })
  .openapi('MapRegions');
export type MapRegionsOut = z.infer<typeof mapRegionsOutSchema>;
