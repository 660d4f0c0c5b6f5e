// Checks a schedule in the contract's output form against its EVENT: every meeting once, known slots and tables,
// the five hard constraints of event-schedule.md, and stats that are true of the schedule; and, when given, the
// app's daily caps (ScheduleExtras), which the contract does not know. Independent of the
// engine's own structures on purpose: it re-derives everything from the input, so it can catch the engine.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { EventInput } from './schedule-input.ts';

/** The schedule JSON of event-schedule.md. */
export type ScheduleOutput = {
  assignments: Array<{ meeting: string; slot: string; table: string }>;
  unscheduled: Array<{ meeting: string; reason: string }>;
  stats: { scheduled: number; unscheduled: number; weight: number; upperBound: number; seconds: number };
};

/** Every violation found (empty when the schedule is valid), each naming the ids involved. */
export function validateSchedule(
  event: EventInput,
  schedule: Pick<ScheduleOutput, 'assignments' | 'unscheduled'> & { stats?: ScheduleOutput['stats'] },
  dailyCaps: Record<string, number> = {},
): string[] {
  const problems: string[] = [];
  const S = event.slots.length;
  const slotIndex = new Map(event.slots.map((s, i) => [s.id, i]));
  const tableIndex = new Map(event.tables.map((t, i) => [t.id, i]));
  const participantIndex = new Map(event.participants.map((p, i) => [p.id, i]));
  // 1 where a table exists, or a participant is available, in a slot (absent lists: every slot).
  const grid = (lists: Array<string[] | undefined>) => {
    const cells = new Uint8Array(lists.length * S);
    lists.forEach((list, i) => {
      if (list === undefined) cells.fill(1, i * S, (i + 1) * S);
      else for (const id of list) cells[i * S + slotIndex.get(id)!] = 1;
    });
    return cells;
  };
  const tableSlots = grid(event.tables.map((t) => t.slots));
  const availability = grid(event.participants.map((p) => p.available));
  const meetingIndex = new Map(event.meetings.map((m, i) => [m.id, i]));
  const seen = new Uint8Array(event.meetings.length);
  const note = (meeting: string) => {
    const m = meetingIndex.get(meeting);
    if (m === undefined) problems.push(`${meeting}: not a meeting of the event`);
    else if (seen[m]) problems.push(`${meeting}: appears more than once`);
    else seen[m] = 1;
    return m;
  };
  const busy = new Int32Array(event.participants.length * S).fill(-1); // participant x slot -> meeting
  const hosted = new Int32Array(event.tables.length * S).fill(-1); // table x slot -> meeting
  const slotsOf: number[][] = event.participants.map(() => []);
  let weight = 0;
  for (const a of schedule.assignments) {
    const m = note(a.meeting);
    const s = slotIndex.get(a.slot);
    if (m === undefined) continue;
    if (s === undefined) {
      problems.push(`${a.meeting}: unknown slot ${a.slot}`);
      continue;
    }
    const meeting = event.meetings[m]!;
    weight += meeting.priority ?? 1;
    const t = tableIndex.get(a.table);
    if (t === undefined) problems.push(`${a.meeting}: unknown table ${a.table}`);
    else if (!tableSlots[t * S + s]) problems.push(`${a.meeting}: table ${a.table} does not exist in slot ${a.slot}`);
    else if (hosted[t * S + s]! >= 0) problems.push(`${a.meeting}: table ${a.table} already hosts ${event.meetings[hosted[t * S + s]!]!.id} in slot ${a.slot}`);
    else hosted[t * S + s] = m;
    for (const id of meeting.participants) {
      const p = participantIndex.get(id)!;
      if (!availability[p * S + s]) problems.push(`${a.meeting}: ${id} is not available in slot ${a.slot}`);
      if (busy[p * S + s]! >= 0) problems.push(`${a.meeting}: ${id} already meets in ${event.meetings[busy[p * S + s]!]!.id} in slot ${a.slot}`);
      busy[p * S + s] = m;
      slotsOf[p]!.push(s);
    }
  }
  for (const u of schedule.unscheduled) note(u.meeting);
  for (const [m, meeting] of event.meetings.entries()) if (!seen[m]) problems.push(`${meeting.id}: neither assigned nor unscheduled`);
  problems.push(...capProblems(event, slotsOf), ...dailyCapProblems(event, slotsOf, dailyCaps));
  if (schedule.stats) {
    const { stats } = schedule;
    if (stats.scheduled !== schedule.assignments.length) problems.push(`stats.scheduled is ${stats.scheduled}, not ${schedule.assignments.length}`);
    if (stats.unscheduled !== schedule.unscheduled.length) problems.push(`stats.unscheduled is ${stats.unscheduled}, not ${schedule.unscheduled.length}`);
    if (stats.weight !== weight) problems.push(`stats.weight is ${stats.weight}, not ${weight}`);
    if (!Number.isInteger(stats.upperBound) || stats.upperBound < weight) problems.push(`stats.upperBound ${stats.upperBound} is not an integer at least the weight`);
  }
  return problems;
}

/** The app's daily caps: `p: more than N meetings on YYYY-MM-DD` for each participant and day over its cap. */
function dailyCapProblems(event: EventInput, slotsOf: number[][], dailyCaps: Record<string, number>): string[] {
  const problems: string[] = [];
  for (const [p, participant] of event.participants.entries()) {
    const cap = dailyCaps[participant.id];
    if (cap === undefined) continue;
    const perDay = new Map<string, number>();
    for (const s of slotsOf[p]!) {
      const day = event.slots[s]!.start.slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    for (const [day, n] of perDay) if (n > cap) problems.push(`${participant.id}: more than ${cap} meetings on ${day}`);
  }
  return problems;
}

/** Constraints 4 and 5: maxMeetings, and runs of meetings in consecutive slots no longer than maxConsecutive. */
function capProblems(event: EventInput, slotsOf: number[][]): string[] {
  const problems: string[] = [];
  const k = event.rules?.maxConsecutive;
  // Slot s and the next are consecutive when they share a calendar day and one ends as the other starts.
  const consecutive = event.slots.map((a, s) => {
    const b = event.slots[s + 1];
    return b !== undefined && a.start.slice(0, 10) === b.start.slice(0, 10) && Date.parse(a.end) === Date.parse(b.start);
  });
  for (const [p, participant] of event.participants.entries()) {
    const slots = slotsOf[p]!.sort((a, b) => a - b);
    if (participant.maxMeetings !== undefined && slots.length > participant.maxMeetings) {
      problems.push(`${participant.id}: ${slots.length} meetings, more than maxMeetings ${participant.maxMeetings}`);
    }
    if (k === undefined) continue;
    let run = 0;
    for (let i = 0; i < slots.length; i++) {
      run = i > 0 && slots[i] === slots[i - 1]! + 1 && consecutive[slots[i - 1]!] ? run + 1 : 1;
      if (run === k + 1) problems.push(`${participant.id}: more than ${k} meetings in a row, up to slot ${event.slots[slots[i]!]!.id}`);
    }
  }
  return problems;
}
