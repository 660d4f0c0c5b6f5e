// A maximum-profit flow on a small integer-cost network (the scheduler's bound): primal-dual, each phase a
// Dijkstra on reduced costs and a Dinic maximum flow over the arcs that lie on shortest paths.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).

/** A network with integer capacities and costs; arc a's reverse is a ^ 1. */
export class FlowNetwork {
  readonly nodeCount: number;
  private arcCount = 0;
  private readonly to: Int32Array;
  private readonly cap: Int32Array;
  private readonly cost: Int32Array;
  private readonly next: Int32Array;
  private readonly first: Int32Array;

  constructor(nodeCount: number, maxArcs: number) {
    this.nodeCount = nodeCount;
    this.to = new Int32Array(2 * maxArcs);
    this.cap = new Int32Array(2 * maxArcs);
    this.cost = new Int32Array(2 * maxArcs);
    this.next = new Int32Array(2 * maxArcs);
    this.first = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc u -> v and its reverse; returns the arc's number. */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    const a = this.arcCount;
    this.link(a, u, v, capacity, cost);
    this.link(a + 1, v, u, 0, -cost);
    this.arcCount += 2;
    return a;
  }

  private link(a: number, u: number, v: number, capacity: number, cost: number): void {
    this.to[a] = v;
    this.cap[a] = capacity;
    this.cost[a] = cost;
    this.next[a] = this.first[u]!;
    this.first[u] = a;
  }

  /** The flow on arc a (what its reverse holds). */
  flowOn(a: number): number {
    return this.cap[a ^ 1]!;
  }

  /**
   * Sends flow from source to sink while a path of negative cost remains, and returns the total cost (the
   * negated profit). With costs in -W..0 the shortest path length only grows, so there are at most W phases.
   */
  minCostFlow(source: number, sink: number): number {
    const pi = this.initialPotentials(source);
    let total = 0;
    for (;;) {
      const dist = this.dijkstra(source, pi);
      if (dist[sink] === Infinity) break;
      const limit = dist[sink]!;
      for (let v = 0; v < this.nodeCount; v++) pi[v]! += Math.min(dist[v]!, limit);
      const pathCost = pi[sink]! - pi[source]!;
      if (pathCost >= 0) break;
      total += pathCost * this.dinic(source, sink, pi);
    }
    return total;
  }

  /** Shortest distances with negative arcs (Bellman-Ford by queue), so reduced costs start non-negative. */
  private initialPotentials(source: number): Float64Array {
    const pi = new Float64Array(this.nodeCount).fill(Infinity);
    const queued = new Uint8Array(this.nodeCount);
    const queue: number[] = [source];
    pi[source] = 0;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      queued[u] = 0;
      for (let a = this.first[u]!; a >= 0; a = this.next[a]!) {
        if (this.cap[a]! <= 0) continue;
        const v = this.to[a]!;
        if (pi[u]! + this.cost[a]! < pi[v]!) {
          pi[v] = pi[u]! + this.cost[a]!;
          if (!queued[v]) {
            queued[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    for (let v = 0; v < this.nodeCount; v++) if (pi[v] === Infinity) pi[v] = 0;
    return pi;
  }

  /** Distances by reduced cost over arcs with room (a binary heap of node, distance pairs). */
  private dijkstra(source: number, pi: Float64Array): Float64Array {
    const dist = new Float64Array(this.nodeCount).fill(Infinity);
    const done = new Uint8Array(this.nodeCount);
    const heapNode: number[] = [];
    const heapDist: number[] = [];
    const push = (v: number, d: number) => {
      let i = heapNode.length;
      heapNode.push(v);
      heapDist.push(d);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapDist[parent]! <= d) break;
        heapNode[i] = heapNode[parent]!;
        heapDist[i] = heapDist[parent]!;
        i = parent;
      }
      heapNode[i] = v;
      heapDist[i] = d;
    };
    const pop = (): number => {
      const top = heapNode[0]!;
      const v = heapNode.pop()!;
      const d = heapDist.pop()!;
      const n = heapNode.length;
      if (n > 0) {
        let i = 0;
        for (;;) {
          let c = 2 * i + 1;
          if (c >= n) break;
          if (c + 1 < n && heapDist[c + 1]! < heapDist[c]!) c++;
          if (heapDist[c]! >= d) break;
          heapNode[i] = heapNode[c]!;
          heapDist[i] = heapDist[c]!;
          i = c;
        }
        heapNode[i] = v;
        heapDist[i] = d;
      }
      return top;
    };
    dist[source] = 0;
    push(source, 0);
    while (heapNode.length > 0) {
      const u = pop();
      if (done[u]) continue;
      done[u] = 1;
      for (let a = this.first[u]!; a >= 0; a = this.next[a]!) {
        if (this.cap[a]! <= 0) continue;
        const v = this.to[a]!;
        const d = dist[u]! + this.cost[a]! + pi[u]! - pi[v]!;
        if (d < dist[v]!) {
          dist[v] = d;
          push(v, d);
        }
      }
    }
    return dist;
  }

  /** Maximum flow over arcs of zero reduced cost (the shortest paths); returns the amount sent. */
  private dinic(source: number, sink: number, pi: Float64Array): number {
    const level = new Int32Array(this.nodeCount);
    const current = new Int32Array(this.nodeCount);
    const path = new Int32Array(this.nodeCount);
    const queue = new Int32Array(this.nodeCount);
    const admissible = (a: number, u: number) => this.cap[a]! > 0 && this.cost[a]! + pi[u]! - pi[this.to[a]!]! === 0;
    let sent = 0;
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let tail = 0;
      queue[tail++] = source;
      for (let head = 0; head < tail; head++) {
        const u = queue[head]!;
        for (let a = this.first[u]!; a >= 0; a = this.next[a]!) {
          const v = this.to[a]!;
          if (level[v]! < 0 && admissible(a, u)) {
            level[v] = level[u]! + 1;
            queue[tail++] = v;
          }
        }
      }
      if (level[sink]! < 0) return sent;
      current.set(this.first);
      // Paths one at a time along current arcs; a dead end is cut off by leaving its level.
      let depth = 0;
      let u = source;
      for (;;) {
        if (u === sink) {
          let push = Infinity;
          for (let i = 0; i < depth; i++) push = Math.min(push, this.cap[path[i]!]!);
          for (let i = 0; i < depth; i++) {
            this.cap[path[i]!]! -= push;
            this.cap[path[i]! ^ 1]! += push;
          }
          sent += push;
          depth = 0;
          u = source;
          continue;
        }
        let a = current[u]!;
        while (a >= 0 && !(level[this.to[a]!] === level[u]! + 1 && admissible(a, u))) a = this.next[a]!;
        current[u] = a;
        if (a >= 0) {
          path[depth++] = a;
          u = this.to[a]!;
          continue;
        }
        level[u] = -1;
        if (depth === 0) break;
        const back = path[--depth]!;
        u = this.to[back ^ 1]!;
        current[u] = this.next[current[u]!]!;
      }
    }
  }
}
