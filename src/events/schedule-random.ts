// A small seeded generator (xorshift32) for the search: the same seed gives the same schedule.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).

/** Random integers from a seed; `below(n)` is uniform on 0 .. n - 1. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = (seed | 0) === 0 ? 0x9e3779b9 : seed | 0;
  }

  /** The next 32 random bits, as an unsigned integer. */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x;
    return x >>> 0;
  }

  /** A uniform integer from 0 to n - 1 (n ≥ 1). */
  below(n: number): number {
    return this.next() % n;
  }

  /** A uniform number in [0, 1). */
  unit(): number {
    return this.next() / 4294967296;
  }
}
