// Partner matching: who would make this project work, and why (service layer: rights, input, answers).
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import { analyzeTexts, findClusterMembers } from '#src/matching/match-corpus.ts';
import { currentMatchIndex } from '#src/matching/match-index-cache.ts';
import { ORGANIZATION_TYPES, parseVector, type MatchIndex } from '#src/matching/match-index.ts';
import { linksAmong, rankAndExplain, visibleOrganization, visibleProject, type AnalyzedQuery, type MatchLink } from '#src/matching/match-results.ts';
import { detectLanguage, englishRendering, type QueryLanguage } from '#src/matching/match-language.ts';
import { ownWordsOfStems } from '#src/matching/match-query-words.ts';
import { DEFAULT_WEIGHTS } from '#src/matching/match-rank.ts';
import type { QueryTerms } from '#src/matching/match-signals.ts';
import { PARTNER_KIND_TYPES, type MatchFilters, type MatchResult, type PartnerQuery } from '#src/matching/match-types.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';

export type PartnerSearchOut = {
  requester: { id: string; name: string; cordisId: string | null } | null;
  language: QueryLanguage;
  results: MatchResult[];
  /** Earlier joint projects among the requester and the results (for the small network around the requester). */
  links: MatchLink[];
};


/**
 * A word in the documents of more than this share of the organisations ("research", "health", "develop") says
 * nothing about who fits; leaving such words out made the ranking better and 25 % faster (DEV recall@20 0.186 →
 * 0.192; on the 2021-22 → 2023 split 0.178 → 0.183).
 */
const COMMON_TERM_SHARE = 0.25;
/** In a small registry (the demo's 59 organisations) every word is common: the cut applies from this many on. */
const COMMON_TERM_MIN = 500;

/**
 * Turns query texts into index terms (one SQL round trip for all of them). Each distinct term counts once: a long
 * call text repeats its generic words, and counting them again let them outweigh the specific ones (DEV: 0.133 →
 * 0.142 recall@20 for the text signal alone).
 */
export async function analyzeQueries(ctx: Ctx, index: MatchIndex, texts: string[]): Promise<AnalyzedQuery[]> {
  const languages = texts.map(detectLanguage);
  const renderings = texts.map((t, i) => englishRendering(t, languages[i]!));
  const vectors = await analyzeTexts(ctx.db, renderings);
  // The reasons name each stem by the query's own word (the German one for a German query, as typed).
  const ownWords = await ownWordsOfStems(ctx.db, texts, languages);
  const common = Math.max(COMMON_TERM_SHARE * index.organizations.id.length, COMMON_TERM_MIN);
  return vectors.map((vector, i) => {
    const terms: QueryTerms = [];
    const words = new Map<string, string>();
    for (const [stem] of parseVector(vector)) {
      const t = index.terms.get(stem);
      if (t === undefined || index.orgPostings.start[t + 1]! - index.orgPostings.start[t]! > common) continue;
      terms.push([t, 1]);
      const own = ownWords[i]!(stem);
      if (own !== undefined) words.set(stem, own);
    }
    return { terms, words, language: languages[i]! };
  });
}

/** The candidates the filters and the partner kind allow, as a predicate over organisation numbers. */
async function filterOf(ctx: Ctx, index: MatchIndex, filters: MatchFilters | undefined, query: PartnerQuery): Promise<(o: number) => boolean> {
  const orgs = index.organizations;
  const tests: Array<(o: number) => boolean> = [];
  if (filters?.countries?.length) {
    const countries = new Set(filters.countries);
    tests.push((o) => countries.has(orgs.country[o] ?? ''));
  }
  if (filters?.nuts?.length) {
    const prefixes = filters.nuts;
    tests.push((o) => prefixes.some((p) => orgs.nutsCode[o]?.startsWith(p) ?? false));
  }
  const types = [...(filters?.types ?? []), ...(query.partnerKind ? PARTNER_KIND_TYPES[query.partnerKind] : [])];
  if (types.length > 0) {
    const allowed = new Set(types.map((t) => ORGANIZATION_TYPES.indexOf(t)));
    tests.push((o) => allowed.has(orgs.type[o]!));
  }
  if (filters?.sme !== undefined) {
    const sme = filters.sme ? 1 : 0;
    tests.push((o) => orgs.isSme[o] === sme);
  }
  if (filters?.clusterIds?.length) {
    const members = new Set(await findClusterMembers(ctx.db, filters.clusterIds));
    tests.push((o) => members.has(orgs.id[o]!));
  }
  return (o) => tests.every((test) => test(o));
}

/** Ranks the organisations the actor may see as partners for an idea, a need or a call topic. */
export async function findPartners(ctx: Ctx, query: PartnerQuery): Promise<PartnerSearchOut> {
  const viewer = await viewerOf(ctx);
  const index = await currentMatchIndex(ctx.db, (m) => ctx.log.info(m));
  const visible = visibleOrganization(index, viewer);
  const requester = query.requesterId === undefined ? undefined : index.orgIndex.get(query.requesterId);
  if (query.requesterId !== undefined && (requester === undefined || !visible(requester))) {
    throw invalid(`unknown requester ${query.requesterId}`, [{ field: 'requesterId', message: 'no organisation you can see has this id' }]);
  }
  const exclude = new Set((query.exclude ?? []).flatMap((id) => index.orgIndex.get(id) ?? []));
  const filter = await filterOf(ctx, index, query.filters, query);
  const [analyzed] = await analyzeQueries(ctx, index, [query.text]);
  const results = rankAndExplain({
    index, viewer, analyzed: analyzed!, requester, exclude, allowed: (o) => visible(o) && filter(o),
    preferNearby: query.preferNearby ?? false, k: query.k,
  });
  const chosen = [...(requester === undefined ? [] : [requester]), ...results.map((r) => index.orgIndex.get(r.orgId)!)];
  return {
    links: linksAmong(index, chosen, visibleProject(index, viewer)),
    requester: requester === undefined ? null : { id: index.organizations.id[requester]!, name: index.organizations.name[requester]!, cordisId: index.organizations.cordisId[requester] ?? null },
    language: analyzed!.language,
    results,
  };
}

/** The most characteristic terms of organisation o's documents (tf-idf), as a query. */
function profileTerms(index: MatchIndex, o: number, max = 40): QueryTerms {
  const n = index.organizations.id.length;
  const scored: Array<[number, number]> = [];
  for (let k = index.orgTermStart[o]!; k < index.orgTermStart[o + 1]!; k++) {
    const t = index.orgTerms[k]!;
    const df = index.orgPostings.start[t + 1]! - index.orgPostings.start[t]!;
    if (df < 2) continue; // a word no one else uses finds no one
    scored.push([t, Math.log1p(index.orgTermCounts[k]!) * Math.log(n / df)]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, max).map(([t]) => [t, 1]);
}

function organizationNumber(index: MatchIndex, viewer: Viewer, id: string): number {
  const o = index.orgIndex.get(id);
  if (o === undefined || !visibleOrganization(index, viewer)(o)) throw notFound('organization', id);
  return o;
}

/** Organisations whose work resembles organisation `id`'s (profile and projects), whoever they worked with. */
export async function similarOrganizations(ctx: Ctx, id: string, k: number): Promise<MatchResult[]> {
  const viewer = await viewerOf(ctx);
  const index = await currentMatchIndex(ctx.db, (m) => ctx.log.info(m));
  const o = organizationNumber(index, viewer, id);
  const words = new Map<string, string>();
  const analyzed: AnalyzedQuery = { terms: profileTerms(index, o), words, language: 'en' };
  const visible = visibleOrganization(index, viewer);
  return rankAndExplain({
    index, viewer, analyzed, requester: undefined, exclude: new Set([o]), allowed: visible, preferNearby: false, k,
    weights: { ...DEFAULT_WEIGHTS, joint: 0, coordinated: 0, jointShare: 0, partnersOfPartners: 0, country: 0, region: 0 },
  });
}

/**
 * New partners organisation `id` would likely work with: its topics and its partners' partners, not its partners.
 * `among`: only these organisations (an event's attendees), where place counts even without a match (placeAlone).
 */
export async function likelyPartners(ctx: Ctx, id: string, k: number, among?: string[]): Promise<MatchResult[]> {
  const viewer = await viewerOf(ctx);
  const index = await currentMatchIndex(ctx.db, (m) => ctx.log.info(m));
  const o = organizationNumber(index, viewer, id);
  const partners = new Set<number>();
  for (let i = index.orgProjectStart[o]!; i < index.orgProjectStart[o + 1]!; i++) {
    const p = index.orgProjects[i]!;
    for (let j = index.projectOrgStart[p]!; j < index.projectOrgStart[p + 1]!; j++) partners.add(index.projectOrgs[j]!);
  }
  const analyzed: AnalyzedQuery = { terms: profileTerms(index, o), words: new Map(), language: 'en' };
  const visible = visibleOrganization(index, viewer);
  const pool = among === undefined ? undefined : new Set(among.map((x) => index.orgIndex.get(x)).filter((x) => x !== undefined));
  const allowed = pool === undefined ? visible : (x: number) => pool.has(x) && visible(x);
  return rankAndExplain({ index, viewer, analyzed, requester: o, exclude: partners, allowed, preferNearby: false, placeAlone: pool !== undefined, k });
}
