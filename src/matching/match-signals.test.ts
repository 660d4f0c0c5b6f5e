// The ranking signals over small hand-written corpora: BM25, top-k, votes of similar projects, project similarity,
// the requester's collaboration neighbourhood and the type mix of similar projects.
import { describe, expect, it } from 'vitest';
import type { CorpusOrganization, CorpusParticipation, CorpusProject } from '#src/matching/match-corpus.ts';
import { buildMatchIndex } from '#src/matching/match-index-build.ts';
import type { MatchIndex } from '#src/matching/match-index.ts';
import {
  bm25, collaboration, normalizeMax, projectSimilarity, projectVotes, topK, typeAffinity, type QueryTerms,
} from '#src/matching/match-signals.ts';
import { ORGANIZATION_TYPES } from '#src/matching/match-index.ts';

const org = (id: string, vector: string | null = null): CorpusOrganization => ({
  id, cordisId: null, name: `Org ${id}`, type: 'company', isSme: false, country: null, nutsCode: null, city: null,
  lat: null, lon: null, visibility: 'public', vector,
});
const project = (id: string, vector: string | null = null): CorpusProject => ({
  id, acronym: id.toUpperCase(), title: `Project ${id}`, start: 2020, visibility: 'public', vector,
});
const joined = (projectId: string, organizationId: string, role = 'participant'): CorpusParticipation => ({ projectId, organizationId, role });

const query = (index: MatchIndex, ...terms: string[]): QueryTerms => terms.map((t) => [index.terms.get(t)!, 1]);
const scoresOf = (index: MatchIndex, terms: QueryTerms) => {
  const out = new Float32Array(index.projects.id.length);
  bm25(index.projectPostings, terms, out);
  return out;
};

describe('bm25', () => {
  const index = buildMatchIndex({
    organizations: [org('o', "'ocean':1")],
    projects: [
      project('rare', "'gene':1 'rare':2"),
      project('common', "'gene':1 'cell':2"),
      project('common2', "'gene':1 'cell':2"),
      project('many', "'wound':1,2,3 'heal':4"),
      project('few', "'wound':1 'heal':2,3,4"),
      project('other', "'cell':1 'heart':2"),
    ],
    participations: [],
  });

  it('ranks a document with the rarer query term higher', () => {
    const s = scoresOf(index, query(index, 'rare', 'cell'));
    expect(s[0]).toBeGreaterThan(s[1]!);
    expect(s[1]).toBeCloseTo(s[2]!, 6);
    expect(s[3]).toBe(0);
  });

  it('ranks a document with more occurrences of the term higher', () => {
    const s = scoresOf(index, query(index, 'wound'));
    expect(s[3]).toBeGreaterThan(s[4]!);
    expect(s[4]).toBeGreaterThan(0);
    expect([...s].filter((v) => v > 0)).toHaveLength(2);
  });

  it('ignores query terms that no document of the postings holds, and adds into what is there', () => {
    const withAbsent = scoresOf(index, query(index, 'rare', 'ocean'));
    expect([...withAbsent]).toEqual([...scoresOf(index, query(index, 'rare'))]);
    expect([...scoresOf(index, query(index, 'ocean'))].every((v) => v === 0)).toBe(true);
    const out = new Float32Array(index.projects.id.length).fill(1);
    bm25(index.projectPostings, query(index, 'rare'), out);
    expect(out[0]).toBeGreaterThan(1);
    expect(out[1]).toBe(1);
  });

  it('multiplies a term by its query weight', () => {
    const once = scoresOf(index, query(index, 'heart'));
    const twice = scoresOf(index, [[index.terms.get('heart')!, 2]]);
    expect(twice[5]).toBeCloseTo(2 * once[5]!, 5);
  });
});

describe('topK', () => {
  const scores = Float32Array.from([0.5, 3, 0, 2, 1, -1]);

  it('returns the best k, best first', () => {
    expect(topK(scores, 3)).toEqual([1, 3, 4]);
    expect(topK(scores, 1)).toEqual([1]);
    expect(topK(scores, 0)).toEqual([]);
  });

  it('leaves zero and negative scores out even when k is larger', () => {
    expect(topK(scores, 10)).toEqual([1, 3, 4, 0]);
    expect(topK(new Float32Array(4), 3)).toEqual([]);
  });

  it('keeps only what `keep` lets through', () => {
    expect(topK(scores, 3, (i) => i !== 1)).toEqual([3, 4, 0]);
    expect(topK(scores, 3, (i) => i % 2 === 0)).toEqual([4, 0]);
  });

  it('breaks ties by position, earlier first', () => {
    expect(topK(Float32Array.from([1, 2, 2, 2, 1]), 2)).toEqual([1, 2]);
    expect(topK(Float32Array.from([1, 2, 2, 2, 1]), 5)).toEqual([1, 2, 3, 0, 4]);
    expect(topK(new Float32Array(10).fill(1), 3)).toEqual([0, 1, 2]);
  });

  it('agrees with a full sort on larger inputs', () => {
    const many = Float32Array.from({ length: 500 }, (_, i) => ((i * 7919) % 101) - 20);
    const expected = [...many.keys()].filter((i) => many[i]! > 0).sort((a, b) => many[b]! - many[a]! || a - b).slice(0, 37);
    expect(topK(many, 37)).toEqual(expected);
  });
});

describe('normalizeMax', () => {
  it('scales the largest value to 1 and leaves all zeros alone', () => {
    const v = Float32Array.from([2, 4, 0]);
    normalizeMax(v);
    expect([...v]).toEqual([0.5, 1, 0]);
    const zeros = new Float32Array(3);
    normalizeMax(zeros);
    expect([...zeros]).toEqual([0, 0, 0]);
  });
});

// Organisations: 0 r (the requester), 1 a, 2 b, 3 c, 4 d, 5 e.
// j1: r (coordinator) + a; j2: b (coordinator) + r + a; s1: a + c; u: d + e.
const graph = buildMatchIndex({
  organizations: ['r', 'a', 'b', 'c', 'd', 'e'].map((id) => org(id)),
  projects: ['j1', 'j2', 's1', 'u'].map((id) => project(id)),
  participations: [
    joined('j1', 'r', 'coordinator'), joined('j1', 'a'),
    joined('j2', 'b', 'coordinator'), joined('j2', 'r'), joined('j2', 'a'),
    joined('s1', 'a'), joined('s1', 'c'),
    joined('u', 'd'), joined('u', 'e'),
  ],
});
const [R, A, B, C, D, E] = [0, 1, 2, 3, 4, 5];
// Similarity of j1, j2, s1, u to some query (s1 the most similar).
const projectScores = Float32Array.from([2, 1, 4, 3]);
const empty = () => new Float32Array(graph.organizations.id.length);

describe('projectVotes', () => {
  it('gives the participants of the most similar project the most, the others their squared relative similarity', () => {
    const ranked = topK(projectScores, 10);
    expect(ranked).toEqual([2, 3, 0, 1]);
    const votes = empty();
    projectVotes(graph, projectScores, ranked, votes);
    expect(votes[C]).toBeCloseTo(1, 6);
    expect(votes[D]).toBeCloseTo(0.5625, 6);
    expect(votes[B]).toBeCloseTo(0.0625, 6);
    // a: s1 + j1 + j2.
    expect(votes[A]).toBeCloseTo(1 + 0.25 + 0.0625, 6);
    expect(votes[A]).toBeGreaterThan(votes[C]!);
  });

  it('only counts the ranked projects and gives nothing without any', () => {
    const votes = empty();
    projectVotes(graph, projectScores, [2], votes);
    expect([...votes]).toEqual([0, 1, 0, 1, 0, 0]);
    const none = empty();
    projectVotes(graph, projectScores, [], none);
    expect([...none].every((v) => v === 0)).toBe(true);
  });
});

describe('projectSimilarity', () => {
  it("takes each organisation's best project and the sum of squares, leaving negligible projects out", () => {
    const best = empty();
    const sum = empty();
    // u is under 5 % of the best project: it counts for nobody.
    projectSimilarity(graph, Float32Array.from([2, 1, 4, 0.1]), best, sum);
    expect(best[A]).toBeCloseTo(1, 6);
    expect(sum[A]).toBeCloseTo(1 + 0.25 + 0.0625, 6);
    expect(best[R]).toBeCloseTo(0.5, 6);
    expect(sum[R]).toBeCloseTo(0.3125, 6);
    expect(best[B]).toBeCloseTo(0.25, 6);
    expect(best[D]).toBe(0);
    expect(sum[E]).toBe(0);
  });

  it('does nothing when no project resembles the query', () => {
    const best = empty();
    const sum = empty();
    projectSimilarity(graph, new Float32Array(4), best, sum);
    expect([...best, ...sum].every((v) => v === 0)).toBe(true);
  });
});

describe('collaboration', () => {
  const run = (requester: number, scores = projectScores) => {
    const out = { joint: empty(), coordinated: empty(), share: empty(), second: empty() };
    collaboration(graph, requester, scores, topK(scores, 300), out);
    return out;
  };

  it('sums the joint projects with the requester, weighted by their similarity', () => {
    const { joint } = run(R);
    // a shared j1 (0.5) and j2 (0.25); b only j2.
    expect(joint[A]).toBeCloseTo(0.75, 6);
    expect(joint[B]).toBeCloseTo(0.25, 6);
    expect(joint[C]).toBe(0);
    expect(joint[D]).toBe(0);
  });

  it("gives each partner the share of the requester's projects it took part in, whatever their similarity", () => {
    // r has j1 and j2: a took part in both, b in j2 only, c and d in none.
    const { share } = run(R);
    expect([share[A], share[B], share[C], share[D]]).toEqual([1, 0.5, 0, 0]);
    // Not weighted by similarity: the same shares when no project resembles the query.
    expect([...run(R, new Float32Array(4)).share]).toEqual([...share]);
    // a has j1, j2 and s1: r took part in two of the three, b (j2) and c (s1) in one.
    const fromA = run(A);
    expect([fromA.share[R], fromA.share[B], fromA.share[C], fromA.share[A]].map((v) => Math.round(v! * 1e6) / 1e6)).toEqual([0.666667, 0.333333, 0.333333, 0]);
  });

  it('counts coordinated projects only where the requester was the coordinator', () => {
    const { coordinated } = run(R);
    expect(coordinated[A]).toBe(1);
    // b coordinated j2 itself; r was only a participant there.
    expect(coordinated[B]).toBe(0);
    const fromB = run(B);
    expect(fromB.coordinated[A]).toBe(1);
    expect(fromB.coordinated[R]).toBe(1);
  });

  it('reaches partners of partners through a shared partner on a similar project', () => {
    const { second } = run(R);
    expect(second[C]).toBeGreaterThan(0);
    // d and e share nothing with r's partners.
    expect(second[D]).toBe(0);
    expect(second[E]).toBe(0);
    // s1 (similarity 1) ties c to r through a (two joint projects): 1 · 2 / √2.
    expect(second[C]).toBeCloseTo(Math.SQRT2, 5);
  });

  it('weighs partners of partners by the similarity of the tying project', () => {
    const far = run(R, Float32Array.from([4, 1, 2, 3]));
    const near = run(R);
    expect(near.second[C]).toBeGreaterThan(far.second[C]!);
  });

  it('always gives the requester itself 0', () => {
    const { joint, coordinated, share, second } = run(R);
    expect([joint[R], coordinated[R], share[R], second[R]]).toEqual([0, 0, 0, 0]);
    const fromA = run(A);
    expect([fromA.joint[A], fromA.coordinated[A], fromA.share[A], fromA.second[A]]).toEqual([0, 0, 0, 0]);
    expect(fromA.joint[C]).toBeCloseTo(1, 6);
  });

  it('gives nothing to anyone when the requester has no projects', () => {
    const lonely = buildMatchIndex({ organizations: [org('x'), org('y')], projects: [project('p')], participations: [joined('p', 'y')] });
    const out = { joint: new Float32Array(2), coordinated: new Float32Array(2), share: new Float32Array(2), second: new Float32Array(2) };
    collaboration(lonely, 0, Float32Array.from([1]), [0], out);
    expect([...out.joint, ...out.coordinated, ...out.share, ...out.second]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('typeAffinity', () => {
  // s1 and s2 resemble the query: s1 has a company and a hospital, s2 a hospital; x (unlike it) three universities.
  const typed = (id: string, type: CorpusOrganization['type']): CorpusOrganization => ({ ...org(id), type });
  const index = buildMatchIndex({
    organizations: [typed('c', 'company'), typed('h1', 'hospital'), typed('h2', 'hospital'), typed('u1', 'university'), typed('u2', 'university'), typed('u3', 'university')],
    projects: [project('s1'), project('s2'), project('x')],
    participations: [joined('s1', 'c'), joined('s1', 'h1'), joined('s2', 'h2'), joined('x', 'u1'), joined('x', 'u2'), joined('x', 'u3')],
  });
  const type = (t: CorpusOrganization['type']) => ORGANIZATION_TYPES.indexOf(t);
  const lift = (scores: number[], ranked: number[], requester?: number) => typeAffinity(index, Float32Array.from(scores), ranked, requester);
  // `weight` of the similar projects' `total` participants (by squared similarity) are of a type that has `registry`
  // of all participations; the mix is drawn toward the registry's as if 10 more participants were in it.
  const expected = (weight: number, total: number, registry: number) => Math.log(((weight + 10 * registry) / (total + 10) + 0.01) / (registry + 0.01));

  it("compares each type's share in the similar projects with its share of all participations", () => {
    const l = lift([1, 1, 0], [0, 1]);
    // Among the similar projects' participants: a company and two hospitals; in the registry 1, 2 and 3 of 6.
    expect(l[type('hospital')]).toBeCloseTo(expected(2, 3, 2 / 6), 5);
    expect(l[type('company')]).toBeCloseTo(expected(1, 3, 1 / 6), 5);
    expect(l[type('university')]).toBeCloseTo(expected(0, 3, 3 / 6), 5);
    expect(l[type('hospital')]).toBeGreaterThan(0);
    expect(l[type('university')]).toBeLessThan(0);
    // A type in neither mix stays at 0.
    expect(l[type('investor')]).toBe(0);
  });

  it('weighs each project by its squared similarity relative to the best one', () => {
    // s2 at half the similarity of s1: its hospital counts 1/4.
    const l = lift([1, 0.5, 0], [0, 1]);
    expect(l[type('company')]).toBeCloseTo(expected(1, 2.25, 1 / 6), 5);
    expect(l[type('hospital')]).toBeCloseTo(expected(1.25, 2.25, 2 / 6), 5);
  });

  it('leaves the requester out of the mix', () => {
    const l = lift([1, 1, 0], [0, 1], index.orgIndex.get('c'));
    expect(l[type('hospital')]).toBeCloseTo(expected(2, 2, 2 / 6), 5);
    expect(l[type('company')]).toBeCloseTo(expected(0, 2, 1 / 6), 5);
    expect(l[type('company')]).toBeLessThan(0);
  });

  it('is 0 for every type when no project resembles the query', () => {
    expect([...lift([0, 0, 0], [])].every((v) => v === 0)).toBe(true);
    expect([...lift([0, 0, 0], [0, 1])].every((v) => v === 0)).toBe(true);
  });
});
