// The consortium builder's service: candidates from partner matching, the consortium from the rules, a CSV of it.
import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { normalizeRules, planConsortium, rolesOf, type ConsortiumPlan, type ConsortiumRules } from '#src/matching/consortium-builder.ts';
import { EU_MEMBER_STATES, HORIZON_EUROPE_ASSOCIATED, countrySpellings, normalizeCountry } from '#src/matching/consortium-rules.ts';
import type { ConsortiumOut, ConsortiumRequest } from '#src/matching/consortium-schema.ts';
import { findPartners } from '#src/matching/match-service.ts';
import { MAX_MATCH_K, PARTNER_KIND_TYPES, type MatchFilters, type MatchResult } from '#src/matching/match-types.ts';
import { findOrganization } from '#src/registry/organization-repo.ts';
import { viewerOf } from '#src/registry/visibility.ts';

/** Candidates fetched per role the first search holds too few of (the role's count plus three alternatives). */
const ROLE_K = 50;
const ALTERNATIVES = 3;

/** The countries the candidates may come from (every registry spelling), or undefined for any country. */
function candidateCountries(rules: ConsortiumRules, filters: MatchFilters | undefined): string[] | undefined {
  const scope = rules.countryScope === 'any' ? undefined
    : rules.countryScope === 'eligible' ? [...EU_MEMBER_STATES, ...HORIZON_EUROPE_ASSOCIATED] : rules.countryScope;
  const wanted = filters?.countries?.length ? filters.countries.map(normalizeCountry) : undefined;
  const both = scope && wanted ? scope.filter((c) => wanted.includes(c)) : scope ?? wanted;
  return both?.flatMap(countrySpellings);
}

/** The filters of a search for one role, or undefined when the user's filters rule the role out. */
function roleFilters(role: ConsortiumRules['requiredRoles'][number]['role'], filters: MatchFilters): MatchFilters | undefined {
  if (role === 'sme') return filters.sme === false ? undefined : { ...filters, sme: true };
  const types = PARTNER_KIND_TYPES[role].filter((t) => !filters.types?.length || filters.types.includes(t));
  return types.length === 0 ? undefined : { ...filters, types };
}

/** Merges ranked lists into one, best score first, each organisation once. */
function mergeRanked(lists: MatchResult[][]): MatchResult[] {
  const byId = new Map<string, MatchResult>();
  for (const r of lists.flat()) if (!byId.has(r.orgId)) byId.set(r.orgId, r);
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

/**
 * Proposes a consortium around the requester for a call: ranks the partners the actor may see (one search, plus
 * one per required role the first search holds too few of), then fills the roles and the country and size rules.
 */
export async function buildConsortium(ctx: Ctx, input: ConsortiumRequest): Promise<ConsortiumOut> {
  const row = await findOrganization(ctx.db, input.requesterId, await viewerOf(ctx));
  if (!row) throw invalid(`unknown requester ${input.requesterId}`, [{ field: 'requesterId', message: 'no organisation you can see has this id' }]);
  const rules = normalizeRules(input.rules ?? {});
  const countries = candidateCountries(rules, input.filters);
  const filters: MatchFilters = { ...input.filters, ...(countries ? { countries } : {}) };
  const query = { text: input.text, requesterId: input.requesterId };
  // No allowed country at all: an empty filter list would mean "any", so search nothing.
  const first = countries?.length === 0 ? null : await findPartners(ctx, { ...query, k: MAX_MATCH_K, filters });
  const lists = [first?.results ?? []];
  if (first) {
    for (const { role, count } of rules.requiredRoles) {
      const held = first.results.filter((r) => rolesOf(r).includes(role)).length;
      const more = held < count + ALTERNATIVES ? roleFilters(role, filters) : undefined;
      if (more) lists.push((await findPartners(ctx, { ...query, k: ROLE_K, filters: more })).results);
    }
  }
  const requester = {
    orgId: row.id, cordisId: row.cordis_id, name: row.name, type: row.type, isSme: row.is_sme,
    country: row.country, city: row.city, lat: row.lat, lon: row.lon,
  };
  const plan: ConsortiumPlan = planConsortium({ requester, candidates: mergeRanked(lists), rules });
  return { language: first?.language ?? 'en', ...plan };
}

const CSV_COLUMNS = ['slot', 'role', 'organisation', 'country', 'type', 'sme', 'score', 'reasons', 'alternatives'];

/** The consortium as CSV (UTF-8 with BOM, so spreadsheets read the accents): one row per member. */
export function consortiumCsv(result: ConsortiumOut): string {
  const rows = result.members.map((m) => [
    m.slot,
    [...(m.slot === 0 ? ['requester'] : []), ...m.covers].join('; '),
    m.name,
    m.country ?? '',
    m.type,
    m.isSme ? 'yes' : 'no',
    m.score ?? '',
    m.reasons.map((r) => r.text).join('; '),
    m.alternatives.map((a) => (a.country ? `${a.name} (${a.country})` : a.name)).join('; '),
  ]);
  return stringify(rows, { header: true, columns: CSV_COLUMNS, bom: true });
}
