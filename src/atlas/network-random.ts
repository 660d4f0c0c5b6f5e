// A small seeded random generator, so that communities, samples and layouts come out the same for the same data.

/** mulberry32: a fast 32-bit generator returning numbers in [0, 1); good enough for sampling and layout seeds. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
