// A schedule under construction: which slot each meeting has, kept with the incremental structures every move
// reads (who is busy when, how full each slot is, how many meetings each participant has, what is unscheduled).
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { ScheduleProblem } from './schedule-problem.ts';
import type { Random } from './schedule-random.ts';

/** The mutable schedule; place and remove keep every structure consistent in O(participants of the meeting). */
export class ScheduleState {
  readonly problem: ScheduleProblem;
  /** The slot of each meeting, -1 when unscheduled. */
  readonly slotOf: Int32Array;
  /** occupant[p * slotCount + s]: participant p's meeting in slot s, or -1. */
  readonly occupant: Int32Array;
  /** Meetings per slot and per participant, and per participant and day: dayCount[p * problem.dayCount + d]. */
  readonly used: Int32Array;
  readonly count: Int32Array;
  readonly dayCount: Int32Array;
  /** 1 for a pinned meeting that was placed at its pin: no move takes it out or elsewhere. */
  readonly locked: Uint8Array;
  /** The meetings in slot s: slotMeetings[slotBase[s] .. slotBase[s] + used[s] - 1]; posInSlot[m] is m's place. */
  readonly slotBase: Int32Array;
  readonly slotMeetings: Int32Array;
  readonly posInSlot: Int32Array;
  /** How many meetings of each weight (1..3) slot s holds: weightCount[4 * s + w]. */
  readonly weightCount: Int32Array;
  /** Unscheduled meetings that have at least one usable slot: pool[0 .. poolSize - 1]; poolPos[m] or -1. */
  readonly pool: Int32Array;
  readonly poolPos: Int32Array;
  poolSize = 0;
  weight = 0;
  scheduled = 0;

  constructor(problem: ScheduleProblem) {
    const { meetingCount: M, participantCount: P, slotCount: S } = problem;
    this.problem = problem;
    this.slotOf = new Int32Array(M).fill(-1);
    this.occupant = new Int32Array(P * S).fill(-1);
    this.used = new Int32Array(S);
    this.count = new Int32Array(P);
    this.dayCount = new Int32Array(P * problem.dayCount);
    this.locked = new Uint8Array(M);
    this.slotBase = new Int32Array(S + 1);
    for (let s = 0; s < S; s++) this.slotBase[s + 1] = this.slotBase[s]! + problem.slotCapacity[s]!;
    this.slotMeetings = new Int32Array(this.slotBase[S]!);
    this.posInSlot = new Int32Array(M).fill(-1);
    this.weightCount = new Int32Array(4 * S);
    this.pool = new Int32Array(M);
    this.poolPos = new Int32Array(M).fill(-1);
    for (let m = 0; m < M; m++) {
      if (problem.slotStart[m + 1]! > problem.slotStart[m]!) {
        this.poolPos[m] = this.poolSize;
        this.pool[this.poolSize++] = m;
      }
    }
  }

  /**
   * The length of participant p's run of meetings through slot s if p met in s (its own meeting in s, if any,
   * counts once). Stops counting past `limit`.
   */
  runThrough(p: number, s: number, limit: number): number {
    const { prevSlot, nextSlot, slotCount } = this.problem;
    const row = p * slotCount;
    let run = 1;
    for (let t = prevSlot[s]!; t >= 0 && run <= limit && this.occupant[row + t]! >= 0; t = prevSlot[t]!) run++;
    for (let t = nextSlot[s]!; t >= 0 && run <= limit && this.occupant[row + t]! >= 0; t = nextSlot[t]!) run++;
    return run;
  }

  /** The lowest weight among the meetings in slot s (0 when it is empty). */
  lightestIn(s: number): number {
    for (let w = 1; w <= 3; w++) if (this.weightCount[4 * s + w]! > 0) return w;
    return 0;
  }

  /** Whether meeting m (unscheduled) fits into slot s as things stand: all five hard constraints. */
  canPlace(m: number, s: number): boolean {
    return this.used[s]! < this.problem.slotCapacity[s]! && this.participantsFit(m, s);
  }

  /** Whether meeting m (unscheduled) fits into slot s for its participants, whatever the tables. */
  participantsFit(m: number, s: number): boolean {
    const pr = this.problem;
    const k = pr.maxConsecutive;
    for (let i = pr.memberStart[m]!, end = pr.memberStart[m + 1]!; i < end; i++) {
      const p = pr.members[i]!;
      if (this.occupant[p * pr.slotCount + s]! >= 0 || pr.available[p * pr.slotCount + s] === 0) return false;
      if (this.count[p]! >= pr.maxMeetings[p]!) return false;
      if (pr.hasDayCaps && this.dayCount[p * pr.dayCount + pr.slotDay[s]!]! >= pr.dayCap[p]!) return false;
      if (this.runThrough(p, s, k) > k) return false;
    }
    return true;
  }

  /**
   * How many of m's participants have a meeting right before or right after slot s (each side counts): meetings
   * put next to others leave fewer idle gaps.
   */
  adjacency(m: number, s: number): number {
    const pr = this.problem;
    const before = pr.prevSlot[s]!;
    const after = pr.nextSlot[s]!;
    let next = 0;
    for (let i = pr.memberStart[m]!, end = pr.memberStart[m + 1]!; i < end; i++) {
      const row = pr.members[i]! * pr.slotCount;
      if (before >= 0 && this.occupant[row + before]! >= 0) next++;
      if (after >= 0 && this.occupant[row + after]! >= 0) next++;
    }
    return next;
  }

  /** The slot where unscheduled meeting m fits next to the most meetings of its participants (ties at random), or -1. */
  bestFit(m: number, random: Random): number {
    const pr = this.problem;
    let best = -1;
    let bestScore = -1;
    let ties = 0;
    for (let j = pr.slotStart[m]!, end = pr.slotStart[m + 1]!; j < end; j++) {
      const s = pr.slotsOf[j]!;
      if (!this.canPlace(m, s)) continue;
      const score = this.adjacency(m, s);
      if (score > bestScore) {
        bestScore = score;
        best = s;
        ties = 1;
      } else if (score === bestScore && random.below(++ties) === 0) best = s;
    }
    return best;
  }

  /** Puts meeting m (unscheduled) into slot s; the caller has checked that it fits. */
  place(m: number, s: number): void {
    const pr = this.problem;
    this.slotOf[m] = s;
    const d = pr.slotDay[s]!;
    for (let i = pr.memberStart[m]!, end = pr.memberStart[m + 1]!; i < end; i++) {
      const p = pr.members[i]!;
      this.occupant[p * pr.slotCount + s] = m;
      this.count[p]! += 1;
      this.dayCount[p * pr.dayCount + d]! += 1;
    }
    const at = this.slotBase[s]! + this.used[s]!;
    this.slotMeetings[at] = m;
    this.posInSlot[m] = at;
    this.used[s]! += 1;
    this.weightCount[4 * s + pr.weight[m]!]! += 1;
    this.weight += pr.weight[m]!;
    this.scheduled += 1;
    const pos = this.poolPos[m]!;
    const last = this.pool[--this.poolSize]!;
    this.pool[pos] = last;
    this.poolPos[last] = pos;
    this.poolPos[m] = -1;
  }

  /** Takes meeting m (scheduled) out of its slot. */
  remove(m: number): void {
    const pr = this.problem;
    const s = this.slotOf[m]!;
    this.slotOf[m] = -1;
    const d = pr.slotDay[s]!;
    for (let i = pr.memberStart[m]!, end = pr.memberStart[m + 1]!; i < end; i++) {
      const p = pr.members[i]!;
      this.occupant[p * pr.slotCount + s] = -1;
      this.count[p]! -= 1;
      this.dayCount[p * pr.dayCount + d]! -= 1;
    }
    const last = this.slotBase[s]! + this.used[s]! - 1;
    const moved = this.slotMeetings[last]!;
    const at = this.posInSlot[m]!;
    this.slotMeetings[at] = moved;
    this.posInSlot[moved] = at;
    this.posInSlot[m] = -1;
    this.used[s]! -= 1;
    this.weightCount[4 * s + pr.weight[m]!]! -= 1;
    this.weight -= pr.weight[m]!;
    this.scheduled -= 1;
    this.poolPos[m] = this.poolSize;
    this.pool[this.poolSize++] = m;
  }

  /**
   * Places every pinned meeting of the problem at its pin and locks it there, heaviest first (then input order),
   * skipping a pin that no longer fits (a hard constraint, or its table already taken by another pin); those
   * meetings stay free for the search. Call on an empty state. Returns how many pins were kept.
   */
  placePins(): number {
    const pr = this.problem;
    const pins: number[] = [];
    for (let m = 0; m < pr.meetingCount; m++) if (pr.pinnedSlot[m]! >= 0) pins.push(m);
    pins.sort((a, b) => pr.weight[b]! - pr.weight[a]! || a - b);
    const taken = new Set<number>();
    let kept = 0;
    for (const m of pins) {
      const s = pr.pinnedSlot[m]!;
      const key = s * pr.event.tables.length + pr.pinnedTable[m]!;
      if (taken.has(key) || !this.canPlace(m, s)) continue;
      taken.add(key);
      this.place(m, s);
      this.locked[m] = 1;
      kept++;
    }
    return kept;
  }

  /** Moves meeting m to slot s (-1: unscheduled), whatever it had; the caller has checked that it fits. */
  assign(m: number, s: number): void {
    if (this.slotOf[m]! >= 0) this.remove(m);
    if (s >= 0) this.place(m, s);
  }

  /** Replaces the whole schedule by `slots` (a slot per meeting, -1 for unscheduled), assumed valid. */
  load(slots: Int32Array): void {
    for (let m = 0; m < slots.length; m++) if (this.slotOf[m]! >= 0 && this.slotOf[m] !== slots[m]) this.remove(m);
    for (let m = 0; m < slots.length; m++) if (slots[m]! >= 0 && this.slotOf[m] !== slots[m]) this.place(m, slots[m]!);
  }
}
