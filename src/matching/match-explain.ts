// The reasons of a partner match, in data and in plain English, from the signals that ranked it.
import type { OrganizationType } from '#src/db/types.ts';
import { ORGANIZATION_TYPES, type MatchIndex } from '#src/matching/match-index.ts';
import { quotedWords } from '#src/matching/match-query-words.ts';
import type { RankSignals } from '#src/matching/match-rank.ts';
import type { QueryTerms } from '#src/matching/match-signals.ts';
import type { MatchReason, ReasonProject } from '#src/matching/match-types.ts';

export type ExplainInput = {
  index: MatchIndex;
  signals: RankSignals;
  terms: QueryTerms;
  /** Stem → the query's own word for it, to say "gene therapy", not "gene therapi". */
  words: Map<string, string>;
  /** Quote the words in the text: a German or Danish query's words inside an English sentence. */
  quoteWords?: boolean;
  requester: number | undefined;
  /** Whether the reader may see project p (members-only projects are cited to signed-in users only). */
  projectReadable: (p: number) => boolean;
};

const TYPE_WORDS: Record<OrganizationType, string> = {
  company: 'a company',
  university: 'a university',
  research_institute: 'a research institute',
  hospital: 'a hospital',
  public_body: 'a public body',
  association: 'an association',
  investor: 'an investor',
  other: 'an organisation',
};

function projectRef(index: MatchIndex, p: number): ReasonProject {
  const start = index.projects.start[p]!;
  return {
    id: index.projects.id[p]!,
    acronym: index.projects.acronym[p] ?? null,
    title: index.projects.title[p]!,
    year: Number.isNaN(start) ? null : Math.floor(start),
  };
}

const label = (p: ReasonProject) => p.acronym ?? p.title;
const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** Per index (and thread): each organisation's place among the results being explained, plus one; 0 for the rest. */
const places = new WeakMap<MatchIndex, Int32Array>();

/**
 * For each of `orgs` (distinct), the query terms found in its documents, most specific first: each term's postings
 * are scanned once for all of them when short, else each organisation is looked up in them by binary search.
 */
function matchedTerms(input: ExplainInput, orgs: number[]): string[][] {
  const { orgPostings, termList, termWords } = input.index;
  const { doc, impact } = orgPostings;
  let place = places.get(input.index);
  if (!place) places.set(input.index, (place = new Int32Array(input.index.organizations.id.length)));
  orgs.forEach((o, i) => (place[o] = i + 1));
  const ascending = [...orgs].sort((a, b) => a - b);
  const tops = orgs.map((): Array<[string, number]> => []);
  for (const [t] of input.terms) {
    const from = orgPostings.start[t]!;
    const to = orgPostings.start[t + 1]!;
    const stem = termList[t]!;
    const word = input.words.get(stem) ?? termWords[t] ?? stem;
    const note = (i: number) => offerWord(tops[place[doc[i]!]! - 1]!, word, impact[i]! / (to - from), TOPICS);
    if (to - from <= 8 * orgs.length) {
      for (let i = from; i < to; i++) if (place[doc[i]!] !== 0) note(i);
      continue;
    }
    // Postings are in organisation order: binary search for each, from where the previous one was found.
    let lo = from;
    for (const o of ascending) {
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (doc[mid]! < o) lo = mid + 1;
        else hi = mid;
      }
      if (lo < to && doc[lo] === o) note(lo);
    }
  }
  for (const o of orgs) place[o] = 0;
  return tops.map((top) => top.map(([w]) => w));
}

/** How many topics a result names. */
const TOPICS = 5;

/**
 * Offers a word found with `weight` to `top`, the `max` distinct words of greatest weight so far, best first, in
 * the order a stable sort by weight would list them: a word counts at its greatest weight and, at an equal one,
 * where it was first found. Most organisations match dozens of a query's terms; this keeps five, sorting nothing.
 */
export function offerWord(top: Array<[string, number]>, word: string, weight: number, max: number): void {
  const at = top.findIndex(([w]) => w === word);
  if (at >= 0) {
    if (weight <= top[at]![1]) return;
    top.splice(at, 1);
  } else if (top.length === max && weight <= top[max - 1]![1]) return;
  // After every word of equal or greater weight: those were found first.
  let i = top.length;
  while (i > 0 && top[i - 1]![1] < weight) i--;
  top.splice(i, 0, [word, weight]);
  if (top.length > max) top.pop();
}

/** Projects of organisation o among `candidates` (newest first), at most `max`. */
function projectsOf(input: ExplainInput, o: number, candidates: Set<number>, max: number): { count: number; projects: ReasonProject[] } {
  const { index } = input;
  const mine: number[] = [];
  for (let k = index.orgProjectStart[o + 1]! - 1; k >= index.orgProjectStart[o]!; k--) {
    const p = index.orgProjects[k]!;
    if (candidates.has(p) && input.projectReadable(p)) mine.push(p);
  }
  return { count: mine.length, projects: mine.slice(0, max).map((p) => projectRef(index, p)) };
}

/** Why each of `orgs` (distinct, the results of one query) was proposed, strongest evidence first. */
export function explainMatches(input: ExplainInput, orgs: number[]): MatchReason[][] {
  const { index, requester } = input;
  // What every result is compared with, gathered once per query.
  const requesterProjects = new Set<number>();
  if (requester !== undefined) {
    for (let k = index.orgProjectStart[requester]!; k < index.orgProjectStart[requester + 1]!; k++) requesterProjects.add(index.orgProjects[k]!);
  }
  const similar = new Set(input.signals.similarProjects);
  const readableRequesterProjects = [...requesterProjects].filter(input.projectReadable).length;
  const topics = matchedTerms(input, orgs);
  return orgs.map((o, i) => reasonsFor(input, o, { requesterProjects, readableRequesterProjects, similar, topics: topics[i]! }));
}

/** Why organisation o was proposed (explainMatches for one). */
export function explainMatch(input: ExplainInput, o: number): MatchReason[] {
  return explainMatches(input, [o])[0]!;
}

type QueryFacts = { requesterProjects: Set<number>; readableRequesterProjects: number; similar: Set<number>; topics: string[] };

function reasonsFor(input: ExplainInput, o: number, query: QueryFacts): MatchReason[] {
  const { index, signals, requester } = input;
  const reasons: MatchReason[] = [];
  const orgs = index.organizations;

  // share > 0 exactly for the requester's partners (joint can be 0 when no joint project resembles the query).
  if (requester !== undefined && signals.share[o]! > 0) {
    const { count, projects } = projectsOf(input, o, query.requesterProjects, 3);
    if (count > 0) {
      // The share of the requester's projects is a signal of its own (a partner of most of them is likely again).
      const of = query.readableRequesterProjects;
      const share = count < of ? `${count} of your ${of} projects` : of === 1 ? 'your only project' : `all ${of} of your projects`;
      reasons.push({
        kind: 'jointProjects', count, projects,
        text: `${count} earlier joint project${count === 1 ? '' : 's'} with you (${list(projects.map(label))}): ${share}`,
      });
    }
  }

  const terms = query.topics;
  if (terms.length > 0) {
    reasons.push({ kind: 'topics', terms, text: `works on ${list(quotedWords(terms, input.quoteWords === true))}` });
  }

  if (signals.votes[o]! > 0) {
    const { projects } = projectsOf(input, o, query.similar, 3);
    if (projects.length > 0) {
      reasons.push({ kind: 'similarProjects', projects, text: `took part in similar projects: ${list(projects.map(label))}` });
    }
  }

  if (requester !== undefined && signals.second[o]! > 0 && signals.share[o]! === 0) {
    const via = partnersBetween(index, requester, o, signals.share);
    if (via.length > 0) {
      reasons.push({
        kind: 'partnersOfPartners', count: via.length, via: via.slice(0, 3),
        text: `worked with your partner${via.length === 1 ? '' : 's'} ${list(via.slice(0, 3).map((v) => v.name))}`,
      });
    }
  }

  if (requester !== undefined && orgs.type[o] !== orgs.type[requester]) {
    const theirs = ORGANIZATION_TYPES[orgs.type[o]!]!;
    const yours = ORGANIZATION_TYPES[orgs.type[requester]!]!;
    reasons.push({ kind: 'complementary', type: theirs, requesterType: yours, competences: [], text: `brings what ${TYPE_WORDS[yours]} lacks: it is ${TYPE_WORDS[theirs]}` });
  }

  if (requester !== undefined && orgs.country[o] !== null && orgs.country[o] === orgs.country[requester]) {
    const a = orgs.nutsCode[o];
    const b = orgs.nutsCode[requester];
    const sameRegion = a != null && b != null && a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4);
    reasons.push({
      kind: 'region', scope: sameRegion ? 'region' : 'country', country: orgs.country[o]!, nutsCode: orgs.nutsCode[o] ?? null,
      text: sameRegion ? `in your region (${a!.slice(0, 4)})` : `in your country (${orgs.country[o]})`,
    });
  }

  const total = index.orgProjectStart[o + 1]! - index.orgProjectStart[o]!;
  if (total > 0) {
    let recent = 0;
    for (let k = index.orgProjectStart[o]!; k < index.orgProjectStart[o + 1]!; k++) {
      if (index.latestStart - index.projects.start[index.orgProjects[k]!]! <= 2) recent += 1;
    }
    reasons.push({
      kind: 'active', projects: total, recentProjects: recent,
      text: `${total} project${total === 1 ? '' : 's'} in the registry, ${recent} started in the last two years`,
    });
  }
  return reasons;
}

/** The requester's partners (share > 0) that also worked with o, most tied to the requester first. */
function partnersBetween(index: MatchIndex, requester: number, o: number, share: Float32Array): Array<{ id: string; name: string }> {
  const found = new Map<number, number>();
  for (let k = index.orgProjectStart[o]!; k < index.orgProjectStart[o + 1]!; k++) {
    const p = index.orgProjects[k]!;
    for (let i = index.projectOrgStart[p]!; i < index.projectOrgStart[p + 1]!; i++) {
      const q = index.projectOrgs[i]!;
      if (q !== requester && q !== o && share[q]! > 0) found.set(q, share[q]!);
    }
  }
  return [...found.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([q]) => ({ id: index.organizations.id[q]!, name: index.organizations.name[q]! }));
}
