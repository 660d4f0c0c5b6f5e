// Communities and layout: two cliques joined by one link become two communities, placed apart, reproducibly.
import { describe, expect, it } from 'vitest';
import { detectCommunities, layoutIterations, layoutNetwork, type IndexedGraph } from '#src/atlas/network-layout.ts';

/** Two 5-cliques (0-4 and 5-9; 5-9 is the larger by weight) joined by the link 4-5. */
function twoCliques(): IndexedGraph {
  const edges: Array<[number, number, number]> = [[4, 5, 1]];
  for (const base of [0, 5]) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([base + i, base + j, 2]);
  return { order: 10, edges };
}

const distance = (p: { x: Float64Array; y: Float64Array }, i: number, j: number) => Math.hypot(p.x[i]! - p.x[j]!, p.y[i]! - p.y[j]!);

describe('communities and layout', () => {
  it('finds the two cliques as two communities numbered by size', () => {
    const { community, count } = detectCommunities(twoCliques());
    expect(count).toBe(2);
    expect(new Set(community.slice(0, 5)).size).toBe(1);
    expect(new Set(community.slice(5)).size).toBe(1);
    expect(community[0]).not.toBe(community[5]);
  });

  it('places each clique together and the two apart, the same way every time', () => {
    const graph = twoCliques();
    const communities = detectCommunities(graph);
    const p = layoutNetwork(graph, communities);
    const within = Math.max(distance(p, 0, 1), distance(p, 2, 3), distance(p, 6, 7), distance(p, 8, 9));
    expect(distance(p, 0, 9)).toBeGreaterThan(within);
    expect([...layoutNetwork(graph, communities).x]).toEqual([...p.x]);
  });

  it('gives large graphs fewer steps, within bounds', () => {
    expect(layoutIterations(50, 100)).toBe(600);
    expect(layoutIterations(2_000, 25_000)).toBeLessThan(layoutIterations(300, 1_500));
    expect(layoutIterations(20_000, 200_000)).toBe(60);
  });
});
