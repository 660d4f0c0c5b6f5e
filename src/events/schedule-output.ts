// The schedule JSON of event-schedule.md from the engine's slot per meeting: tables handed out per slot, a
// reason for every unscheduled meeting, and the stats.
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
  return 'no common free slot: its participants are busy, the tables are full or a run would exceed maxConsecutive';
}

/** The contract's output for the state's schedule; `seconds` is the wall time to report. */
export function scheduleOutput(state: ScheduleState, upperBound: number, seconds: number): ScheduleOutput {
  const pr = state.problem;
  const { meetings, slots } = pr.event;
  const free = tablesBySlot(pr);
  const handedOut = new Int32Array(pr.slotCount);
  const assignments: ScheduleOutput['assignments'] = [];
  const unscheduled: ScheduleOutput['unscheduled'] = [];
  for (let m = 0; m < pr.meetingCount; m++) {
    const s = state.slotOf[m]!;
    if (s >= 0) assignments.push({ meeting: meetings[m]!.id, slot: slots[s]!.id, table: free[s]![handedOut[s]!++]! });
    else unscheduled.push({ meeting: meetings[m]!.id, reason: unscheduledReason(state, m) });
  }
  const stats = { scheduled: assignments.length, unscheduled: unscheduled.length, weight: state.weight, upperBound, seconds: Math.round(seconds * 1000) / 1000 };
  return { assignments, unscheduled, stats };
}
