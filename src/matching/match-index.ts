// The in-memory matching index: organisations and projects as dense numbers, term postings over project and
// organisation documents, and the collaboration graph. Built from a MatchCorpus in one pass (~1 s for the full
// CORDIS registry), never per query.
import type { OrganizationType, Visibility } from '#src/db/types.ts';
import type { MatchCorpus } from '#src/matching/match-corpus.ts';
import { withLookups } from '#src/matching/match-snapshot.ts';

export const ORGANIZATION_TYPES: OrganizationType[] = [
  'company', 'university', 'research_institute', 'hospital', 'public_body', 'association', 'investor', 'other',
];
export const PARTICIPATION_ROLES = ['coordinator', 'participant', 'associatedPartner', 'thirdParty', 'other'];
export const COORDINATOR = 0;
export const VISIBILITIES: Visibility[] = ['public', 'members', 'private'];

/**
 * Term postings in compressed-row form: the documents of term t are doc[start[t] .. start[t+1]), each with the
 * term's BM25 term-frequency part precomputed (impact: tf·(k1+1) / (tf + k1·(1−b+b·len/avg))), so a query only
 * multiplies by the idf.
 */
export type Postings = { start: Int32Array; doc: Int32Array; impact: Float32Array; documents: number };

/** BM25 parameters (the usual ones; b = 0.75 beat 0.3 and 0.5 on DEV for the combined ranking). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export type MatchIndex = {
  organizations: {
    id: string[];
    cordisId: Array<string | null>;
    name: string[];
    type: Uint8Array;
    isSme: Uint8Array;
    country: Array<string | null>;
    nutsCode: Array<string | null>;
    city: Array<string | null>;
    lat: Float64Array;
    lon: Float64Array;
    visibility: Uint8Array;
  };
  projects: { id: string[]; acronym: Array<string | null>; title: string[]; start: Float64Array; visibility: Uint8Array };
  /** Participants of project p: projectOrgs[projectOrgStart[p] .. projectOrgStart[p+1]). */
  projectOrgStart: Int32Array;
  projectOrgs: Int32Array;
  /** The role of projectOrgs[i] in its project (an index into PARTICIPATION_ROLES). */
  projectRoles: Uint8Array;
  /** Projects of organisation o: orgProjects[orgProjectStart[o] .. orgProjectStart[o+1]), oldest first. */
  orgProjectStart: Int32Array;
  orgProjects: Int32Array;
  terms: Map<string, number>;
  termList: string[];
  projectPostings: Postings;
  orgPostings: Postings;
  /** Organisation o's own document, term by term: orgTerms/orgTermCounts[orgTermStart[o] .. orgTermStart[o+1]). */
  orgTermStart: Int32Array;
  orgTerms: Int32Array;
  orgTermCounts: Float32Array;
  /** The latest project start in the registry (the "now" of recency). */
  latestStart: number;
  orgIndex: Map<string, number>;
  cordisIndex: Map<string, number>;
};

// tsvector text: 'lexeme':1A,5,7C 'other':3 (a lexeme without positions has none: count it once).
const LEXEME = /'((?:[^']|'')+)'(?::([0-9A-D,]+))?/g;

/** Parses tsvector text into [term, count] pairs; a title position (weight A) counts `titleWeight` times. */
export function parseVector(text: string | null, titleWeight = 1, keywordWeight = 1): Array<[string, number]> {
  if (!text) return [];
  const out: Array<[string, number]> = [];
  for (const m of text.matchAll(LEXEME)) {
    const term = m[1]!.replaceAll("''", "'");
    const positions = m[2];
    if (!positions) {
      out.push([term, 1]);
      continue;
    }
    let count = 0;
    for (const p of positions.split(',')) count += p.endsWith('A') ? titleWeight : p.endsWith('B') ? keywordWeight : 1;
    out.push([term, count]);
  }
  return out;
}

type SparseDocs = { terms: Int32Array[]; counts: Float32Array[] };

function buildPostings(docs: SparseDocs, termCount: number): Postings {
  const start = new Int32Array(termCount + 1);
  let total = 0;
  for (const terms of docs.terms) for (const t of terms) start[t + 1]! += 1;
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, termCount);
  const doc = new Int32Array(start[termCount]!);
  const tf = new Float32Array(start[termCount]!);
  const length = new Float32Array(docs.terms.length);
  docs.terms.forEach((terms, d) => {
    const counts = docs.counts[d]!;
    let len = 0;
    terms.forEach((t, i) => {
      const at = fill[t]!++;
      doc[at] = d;
      tf[at] = counts[i]!;
      len += counts[i]!;
    });
    length[d] = len;
    total += len;
  });
  const averageLength = docs.terms.length === 0 ? 1 : Math.max(1, total / docs.terms.length);
  const impact = new Float32Array(tf.length);
  for (let i = 0; i < tf.length; i++) {
    const f = tf[i]!;
    impact[i] = (f * (BM25_K1 + 1)) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * length[doc[i]!]!) / averageLength));
  }
  return { start, doc, impact, documents: docs.terms.length };
}

function forwardIndex(docs: SparseDocs): Pick<MatchIndex, 'orgTermStart' | 'orgTerms' | 'orgTermCounts'> {
  const orgTermStart = new Int32Array(docs.terms.length + 1);
  docs.terms.forEach((t, d) => (orgTermStart[d + 1] = orgTermStart[d]! + t.length));
  const orgTerms = new Int32Array(orgTermStart[docs.terms.length]!);
  const orgTermCounts = new Float32Array(orgTerms.length);
  docs.terms.forEach((t, d) => {
    orgTerms.set(t, orgTermStart[d]!);
    orgTermCounts.set(docs.counts[d]!, orgTermStart[d]!);
  });
  return { orgTermStart, orgTerms, orgTermCounts };
}

/** Builds the index; `titleWeight` is how much a title word counts against one in an objective. */
export function buildMatchIndex(corpus: MatchCorpus, options: { titleWeight?: number; keywordWeight?: number } = {}): MatchIndex {
  const titleWeight = options.titleWeight ?? 1;
  const keywordWeight = options.keywordWeight ?? 1;
  const orgs = corpus.organizations;
  const projects = corpus.projects;
  const orgIndex = new Map(orgs.map((o, i) => [o.id, i]));
  const projectIndex = new Map(projects.map((p, i) => [p.id, i]));

  const terms = new Map<string, number>();
  const termList: string[] = [];
  const termId = (term: string) => {
    let id = terms.get(term);
    if (id === undefined) {
      id = termList.length;
      terms.set(term, id);
      termList.push(term);
    }
    return id;
  };
  const sparse = (pairs: Array<[string, number]>) => {
    const t = new Int32Array(pairs.length);
    const c = new Float32Array(pairs.length);
    pairs.forEach(([term, count], i) => {
      t[i] = termId(term);
      c[i] = count;
    });
    return [t, c] as const;
  };

  const projectDocs: SparseDocs = { terms: [], counts: [] };
  for (const p of projects) {
    const [t, c] = sparse(parseVector(p.vector, titleWeight, keywordWeight));
    projectDocs.terms.push(t);
    projectDocs.counts.push(c);
  }

  // Collaboration graph in both directions.
  const links: Array<[number, number, number]> = [];
  for (const pa of corpus.participations) {
    const p = projectIndex.get(pa.projectId);
    const o = orgIndex.get(pa.organizationId);
    const role = PARTICIPATION_ROLES.indexOf(pa.role);
    if (p !== undefined && o !== undefined) links.push([p, o, role < 0 ? PARTICIPATION_ROLES.length - 1 : role]);
  }
  const projectOrgStart = new Int32Array(projects.length + 1);
  const orgProjectStart = new Int32Array(orgs.length + 1);
  for (const [p, o] of links) {
    projectOrgStart[p + 1]! += 1;
    orgProjectStart[o + 1]! += 1;
  }
  for (let p = 0; p < projects.length; p++) projectOrgStart[p + 1]! += projectOrgStart[p]!;
  for (let o = 0; o < orgs.length; o++) orgProjectStart[o + 1]! += orgProjectStart[o]!;
  const projectOrgs = new Int32Array(links.length);
  const projectRoles = new Uint8Array(links.length);
  const orgProjects = new Int32Array(links.length);
  const pf = projectOrgStart.slice(0, projects.length);
  const of = orgProjectStart.slice(0, orgs.length);
  const start = Float64Array.from(projects, (p) => p.start ?? Number.NaN);
  // Oldest first, so the newest projects of an organisation are at the end of its range.
  links.sort((a, b) => (start[a[0]]! || 0) - (start[b[0]]! || 0) || a[0] - b[0]);
  for (const [p, o, role] of links) {
    projectRoles[pf[p]!] = role;
    projectOrgs[pf[p]!++] = o;
    orgProjects[of[o]!++] = p;
  }

  // An organisation's document: its own profile and the text of all its projects.
  const orgDocs: SparseDocs = { terms: [], counts: [] };
  let acc = new Float32Array(Math.max(termList.length, 1));
  const touched: number[] = [];
  orgs.forEach((org, o) => {
    const [ownTerms, ownCounts] = sparse(parseVector(org.vector, titleWeight, keywordWeight));
    if (acc.length < termList.length) {
      const grown = new Float32Array(termList.length * 2);
      grown.set(acc);
      acc = grown;
    }
    const add = (t: number, c: number) => {
      if (acc[t] === 0) touched.push(t);
      acc[t]! += c;
    };
    ownTerms.forEach((t, i) => add(t, ownCounts[i]!));
    for (let k = orgProjectStart[o]!; k < orgProjectStart[o + 1]!; k++) {
      const p = orgProjects[k]!;
      const pt = projectDocs.terms[p]!;
      const pc = projectDocs.counts[p]!;
      for (let i = 0; i < pt.length; i++) add(pt[i]!, pc[i]!);
    }
    const t = Int32Array.from(touched);
    const c = Float32Array.from(touched, (x) => acc[x]!);
    for (const x of touched) acc[x] = 0;
    touched.length = 0;
    orgDocs.terms.push(t);
    orgDocs.counts.push(c);
  });

  const typeOf = Uint8Array.from(orgs, (o) => Math.max(0, ORGANIZATION_TYPES.indexOf(o.type)));

  let latestStart = 0;
  for (const s of start) if (s > latestStart) latestStart = s;

  return withLookups({
    organizations: {
      id: orgs.map((o) => o.id),
      cordisId: orgs.map((o) => o.cordisId),
      name: orgs.map((o) => o.name),
      type: typeOf,
      isSme: Uint8Array.from(orgs, (o) => (o.isSme ? 1 : 0)),
      country: orgs.map((o) => o.country),
      nutsCode: orgs.map((o) => o.nutsCode),
      city: orgs.map((o) => o.city),
      lat: Float64Array.from(orgs, (o) => o.lat ?? Number.NaN),
      lon: Float64Array.from(orgs, (o) => o.lon ?? Number.NaN),
      visibility: Uint8Array.from(orgs, (o) => VISIBILITIES.indexOf(o.visibility)),
    },
    projects: {
      id: projects.map((p) => p.id),
      acronym: projects.map((p) => p.acronym),
      title: projects.map((p) => p.title),
      start,
      visibility: Uint8Array.from(projects, (p) => VISIBILITIES.indexOf(p.visibility)),
    },
    projectOrgStart,
    projectOrgs,
    projectRoles,
    orgProjectStart,
    orgProjects,
    termList,
    projectPostings: buildPostings(projectDocs, termList.length),
    orgPostings: buildPostings(orgDocs, termList.length),
    ...forwardIndex(orgDocs),
    latestStart,
  });
}
