// Partner ranking over a hand-written corpus: who may be returned, and how joint work, place and type change the order
// of otherwise equal candidates.
import { describe, expect, it } from 'vitest';
import type { CorpusOrganization, CorpusParticipation, CorpusProject } from '#src/matching/match-corpus.ts';
import { buildMatchIndex } from '#src/matching/match-index-build.ts';
import { DEFAULT_WEIGHTS, rankPartners, rankScratch, type RankInput, type RankWeights } from '#src/matching/match-rank.ts';

const org = (id: string, country: string | null, nutsCode: string | null = null, vector: string | null = null): CorpusOrganization => ({
  id, cordisId: null, name: `Org ${id}`, type: 'company', isSme: false, country, nutsCode, city: null,
  lat: null, lon: null, visibility: 'public', vector,
});
const project = (id: string, vector: string): CorpusProject => ({
  id, acronym: id.toUpperCase(), title: `Project ${id}`, start: 2021, visibility: 'public', vector,
});
const joined = (projectId: string, organizationId: string, role = 'participant'): CorpusParticipation => ({ projectId, organizationId, role });

// Everyone but the requester and z has one project with the same text, so they are equal on the text; r shares
// its project with a; f is abroad, n1 and n2 are in r's country (n2 also in its NUTS-2 region); z matches nothing,
// nor does nz, r's neighbour.
const WOUND = "'wound':1 'heal':2";
const index = buildMatchIndex({
  organizations: [
    org('r', 'DK', 'DK011', "'robot':1"),
    org('s', 'SE', 'SE110'),
    org('a', 'SE', 'SE110'),
    org('f', 'DE', 'DE300'),
    org('n1', 'DK', 'DK042'),
    org('n2', 'DK', 'DK012'),
    org('z', 'FR', 'FR101'),
    org('nz', 'DK', 'DK012'),
  ],
  projects: [project('ps', WOUND), project('pa', WOUND), project('pf', WOUND), project('pn1', WOUND), project('pn2', WOUND), project('pz', "'ocean':1 'ship':2"), project('pnz', "'ocean':1 'ship':2")],
  participations: [
    joined('ps', 's'), joined('pa', 'r', 'coordinator'), joined('pa', 'a'), joined('pf', 'f'), joined('pn1', 'n1'), joined('pn2', 'n2'), joined('pz', 'z'), joined('pnz', 'nz'),
  ],
});
const o = (id: string) => index.orgIndex.get(id)!;
const ids = (ranked: Array<{ org: number }>) => ranked.map((r) => index.organizations.id[r.org]);
const terms = (['wound', 'heal'] as const).map((t): [number, number] => [index.terms.get(t)!, 1]);

const rank = (input: Partial<RankInput> = {}) =>
  rankPartners(index, { terms, requester: o('r'), exclude: new Set(), allowed: undefined, preferNearby: false, k: 10, ...input });
const only = (...names: string[]) => {
  const set = new Set(names.map(o));
  return (x: number) => set.has(x);
};

describe('rankPartners', () => {
  it('returns the matching organisations best first, never the requester nor those that match nothing', () => {
    const { ranked } = rank();
    expect(ids(ranked).sort()).toEqual(['a', 'f', 'n1', 'n2', 's']);
    // Nor for their place alone, even when nearby partners are asked for.
    expect(ids(rank({ preferNearby: true }).ranked)).not.toContain('nz');
    // In a small pool (an event's attendees) place counts alone: nz is there, after everyone who matches.
    expect(ids(rank({ placeAlone: true }).ranked).at(-1)).toBe('nz');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
    // Without a requester, r itself is a fine match.
    expect(ids(rank({ requester: undefined }).ranked)).toContain('r');
  });

  it('never returns excluded organisations', () => {
    const { ranked } = rank({ exclude: new Set([o('a'), o('n2')]) });
    expect(ids(ranked).sort()).toEqual(['f', 'n1', 's']);
  });

  it('returns only what `allowed` lets through', () => {
    expect(ids(rank({ allowed: only('s', 'f', 'r') }).ranked).sort()).toEqual(['f', 's']);
    expect(rank({ allowed: () => false }).ranked).toEqual([]);
  });

  it('returns at most k', () => {
    const all = rank().ranked;
    const two = rank({ k: 2 }).ranked;
    expect(two).toHaveLength(2);
    expect(two).toEqual(all.slice(0, 2));
  });

  it("scores the share of the requester's projects done with a partner, whatever the query", () => {
    const none = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])) as RankWeights;
    // r's only project is pa, with a: a share of 1, for the wound query and for one that matches nothing of pa.
    for (const query of [terms, [[index.terms.get('ocean')!, 1]] as Array<[number, number]>]) {
      const { ranked, signals } = rank({ terms: query, weights: { ...none, jointShare: 1 } });
      expect(ranked).toEqual([{ org: o('a'), score: 1 }]);
      expect(signals.share[o('a')]).toBe(1);
    }
    expect(rank({ requester: undefined, weights: { ...none, jointShare: 1 } }).ranked).toEqual([]);
  });

  it('puts an organisation with a joint similar project with the requester above an otherwise equal stranger', () => {
    expect(ids(rank({ requester: undefined, allowed: only('s', 'a') }).ranked)).toEqual(['s', 'a']);
    const { ranked, signals } = rank({ allowed: only('s', 'a') });
    expect(ids(ranked)).toEqual(['a', 's']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(signals.joint[o('a')]).toBeGreaterThan(0);
    expect(signals.joint[o('s')]).toBe(0);
  });

  it("puts an organisation in the requester's country above an otherwise equal foreign one", () => {
    expect(ids(rank({ requester: undefined, allowed: only('f', 'n1') }).ranked)).toEqual(['f', 'n1']);
    expect(ids(rank({ allowed: only('f', 'n1') }).ranked)).toEqual(['n1', 'f']);
  });

  it('puts an organisation of the type that projects like the query take in above an otherwise equal one', () => {
    // c and h did the same wound project each; the other wound projects took in hospitals, an ocean one companies; hq
    // (a hospital) has no project.
    const typed = (id: string, type: CorpusOrganization['type']): CorpusOrganization => ({ ...org(id, null), type });
    const mixed = buildMatchIndex({
      organizations: [typed('c', 'company'), typed('h', 'hospital'), typed('hx', 'hospital'), typed('hy', 'hospital'), typed('z1', 'company'), typed('z2', 'company'), typed('z3', 'company'), typed('hq', 'hospital')],
      projects: [project('pc', WOUND), project('ph', WOUND), project('px', WOUND), project('py', WOUND), project('pz', "'ocean':1 'ship':2")],
      participations: [joined('pc', 'c'), joined('ph', 'h'), joined('px', 'hx'), joined('py', 'hy'), joined('pz', 'z1'), joined('pz', 'z2'), joined('pz', 'z3')],
    });
    const pick = new Set(['c', 'h'].map((id) => mixed.orgIndex.get(id)!));
    const ranked = (weights: RankWeights) =>
      rankPartners(mixed, { terms: (['wound', 'heal'] as const).map((t): [number, number] => [mixed.terms.get(t)!, 1]), requester: undefined, exclude: new Set(), allowed: (x) => pick.has(x), preferNearby: false, k: 3, weights })
        .ranked.map((r) => mixed.organizations.id[r.org]);
    expect(ranked({ ...DEFAULT_WEIGHTS, typeMix: 0 })).toEqual(['c', 'h']);
    expect(ranked(DEFAULT_WEIGHTS)).toEqual(['h', 'c']);
    // A factor, not a bonus: hq, a hospital that matches nothing, stays out.
    pick.add(mixed.orgIndex.get('hq')!);
    expect(ranked(DEFAULT_WEIGHTS)).toEqual(['h', 'c']);
  });

  it("puts an organisation in the requester's NUTS-2 region above an otherwise equal one elsewhere in its country", () => {
    expect(ids(rank({ allowed: only('n1', 'n2') }).ranked)).toEqual(['n2', 'n1']);
    // Without the region factor both get the same country bonus: the earlier one comes first.
    expect(ids(rank({ allowed: only('n1', 'n2'), weights: { ...DEFAULT_WEIGHTS, region: 0 } }).ranked)).toEqual(['n1', 'n2']);
    const { ranked } = rank({ allowed: only('n1', 'n2') });
    expect(ranked[0]!.score / ranked[1]!.score).toBeCloseTo(1 + DEFAULT_WEIGHTS.region, 5);
  });

  it('with preferNearby, widens the lead of the requester\'s region and of its country', () => {
    const gap = (preferNearby: boolean, near: string, far: string) => {
      const { ranked } = rank({ allowed: only(near, far), preferNearby });
      const score = (id: string) => ranked.find((r) => index.organizations.id[r.org] === id)!.score;
      return score(near) - score(far);
    };
    expect(gap(false, 'n1', 'f')).toBeGreaterThan(0);
    expect(gap(true, 'n1', 'f')).toBeGreaterThan(gap(false, 'n1', 'f'));
    expect(gap(true, 'n2', 'n1')).toBeGreaterThan(gap(false, 'n2', 'n1'));
  });

  it('gives no place bonus without a requester, even when nearby is preferred', () => {
    const { ranked } = rank({ requester: undefined, preferNearby: true, allowed: only('f', 'n1', 'n2') });
    expect(ids(ranked)).toEqual(['f', 'n1', 'n2']);
    expect(ranked[0]!.score).toBeCloseTo(ranked[2]!.score, 5);
  });

  it('keeps the signals that explain the ranking', () => {
    const { signals } = rank();
    expect(signals.similarProjects.map((p) => index.projects.id[p]).sort()).toEqual(['pa', 'pf', 'pn1', 'pn2', 'ps']);
    expect(signals.text[o('z')]).toBe(0);
    expect(Math.max(...signals.text)).toBeCloseTo(1, 6);
    expect(signals.votes[o('s')]).toBeGreaterThan(0);
    expect(signals.joint[o('r')]).toBe(0);
  });

  it('ranks the same with work arrays reused query after query as with fresh ones', () => {
    const scratch = rankScratch(index);
    const queries: Array<Partial<RankInput>> = [{}, { requester: undefined }, { preferNearby: true }, { terms: terms.slice(1) }, {}];
    for (const input of queries) {
      const fresh = rank(input);
      const reused = rank({ ...input, scratch });
      expect(reused.ranked).toEqual(fresh.ranked);
      expect([...reused.signals.text]).toEqual([...fresh.signals.text]);
      expect([...reused.signals.joint]).toEqual([...fresh.signals.joint]);
      expect(reused.signals.text).toBe(scratch.text);
    }
  });
});
