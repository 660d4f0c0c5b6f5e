// The in-memory matching index: organisations and projects as dense numbers, term postings over project and
// organisation documents, and the collaboration graph (built by match-index-build.ts, never per query).
import type { OrganizationType, Visibility } from '#src/db/types.ts';

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
  /** The most frequent title or name word of each term ("studi" → "studies"), null when none (see readableWords). */
  termWords: Array<string | null>;
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

/** Documents as terms with their counts in compressed-row form: document d is [start[d] .. start[d+1]). */
export type DocumentTerms = { start: Int32Array; terms: Int32Array; counts: Float32Array };

/** Inverts documents into postings (documents in increasing order within each term) with their BM25 impacts. */
export function buildPostings(docs: DocumentTerms, termCount: number): Postings {
  const documents = docs.start.length - 1;
  const start = new Int32Array(termCount + 1);
  for (const t of docs.terms) start[t + 1]! += 1;
  for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, termCount);
  const doc = new Int32Array(start[termCount]!);
  // Holds each posting's term frequency, then (below, in place, to need no second array) its impact.
  const impact = new Float32Array(start[termCount]!);
  const length = new Float32Array(documents);
  let total = 0;
  for (let d = 0; d < documents; d++) {
    let len = 0;
    for (let i = docs.start[d]!; i < docs.start[d + 1]!; i++) {
      const at = fill[docs.terms[i]!]!++;
      doc[at] = d;
      impact[at] = docs.counts[i]!;
      len += docs.counts[i]!;
    }
    length[d] = len;
    total += len;
  }
  const averageLength = documents === 0 ? 1 : Math.max(1, total / documents);
  for (let i = 0; i < impact.length; i++) {
    const f = impact[i]!;
    impact[i] = (f * (BM25_K1 + 1)) / (f + BM25_K1 * (1 - BM25_B + (BM25_B * length[doc[i]!]!) / averageLength));
  }
  return { start, doc, impact, documents };
}
