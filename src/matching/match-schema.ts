// Partner matching over HTTP: the search body and the ranked answers (the text rule is shared with the CLI's batch
// line, in match-query-schema.ts).
import { z } from '@hono/zod-openapi';
import { matchTextRule } from '#src/matching/match-query-schema.ts';
import { MAX_MATCH_K } from '#src/matching/match-types.ts';
import { organizationTypeSchema } from '#src/registry/organization-schema.ts';

const matchText = matchTextRule().openapi({ description: 'the project idea, need or call topic (English, German or Danish)' });

const kSchema = (fallback: number) =>
  z.number({ error: 'must be an integer' }).int('must be an integer').min(1, `must be from 1 to ${MAX_MATCH_K}`).max(MAX_MATCH_K, `must be from 1 to ${MAX_MATCH_K}`).default(fallback);

export const partnerKindSchema = z.enum(['company', 'research', 'clinical', 'public']);

const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as DE');
const nutsCode = z.string().regex(/^[A-Z]{2}[0-9A-Z]{0,3}$/, 'must be a NUTS code (prefix) such as DE8');

export const matchFiltersSchema = z
  .object({
    countries: z.array(country).max(60).optional(),
    nuts: z.array(nutsCode).max(200).optional().openapi({ description: 'NUTS codes at any level (prefixes)' }),
    clusterIds: z.array(z.uuid()).max(50).optional().openapi({ description: 'clusters or hubs; their active or applied members' }),
    types: z.array(organizationTypeSchema).max(8).optional(),
    sme: z.boolean().optional(),
  })
  .strict()
  .openapi('MatchFilters');

/** The body of POST /match/partners. */
export const partnerSearchBody = z
  .object({
    text: matchText,
    requesterId: z.uuid().optional().openapi({ description: 'the organisation asking; never returned' }),
    exclude: z.array(z.uuid()).max(200).optional().openapi({ description: 'organisations never to return' }),
    filters: matchFiltersSchema.optional(),
    partnerKind: partnerKindSchema.optional().openapi({ description: 'company, research (universities, institutes), clinical (hospitals), public' }),
    preferNearby: z.boolean().optional().openapi({ description: 'prefer candidates in the requester’s region, then country' }),
    k: kSchema(20),
  })
  .strict()
  .openapi('PartnerSearch');
export type PartnerSearchBody = z.infer<typeof partnerSearchBody>;

/** `?k=` of the organisation pages' lists (similar organisations, likely partners). */
export const matchListQuery = z.object({
  k: z.coerce.number({ error: 'must be an integer' }).int('must be an integer').min(1, `must be from 1 to ${MAX_MATCH_K}`).max(MAX_MATCH_K, `must be from 1 to ${MAX_MATCH_K}`).default(10),
});

const reasonProject = z
  .object({ id: z.string(), acronym: z.string().nullable(), title: z.string(), year: z.number().nullable() })
  .openapi('MatchReasonProject');

const reason = <S extends z.ZodRawShape>(shape: S) => z.object({ text: z.string().openapi({ description: 'the reason in plain English' }), ...shape });

/** Why an organisation ranks where it does: data for the web app, `text` for people. */
export const matchReasonSchema = z
  .discriminatedUnion('kind', [
    reason({ kind: z.literal('topics'), terms: z.array(z.string()) }),
    reason({ kind: z.literal('similarProjects'), projects: z.array(reasonProject) }),
    reason({ kind: z.literal('jointProjects'), count: z.number().int(), projects: z.array(reasonProject) }),
    reason({ kind: z.literal('partnersOfPartners'), count: z.number().int(), via: z.array(z.object({ id: z.string(), name: z.string() })) }),
    reason({ kind: z.literal('complementary'), type: organizationTypeSchema, requesterType: organizationTypeSchema, competences: z.array(z.string()) }),
    reason({ kind: z.literal('region'), scope: z.enum(['region', 'country']), country: z.string(), nutsCode: z.string().nullable() }),
    reason({ kind: z.literal('active'), projects: z.number().int(), recentProjects: z.number().int() }),
  ])
  .openapi('MatchReason');

export const matchResultSchema = z
  .object({
    orgId: z.string(),
    cordisId: z.string().nullable(),
    name: z.string(),
    type: organizationTypeSchema,
    isSme: z.boolean(),
    country: z.string().nullable(),
    city: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    score: z.number(),
    reasons: z.array(matchReasonSchema).openapi({ description: 'strongest evidence first' }),
  })
  .openapi('MatchResult');

export const partnerSearchOut = z
  .object({
    requester: z.object({ id: z.string(), name: z.string(), cordisId: z.string().nullable() }).nullable(),
    language: z.enum(['en', 'de', 'da']).openapi({ description: 'the language the text was read in' }),
    results: z.array(matchResultSchema).openapi({ description: 'best first, at most k' }),
    links: z
      .array(z.object({ source: z.string(), target: z.string(), projects: z.number().int() }))
      .openapi({ description: 'earlier joint projects among the requester and the results (a small network)' }),
  })
  .openapi('PartnerSearchResult');

export const matchListOut = z.object({ items: z.array(matchResultSchema).openapi({ description: 'best first, at most k' }) }).openapi('MatchList');
