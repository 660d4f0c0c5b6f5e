// Fewer idle gaps at equal weight: moves a scheduled meeting to another slot, or swaps it with a meeting of a
// slot whose tables are full, whenever that lowers the gaps of the participants involved. The set of scheduled
// meetings never changes, so the weight stays what the search reached.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { dayGaps } from './schedule-gaps.ts';
import { Random } from './schedule-random.ts';
import type { ScheduleState } from './schedule-state.ts';

export type CompactOptions = { deadline: number; now: () => number; seed: number; tick?: (() => void) | undefined };

/** Idle gaps on days d1 and d2 of the participants of meeting m (none for -1) who are not in meeting `except`. */
function meetingGaps(state: ScheduleState, m: number, except: number, d1: number, d2: number): number {
  const pr = state.problem;
  let gaps = 0;
  if (m < 0) return 0;
  participants: for (let i = pr.memberStart[m]!; i < pr.memberStart[m + 1]!; i++) {
    const p = pr.members[i]!;
    if (except >= 0) for (let j = pr.memberStart[except]!; j < pr.memberStart[except + 1]!; j++) if (pr.members[j] === p) continue participants;
    gaps += dayGaps(pr, state.occupant, p, d1);
    if (d2 !== d1) gaps += dayGaps(pr, state.occupant, p, d2);
  }
  return gaps;
}

/** Idle gaps of the participants of meetings a and b on days d1 and d2. */
const localGaps = (state: ScheduleState, a: number, b: number, d1: number, d2: number) =>
  meetingGaps(state, a, -1, d1, d2) + meetingGaps(state, b, a, d1, d2);

/**
 * Moves meeting m (in slot s) to slot t, swapping with meeting b of t when b >= 0, if that is valid and removes
 * idle gaps (or, with `sideways`, adds none). Returns the gaps removed; the state is unchanged when it returns 0
 * without `sideways` having applied.
 */
function tryMove(state: ScheduleState, m: number, t: number, b: number, sideways: boolean): number {
  const pr = state.problem;
  const s = state.slotOf[m]!;
  const ds = pr.slotDay[s]!;
  const dt = pr.slotDay[t]!;
  const before = localGaps(state, m, b, ds, dt);
  state.remove(m);
  if (b >= 0) state.remove(b);
  let moved = false;
  if (state.canPlace(m, t)) {
    state.place(m, t);
    if (b < 0 || state.canPlace(b, s)) {
      if (b >= 0) state.place(b, s);
      moved = true;
    } else state.remove(m);
  }
  if (moved) {
    const gain = before - localGaps(state, m, b, ds, dt);
    if (gain > 0 || (gain === 0 && sideways)) return gain;
    state.remove(m);
    if (b >= 0) state.remove(b);
  }
  state.place(m, s);
  if (b >= 0) state.place(b, t);
  return 0;
}

/**
 * What putting meeting m (taken out for the moment) into each slot of its own would add to its participants' idle
 * gaps, into `cost[s]`: inside a participant's day span a free slot stops being a gap (-1), outside it the span
 * grows by the free slots it crosses.
 */
function insertionCosts(state: ScheduleState, m: number, cost: Float64Array): void {
  const pr = state.problem;
  const S = pr.slotCount;
  for (let j = pr.slotStart[m]!; j < pr.slotStart[m + 1]!; j++) cost[pr.slotsOf[j]!] = 0;
  for (let i = pr.memberStart[m]!; i < pr.memberStart[m + 1]!; i++) {
    const row = pr.members[i]! * S;
    for (let d = 0; d + 1 < pr.dayStart.length; d++) {
      const from = pr.dayStart[d]!;
      const to = pr.dayStart[d + 1]!;
      let first = -1;
      let last = -1;
      for (let k = from; k < to; k++) {
        if (state.occupant[row + pr.daySlots[k]!]! < 0) continue;
        if (first < 0) first = k;
        last = k;
      }
      if (first < 0) continue;
      // Walking out of the span on either side, each free available slot crossed becomes a gap.
      let crossed = 0;
      for (let k = first - 1; k >= from; k--) {
        const s = pr.daySlots[k]!;
        cost[s]! += crossed;
        if (pr.available[row + s]) crossed++;
      }
      crossed = 0;
      for (let k = last + 1; k < to; k++) {
        const s = pr.daySlots[k]!;
        cost[s]! += crossed;
        if (pr.available[row + s]) crossed++;
      }
      for (let k = first + 1; k < last; k++) cost[pr.daySlots[k]!]! -= 1;
    }
  }
}

/** Lowers the idle gaps of the state's schedule until the deadline or until a pass over all meetings finds nothing. */
export function reduceGaps(state: ScheduleState, options: CompactOptions): void {
  const pr = state.problem;
  const random = new Random(options.seed);
  const order = new Int32Array(pr.meetingCount);
  for (let m = 0; m < order.length; m++) order[m] = m;
  const cost = new Float64Array(pr.slotCount);
  let checks = 0;
  for (let pass = 0; ; pass++) {
    const sideways = pass % 2 === 1;
    let gained = 0;
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.below(i + 1);
      const swap = order[i]!;
      order[i] = order[j]!;
      order[j] = swap;
    }
    for (const m of order) {
      const s = state.slotOf[m]!;
      if (s < 0 || state.locked[m]) continue;
      if ((++checks & 63) === 0) {
        if (options.now() >= options.deadline) return;
        options.tick?.();
      }
      state.remove(m);
      insertionCosts(state, m, cost);
      state.place(m, s);
      const here = cost[s]!;
      for (let j = pr.slotStart[m]!; j < pr.slotStart[m + 1]!; j++) {
        const t = pr.slotsOf[j]!;
        // Only slots that are better for m's own participants (or as good, sideways) are worth a real try.
        if (t === state.slotOf[m] || cost[t]! > here || (cost[t] === here && !sideways)) continue;
        const b = state.used[t]! >= pr.slotCapacity[t]! ? state.slotMeetings[state.slotBase[t]! + random.below(state.used[t]!)]! : -1;
        if (b >= 0 && state.locked[b]) continue;
        const gain = tryMove(state, m, t, b, sideways);
        gained += gain;
        if (state.slotOf[m] !== s) break;
      }
    }
    if (gained === 0 && !sideways) return;
  }
}
