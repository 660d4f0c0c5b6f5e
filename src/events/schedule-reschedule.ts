// After one cancellation: the cancelled meeting leaves its slot and table, and unscheduled meetings that now fit
// are put in, without moving any other meeting (a published agenda stays as people know it).
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { invalid } from '../errors.ts';
import { dayGaps } from './schedule-gaps.ts';
import { tablesBySlot, unscheduledReason } from './schedule-output.ts';
import type { ScheduleProblem } from './schedule-problem.ts';
import { ScheduleState } from './schedule-state.ts';
import type { ScheduleOutput } from './schedule-validate.ts';

export type RescheduleOptions = {
  /** Put unscheduled meetings into the room the cancellation made (default true). */
  fill?: boolean;
  /** The wall time to report in stats.seconds. */
  seconds: number;
};

/** The idle gaps meeting m adds to its participants' days if put into slot s (it is not there yet). */
function addedGaps(state: ScheduleState, m: number, s: number): number {
  const pr = state.problem;
  const d = pr.slotDay[s]!;
  let before = 0;
  for (let i = pr.memberStart[m]!; i < pr.memberStart[m + 1]!; i++) before += dayGaps(pr, state.occupant, pr.members[i]!, d);
  state.place(m, s);
  let after = 0;
  for (let i = pr.memberStart[m]!; i < pr.memberStart[m + 1]!; i++) after += dayGaps(pr, state.occupant, pr.members[i]!, d);
  state.remove(m);
  return after - before;
}

/**
 * Cancels meeting `cancelled` in `schedule` (a valid schedule of `problem`) and, unless `fill` is false, fills the
 * room it leaves with the heaviest unscheduled meetings that fit (fewest added idle gaps first among equals):
 * any meeting into the freed slot, and meetings of the cancelled meeting's participants into any slot. Every
 * other meeting keeps its slot and table; the upper bound stays that of the event.
 */
export function rescheduleAfterCancellation(problem: ScheduleProblem, schedule: ScheduleOutput, cancelled: string, options: RescheduleOptions): ScheduleOutput {
  const { event } = problem;
  const meetingIndex = new Map(event.meetings.map((m, i) => [m.id, i]));
  const slotIndex = new Map(event.slots.map((s, i) => [s.id, i]));
  const c = meetingIndex.get(cancelled);
  if (c === undefined) throw invalid(`meetings[${cancelled}]: unknown meeting`);
  const state = new ScheduleState(problem);
  const tableOf = new Map<number, string>();
  for (const a of schedule.assignments) {
    const m = meetingIndex.get(a.meeting)!;
    state.place(m, slotIndex.get(a.slot)!);
    tableOf.set(m, a.table);
  }
  if (state.slotOf[c]! < 0) throw invalid(`meetings[${cancelled}]: not scheduled, so it cannot be cancelled`);
  const freed = state.slotOf[c]!;
  state.remove(c);
  tableOf.delete(c);
  // Only the freed slot, and the cancelled meeting's participants, have room that was not there before.
  const candidates = new Set<number>();
  if (options.fill !== false) {
    for (let i = 0; i < state.poolSize; i++) {
      const m = state.pool[i]!;
      if (m !== c) candidates.add(m);
    }
  }
  const cancelledMembers = new Set(problem.members.subarray(problem.memberStart[c]!, problem.memberStart[c + 1]!));
  for (;;) {
    let best = -1;
    let bestSlot = -1;
    let bestGaps = Infinity;
    for (const m of candidates) {
      const involved = Array.from(problem.members.subarray(problem.memberStart[m]!, problem.memberStart[m + 1]!)).some((p) => cancelledMembers.has(p));
      for (let j = problem.slotStart[m]!; j < problem.slotStart[m + 1]!; j++) {
        const s = problem.slotsOf[j]!;
        if ((s !== freed && !involved) || !state.canPlace(m, s)) continue;
        const better = best < 0 || problem.weight[m]! > problem.weight[best]!;
        if (!better && problem.weight[m] !== problem.weight[best]) continue;
        const gaps = addedGaps(state, m, s);
        if (better || gaps < bestGaps) [best, bestSlot, bestGaps] = [m, s, gaps];
      }
    }
    if (best < 0) break;
    state.place(best, bestSlot);
    candidates.delete(best);
  }
  const free = tablesBySlot(problem).map((tables) => new Set(tables));
  for (const [m, table] of tableOf) free[state.slotOf[m]!]!.delete(table);
  const assignments: ScheduleOutput['assignments'] = [];
  const unscheduled: ScheduleOutput['unscheduled'] = [];
  for (let m = 0; m < problem.meetingCount; m++) {
    const s = state.slotOf[m]!;
    const id = event.meetings[m]!.id;
    if (s < 0) {
      unscheduled.push({ meeting: id, reason: m === c ? 'cancelled' : unscheduledReason(state, m) });
      continue;
    }
    let table = tableOf.get(m);
    if (table === undefined) {
      table = free[s]!.values().next().value!;
      free[s]!.delete(table);
    }
    assignments.push({ meeting: id, slot: event.slots[s]!.id, table });
  }
  const stats = { scheduled: assignments.length, unscheduled: unscheduled.length, weight: state.weight, upperBound: schedule.stats.upperBound, seconds: options.seconds };
  return { assignments, unscheduled, stats };
}
