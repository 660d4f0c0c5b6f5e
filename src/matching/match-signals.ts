// The signals of partner matching, each computed for every organisation at once over the in-memory index.
import { COORDINATOR, ORGANIZATION_TYPES, type MatchIndex, type Postings } from '#src/matching/match-index.ts';

/** A query as index terms with their weights (how often each occurs in the query text). */
export type QueryTerms = Array<[termId: number, weight: number]>;

/** BM25 of the query against every document of `postings`, added into `out` (length = number of documents). */
export function bm25(postings: Postings, query: QueryTerms, out: Float32Array): void {
  const n = postings.documents;
  const { start, doc, impact } = postings;
  for (const [t, w] of query) {
    const from = start[t]!;
    const to = start[t + 1]!;
    const df = to - from;
    if (df === 0) continue;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * w;
    for (let i = from; i < to; i++) out[doc[i]!]! += idf * impact[i]!;
  }
}

/** The indexes of the `k` largest values of `scores` that pass `keep`, best first. */
export function topK(scores: Float32Array, k: number, keep: (i: number) => boolean = () => true): number[] {
  const heap: number[] = []; // a min-heap of indexes by score
  const less = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      const top = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = top;
      i = m;
    }
  };
  for (let i = 0; i < scores.length; i++) {
    // Whether i beats the heap's least is asked before `keep` (a closure): once the heap is full, most lose.
    if (scores[i]! <= 0 || (heap.length === k && !less(heap[0]!, i)) || !keep(i)) continue;
    if (heap.length < k) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0; ) {
        const parent = (c - 1) >> 1;
        if (!less(heap[c]!, heap[parent]!)) break;
        const child = heap[c]!;
        heap[c] = heap[parent]!;
        heap[parent] = child;
        c = parent;
      }
    } else {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((a, b) => (less(a, b) ? 1 : less(b, a) ? -1 : 0));
}

/** Scales `values` so its largest is 1 (all zeros stay zeros). */
export function normalizeMax(values: Float32Array): void {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max > 0) for (let i = 0; i < values.length; i++) values[i]! /= max;
}

/**
 * Votes of similar projects: each of the `ranked` projects (most similar first) gives its participants its
 * squared similarity relative to the best one, so organisations that did this kind of project, and in such
 * consortia, rise.
 */
export function projectVotes(index: MatchIndex, projectScores: Float32Array, ranked: number[], out: Float32Array): void {
  const best = ranked.length > 0 ? projectScores[ranked[0]!]! : 0;
  if (best <= 0) return;
  for (const p of ranked) {
    const weight = projectScores[p]! / best;
    for (let i = index.projectOrgStart[p]!; i < index.projectOrgStart[p + 1]!; i++) out[index.projectOrgs[i]!]! += weight * weight;
  }
}

/** Projects less similar than this share of the best one are left out of the aggregates (v² < 0.0025). */
const NEGLIGIBLE = 0.05;

/**
 * How each organisation's projects resemble the query: `best[o]` the similarity of its most similar project,
 * `sum[o]` the sum of the squared similarities of all of them (similarities relative to the best project).
 */
export function projectSimilarity(index: MatchIndex, projectScores: Float32Array, best: Float32Array, sum: Float32Array): void {
  let max = 0;
  for (let p = 0; p < projectScores.length; p++) if (projectScores[p]! > max) max = projectScores[p]!;
  if (max <= 0) return;
  for (let p = 0; p < projectScores.length; p++) {
    const v = projectScores[p]! / max;
    if (v < NEGLIGIBLE) continue;
    for (let i = index.projectOrgStart[p]!; i < index.projectOrgStart[p + 1]!; i++) {
      const o = index.projectOrgs[i]!;
      if (v > best[o]!) best[o] = v;
      sum[o]! += v * v;
    }
  }
}

/**
 * The requester's collaboration neighbourhood, weighted by how much each joint project resembles the query:
 * `joint[o]` sums the (relative) similarity of the projects o shared with the requester, `coordinated[o]` counts
 * those the requester coordinated (partners it chose itself), `share[o]` is the share of all the requester's
 * projects that o took part in (whatever their topic: an organisation with few projects works again with the
 * partners of most of them), `second[o]` ties o to the requester's partners through the projects most like the
 * query (`similar`; partners of partners).
 */
export function collaboration(
  index: MatchIndex,
  requester: number,
  projectScores: Float32Array,
  similar: number[],
  out: { joint: Float32Array; coordinated: Float32Array; share: Float32Array; second: Float32Array },
): void {
  const { orgProjectStart, orgProjects, projectOrgStart, projectOrgs, projectRoles } = index;
  const max = similar.length > 0 ? projectScores[similar[0]!]! : 0;
  const similarity = (p: number) => (max > 0 ? projectScores[p]! / max : 0);
  const ties = new Map<number, number>();
  const part = 1 / Math.max(1, orgProjectStart[requester + 1]! - orgProjectStart[requester]!);
  for (let k = orgProjectStart[requester]!; k < orgProjectStart[requester + 1]!; k++) {
    const p = orgProjects[k]!;
    const v = similarity(p);
    let coordinator = false;
    for (let i = projectOrgStart[p]!; i < projectOrgStart[p + 1]!; i++) {
      if (projectOrgs[i] === requester && projectRoles[i] === COORDINATOR) coordinator = true;
    }
    for (let i = projectOrgStart[p]!; i < projectOrgStart[p + 1]!; i++) {
      const o = projectOrgs[i]!;
      out.joint[o]! += v;
      out.share[o]! += part;
      if (coordinator) out.coordinated[o]! += 1;
      ties.set(o, (ties.get(o) ?? 0) + 1);
    }
  }
  ties.delete(requester);
  for (const p of similar) {
    const from = projectOrgStart[p]!;
    const to = projectOrgStart[p + 1]!;
    let tie = 0;
    for (let i = from; i < to; i++) tie += Math.min(ties.get(projectOrgs[i]!) ?? 0, 3);
    if (tie === 0) continue;
    const w = (similarity(p) * tie) / Math.sqrt(to - from);
    for (let i = from; i < to; i++) out.second[projectOrgs[i]!]! += w;
  }
  for (const a of [out.joint, out.coordinated, out.share, out.second]) a[requester] = 0;
}

/** Each organisation type's share of all the registry's participations, per index (computed once). */
const typeShares = new WeakMap<MatchIndex, Float64Array>();

function participationTypeShares(index: MatchIndex): Float64Array {
  let shares = typeShares.get(index);
  if (!shares) {
    shares = new Float64Array(ORGANIZATION_TYPES.length);
    for (const o of index.projectOrgs) shares[index.organizations.type[o]!]! += 1;
    for (let t = 0; t < shares.length; t++) shares[t]! /= Math.max(1, index.projectOrgs.length);
    typeShares.set(index, shares);
  }
  return shares;
}

/** Keeps a type absent from both mixes at 0 and bounds the lift of a rare type. */
const TYPE_SMOOTHING = 0.01;
/**
 * The similar projects' mix is drawn toward the registry's as if this many more participants (of full weight) were
 * in it, so that a handful of similar projects (a small registry, a vague query) cannot push a type far.
 */
const TYPE_PRIOR_PARTICIPANTS = 10;

/**
 * Which kinds of organisation projects like the query take in: for each organisation type, the log of its share
 * among the participants of the `ranked` projects (each weighted by its squared similarity relative to the best,
 * the requester left out; drawn toward the registry's mix, TYPE_PRIOR_PARTICIPANTS) over its share of all
 * participations. Above 0 for a type these projects take in more than the registry does (companies for a device,
 * hospitals for a trial), below for one they take in less.
 */
export function typeAffinity(index: MatchIndex, projectScores: Float32Array, ranked: number[], requester: number | undefined): Float32Array {
  const lift = new Float32Array(ORGANIZATION_TYPES.length);
  const best = ranked.length > 0 ? projectScores[ranked[0]!]! : 0;
  if (best <= 0) return lift;
  const mix = new Float64Array(ORGANIZATION_TYPES.length);
  let total = 0;
  for (const p of ranked) {
    const v = projectScores[p]! / best;
    for (let i = index.projectOrgStart[p]!; i < index.projectOrgStart[p + 1]!; i++) {
      const o = index.projectOrgs[i]!;
      if (o === requester) continue;
      mix[index.organizations.type[o]!]! += v * v;
      total += v * v;
    }
  }
  if (total <= 0) return lift;
  const shares = participationTypeShares(index);
  for (let t = 0; t < lift.length; t++) {
    const share = (mix[t]! + TYPE_PRIOR_PARTICIPANTS * shares[t]!) / (total + TYPE_PRIOR_PARTICIPANTS);
    lift[t] = Math.log((share + TYPE_SMOOTHING) / (shares[t]! + TYPE_SMOOTHING));
  }
  return lift;
}
