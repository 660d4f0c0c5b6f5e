// Betweenness: exact values agree with graphology-metrics; sampled estimates stay close and reproducible.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from '#src/atlas/network-betweenness.ts';
import { seededRandom } from '#src/atlas/network-random.ts';

const reference = betweennessModule as unknown as typeof betweennessModule.default;

/** A random graph of `n` nodes and about `m` edges as neighbour lists and as a graphology graph. */
function randomGraph(n: number, m: number, seed: number) {
  const random = seededRandom(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let k = 0; k < m; k++) {
    const a = Math.floor(random() ** 2 * n);
    const b = Math.floor(random() * n);
    if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b));
  }
  const neighbours = Array.from({ length: n }, (_, i) => g.neighbors(String(i)).map(Number));
  return { g, neighbours };
}

describe('betweenness centrality', () => {
  it('gives the centre of a path all shortest paths and its ends none', () => {
    const { values, exact } = betweennessCentrality([[1], [0, 2], [1]]);
    expect(exact).toBe(true);
    expect([...values]).toEqual([0, 1, 0]);
  });

  it('agrees exactly with graphology-metrics on a random graph with several components', () => {
    const { g, neighbours } = randomGraph(120, 200, 3);
    const expected = reference(g, { normalized: true });
    const { values } = betweennessCentrality(neighbours);
    for (let i = 0; i < 120; i++) expect(values[i]).toBeCloseTo(expected[String(i)]!, 9);
  });

  it('estimates from sampled sources above the exact limit, close to the exact values and the same every time', () => {
    const { neighbours } = randomGraph(400, 1_600, 5);
    const exact = betweennessCentrality(neighbours).values;
    const sampled = betweennessCentrality(neighbours, { exactLimit: 100, samples: 200 });
    expect(sampled.exact).toBe(false);
    expect([...betweennessCentrality(neighbours, { exactLimit: 100, samples: 200 }).values]).toEqual([...sampled.values]);
    const top = (v: Float64Array) => [...v.keys()].sort((a, b) => v[b]! - v[a]!).slice(0, 10);
    expect(top(sampled.values).filter((i) => top(exact).includes(i)).length).toBeGreaterThanOrEqual(7);
    const total = (v: Float64Array) => v.reduce((s, x) => s + x, 0);
    expect(total(sampled.values) / total(exact)).toBeGreaterThan(0.8);
    expect(total(sampled.values) / total(exact)).toBeLessThan(1.2);
  });
});
