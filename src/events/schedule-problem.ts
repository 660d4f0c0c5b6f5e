// The scheduling problem in typed arrays, indexed by position: what the greedy, the search, the bound and the
// validator read. Tables reduce to a capacity per slot (any table that exists in a slot can host any meeting).
// Besides the contract's EVENT the engine takes two extras the app has and the contract cannot state: daily caps
// (a participant's most meetings per calendar day) and pinned placements (published meetings that keep their slot
// and table); `klynge schedule` passes neither, so its input and output stay exactly the contract's.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { invalid } from '../errors.ts';
import type { EventInput } from './schedule-input.ts';

/** What the app knows beyond the contract's EVENT. */
export type ScheduleExtras = {
  /** Most meetings per calendar day (of the slot's start as written), by participant id; absent means no cap. */
  dailyCaps?: Record<string, number>;
  /**
   * Placements to keep (e.g. the published agenda): each stays at its slot and table unless it no longer fits the
   * event (unknown meeting, slot or table, a table not there in that slot, or any hard constraint), then it is free.
   */
  pinned?: Array<{ meeting: string; slot: string; table: string }>;
};

/** A parsed EVENT as numbers: slots, participants and meetings by their position in the input. */
export type ScheduleProblem = {
  event: EventInput;
  slotCount: number;
  participantCount: number;
  meetingCount: number;
  /** The slot right after this one if the two are consecutive (same day, end = next start), else -1. */
  nextSlot: Int32Array;
  prevSlot: Int32Array;
  /** The calendar day of each slot (the date of its start as written), as an index into `daySlots`. */
  slotDay: Int32Array;
  /** The slots of each day in order: day d holds daySlots[dayStart[d]] .. daySlots[dayStart[d + 1] - 1]. */
  dayStart: Int32Array;
  daySlots: Int32Array;
  /** How many tables exist in each slot. */
  slotCapacity: Int32Array;
  /** available[p * slotCount + s] is 1 when participant p can meet in slot s. */
  available: Uint8Array;
  /** A participant's maxMeetings; no cap is the meeting count. */
  maxMeetings: Int32Array;
  /** How many calendar days the slots span, and each participant's cap per day (no cap: the meeting count). */
  dayCount: number;
  dayCap: Int32Array;
  /** Whether any daily cap can bind (otherwise the engine skips the per-day checks). */
  hasDayCaps: boolean;
  /** A pinned meeting's slot and table (index into event.tables), -1 when it is not pinned. */
  pinnedSlot: Int32Array;
  pinnedTable: Int32Array;
  /** rules.maxConsecutive; no rule is the slot count (never binding). */
  maxConsecutive: number;
  weight: Int32Array;
  /** Participants of meeting m: members[memberStart[m]] .. members[memberStart[m + 1] - 1]. */
  memberStart: Int32Array;
  members: Int32Array;
  /** Meetings of participant p, in input order. */
  meetingStart: Int32Array;
  meetingsOf: Int32Array;
  /** The slots a meeting can ever use: all its participants available and at least one table there. */
  slotStart: Int32Array;
  slotsOf: Int32Array;
};

/** Compressed rows from a list of lists. */
function compress(rows: number[][]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) start[i + 1] = start[i]! + rows[i]!.length;
  const items = new Int32Array(start[rows.length]!);
  for (let i = 0; i < rows.length; i++) items.set(rows[i]!, start[i]!);
  return { start, items };
}

/** Consecutive slots and calendar days, from the slot times of a valid EVENT. */
function slotStructure(event: EventInput) {
  const S = event.slots.length;
  const nextSlot = new Int32Array(S).fill(-1);
  const prevSlot = new Int32Array(S).fill(-1);
  const slotDay = new Int32Array(S);
  const dayIndex = new Map<string, number>();
  const days: number[][] = [];
  for (let s = 0; s < S; s++) {
    const slot = event.slots[s]!;
    const day = slot.start.slice(0, 10);
    if (!dayIndex.has(day)) {
      dayIndex.set(day, days.length);
      days.push([]);
    }
    slotDay[s] = dayIndex.get(day)!;
    days[slotDay[s]!]!.push(s);
    const next = event.slots[s + 1];
    if (next && next.start.slice(0, 10) === day && Date.parse(next.start) === Date.parse(slot.end)) {
      nextSlot[s] = s + 1;
      prevSlot[s + 1] = s;
    }
  }
  const { start: dayStart, items: daySlots } = compress(days);
  return { nextSlot, prevSlot, slotDay, dayStart, daySlots };
}

/** Daily caps by participant position; refuses a cap below 0 or of a participant the EVENT does not have. */
function dailyCapsOf(event: EventInput, caps: Record<string, number> | undefined, participantIndex: Map<string, number>): { dayCap: Int32Array; hasDayCaps: boolean } {
  const M = event.meetings.length;
  const dayCap = new Int32Array(event.participants.length).fill(M);
  let hasDayCaps = false;
  for (const [id, cap] of Object.entries(caps ?? {})) {
    const p = participantIndex.get(id);
    if (p === undefined) throw invalid(`dailyCaps[${id}]: unknown participant ${id}`);
    if (!Number.isInteger(cap) || cap < 0) throw invalid(`dailyCaps[${id}]: must be an integer of 0 or more`);
    if (cap < M) {
      dayCap[p] = cap;
      hasDayCaps = true;
    }
  }
  return { dayCap, hasDayCaps };
}

/** Pins by meeting position; a pin naming an unknown meeting, slot or table, or a table absent in its slot, is dropped. */
function pinsOf(event: EventInput, pins: ScheduleExtras['pinned'], slotIndex: Map<string, number>): { pinnedSlot: Int32Array; pinnedTable: Int32Array } {
  const meetingIndex = new Map(event.meetings.map((m, i) => [m.id, i]));
  const tableIndex = new Map(event.tables.map((t, i) => [t.id, i]));
  const pinnedSlot = new Int32Array(event.meetings.length).fill(-1);
  const pinnedTable = new Int32Array(event.meetings.length).fill(-1);
  for (const pin of pins ?? []) {
    const m = meetingIndex.get(pin.meeting);
    const s = slotIndex.get(pin.slot);
    const t = tableIndex.get(pin.table);
    if (m === undefined || s === undefined || t === undefined) continue;
    const tableSlots = event.tables[t]!.slots;
    if (tableSlots !== undefined && !tableSlots.includes(pin.slot)) continue;
    pinnedSlot[m] = s;
    pinnedTable[m] = t;
  }
  return { pinnedSlot, pinnedTable };
}

/** Indexes a valid EVENT (from parseEvent) for the engine, with the app's extras when given. */
export function buildProblem(event: EventInput, extras: ScheduleExtras = {}): ScheduleProblem {
  const S = event.slots.length;
  const P = event.participants.length;
  const M = event.meetings.length;
  const slotIndex = new Map(event.slots.map((s, i) => [s.id, i]));
  const participantIndex = new Map(event.participants.map((p, i) => [p.id, i]));

  const slotCapacity = new Int32Array(S);
  for (const table of event.tables) {
    if (table.slots === undefined) for (let s = 0; s < S; s++) slotCapacity[s]! += 1;
    else for (const s of new Set(table.slots.map((id) => slotIndex.get(id)!))) slotCapacity[s]! += 1;
  }

  const available = new Uint8Array(P * S);
  const maxMeetings = new Int32Array(P);
  for (const [p, participant] of event.participants.entries()) {
    if (participant.available === undefined) available.fill(1, p * S, (p + 1) * S);
    else for (const id of participant.available) available[p * S + slotIndex.get(id)!] = 1;
    maxMeetings[p] = participant.maxMeetings ?? M;
  }

  const memberRows: number[][] = [];
  const meetingRows: number[][] = Array.from({ length: P }, () => []);
  const slotRows: number[][] = [];
  const weight = new Int32Array(M);
  const common = new Uint8Array(S);
  for (const [m, meeting] of event.meetings.entries()) {
    const members = meeting.participants.map((id) => participantIndex.get(id)!);
    memberRows.push(members);
    for (const p of members) meetingRows[p]!.push(m);
    weight[m] = meeting.priority ?? 1;
    for (let s = 0; s < S; s++) common[s] = slotCapacity[s]! > 0 ? 1 : 0;
    for (const p of members) for (let s = 0; s < S; s++) common[s]! &= available[p * S + s]!;
    const slots: number[] = [];
    for (let s = 0; s < S; s++) if (common[s]) slots.push(s);
    slotRows.push(slots);
  }
  const members = compress(memberRows);
  const meetingsOf = compress(meetingRows);
  const slotsOf = compress(slotRows);
  const structure = slotStructure(event);
  return {
    event,
    slotCount: S,
    participantCount: P,
    meetingCount: M,
    ...structure,
    slotCapacity,
    available,
    maxMeetings,
    dayCount: structure.dayStart.length - 1,
    ...dailyCapsOf(event, extras.dailyCaps, participantIndex),
    ...pinsOf(event, extras.pinned, slotIndex),
    maxConsecutive: event.rules?.maxConsecutive ?? Math.max(S, 1),
    weight,
    memberStart: members.start,
    members: members.items,
    meetingStart: meetingsOf.start,
    meetingsOf: meetingsOf.items,
    slotStart: slotsOf.start,
    slotsOf: slotsOf.items,
  };
}
