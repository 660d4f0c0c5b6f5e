// The collaboration network over HTTP: the scope query and the answer (nodes, compact edges, bridges).
import { z } from '@hono/zod-openapi';
import type { Network } from '#src/atlas/network-graph.ts';
import type { OrganizationType } from '#src/db/types.ts';
import { competenceIdSchema } from '#src/registry/competence-schema.ts';
import { SECTORS } from '#src/registry/sectors.ts';

const ORGANIZATION_TYPES = ['company', 'university', 'research_institute', 'hospital', 'public_body', 'association', 'investor', 'other'] as const;

/** A query parameter that may be repeated (`?region=DK&region=DE8`): always a list after parsing. */
const repeated = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as Array<z.output<T>>);

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const networkQuerySchema = z.object({
  region: repeated(
    z.string().toUpperCase().regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/, 'must be a country code (DK) or a NUTS code prefix (DE8, DEF02)'),
  )
    .optional()
    .openapi({ description: 'country code or NUTS prefix; repeat for several (any matches)', type: 'string' }),
  cluster: z.string().trim().min(1).max(200).optional().openapi({ description: 'cluster or hub id or slug; a cluster includes its hubs' }),
  competence: competenceIdSchema.optional().openapi({ description: 'a competence id; its descendants count too' }),
  type: repeated(z.enum(ORGANIZATION_TYPES)).optional().openapi({ description: 'organisation type; repeat for several', type: 'string' }),
  sector: repeated(z.enum(SECTORS)).optional().openapi({ description: 'sector code; repeat for several', type: 'string' }),
  partners: flag.default(false).openapi({ description: 'also draw the out-of-scope organisations the scope works with' }),
  minWeight: z.coerce.number().int().min(1).max(1_000).default(1).openapi({ description: 'least joint projects for a link' }),
  limit: z.coerce.number().int().min(1).max(5_000).default(2_000).openapi({ description: 'most nodes, in-scope first, by degree' }),
});

export type NetworkQuery = z.output<typeof networkQuerySchema>;

const organizationRef = {
  id: z.string(),
  name: z.string(),
  type: z.enum(ORGANIZATION_TYPES),
  country: z.string().nullable(),
};

export const networkOutSchema = z
  .object({
    nodes: z.array(
      z.object({
        ...organizationRef,
        inScope: z.boolean(),
        degree: z.number().int().openapi({ description: 'partners in the drawn graph' }),
        weightedDegree: z.number().int().openapi({ description: 'joint projects with the partners in the drawn graph' }),
        betweenness: z.number().openapi({ description: 'normalised betweenness centrality, 0..1' }),
        community: z.number().int().openapi({ description: 'Louvain community, 0 = largest' }),
        x: z.number(),
        y: z.number(),
      }),
    ),
    edges: z
      .array(z.tuple([z.number().int(), z.number().int(), z.number().int()]))
      .openapi({ description: '[source node index, target node index, joint projects]' }),
    bridges: z.array(
      z.object({
        ...organizationRef,
        externalPartners: z.number().int().openapi({ description: 'distinct out-of-scope partners' }),
        betweenness: z.number(),
        score: z.number().openapi({ description: 'mean of the shares of the top external partners and top betweenness' }),
      }),
    ),
    communities: z.number().int(),
    betweenness: z.enum(['exact', 'sampled']).openapi({ description: 'exact up to 1,000 nodes, else from 300 sampled sources' }),
    scopeOrganizations: z.number().int().openapi({ description: 'visible organisations in the scope' }),
    isolated: z.number().int().openapi({ description: 'in-scope organisations without a partner inside the scope' }),
    omitted: z.number().int().openapi({ description: 'linked organisations left out by the node or link limit' }),
    omittedLinks: z.number().int().openapi({ description: 'the lightest links left out beyond 30,000' }),
  })
  .openapi('Network');

export type NetworkOut = z.infer<typeof networkOutSchema>;

/** What a network shows of an organisation besides its figures. */
export type NetworkOrganization = { id: string; name: string; type: OrganizationType; country: string | null };

/** Turns a computed network and the organisations it names into the API object. */
export function presentNetwork(network: Network, organizations: ReadonlyMap<string, NetworkOrganization>): NetworkOut {
  const describe = (id: string) => {
    const o = organizations.get(id)!;
    return { id, name: o.name, type: o.type, country: o.country };
  };
  return {
    ...network,
    nodes: network.nodes.map((n) => ({ ...n, ...describe(n.id) })),
    bridges: network.bridges.map((b) => ({ ...b, ...describe(b.id) })),
  };
}
