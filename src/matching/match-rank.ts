// Partner ranking: the signals of match-signals.ts combined into one score. The weights were fitted on the DEV
// benchmark and checked on a second, earlier split (see docs/decisions/007-partner-matching.md).
import type { MatchIndex } from '#src/matching/match-index.ts';
import {
  bm25, collaboration, normalizeMax, projectSimilarity, projectVotes, topK, typeAffinity, type QueryTerms,
} from '#src/matching/match-signals.ts';

export type RankWeights = {
  /** BM25 of the query over the organisation's profile and all its projects. */
  text: number;
  /** Votes of the 100 and of the 300 most similar projects for their participants. */
  votesNear: number;
  votesWide: number;
  /** Similarity of the organisation's most similar project, and of all of them together. */
  bestProject: number;
  allProjects: number;
  /** Earlier joint projects with the requester, weighted by their similarity; those the requester coordinated. */
  joint: number;
  coordinated: number;
  /** The share of all the requester's projects that were with the organisation. */
  jointShare: number;
  /** Ties to the requester's partners through projects like the query. */
  partnersOfPartners: number;
  /** Same country as the requester (and, when the user asks for nearby partners, a further bonus). */
  country: number;
  /** Same NUTS-2 region as the requester: the score is multiplied by 1 + region (partners next door, whatever asked). */
  region: number;
  /**
   * The exponent of how much more the most similar projects take in organisations of this type than the registry does
   * (typeAffinity): the score is multiplied by exp(typeMix · lift).
   */
  typeMix: number;
};

/**
 * jointShare (session 4) was chosen from a grid on both halves of DEV and of the earlier split (2021-22 registry,
 * 2023 queries): every weight from 0.25 to 1 helped on all four halves, 0.5 in the middle of that plateau. typeMix
 * (session 5) the same way: 0.08, 0.1 and 0.12 with the 50 most similar projects helped on all four halves. region
 * (session 6): 0.25 to 0.35 helped on all six halves of DEV, the earlier split and a third (2023 registry, 2024 queries).
 */
export const DEFAULT_WEIGHTS: RankWeights = {
  text: 2, votesNear: 1.5, votesWide: 0.5, bestProject: 0.5, allProjects: 0.6, joint: 0.5, coordinated: 0.3, jointShare: 0.5,
  partnersOfPartners: 0.2, country: 0.5, region: 0.3, typeMix: 0.1,
};

const NEAR = 100;
const WIDE = 300;
/** The projects whose participants' types make typeMix (30 and 100 did less well on DEV, 100 on the earlier split too). */
const TYPE_NEAR = 50;
/** The bonus of "prefer nearby" for the same NUTS-2 region and for the same country. */
const NEARBY_REGION = 1;
const NEARBY_COUNTRY = 0.5;

export type RankInput = {
  terms: QueryTerms;
  requester: number | undefined;
  /** Never returned (the requester is always left out). */
  exclude: Set<number>;
  /** Only these may be returned (filters, visibility); undefined: all. */
  allowed: ((o: number) => boolean) | undefined;
  preferNearby: boolean;
  /**
   * Place counts without a match too. For a small pool (an event's attendees) a neighbour that matches nothing, say an
   * investor without projects, is still worth meeting; in a registry it would only pad the list.
   */
  placeAlone?: boolean;
  k: number;
  weights?: RankWeights;
  /** Work arrays to reuse (rankScratch); the signals returned are then valid until the scratch is used again. */
  scratch?: RankScratch;
};

/** The signals of one query, kept to explain the results. */
export type RankSignals = {
  text: Float32Array;
  votes: Float32Array;
  joint: Float32Array;
  /** The share of the requester's projects done with each organisation: above 0 exactly for its partners. */
  share: Float32Array;
  second: Float32Array;
  /** The projects most similar to the query, best first. */
  similarProjects: number[];
};

export type Ranked = { org: number; score: number };

const countryCache = new WeakMap<MatchIndex, Int32Array>();

/** Each organisation's country as a number (-1: unknown), so the ranking loop compares numbers, not strings. */
function countryNumbers(index: MatchIndex): Int32Array {
  let numbers = countryCache.get(index);
  if (!numbers) {
    const ids = new Map<string, number>();
    numbers = Int32Array.from(index.organizations.country, (c) => {
      if (c === null) return -1;
      if (!ids.has(c)) ids.set(c, ids.size);
      return ids.get(c)!;
    });
    countryCache.set(index, numbers);
  }
  return numbers;
}

/** The arrays one ranking works in: one number per organisation (and per project for projectScores). */
export type RankScratch = Record<'text' | 'votes' | 'wide' | 'best' | 'all' | 'joint' | 'coordinated' | 'share' | 'second' | 'score' | 'projectScores', Float32Array>;

/**
 * Work arrays for rankPartners, to pass query after query: a batch then allocates ~1 MiB once per thread instead of
 * per query (whose garbage cost more time than the zeroing).
 */
export function rankScratch(index: MatchIndex): RankScratch {
  const n = index.organizations.id.length;
  const orgs = () => new Float32Array(n);
  return {
    text: orgs(), votes: orgs(), wide: orgs(), best: orgs(), all: orgs(), joint: orgs(), coordinated: orgs(), share: orgs(), second: orgs(),
    score: orgs(),
    projectScores: new Float32Array(index.projects.id.length),
  };
}

/** Ranks every organisation for the query; returns the best `k` and the signals that explain them. */
export function rankPartners(index: MatchIndex, input: RankInput): { ranked: Ranked[]; signals: RankSignals } {
  const w = input.weights ?? DEFAULT_WEIGHTS;
  const n = index.organizations.id.length;
  const scratch = input.scratch ?? rankScratch(index);
  if (input.scratch) for (const a of Object.values(scratch)) a.fill(0);
  const { text, votes, wide, best, all, joint, coordinated, share, second, score, projectScores } = scratch;
  bm25(index.orgPostings, input.terms, text);
  normalizeMax(text);

  bm25(index.projectPostings, input.terms, projectScores);
  const similarProjects = topK(projectScores, WIDE);
  projectVotes(index, projectScores, similarProjects.slice(0, NEAR), votes);
  normalizeMax(votes);
  projectVotes(index, projectScores, similarProjects, wide);
  normalizeMax(wide);
  projectSimilarity(index, projectScores, best, all);
  normalizeMax(all);

  const r = input.requester;
  // A factor, not a term: what matches nothing stays at 0, and a filter to one type keeps all its matches.
  const typeFactor = typeAffinity(index, projectScores, similarProjects.slice(0, TYPE_NEAR), r).map((lift) => Math.exp(w.typeMix * lift));
  const types = index.organizations.type;
  if (r !== undefined) {
    collaboration(index, r, projectScores, similarProjects, { joint, coordinated, share, second });
    normalizeMax(second);
  }
  const countries = countryNumbers(index);
  const country = r === undefined ? -1 : countries[r]!;
  const region = r === undefined ? null : index.organizations.nutsCode[r]?.slice(0, 4) ?? null;

  for (let o = 0; o < n; o++) {
    let s = w.text * text[o]! + w.votesNear * votes[o]! + w.votesWide * wide[o]! + w.bestProject * best[o]! + w.allProjects * all[o]!;
    // log1p(0) is 0: most organisations never worked with the requester, and need no logarithm.
    if (r !== undefined) {
      s += w.joint * joint[o]! + w.jointShare * share[o]! + (coordinated[o] === 0 ? 0 : w.coordinated * Math.log1p(coordinated[o]!)) + w.partnersOfPartners * second[o]!;
    }
    // Place only adds to a match (of topic or of joint work): a neighbour that matches nothing is no partner, unless
    // the pool is small (placeAlone).
    if ((s > 0 || input.placeAlone === true) && country >= 0 && countries[o] === country) {
      s += w.country;
      const sameRegion = region !== null && region.length === 4 && index.organizations.nutsCode[o]?.startsWith(region) === true;
      // A factor, as typeMix: a neighbour that matches nothing stays out, a relevant one moves up.
      if (sameRegion) s *= 1 + w.region;
      if (input.preferNearby) {
        s += NEARBY_COUNTRY;
        if (sameRegion) s += NEARBY_REGION;
      }
    }
    score[o] = s * typeFactor[types[o]!]!;
  }
  const keep = (o: number) => o !== r && !input.exclude.has(o) && (input.allowed === undefined || input.allowed(o));
  const ranked = topK(score, input.k, keep).map((org) => ({ org, score: score[org]! }));
  return { ranked, signals: { text, votes, joint, share, second, similarProjects: similarProjects.slice(0, NEAR) } };
}
