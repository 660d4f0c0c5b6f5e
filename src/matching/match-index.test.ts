// The matching index: tsvector text parsed into weighted terms, postings, organisation documents and the
// collaboration graph, built from a small corpus written by hand.
import { describe, expect, it } from 'vitest';
import type { CorpusOrganization, CorpusProject, MatchCorpus } from '#src/matching/match-corpus.ts';
import { buildMatchIndex } from '#src/matching/match-index-build.ts';
import { PARTICIPATION_ROLES, parseVector, type MatchIndex, type Postings } from '#src/matching/match-index.ts';

const org = (id: string, vector: string | null, extra: Partial<CorpusOrganization> = {}): CorpusOrganization => ({
  id, cordisId: null, name: `Org ${id}`, type: 'company', isSme: false, country: null, nutsCode: null, city: null,
  lat: null, lon: null, visibility: 'public', vector, ...extra,
});
const project = (id: string, vector: string | null, start: number | null, extra: Partial<CorpusProject> = {}): CorpusProject => ({
  id, acronym: id.toUpperCase(), title: `Project ${id}`, start, visibility: 'public', vector, ...extra,
});

// a, b, c take part in projects; d has only its own profile; e has nothing at all.
const corpus: MatchCorpus = {
  organizations: [
    org('a', "'robot':1", { cordisId: '999' }),
    org('b', "'gene':3 'cell':4", { cordisId: '111' }),
    org('c', null),
    org('d', "'ocean':1,2"),
    org('e', null),
  ],
  projects: [
    project('p1', "'gene':1A,5 'therapi':2A 'rare':7", 2022.5),
    project('p2', "'gene':1 'cell':2,3", 2019),
    project('p3', "'heart':1", 2020.25),
  ],
  participations: [
    { projectId: 'p1', organizationId: 'a', role: 'coordinator' },
    { projectId: 'p1', organizationId: 'b', role: 'participant' },
    { projectId: 'p2', organizationId: 'b', role: 'coordinator' },
    { projectId: 'p2', organizationId: 'a', role: 'participant' },
    { projectId: 'p3', organizationId: 'a', role: 'thirdParty' },
    { projectId: 'p3', organizationId: 'c', role: 'somethingNew' },
    // Rows pointing outside the corpus (a private project, an unknown organisation) are left out.
    { projectId: 'secret', organizationId: 'a', role: 'participant' },
    { projectId: 'p1', organizationId: 'ghost', role: 'participant' },
  ],
};

/** The documents of term `term` in `postings`, in stored order. */
function docsOf(index: MatchIndex, postings: Postings, term: string): number[] {
  const t = index.terms.get(term)!;
  return [...postings.doc.subarray(postings.start[t]!, postings.start[t + 1]!)];
}

/** Organisation o's document as term → count. */
function orgDocument(index: MatchIndex, o: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = index.orgTermStart[o]!; i < index.orgTermStart[o + 1]!; i++) out[index.termList[index.orgTerms[i]!]!] = index.orgTermCounts[i]!;
  return out;
}

const participants = (index: MatchIndex, p: number) => {
  const out: Array<[string, string]> = [];
  for (let i = index.projectOrgStart[p]!; i < index.projectOrgStart[p + 1]!; i++) {
    out.push([index.organizations.id[index.projectOrgs[i]!]!, PARTICIPATION_ROLES[index.projectRoles[i]!]!]);
  }
  return out.sort();
};

const projectsOf = (index: MatchIndex, o: number) =>
  [...index.orgProjects.subarray(index.orgProjectStart[o]!, index.orgProjectStart[o + 1]!)].map((p) => index.projects.id[p]);

describe('parseVector', () => {
  it('counts the positions of each lexeme', () => {
    expect(parseVector("'gene':1A,5 'therapi':2A 'rare':7")).toEqual([['gene', 2], ['therapi', 1], ['rare', 1]]);
    expect(parseVector("'cell':2,3,9")).toEqual([['cell', 3]]);
  });

  it('counts a title position (weight A) titleWeight times and a keyword position (B) keywordWeight times', () => {
    expect(parseVector("'gene':1A,5 'therapi':2A 'rare':7", 3)).toEqual([['gene', 4], ['therapi', 3], ['rare', 1]]);
    expect(parseVector("'gene':1B,2C,3", 1, 2)).toEqual([['gene', 4]]);
    expect(parseVector("'gene':1A,2B", 5, 2)).toEqual([['gene', 7]]);
  });

  it('reads lexemes with escaped quotes', () => {
    expect(parseVector("'o''brien':3 'it''s' 'end''':1,2")).toEqual([["o'brien", 1], ["it's", 1], ["end'", 2]]);
  });

  it('counts a lexeme without positions once', () => {
    expect(parseVector("'alpha' 'beta':1,2 'gamma'", 4)).toEqual([['alpha', 1], ['beta', 2], ['gamma', 1]]);
  });

  it('gives nothing for a missing or empty vector', () => {
    expect(parseVector(null)).toEqual([]);
    expect(parseVector('')).toEqual([]);
  });
});

describe('buildMatchIndex', () => {
  const index = buildMatchIndex(corpus);

  it('numbers organisations, projects and terms and keeps the lookups', () => {
    expect(index.organizations.id).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(index.projects.id).toEqual(['p1', 'p2', 'p3']);
    expect(index.orgIndex.get('c')).toBe(2);
    expect(index.cordisIndex.get('111')).toBe(1);
    expect(index.cordisIndex.size).toBe(2);
    for (const [term, t] of index.terms) expect(index.termList[t]).toBe(term);
    expect([...index.terms.keys()].sort()).toEqual(['cell', 'gene', 'heart', 'ocean', 'rare', 'robot', 'therapi']);
    expect(index.latestStart).toBe(2022.5);
  });

  it('keeps every posting list sorted by document', () => {
    for (const postings of [index.projectPostings, index.orgPostings]) {
      for (let t = 0; t < index.termList.length; t++) {
        const docs = [...postings.doc.subarray(postings.start[t]!, postings.start[t + 1]!)];
        expect(docs).toEqual([...docs].sort((x, y) => x - y));
        expect(new Set(docs).size).toBe(docs.length);
      }
    }
    expect(index.projectPostings.documents).toBe(3);
    expect(index.orgPostings.documents).toBe(5);
    expect(docsOf(index, index.projectPostings, 'gene')).toEqual([0, 1]);
    expect(docsOf(index, index.orgPostings, 'gene')).toEqual([0, 1]);
    expect(docsOf(index, index.orgPostings, 'heart')).toEqual([0, 2]);
    // A term only in an organisation's profile has no project postings.
    expect(docsOf(index, index.projectPostings, 'ocean')).toEqual([]);
    expect(docsOf(index, index.orgPostings, 'ocean')).toEqual([3]);
  });

  it("makes an organisation's document its own profile plus the terms of all its projects", () => {
    expect(orgDocument(index, 0)).toEqual({ robot: 1, gene: 3, therapi: 1, rare: 1, cell: 2, heart: 1 });
    expect(orgDocument(index, 1)).toEqual({ gene: 4, cell: 3, therapi: 1, rare: 1 });
    expect(orgDocument(index, 2)).toEqual({ heart: 1 });
    expect(orgDocument(index, 3)).toEqual({ ocean: 2 });
    expect(orgDocument(index, 4)).toEqual({});
  });

  it('applies the title weight to project and organisation documents alike', () => {
    const weighted = buildMatchIndex(corpus, { titleWeight: 3 });
    expect(orgDocument(weighted, 1)).toEqual({ gene: 6, cell: 3, therapi: 3, rare: 1 });
  });

  it('keeps the collaboration graph in both directions with the roles', () => {
    expect(participants(index, 0)).toEqual([['a', 'coordinator'], ['b', 'participant']]);
    expect(participants(index, 1)).toEqual([['a', 'participant'], ['b', 'coordinator']]);
    // An unknown role is kept as "other".
    expect(participants(index, 2)).toEqual([['a', 'thirdParty'], ['c', 'other']]);
    expect(projectsOf(index, 1).sort()).toEqual(['p1', 'p2']);
    expect(projectsOf(index, 2)).toEqual(['p3']);
    expect(projectsOf(index, 3)).toEqual([]);
    expect(index.projectOrgs.length).toBe(6);
  });

  it("lists an organisation's projects oldest first", () => {
    expect(projectsOf(index, 0)).toEqual(['p2', 'p3', 'p1']);
    expect(projectsOf(index, 1)).toEqual(['p2', 'p1']);
  });

  it('keeps the descriptive fields, with NaN for unknown coordinates and starts', () => {
    const built = buildMatchIndex({
      organizations: [org('x', null, { lat: 55.7, lon: 12.6, isSme: true, type: 'hospital', visibility: 'members' }), org('y', null)],
      projects: [project('q', null, null)],
      participations: [],
    });
    expect([...built.organizations.lat]).toEqual([55.7, Number.NaN]);
    expect([...built.organizations.isSme]).toEqual([1, 0]);
    expect(built.organizations.type[0]).toBe(3);
    expect(built.organizations.visibility[0]).toBe(1);
    expect(Number.isNaN(built.projects.start[0])).toBe(true);
    expect(built.latestStart).toBe(0);
  });
});
