// Which organisations and links a network shows: weight threshold, scope or scope plus partners, the node limit.

/** Two organisations and the number of projects they share (`a` < `b`). */
export type JointProjects = { a: string; b: string; weight: number };

export type SelectionOptions = { partners: boolean; minWeight: number; limit: number };

/**
 * The most links a network draws. Large consortia link every partner with every other (a 199-partner project
 * alone makes 19,701 pairs), so an unfiltered registry has ~200,000 links among its 2,000 best-connected
 * organisations: more than a reader can follow or a browser should download. The heaviest links stay.
 */
export const MAX_LINKS = 30_000;

export type Selection = {
  /** Node ids in drawing order: in-scope first, then by degree. */
  nodeIds: string[];
  edges: JointProjects[];
  /** Per in-scope organisation: how many distinct out-of-scope partners it shares projects with. */
  externalPartners: Map<string, number>;
  /** Linked organisations left out because of the node limit (or because all their links were cut). */
  omitted: number;
  /** Links left out beyond MAX_LINKS (the lightest). */
  omittedLinks: number;
  /** In-scope organisations without any link inside the scope (not drawn unless partners link them). */
  isolated: number;
};

/**
 * Picks the graph to draw from all links touching the scope: links below `minWeight` go, links to outsiders stay
 * only with `partners`, unlinked organisations are not drawn, and above `limit` nodes the in-scope organisations
 * come first, each group by degree (then weighted degree, then id, so equal data gives the same picture);
 * beyond `maxLinks` links only the heaviest stay.
 */
export function selectNetwork(
  scope: ReadonlySet<string>,
  pairs: ReadonlyArray<JointProjects>,
  options: SelectionOptions,
  maxLinks = MAX_LINKS,
): Selection {
  const externalPartners = new Map<string, number>();
  const degree = new Map<string, number>();
  const strength = new Map<string, number>();
  const eligible: JointProjects[] = [];
  const linkedInside = new Set<string>();
  for (const pair of pairs) {
    if (pair.weight < options.minWeight) continue;
    const aIn = scope.has(pair.a);
    const bIn = scope.has(pair.b);
    if (!aIn && !bIn) continue;
    if (aIn !== bIn) {
      const inside = aIn ? pair.a : pair.b;
      externalPartners.set(inside, (externalPartners.get(inside) ?? 0) + 1);
      if (!options.partners) continue;
    } else {
      linkedInside.add(pair.a).add(pair.b);
    }
    eligible.push(pair);
    for (const id of [pair.a, pair.b]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      strength.set(id, (strength.get(id) ?? 0) + pair.weight);
    }
  }

  const ranked = [...degree]
    .map(([id, d]) => ({ id, inScope: scope.has(id), degree: d, strength: strength.get(id)! }))
    .sort((x, y) => Number(y.inScope) - Number(x.inScope) || y.degree - x.degree || y.strength - x.strength || (x.id < y.id ? -1 : 1))
    .map((r) => r.id);
  const kept = new Map(ranked.slice(0, options.limit).map((id, i) => [id, i]));
  let edges = eligible.filter((e) => kept.has(e.a) && kept.has(e.b));
  const omittedLinks = Math.max(0, edges.length - maxLinks);
  if (omittedLinks > 0) {
    // Heaviest first; among equals, the links of better-ranked organisations (keys computed once: a sort of
    // ~200,000 links must not look names up in maps at every comparison).
    const keyed = edges.map((e) => ({ e, rank: Math.min(kept.get(e.a)!, kept.get(e.b)!) }));
    keyed.sort((x, y) => y.e.weight - x.e.weight || x.rank - y.rank);
    edges = keyed.slice(0, maxLinks).map((k) => k.e);
  }
  // The limits may strand a node whose only partners were cut; a node without a link is not drawn.
  const linked = new Set<string>();
  for (const e of edges) linked.add(e.a).add(e.b);
  const nodeIds = ranked.filter((id) => linked.has(id));
  return { nodeIds, edges, externalPartners, omitted: degree.size - nodeIds.length, omittedLinks, isolated: scope.size - linkedInside.size };
}
