// The reasons of a match over a hand-written corpus: joint projects, topics in the query's own words, similar
// projects, partners of partners, complementary type, place and activity; members-only projects stay uncited.
import { describe, expect, it } from 'vitest';
import type { CorpusOrganization, CorpusParticipation, CorpusProject } from '#src/matching/match-corpus.ts';
import { explainMatch, explainMatches, offerWord, type ExplainInput } from '#src/matching/match-explain.ts';
import { buildMatchIndex } from '#src/matching/match-index-build.ts';
import { rankPartners } from '#src/matching/match-rank.ts';
import type { MatchReason } from '#src/matching/match-types.ts';

const org = (id: string, name: string, type: CorpusOrganization['type'], country: string | null, nutsCode: string | null): CorpusOrganization => ({
  id, cordisId: null, name, type, isSme: false, country, nutsCode, city: null, lat: null, lon: null, visibility: 'public', vector: null,
});
const project = (id: string, acronym: string | null, title: string, start: number, vector: string, visibility: CorpusProject['visibility'] = 'public'): CorpusProject => ({
  id, acronym, title, start, visibility, vector,
});
const joined = (projectId: string, organizationId: string, role = 'participant'): CorpusParticipation => ({ projectId, organizationId, role });

const index = buildMatchIndex({
  organizations: [
    org('r', 'Requester University', 'university', 'DK', 'DK011'),
    org('a', 'Alpha Medical', 'company', 'DK', 'DK012'),
    org('b', 'Beta GmbH', 'company', 'DE', 'DE300'),
    org('c', 'Copenhagen Institute', 'university', 'DK', 'DK042'),
    org('m', 'Members Only AB', 'company', 'SE', null),
  ],
  projects: [
    project('j1', 'HEALX', 'Healing wounds', 2023.2, "'wound':1A 'heal':2A"),
    project('j2', null, 'Wound care study', 2020.5, "'wound':1A 'care':2A"),
    project('s1', 'SKIN', 'Skin healing', 2022, "'wound':1 'heal':2 'skin':3"),
    project('s2', 'CWOUND', 'Chronic wounds', 2019, "'wound':1 'chronic':2"),
    project('mp', 'MEMB', 'Members project', 2023, "'wound':1 'heal':2", 'members'),
    project('old', 'OLD', 'Ocean project', 2010, "'ocean':1"),
  ],
  participations: [
    joined('j1', 'r', 'coordinator'), joined('j1', 'a'),
    joined('j2', 'r'), joined('j2', 'a', 'coordinator'),
    joined('s1', 'a'), joined('s1', 'b'),
    joined('s2', 'c'),
    joined('mp', 'm'),
    joined('old', 'b'),
  ],
});
const o = (id: string) => index.orgIndex.get(id)!;
const terms = (['wound', 'heal', 'care'] as const).map((t): [number, number] => [index.terms.get(t)!, 1]);
const words = new Map([['wound', 'wounds'], ['heal', 'healing']]);
const publicOnly = (p: number) => index.projects.visibility[p] === 0;

const explain = (id: string, options: Partial<ExplainInput> = {}) => {
  const requester = 'requester' in options ? options.requester : o('r');
  const { signals } = rankPartners(index, { terms, requester, exclude: new Set(), allowed: undefined, preferNearby: false, k: 10 });
  return explainMatch({ index, signals, terms, words, requester, projectReadable: publicOnly, ...options }, o(id));
};
const reason = <K extends MatchReason['kind']>(reasons: MatchReason[], kind: K) =>
  reasons.find((r) => r.kind === kind) as Extract<MatchReason, { kind: K }> | undefined;
const kinds = (reasons: MatchReason[]) => reasons.map((r) => r.kind);

describe('explainMatch', () => {
  it('cites the joint projects with the requester, newest first, with their count', () => {
    const joint = reason(explain('a'), 'jointProjects')!;
    expect(joint.count).toBe(2);
    expect(joint.projects).toEqual([
      { id: 'j1', acronym: 'HEALX', title: 'Healing wounds', year: 2023 },
      { id: 'j2', acronym: null, title: 'Wound care study', year: 2020 },
    ]);
    expect(joint.text).toBe('2 earlier joint projects with you (HEALX and Wound care study): all 2 of your projects');
  });

  it('does not count or cite joint projects the reader may not see', () => {
    const joint = reason(explain('a', { projectReadable: (p) => index.projects.id[p] !== 'j2' }), 'jointProjects')!;
    expect(joint.count).toBe(1);
    expect(joint.text).toBe('1 earlier joint project with you (HEALX): your only project');
  });

  it("says which share of the requester's projects were joint ones, also when none of them resembles the query", () => {
    // a has j1, j2 and s1 (all public); b took part in s1.
    expect(reason(explain('b', { requester: o('a') }), 'jointProjects')!.text).toBe('1 earlier joint project with you (SKIN): 1 of your 3 projects');
    const ocean: Array<[number, number]> = [[index.terms.get('ocean')!, 1]];
    const { signals } = rankPartners(index, { terms: ocean, requester: o('r'), exclude: new Set(), allowed: undefined, preferNearby: false, k: 10 });
    // j1 and j2 share no word with "ocean": no similarity-weighted joint work, yet a is r's partner in both.
    expect(signals.joint[o('a')]).toBe(0);
    expect(signals.share[o('a')]).toBe(1);
    const reasons = explainMatch({ index, signals, terms: ocean, words: new Map(), requester: o('r'), projectReadable: publicOnly }, o('a'));
    expect(reason(reasons, 'jointProjects')!.text).toBe('2 earlier joint projects with you (HEALX and Wound care study): all 2 of your projects');
    expect(reason(reasons, 'partnersOfPartners')).toBeUndefined();
  });

  it("names the topics in the query's own words, falling back to a title word for the stem, and only the ones found", () => {
    const topics = reason(explain('a'), 'topics')!;
    expect([...topics.terms].sort()).toEqual(['care', 'healing', 'wounds']);
    expect(topics.text).toMatch(/^works on .+, .+ and .+$/);
    expect(reason(explain('c'), 'topics')).toEqual({ kind: 'topics', terms: ['wounds'], text: 'works on wounds' });
    // No word of the query's own: the registry's titles name the stem ("Healing wounds", "Chronic wounds").
    expect(reason(explain('c', { words: new Map() }), 'topics')!.terms).toEqual(['wounds']);
  });

  it("names a German or Danish query's words as typed, quoted in the text, and a compound once for all its stems", () => {
    const german = new Map([['wound', 'Wundheilung'], ['heal', 'Wundheilung'], ['care', 'Pflege']]);
    const topics = reason(explain('a', { words: german, quoteWords: true }), 'topics')!;
    expect([...topics.terms].sort()).toEqual(['Pflege', 'Wundheilung']);
    expect(topics.text).toBe(`works on ${topics.terms.map((w) => `“${w}”`).join(' and ')}`);
    expect(reason(explain('c', { words: german, quoteWords: true }), 'topics')).toEqual({ kind: 'topics', terms: ['Wundheilung'], text: 'works on “Wundheilung”' });
  });

  it('cites similar projects the organisation took part in, newest first', () => {
    const similar = reason(explain('a'), 'similarProjects')!;
    expect(similar.projects.map((p) => p.id)).toEqual(['j1', 's1', 'j2']);
    expect(similar.text).toBe('took part in similar projects: HEALX, SKIN and Wound care study');
  });

  it('does not cite members-only projects when the reader may not see them', () => {
    expect(reason(explain('m'), 'similarProjects')).toBeUndefined();
    const similar = reason(explain('m', { projectReadable: () => true }), 'similarProjects')!;
    expect(similar.projects.map((p) => p.acronym)).toEqual(['MEMB']);
  });

  it("names the requester's partner through whom a stranger is reached", () => {
    const reasons = explain('b');
    expect(reason(reasons, 'jointProjects')).toBeUndefined();
    const via = reason(reasons, 'partnersOfPartners')!;
    expect(via.count).toBe(1);
    expect(via.via).toEqual([{ id: 'a', name: 'Alpha Medical' }]);
    expect(via.text).toBe('worked with your partner Alpha Medical');
    // A partner itself is cited for the joint projects, not as a partner of partners.
    expect(reason(explain('a'), 'partnersOfPartners')).toBeUndefined();
  });

  it('says when the type complements the requester and stays silent when it is the same', () => {
    expect(reason(explain('a'), 'complementary')).toEqual({
      kind: 'complementary', type: 'company', requesterType: 'university', competences: [],
      text: 'brings what a university lacks: it is a company',
    });
    expect(reason(explain('c'), 'complementary')).toBeUndefined();
  });

  it("tells the requester's NUTS-2 region from its country, and says nothing abroad", () => {
    expect(reason(explain('a'), 'region')).toEqual({ kind: 'region', scope: 'region', country: 'DK', nutsCode: 'DK012', text: 'in your region (DK01)' });
    expect(reason(explain('c'), 'region')).toEqual({ kind: 'region', scope: 'country', country: 'DK', nutsCode: 'DK042', text: 'in your country (DK)' });
    expect(reason(explain('b'), 'region')).toBeUndefined();
  });

  it('counts all projects and those started in the last two years of the registry', () => {
    expect(reason(explain('a'), 'active')).toEqual({
      kind: 'active', projects: 3, recentProjects: 2, text: '3 projects in the registry, 2 started in the last two years',
    });
    expect(reason(explain('c'), 'active')).toMatchObject({ projects: 1, recentProjects: 0, text: '1 project in the registry, 0 started in the last two years' });
  });

  it('lists the reasons strongest evidence first', () => {
    expect(kinds(explain('a'))).toEqual(['jointProjects', 'topics', 'similarProjects', 'complementary', 'region', 'active']);
    expect(kinds(explain('b'))).toEqual(['topics', 'similarProjects', 'partnersOfPartners', 'complementary', 'active']);
  });

  it('gives no requester-bound reasons without a requester', () => {
    expect(kinds(explain('a', { requester: undefined }))).toEqual(['topics', 'similarProjects', 'active']);
  });

  it('explains the results of a query together exactly as one by one, whatever their order', () => {
    for (const requester of [o('r'), undefined]) {
      const { signals } = rankPartners(index, { terms, requester, exclude: new Set(), allowed: undefined, preferNearby: false, k: 10 });
      const input: ExplainInput = { index, signals, terms, words, requester, projectReadable: publicOnly };
      const orgs = ['c', 'a', 'm', 'b'].map(o);
      expect(explainMatches(input, orgs)).toEqual(orgs.map((x) => explainMatch(input, x)));
      expect(explainMatches(input, [])).toEqual([]);
    }
  });
});

describe('offerWord', () => {
  const topWords = (found: Array<[string, number]>, max: number) => {
    const top: Array<[string, number]> = [];
    for (const [word, weight] of found) offerWord(top, word, weight, max);
    return top.map(([w]) => w);
  };
  /** What offerWord stands for: a stable sort by weight, greatest first, then the first `max` distinct words. */
  const bySorting = (found: Array<[string, number]>, max: number) =>
    [...new Set([...found].sort((a, b) => b[1] - a[1]).map(([w]) => w))].slice(0, max);

  it('keeps the heaviest distinct words, a word at its greatest weight, ties in the order found', () => {
    expect(topWords([['a', 1], ['b', 3], ['c', 2], ['a', 5], ['d', 3]], 3)).toEqual(['a', 'b', 'd']);
    expect(topWords([['x', 1], ['y', 1], ['x', 1]], 5)).toEqual(['x', 'y']);
    expect(topWords([], 5)).toEqual([]);
  });

  it('agrees with sorting on many random lists with repeated words and weights', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let run = 0; run < 500; run++) {
      const found = Array.from({ length: random(40) }, (): [string, number] => [`w${random(12)}`, random(6) / 2]);
      for (const max of [1, 3, 5]) expect(topWords(found, max)).toEqual(bySorting(found, max));
    }
  });
});
