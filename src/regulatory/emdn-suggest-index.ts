// An in-memory index of the EMDN tree and the ranking of its codes for the English words of a device description.
import { contentStems, normalizeWord, stemSimilarity, stemWord } from '#src/regulatory/emdn-suggest-words.ts';

export type EmdnNode = { code: string; term: string; parentCode: string | null };

export type EmdnIndex = {
  codes: string[];
  terms: string[];
  /** Index of each node's parent, -1 for the categories. */
  parents: Int32Array;
  terminal: Uint8Array;
  /**
   * The kind of the "- OTHER", "- ACCESSORIES", "- CONSUMABLES" terms (as a stem), null for others: the catch-alls
   * and ancillaries of a group are weaker suggestions than a named device unless the query asks for that kind.
   */
  ancillary: Array<string | null>;
  ownStems: string[][];
  /** Every stem with the nodes whose own term has it. */
  postings: Map<string, number[]>;
  idf: Map<string, number>;
  vocabulary: string[];
  /** vocabularyMatch answers so far (descriptions repeat their words). */
  nearest: Map<string, number>;
};

/** One word of a query: its alternatives (the word, its synonyms) as stems with how much each counts. */
export type QueryWord = { word: string; weight: number; stems: Array<{ stem: string; factor: number }> };

export type EmdnHit = { code: string; term: string; terminal: boolean; score: number; path: Array<{ code: string; term: string }> };

// A word matched only by an ancestor's term counts this much: "IMPLANTABLE PUMPS, ELECTRONIC" under "... PUMPS".
const ANCESTOR_FACTOR = 0.4;
const NON_TERMINAL_FACTOR = 0.9;
const ANCILLARY_FACTOR = 0.85;

/** Builds the index of the nodes (any order; each parent must be among them). */
export function buildEmdnIndex(nodes: EmdnNode[]): EmdnIndex {
  const byCode = new Map(nodes.map((n, i) => [n.code, i]));
  const parents = new Int32Array(nodes.length).fill(-1);
  const terminal = new Uint8Array(nodes.length).fill(1);
  const ancillary: Array<string | null> = [];
  const postings = new Map<string, number[]>();
  const ownStems: string[][] = [];
  nodes.forEach((node, i) => {
    const parent = node.parentCode === null ? undefined : byCode.get(node.parentCode);
    if (parent !== undefined) {
      parents[i] = parent;
      terminal[parent] = 0;
    }
    const kind = /\s[-–]\s+[^-–]*\b(OTHER|ACCESSORIES|ACCESSORY|CONSUMABLES|VARIOUS)\b[^-–]*$/i.exec(node.term)?.[1];
    ancillary.push(kind === undefined ? null : stemWord(normalizeWord(kind)));
    const stems = [...new Set(contentStems(node.term))];
    ownStems.push(stems);
    for (const stem of stems) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const idf = new Map<string, number>();
  for (const [stem, list] of postings) idf.set(stem, Math.log(1 + nodes.length / list.length));
  return {
    codes: nodes.map((n) => n.code),
    terms: nodes.map((n) => n.term),
    parents,
    terminal,
    ancillary,
    ownStems,
    postings,
    idf,
    vocabulary: [...postings.keys()],
    nearest: new Map(),
  };
}

/** The best similarity of `stem` to any stem of the vocabulary (1 when EMDN uses the word itself). */
export function vocabularyMatch(index: EmdnIndex, stem: string): number {
  if (index.postings.has(stem)) return 1;
  const known = index.nearest.get(stem);
  if (known !== undefined) return known;
  let best = 0;
  for (const term of index.vocabulary) best = Math.max(best, stemSimilarity(stem, term));
  if (index.nearest.size > 20_000) index.nearest.clear();
  index.nearest.set(stem, best);
  return best;
}

/** The ancestors of node `i`, root first. */
function pathOf(index: EmdnIndex, i: number): Array<{ code: string; term: string }> {
  const path: Array<{ code: string; term: string }> = [];
  for (let p = index.parents[i]!; p >= 0; p = index.parents[p]!) path.unshift({ code: index.codes[p]!, term: index.terms[p]! });
  return path;
}

type WordMatch = { weight: number; own: Map<number, number>; matched: Set<string> };

/** For one query word: how well each node's own term matches it (0-1), and the vocabulary stems it matched. */
function matchWord(index: EmdnIndex, word: QueryWord): WordMatch | null {
  const hits: Array<{ stem: string; value: number }> = [];
  for (const { stem, factor } of word.stems) {
    for (const known of index.vocabulary) {
      const similarity = stemSimilarity(stem, known);
      if (similarity > 0) hits.push({ stem: known, value: similarity * factor * index.idf.get(known)! });
    }
  }
  if (hits.length === 0) return null;
  // The word's worth: the rarity of EMDN's own spelling of it when EMDN has one, else of its best match.
  const exact = word.stems.find((s) => index.idf.has(s.stem));
  const worth = exact ? index.idf.get(exact.stem)! * exact.factor : Math.max(...hits.map((h) => h.value));
  const own = new Map<number, number>();
  for (const hit of hits) {
    const value = Math.min(1, hit.value / worth);
    for (const node of index.postings.get(hit.stem)!) if ((own.get(node) ?? 0) < value) own.set(node, value);
  }
  return { weight: word.weight * worth, own, matched: new Set(hits.map((h) => h.stem)) };
}

/**
 * The `limit` best codes for the query words: the share of the query's (rarity-weighted) words each term covers,
 * its own words counting fully and its ancestors' at 0.4, a little more for a term that is mostly query words,
 * less for groups (terminal codes are what a product is registered with) and for catch-alls and ancillaries.
 */
export function rankEmdn(index: EmdnIndex, words: QueryWord[], limit: number): EmdnHit[] {
  const matches = words.map((w) => matchWord(index, w)).filter((m): m is WordMatch => m !== null);
  if (matches.length === 0) return [];
  const total = matches.reduce((sum, m) => sum + m.weight, 0);
  const matchedStems = new Set(matches.flatMap((m) => [...m.matched]));
  const candidates = new Set(matches.flatMap((m) => [...m.own.keys()]));
  const scored: Array<{ node: number; score: number }> = [];
  for (const node of candidates) {
    let covered = 0;
    for (const m of matches) {
      let best = m.own.get(node) ?? 0;
      for (let p = index.parents[node]!; p >= 0 && best < ANCESTOR_FACTOR; p = index.parents[p]!) {
        best = Math.max(best, ANCESTOR_FACTOR * (m.own.get(p) ?? 0));
      }
      covered += m.weight * best;
    }
    const stems = index.ownStems[node]!;
    const precision = stems.length === 0 ? 0 : stems.filter((s) => matchedStems.has(s)).length / stems.length;
    let score = (covered / total) * (0.8 + 0.2 * precision);
    if (!index.terminal[node]) score *= NON_TERMINAL_FACTOR;
    const kind = index.ancillary[node];
    if (kind && !matchedStems.has(kind)) score *= ANCILLARY_FACTOR;
    scored.push({ node, score });
  }
  scored.sort((a, b) => b.score - a.score || index.codes[a.node]!.localeCompare(index.codes[b.node]!));
  return scored.slice(0, limit).map(({ node, score }) => ({
    code: index.codes[node]!,
    term: index.terms[node]!,
    terminal: index.terminal[node] === 1,
    score: Math.round(score * 1000) / 1000,
    path: pathOf(index, node),
  }));
}
