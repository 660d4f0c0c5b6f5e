// Betweenness centrality of an undirected, unweighted graph (Brandes 2001), exact or from sampled sources.
import { seededRandom } from '#src/atlas/network-random.ts';

/** Above this many nodes betweenness is estimated from SAMPLED_SOURCES random sources instead of all of them. */
export const EXACT_BETWEENNESS_LIMIT = 1_000;
export const SAMPLED_SOURCES = 300;

/**
 * Normalised betweenness (share of shortest paths between other pairs passing through each node, 0..1) of the
 * graph given as neighbour lists. With more than `exactLimit` nodes, accumulates from `samples` random sources
 * and scales by n/samples (Brandes & Pich 2007, "Centrality estimation in large networks").
 */
export function betweennessCentrality(
  neighbours: ReadonlyArray<ReadonlyArray<number>>,
  options: { exactLimit?: number; samples?: number; seed?: number } = {},
): { values: Float64Array; exact: boolean } {
  const n = neighbours.length;
  const exactLimit = options.exactLimit ?? EXACT_BETWEENNESS_LIMIT;
  const exact = n <= exactLimit;
  const sources = exact ? [...Array(n).keys()] : sampleSources(n, options.samples ?? SAMPLED_SOURCES, options.seed ?? 1);
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n);

  for (const s of sources) {
    sigma.fill(0);
    delta.fill(0);
    distance.fill(-1);
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of neighbours[v]!) {
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w]! += sigma[v]!;
      }
    }
    // Dependencies accumulate from the farthest nodes back towards the source; a node's predecessors are its
    // neighbours one step closer (found again rather than stored, which saves an allocation per edge).
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (const v of neighbours[w]!) if (distance[v] === distance[w]! - 1) delta[v]! += sigma[v]! * share;
      centrality[w]! += delta[w]!;
    }
  }

  // Each undirected pair was counted from both ends (exactly) or is estimated as such (sampled).
  const scale = (exact ? 1 : n / sources.length) / 2;
  const pairs = ((n - 1) * (n - 2)) / 2;
  for (let i = 0; i < n; i++) centrality[i] = pairs > 0 ? (centrality[i]! * scale) / pairs : 0;
  return { values: centrality, exact };
}

/** `count` distinct node indices drawn without replacement (partial Fisher-Yates). */
function sampleSources(n: number, count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const pool = [...Array(n).keys()];
  const k = Math.min(count, n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}
