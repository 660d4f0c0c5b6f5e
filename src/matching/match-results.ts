// Ranked partners as answers (pure: no I/O): who the reader may see, the ranking with its reasons, the links
// among the results. Shared by the services and the batch workers.
import { explainMatches } from '#src/matching/match-explain.ts';
import { ORGANIZATION_TYPES, VISIBILITIES, type MatchIndex } from '#src/matching/match-index.ts';
import type { QueryLanguage } from '#src/matching/match-language.ts';
import { rankPartners, type RankScratch, type RankWeights } from '#src/matching/match-rank.ts';
import type { QueryTerms } from '#src/matching/match-signals.ts';
import type { MatchResult } from '#src/matching/match-types.ts';
import type { Viewer } from '#src/registry/visibility.ts';

/** A query as index terms, with the query's own word for each stem (for the reasons, as typed) and its language. */
export type AnalyzedQuery = { terms: QueryTerms; words: Map<string, string>; language: QueryLanguage };

export type MatchLink = { source: string; target: string; projects: number };

/** Pairs of the given organisations that worked in the same projects, with how many. */
export function linksAmong(index: MatchIndex, orgs: number[], projectReadable: (p: number) => boolean): MatchLink[] {
  const chosen = new Set(orgs);
  const pairs = new Map<string, MatchLink>();
  for (const o of orgs) {
    for (let k = index.orgProjectStart[o]!; k < index.orgProjectStart[o + 1]!; k++) {
      const p = index.orgProjects[k]!;
      if (!projectReadable(p)) continue;
      for (let i = index.projectOrgStart[p]!; i < index.projectOrgStart[p + 1]!; i++) {
        const q = index.projectOrgs[i]!;
        if (q <= o || !chosen.has(q)) continue;
        const key = `${o}:${q}`;
        const link = pairs.get(key) ?? { source: index.organizations.id[o]!, target: index.organizations.id[q]!, projects: 0 };
        link.projects += 1;
        pairs.set(key, link);
      }
    }
  }
  return [...pairs.values()];
}

/** Whether the viewer may see organisation o. */
export function visibleOrganization(index: MatchIndex, viewer: Viewer): (o: number) => boolean {
  if (viewer.all) return () => true;
  const levels = new Set(viewer.levels.map((l) => VISIBILITIES.indexOf(l)));
  const own = new Set(viewer.organizationIds);
  return (o) => levels.has(index.organizations.visibility[o]!) || own.has(index.organizations.id[o]!);
}

/** Whether the viewer may see project p (it is cited only then). */
export function visibleProject(index: MatchIndex, viewer: Viewer): (p: number) => boolean {
  if (viewer.all) return () => true;
  const levels = new Set(viewer.levels.map((l) => VISIBILITIES.indexOf(l)));
  return (p) => levels.has(index.projects.visibility[p]!);
}

function present(index: MatchIndex, o: number, score: number, reasons: MatchResult['reasons']): MatchResult {
  const orgs = index.organizations;
  return {
    orgId: orgs.id[o]!,
    cordisId: orgs.cordisId[o] ?? null,
    name: orgs.name[o]!,
    type: ORGANIZATION_TYPES[orgs.type[o]!]!,
    isSme: orgs.isSme[o] === 1,
    country: orgs.country[o] ?? null,
    city: orgs.city[o] ?? null,
    lat: Number.isNaN(orgs.lat[o]!) ? null : orgs.lat[o]!,
    lon: Number.isNaN(orgs.lon[o]!) ? null : orgs.lon[o]!,
    score: Math.round(score * 1000) / 1000,
    reasons,
  };
}

export type Ranking = {
  index: MatchIndex;
  viewer: Viewer;
  analyzed: AnalyzedQuery;
  requester: number | undefined;
  exclude: Set<number>;
  allowed: (o: number) => boolean;
  preferNearby: boolean;
  placeAlone?: boolean;
  k: number;
  weights?: RankWeights;
  /** Work arrays reused query after query (a batch's thread); see rankScratch. */
  scratch?: RankScratch;
};

/** Ranks for one query and explains each result. */
export function rankAndExplain(r: Ranking): MatchResult[] {
  const { ranked, signals } = rankPartners(r.index, {
    terms: r.analyzed.terms, requester: r.requester, exclude: r.exclude, allowed: r.allowed,
    preferNearby: r.preferNearby, placeAlone: r.placeAlone === true, k: r.k, ...(r.weights ? { weights: r.weights } : {}), ...(r.scratch ? { scratch: r.scratch } : {}),
  });
  const projectReadable = visibleProject(r.index, r.viewer);
  const explain = {
    index: r.index, signals, terms: r.analyzed.terms, words: r.analyzed.words, quoteWords: r.analyzed.language !== 'en', requester: r.requester, projectReadable,
  };
  const reasons = explainMatches(explain, ranked.map(({ org }) => org));
  return ranked.map(({ org, score }, i) => present(r.index, org, score, reasons[i]!));
}

