// The schedule JSON of event-schedule.md from the engine's slot per meeting: tables handed out per slot (a pinned
// meeting keeps its own), a reason for every unscheduled meeting, and the stats.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { ScheduleProblem } from './schedule-problem.ts';
import type { ScheduleState } from './schedule-state.ts';
import type { ScheduleOutput } from './schedule-validate.ts';

/** The ids of the tables that exist in each slot, in input order. */
export function tablesBySlot(problem: ScheduleProblem): string[][] {
  const { event } = problem;
  const bySlot: string[][] = event.slots.map(() => []);
  const slotIndex = new Map(event.slots.map((s, i) => [s.id, i]));
  for (const table of event.tables) {
    if (table.slots === undefined) for (const list of bySlot) list.push(table.id);
    else for (const s of new Set(table.slots.map((id) => slotIndex.get(id)!))) bySlot[s]!.push(table.id);
  }
  return bySlot;
}

/** Why meeting m (unscheduled) has no place in the final schedule, in a few words. */
export function unscheduledReason(state: ScheduleState, m: number): string {
  const pr = state.problem;
  const S = pr.slotCount;
  const ids = pr.event.participants;
  const members = pr.members.subarray(pr.memberStart[m]!, pr.memberStart[m + 1]!);
  if (pr.slotStart[m + 1] === pr.slotStart[m]) {
    for (let s = 0; s < S; s++) if (members.every((p) => pr.available[p * S + s] === 1)) return 'no table in any slot its participants share';
    return 'no slot in which all its participants are available';
  }
  for (const p of members) {
    if (pr.maxMeetings[p] === 0) return `${ids[p]!.id} takes no meetings (maxMeetings 0)`;
    if (state.count[p]! >= pr.maxMeetings[p]!) return `${ids[p]!.id} already has its maximum of ${pr.maxMeetings[p]} meetings`;
  }
  if (pr.hasDayCaps) {
    // A participant at their daily cap on every day the meeting could take place.
    for (const p of members) {
      let full = true;
      for (let j = pr.slotStart[m]!; j < pr.slotStart[m + 1]! && full; j++) full = state.dayCount[p * pr.dayCount + pr.slotDay[pr.slotsOf[j]!]!]! >= pr.dayCap[p]!;
      if (full) return `${ids[p]!.id} already has its daily maximum of ${pr.dayCap[p]} meetings`;
    }
  }
  return 'no common free slot: its participants are busy, the tables are full or a run would exceed maxConsecutive';
}

/** The contract's output for the state's schedule; `seconds` is the wall time to report. */
export function scheduleOutput(state: ScheduleState, upperBound: number, seconds: number): ScheduleOutput {
  const pr = state.problem;
  const { meetings, slots } = pr.event;
  const free = tablesBySlot(pr);
  // Locked meetings keep their pinned table; the others take the tables left, in input order.
  const pinnedHere = new Set<string>();
  for (let m = 0; m < pr.meetingCount; m++) if (state.locked[m]) pinnedHere.add(`${state.slotOf[m]} ${pr.event.tables[pr.pinnedTable[m]!]!.id}`);
  const handedOut = new Int32Array(pr.slotCount);
  const nextTable = (s: number) => {
    let table = free[s]![handedOut[s]!++]!;
    while (pinnedHere.size > 0 && pinnedHere.has(`${s} ${table}`)) table = free[s]![handedOut[s]!++]!;
    return table;
  };
  const assignments: ScheduleOutput['assignments'] = [];
  const unscheduled: ScheduleOutput['unscheduled'] = [];
  for (let m = 0; m < pr.meetingCount; m++) {
    const s = state.slotOf[m]!;
    if (s < 0) unscheduled.push({ meeting: meetings[m]!.id, reason: unscheduledReason(state, m) });
    else assignments.push({ meeting: meetings[m]!.id, slot: slots[s]!.id, table: state.locked[m] ? pr.event.tables[pr.pinnedTable[m]!]!.id : nextTable(s) });
  }
  const stats = { scheduled: assignments.length, unscheduled: unscheduled.length, weight: state.weight, upperBound, seconds: Math.round(seconds * 1000) / 1000 };
  return { assignments, unscheduled, stats };
}
