// The search's move: put an unscheduled meeting into a slot, evicting what stands in the way (the participants'
// meetings there, a meeting at a full table, one over a maxMeetings or daily cap, one that would make a run too
// long; never a locked, pinned one),
// then try to move each evicted meeting to another slot where it fits. Every change is journalled, so a move
// that is not accepted is undone exactly. Buffers are allocated once: the hot loop allocates nothing.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { Random } from './schedule-random.ts';
import type { ScheduleState } from './schedule-state.ts';

/** How many of a full slot's lightest meetings are tried for one that can move elsewhere. */
const VICTIM_TRIES = 6;

/** Ejection-chain insertion with an undo journal over one ScheduleState. */
export class Ejector {
  private readonly journalMeeting: Int32Array;
  private readonly journalSlot: Int32Array;
  private journalLength = 0;
  private readonly evicted: Int32Array;
  /** The most one insertion can evict: per participant its meeting there, one over its cap, two ending runs; one table. */
  private readonly perLevel: number;
  private evictedCount = 0;
  private readonly capCost: Float64Array;
  /** capDayCost[i * dayCount + d]: what the i-th participant's daily cap on day d costs (0: not at the cap). */
  private readonly capDayCost: Float64Array;
  /** The estimate of the slot chooseSlot chose last. */
  chosenCost = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly random: Random,
    /** How many levels down an evicted meeting may itself evict others. */
    readonly depthLimit: number,
  ) {
    let most = 0;
    const pr = state.problem;
    for (let m = 0; m < pr.meetingCount; m++) most = Math.max(most, pr.memberStart[m + 1]! - pr.memberStart[m]!);
    this.capCost = new Float64Array(most);
    this.capDayCost = new Float64Array(most * pr.dayCount);
    this.perLevel = 4 * most + 1;
    // Room for a full first level and a full chain from each of its evictions (each journals at most 3 changes).
    const evictions = this.perLevel * (this.perLevel + 1);
    this.evicted = new Int32Array(evictions);
    this.journalMeeting = new Int32Array(3 * evictions + 1);
    this.journalSlot = new Int32Array(3 * evictions + 1);
  }

  /** Moves meeting m to slot s (-1: unscheduled), remembering where it was. */
  private move(m: number, s: number): void {
    this.journalMeeting[this.journalLength] = m;
    this.journalSlot[this.journalLength++] = this.state.slotOf[m]!;
    this.state.assign(m, s);
  }

  private evict(m: number): void {
    this.move(m, -1);
    this.evicted[this.evictedCount++] = m;
  }

  /** Undoes every change since the move began. */
  undo(): void {
    while (this.journalLength > 0) {
      const i = --this.journalLength;
      this.state.assign(this.journalMeeting[i]!, this.journalSlot[i]!);
    }
  }

  /**
   * What putting m into s would cost at first sight: the weight of the meetings that would have to go (those in
   * its participants' way, the lightest of a full slot, the lightest of a participant at its cap, the neighbour
   * that ends a run made too long), before any of them finds another slot. `capCost[i]` is what the i-th
   * participant's cap costs (from `capCosts`).
   */
  estimate(m: number, s: number): number {
    const st = this.state;
    const pr = st.problem;
    const S = pr.slotCount;
    const k = pr.maxConsecutive;
    const d = pr.slotDay[s]!;
    let cost = 0;
    let blockers = 0;
    let last = -1;
    const first = pr.memberStart[m]!;
    for (let i = first, end = pr.memberStart[m + 1]!; i < end; i++) {
      const p = pr.members[i]!;
      const row = p * S;
      const b = st.occupant[row + s]!;
      if (b >= 0) {
        if (st.locked[b]) return Infinity;
        if (b !== last) {
          cost += pr.weight[b]!;
          blockers++;
          last = b;
        }
        continue;
      }
      const dayCost = pr.hasDayCaps ? this.capDayCost[(i - first) * pr.dayCount + d]! : 0;
      cost += dayCost > 0 ? dayCost : this.capCost[i - first]!;
      let left = 0;
      for (let t = pr.prevSlot[s]!; t >= 0 && left <= k && st.occupant[row + t]! >= 0; t = pr.prevSlot[t]!) left++;
      let right = 0;
      for (let t = pr.nextSlot[s]!; t >= 0 && right <= k && st.occupant[row + t]! >= 0; t = pr.nextSlot[t]!) right++;
      if (left + right >= k) {
        const leftMeeting = left > 0 ? st.occupant[row + pr.prevSlot[s]!]! : -1;
        const rightMeeting = right > 0 ? st.occupant[row + pr.nextSlot[s]!]! : -1;
        const leftWeight = leftMeeting >= 0 && !st.locked[leftMeeting] ? pr.weight[leftMeeting]! : Infinity;
        const rightWeight = rightMeeting >= 0 && !st.locked[rightMeeting] ? pr.weight[rightMeeting]! : Infinity;
        cost += left > right ? leftWeight : right > left ? rightWeight : Math.min(leftWeight, rightWeight);
      }
    }
    if (st.used[s]! - blockers >= pr.slotCapacity[s]!) cost += st.lightestIn(s);
    return cost;
  }

  /**
   * For each participant of m: the weight of its lightest movable meeting if it is at its cap, else 0; and the
   * same for each day on which it is at its daily cap (Infinity when every meeting that could go is locked).
   */
  private capCosts(m: number): void {
    const st = this.state;
    const pr = st.problem;
    const D = pr.dayCount;
    const first = pr.memberStart[m]!;
    for (let i = first, end = pr.memberStart[m + 1]!; i < end; i++) {
      const p = pr.members[i]!;
      const atCap = st.count[p]! >= pr.maxMeetings[p]!;
      const row = (i - first) * D;
      if (pr.hasDayCaps) for (let d = 0; d < D; d++) this.capDayCost[row + d] = st.dayCount[p * D + d]! >= pr.dayCap[p]! ? Infinity : 0;
      let lightest = atCap ? Infinity : 0;
      if (atCap || pr.hasDayCaps) {
        for (let j = pr.meetingStart[p]!; j < pr.meetingStart[p + 1]!; j++) {
          const b = pr.meetingsOf[j]!;
          if (st.slotOf[b]! < 0 || st.locked[b]) continue;
          if (atCap) lightest = Math.min(lightest, pr.weight[b]!);
          if (pr.hasDayCaps) {
            const at = row + pr.slotDay[st.slotOf[b]!]!;
            if (this.capDayCost[at]! > 0) this.capDayCost[at] = Math.min(this.capDayCost[at]!, pr.weight[b]!);
          }
        }
      }
      this.capCost[i - first] = lightest;
    }
  }

  /** Slot of m with the lowest estimate (then adjacency, then at random; the estimate in `chosenCost`), or -1. */
  chooseSlot(m: number): number {
    const pr = this.state.problem;
    this.capCosts(m);
    let best = -1;
    let bestCost = Infinity;
    let bestNext = -1;
    let ties = 0;
    for (let j = pr.slotStart[m]!, end = pr.slotStart[m + 1]!; j < end; j++) {
      const s = pr.slotsOf[j]!;
      const cost = this.estimate(m, s);
      if (cost > bestCost) continue;
      // Among equally cheap slots, the one next to the most meetings of its participants (fewer idle gaps).
      const next = this.state.adjacency(m, s);
      if (cost < bestCost || next > bestNext) {
        bestCost = cost;
        bestNext = next;
        best = s;
        ties = 1;
      } else if (next === bestNext && this.random.below(++ties) === 0) best = s;
    }
    this.chosenCost = bestCost;
    return best;
  }

  /**
   * The lowest-weight scheduled, unlocked meeting of list[from .. to - 1] (on day `day` only, unless it is -1;
   * ties at random), or -1.
   */
  private cheapest(from: number, to: number, list: Int32Array, day: number): number {
    const st = this.state;
    const pr = st.problem;
    let best = -1;
    let bestWeight = Infinity;
    let ties = 0;
    for (let i = from; i < to; i++) {
      const b = list[i]!;
      const s = st.slotOf[b]!;
      if (s < 0 || st.locked[b] || (day >= 0 && pr.slotDay[s] !== day)) continue;
      const w = st.problem.weight[b]!;
      if (w < bestWeight) {
        bestWeight = w;
        best = b;
        ties = 1;
      } else if (w === bestWeight && this.random.below(++ties) === 0) best = b;
    }
    return best;
  }

  /**
   * The meeting to take out of full slot s: of the lightest ones, the first of a few (drawn at random) that could
   * move to another slot, else any of them.
   */
  private tableVictim(s: number): number {
    const st = this.state;
    const pr = st.problem;
    const base = st.slotBase[s]!;
    const n = st.used[s]!;
    let lightest = Infinity;
    const offset = this.random.below(n);
    for (let i = 0; i < n; i++) {
      const c = st.slotMeetings[base + i]!;
      if (!st.locked[c]) lightest = Math.min(lightest, pr.weight[c]!);
    }
    let fallback = -1;
    let tries = 0;
    for (let i = 0; i < n && tries < VICTIM_TRIES; i++) {
      const c = st.slotMeetings[base + ((i + offset) % n)]!;
      if (pr.weight[c]! !== lightest || st.locked[c]) continue;
      if (fallback < 0) fallback = c;
      tries++;
      if (this.canMove(c, s)) return c;
    }
    return fallback;
  }

  /** Whether scheduled meeting c, now in slot s, fits into some other slot of its own. */
  private canMove(c: number, s: number): boolean {
    const st = this.state;
    const pr = st.problem;
    st.remove(c);
    let found = false;
    for (let j = pr.slotStart[c]!, end = pr.slotStart[c + 1]!; j < end && !found; j++) {
      const t = pr.slotsOf[j]!;
      found = t !== s && st.used[t]! < pr.slotCapacity[t]! && st.canPlace(c, t);
    }
    st.place(c, s);
    return found;
  }

  /**
   * Evicts, from p's run through s, the neighbour on the longer side (at random when both are as long), or the
   * other one when that one is locked; false when both are locked (or missing).
   */
  private breakRun(p: number, s: number): boolean {
    const st = this.state;
    const pr = st.problem;
    const row = p * pr.slotCount;
    let left = 0;
    for (let t = pr.prevSlot[s]!; t >= 0 && st.occupant[row + t]! >= 0; t = pr.prevSlot[t]!) left++;
    let right = 0;
    for (let t = pr.nextSlot[s]!; t >= 0 && st.occupant[row + t]! >= 0; t = pr.nextSlot[t]!) right++;
    const leftMeeting = left > 0 ? st.occupant[row + pr.prevSlot[s]!]! : -1;
    const rightMeeting = right > 0 ? st.occupant[row + pr.nextSlot[s]!]! : -1;
    const leftOk = leftMeeting >= 0 && !st.locked[leftMeeting];
    const rightOk = rightMeeting >= 0 && !st.locked[rightMeeting];
    if (!leftOk && !rightOk) return false;
    const takeLeft = !rightOk || (leftOk && (left > right || (left === right && (this.random.next() & 1) === 0)));
    this.evict(takeLeft ? leftMeeting : rightMeeting);
    return true;
  }

  /** Puts m where it fits next to the most of its participants' meetings; false when it fits nowhere. */
  private relocate(m: number): boolean {
    const s = this.state.bestFit(m, this.random);
    if (s >= 0) this.move(m, s);
    return s >= 0;
  }

  /**
   * Puts unscheduled meeting m into slot s, evicting what is in the way and moving the evicted meetings elsewhere
   * when they fit, or (up to `depth` levels down) by the same move into their cheapest slot. Returns false
   * (having undone its own changes) when m still does not fit; the caller keeps the result (`commit`) or `undo`es.
   */
  insert(m: number, s: number): boolean {
    this.journalLength = 0;
    this.evictedCount = 0;
    return this.chain(m, s, this.depthLimit);
  }

  private chain(m: number, s: number, depth: number): boolean {
    const st = this.state;
    const pr = st.problem;
    const S = pr.slotCount;
    const k = pr.maxConsecutive;
    const mark = this.journalLength;
    const firstEvicted = this.evictedCount;
    const first = pr.memberStart[m]!;
    const end = pr.memberStart[m + 1]!;
    for (let i = first; i < end; i++) {
      const b = st.occupant[pr.members[i]! * S + s]!;
      if (b < 0) continue;
      if (st.locked[b]) return this.fail(mark, firstEvicted);
      this.evict(b);
    }
    if (st.used[s]! >= pr.slotCapacity[s]!) {
      const victim = this.tableVictim(s);
      if (victim < 0) return this.fail(mark, firstEvicted);
      this.evict(victim);
    }
    const d = pr.slotDay[s]!;
    for (let i = first; i < end; i++) {
      const p = pr.members[i]!;
      const overDay = pr.hasDayCaps && st.dayCount[p * pr.dayCount + d]! >= pr.dayCap[p]!;
      if (overDay || st.count[p]! >= pr.maxMeetings[p]!) {
        // One meeting of that day out makes room under both caps.
        const b = this.cheapest(pr.meetingStart[p]!, pr.meetingStart[p + 1]!, pr.meetingsOf, overDay ? d : -1);
        if (b < 0) return this.fail(mark, firstEvicted);
        this.evict(b);
      }
      while (st.runThrough(p, s, k) > k) if (!this.breakRun(p, s)) return this.fail(mark, firstEvicted);
    }
    if (!st.canPlace(m, s)) return this.fail(mark, firstEvicted);
    this.move(m, s);
    const lastEvicted = this.evictedCount;
    for (let i = firstEvicted; i < lastEvicted; i++) {
      const b = this.evicted[i]!;
      if (st.slotOf[b]! >= 0 || this.relocate(b) || depth === 0 || this.evictedCount + this.perLevel > this.evicted.length) continue;
      const t = this.chooseSlot(b);
      if (this.chosenCost < pr.weight[b]!) this.chain(b, t, depth - 1);
    }
    return true;
  }

  private fail(mark: number, firstEvicted: number): false {
    while (this.journalLength > mark) {
      const i = --this.journalLength;
      this.state.assign(this.journalMeeting[i]!, this.journalSlot[i]!);
    }
    this.evictedCount = firstEvicted;
    return false;
  }

  /** Keeps the changes of the last move. */
  commit(): void {
    this.journalLength = 0;
  }
}
