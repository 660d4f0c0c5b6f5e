// Communities (Louvain) and positions (ForceAtlas2) of a collaboration graph, computed with graphology.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { seededRandom } from '#src/atlas/network-random.ts';

/** Above this many nodes ForceAtlas2 approximates repulsion with a Barnes-Hut quadtree (O(n log n) per step). */
export const BARNES_HUT_FROM = 500;

// Both packages are CommonJS whose typings declare an ES default export: at runtime the default import is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/** Node indices 0..n-1 and weighted edges between them. */
export type IndexedGraph = { order: number; edges: ReadonlyArray<readonly [number, number, number]> };

function toGraphology(graph: IndexedGraph): UndirectedGraph {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < graph.order; i++) g.addNode(String(i));
  for (const [a, b, weight] of graph.edges) g.addEdge(String(a), String(b), { weight });
  return g;
}

/**
 * Louvain communities weighted by joint projects, renumbered so that 0 is the largest community
 * (a stable colour for the biggest groups); seeded, so equal data gives equal communities.
 */
export function detectCommunities(graph: IndexedGraph, seed = 1): { community: Int32Array; count: number } {
  const g = toGraphology(graph);
  const raw = louvain(g, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const rank = new Map([...sizes].sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([c], i) => [c, i]));
  const community = new Int32Array(graph.order);
  for (let i = 0; i < graph.order; i++) community[i] = rank.get(raw[String(i)]!)!;
  return { community, count: sizes.size };
}

/** Time the layout of one graph may take, in milliseconds on a 2-core machine (the answer is cached). */
const LAYOUT_BUDGET_MS = 800;

/**
 * How many ForceAtlas2 steps a graph gets: what fits LAYOUT_BUDGET_MS by a cost model measured on a 2-core
 * machine (quadratic repulsion below BARNES_HUT_FROM, n log n above, plus attraction along edges), within
 * 60..600. A step count rather than a deadline, so equal data gives the same picture on any machine.
 */
export function layoutIterations(order: number, size: number): number {
  const repulsion = order > BARNES_HUT_FROM ? 0.006 * order : 0.00004 * order * order;
  const stepMs = repulsion + 0.0003 * size + 0.01;
  return Math.min(600, Math.max(60, Math.round(LAYOUT_BUDGET_MS / stepMs)));
}

/**
 * ForceAtlas2 positions (Jacomy et al. 2014) from seeded starting points grouped by community, with the
 * library's inferred settings and a bounded number of steps. (LinLog mode was tried: on the Danish network it
 * needs several times the steps to bring linked organisations as close as the plain model does in 120.)
 */
export function layoutNetwork(
  graph: IndexedGraph,
  { community, count }: { community: Int32Array; count: number },
  seed = 1,
): { x: Float64Array; y: Float64Array } {
  const g = toGraphology(graph);
  const random = seededRandom(seed);
  g.forEachNode((key) => {
    // Communities start around a circle, so the layout untangles them rather than discovering them.
    const angle = (2 * Math.PI * community[Number(key)]!) / Math.max(1, count);
    g.setNodeAttribute(key, 'x', 100 * Math.cos(angle) + 20 * (random() - 0.5));
    g.setNodeAttribute(key, 'y', 100 * Math.sin(angle) + 20 * (random() - 0.5));
  });
  const positions = forceAtlas2(g, {
    iterations: layoutIterations(graph.order, graph.edges.length),
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(g),
      barnesHutOptimize: graph.order > BARNES_HUT_FROM,
    },
  });
  const x = new Float64Array(graph.order);
  const y = new Float64Array(graph.order);
  for (const [key, p] of Object.entries(positions)) {
    x[Number(key)] = p.x;
    y[Number(key)] = p.y;
  }
  return { x, y };
}
