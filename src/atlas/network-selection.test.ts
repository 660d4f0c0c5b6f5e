// Choosing what a network draws: weights, partners, the node limit, isolated organisations, outside links.
import { describe, expect, it } from 'vitest';
import { selectNetwork, type JointProjects } from '#src/atlas/network-selection.ts';

const scope = new Set(['a', 'b', 'c', 'g']);
const pairs: JointProjects[] = [
  { a: 'a', b: 'b', weight: 3 },
  { a: 'b', b: 'c', weight: 1 },
  { a: 'a', b: 'x', weight: 1 },
  { a: 'b', b: 'x', weight: 2 },
  { a: 'c', b: 'y', weight: 1 },
  { a: 'x', b: 'y', weight: 5 },
];
const options = { partners: false, minWeight: 1, limit: 100 };

describe('selecting the network to draw', () => {
  it('keeps the links inside the scope and counts each organisation’s outside partners', () => {
    const s = selectNetwork(scope, pairs, options);
    expect(s.nodeIds).toEqual(['b', 'a', 'c']);
    expect(s.edges.map((e) => `${e.a}${e.b}`)).toEqual(['ab', 'bc']);
    expect(Object.fromEntries(s.externalPartners)).toEqual({ a: 1, b: 1, c: 1 });
    expect(s.isolated).toBe(1);
  });

  it('adds the outside partners after the scope, but never links between two outsiders', () => {
    const s = selectNetwork(scope, pairs, { ...options, partners: true });
    expect(s.nodeIds).toEqual(['b', 'a', 'c', 'x', 'y']);
    expect(s.edges.map((e) => `${e.a}${e.b}`)).toEqual(['ab', 'bc', 'ax', 'bx', 'cy']);
  });

  it('drops links below the least weight, and the partners they alone brought', () => {
    const s = selectNetwork(scope, pairs, { ...options, partners: true, minWeight: 2 });
    expect(s.nodeIds).toEqual(['b', 'a', 'x']);
    expect(Object.fromEntries(s.externalPartners)).toEqual({ b: 1 });
  });

  it('cuts to the limit in-scope first and drops what the cut leaves unlinked', () => {
    const s = selectNetwork(scope, pairs, { ...options, partners: true, limit: 4 });
    expect(s.nodeIds).toEqual(['b', 'a', 'c', 'x']);
    expect(s.omitted).toBe(1);
    const two = selectNetwork(new Set(['a', 'b', 'c']), [{ a: 'a', b: 'b', weight: 1 }, { a: 'c', b: 'x', weight: 1 }], { ...options, partners: true, limit: 3 });
    expect(two.nodeIds).toEqual(['a', 'b']);
    expect(two.omitted).toBe(2);
  });

  it('keeps only the heaviest links beyond the link limit, those of better-ranked organisations among equals', () => {
    const s = selectNetwork(scope, pairs, { ...options, partners: true }, 3);
    expect(s.edges.map((e) => `${e.a}${e.b}`)).toEqual(['ab', 'bx', 'bc']);
    expect(s.nodeIds).toEqual(['b', 'a', 'c', 'x']);
    expect(s.omittedLinks).toBe(2);
    expect(s.omitted).toBe(1);
  });
});
