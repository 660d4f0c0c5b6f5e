// The collaboration network of a scope: nodes with centralities, communities and positions, links, and bridges.
import { betweennessCentrality } from '#src/atlas/network-betweenness.ts';
import { detectCommunities, layoutNetwork } from '#src/atlas/network-layout.ts';
import { selectNetwork, type JointProjects, type SelectionOptions } from '#src/atlas/network-selection.ts';

/** A node: an organisation (by id) with its place and weight in the drawn graph. */
export type NetworkNode = {
  id: string;
  inScope: boolean;
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
  x: number;
  y: number;
};

export type Bridge = { id: string; externalPartners: number; betweenness: number; score: number };

export type Network = {
  nodes: NetworkNode[];
  /** [source node index, target node index, joint projects] */
  edges: Array<[number, number, number]>;
  bridges: Bridge[];
  communities: number;
  betweenness: 'exact' | 'sampled';
  scopeOrganizations: number;
  isolated: number;
  omitted: number;
  omittedLinks: number;
};

/** How many bridges a network names. */
export const BRIDGE_COUNT = 15;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * Computes the network to draw from the scope's organisations and every visible pair of organisations sharing
 * projects with at least one side in the scope.
 */
export function computeNetwork(scope: ReadonlySet<string>, pairs: ReadonlyArray<JointProjects>, options: SelectionOptions): Network {
  const selection = selectNetwork(scope, pairs, options);
  const index = new Map(selection.nodeIds.map((id, i) => [id, i]));
  const edges = selection.edges.map((e): [number, number, number] => [index.get(e.a)!, index.get(e.b)!, e.weight]);
  const order = selection.nodeIds.length;
  const neighbours: number[][] = Array.from({ length: order }, () => []);
  const degree = new Int32Array(order);
  const weighted = new Int32Array(order);
  for (const [a, b, w] of edges) {
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
    degree[a]!++;
    degree[b]!++;
    weighted[a]! += w;
    weighted[b]! += w;
  }
  const between = betweennessCentrality(neighbours);
  const communities = detectCommunities({ order, edges });
  const { x, y } = layoutNetwork({ order, edges }, communities);

  const bridgeIds = rankBridges(selection.externalPartners, (id) => {
    const i = index.get(id);
    return i === undefined ? 0 : between.values[i]!;
  });
  const nodes = selection.nodeIds.map((id, i): NetworkNode => ({
    id,
    inScope: scope.has(id),
    degree: degree[i]!,
    weightedDegree: weighted[i]!,
    betweenness: round(between.values[i]!, 6),
    community: communities.community[i]!,
    x: round(x[i]!, 2),
    y: round(y[i]!, 2),
  }));
  return {
    nodes,
    edges,
    bridges: bridgeIds.map((b) => ({ ...b, betweenness: round(b.betweenness, 6), score: round(b.score, 4) })),
    communities: communities.count,
    betweenness: between.exact ? 'exact' : 'sampled',
    scopeOrganizations: scope.size,
    isolated: selection.isolated,
    omitted: selection.omitted,
    omittedLinks: selection.omittedLinks,
  };
}

/** Every organisation a network names (its nodes and its bridges). */
export function organizationIdsOf(network: Network): string[] {
  return [...new Set([...network.nodes.map((n) => n.id), ...network.bridges.map((b) => b.id)])];
}

/**
 * The in-scope organisations that best connect the scope to the outside: score = mean of the share of the
 * largest number of out-of-scope partners and the share of the highest betweenness in the drawn graph.
 */
export function rankBridges(
  externalPartners: ReadonlyMap<string, number>,
  betweennessOf: (id: string) => number,
  count = BRIDGE_COUNT,
): Array<{ id: string; externalPartners: number; betweenness: number; score: number }> {
  const candidates = [...externalPartners].map(([id, partners]) => ({ id, externalPartners: partners, betweenness: betweennessOf(id) }));
  const maxPartners = candidates.reduce((m, c) => Math.max(m, c.externalPartners), 1);
  const maxBetweenness = candidates.reduce((m, c) => Math.max(m, c.betweenness), Number.MIN_VALUE);
  return candidates
    .map((c) => ({ ...c, score: (c.externalPartners / maxPartners + c.betweenness / maxBetweenness) / 2 }))
    .sort((p, q) => q.score - p.score || q.externalPartners - p.externalPartners || (p.id < q.id ? -1 : 1))
    .slice(0, count);
}
