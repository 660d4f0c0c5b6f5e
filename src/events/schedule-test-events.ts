// Events for the scheduler's tests: a compact builder, seeded random small events, and the optimum by exhaustive
// search (small enough to enumerate), so the engine can be checked against the truth.
import type { EventInput } from './schedule-input.ts';
import type { ScheduleProblem } from './schedule-problem.ts';
import { Random } from './schedule-random.ts';
import { ScheduleState } from './schedule-state.ts';

type Spec = {
  /** Slots per day, 30 minutes each from 09:00, all consecutive within a day. */
  days?: number;
  slotsPerDay: number;
  tables: number | Array<{ id: string; slots?: string[] }>;
  participants: number | Array<{ id: string; available?: string[]; maxMeetings?: number }>;
  meetings: Array<[string, ...string[]] | { participants: string[]; priority?: number }>;
  maxConsecutive?: number;
};

/** Slot id of day d (1-based) and slot i (0-based): `d1-s0`. */
export const slotId = (d: number, i: number) => `d${d}-s${i}`;

/** An EVENT from a compact description: meetings m1, m2, ... in order, participants p1, p2, ..., tables T1, .... */
export function eventOf(spec: Spec): EventInput {
  const slots: EventInput['slots'] = [];
  for (let d = 1; d <= (spec.days ?? 1); d++) {
    for (let i = 0; i < spec.slotsPerDay; i++) {
      const minutes = 9 * 60 + 30 * i;
      const at = (m: number) => `2027-03-${String(9 + d).padStart(2, '0')}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+01:00`;
      slots.push({ id: slotId(d, i), start: at(minutes), end: at(minutes + 30) });
    }
  }
  const tables = typeof spec.tables === 'number' ? Array.from({ length: spec.tables }, (_, i) => ({ id: `T${i + 1}` })) : spec.tables;
  const participants = typeof spec.participants === 'number' ? Array.from({ length: spec.participants }, (_, i) => ({ id: `p${i + 1}` })) : spec.participants;
  const meetings = spec.meetings.map((m, i) => (Array.isArray(m) ? { id: `m${i + 1}`, participants: m } : { id: `m${i + 1}`, ...m }));
  return { slots, tables, participants, meetings, ...(spec.maxConsecutive ? { rules: { maxConsecutive: spec.maxConsecutive } } : {}) };
}

/**
 * A small random event (seeded): gaps in availability, caps, three-person meetings, few tables, mixed priorities;
 * `slots` per day over `days` days (default one).
 */
export function randomEvent(seed: number, size: { participants: number; slots: number; meetings: number; tables: number; days?: number }): EventInput {
  const random = new Random(seed);
  const days = size.days ?? 1;
  const ids = Array.from({ length: days * size.slots }, (_, i) => slotId(1 + Math.floor(i / size.slots), i % size.slots));
  const participants = Array.from({ length: size.participants }, (_, i) => {
    const p: { id: string; available?: string[]; maxMeetings?: number } = { id: `p${i + 1}` };
    if (random.below(3) === 0) p.available = ids.filter(() => random.below(4) !== 0);
    if (random.below(3) === 0) p.maxMeetings = random.below(3) + 1;
    return p;
  });
  const meetings: Spec['meetings'] = [];
  for (let i = 0; i < size.meetings; i++) {
    const a = random.below(size.participants);
    const b = (a + 1 + random.below(size.participants - 1)) % size.participants;
    const members = [`p${a + 1}`, `p${b + 1}`];
    const c = random.below(size.participants);
    if (random.below(6) === 0 && c !== a && c !== b) members.push(`p${c + 1}`);
    meetings.push({ participants: members, priority: 1 + random.below(3) });
  }
  return eventOf({ days, slotsPerDay: size.slots, tables: size.tables, participants, meetings, maxConsecutive: 2 });
}

/** Daily caps of 1 or 2 for about half the participants of `event` (seeded). */
export function randomDailyCaps(seed: number, event: EventInput): Record<string, number> {
  const random = new Random(seed * 7919);
  const caps: Record<string, number> = {};
  for (const p of event.participants) if (random.below(2) === 0) caps[p.id] = 1 + random.below(2);
  return caps;
}

/**
 * The highest weight any valid schedule reaches, by trying every slot (or none) for every meeting; with the
 * problem's pins kept (as the solver keeps them) and only the other meetings tried.
 */
export function optimumByEnumeration(problem: ScheduleProblem): number {
  const state = new ScheduleState(problem);
  state.placePins();
  const suffix = new Int32Array(problem.meetingCount + 1);
  for (let m = problem.meetingCount - 1; m >= 0; m--) suffix[m] = suffix[m + 1]! + problem.weight[m]!;
  let best = 0;
  const visit = (m: number) => {
    if (state.weight + suffix[m]! <= best) return;
    if (m === problem.meetingCount) {
      best = state.weight;
      return;
    }
    if (state.locked[m]) return visit(m + 1);
    for (let j = problem.slotStart[m]!; j < problem.slotStart[m + 1]!; j++) {
      const s = problem.slotsOf[j]!;
      if (!state.canPlace(m, s)) continue;
      state.place(m, s);
      visit(m + 1);
      state.remove(m);
    }
    visit(m + 1);
  };
  visit(0);
  return best;
}

