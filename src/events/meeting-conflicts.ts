// Conflicts of a set of placements against the event as it is now: meetings cancelled since, slots deleted, and
// every hard constraint of event-schedule.md (checked by the engine's independent validator), plus daily caps,
// which the contract does not know: a schedule is trimmed to them.
import type { EventInput } from '#src/events/schedule-input.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';

export type Placement = { meeting: string; slot: string; table: string };

/** Every conflict of `placements` with `input` (the event now); `perDay` caps meetings per participant and day. */
export function placementConflicts(input: EventInput, placements: Placement[], perDay: Map<string, number>): string[] {
  const conflicts: string[] = [];
  const meetings = new Map(input.meetings.map((m) => [m.id, m]));
  const slots = new Map(input.slots.map((s) => [s.id, s]));
  const kept: Placement[] = [];
  for (const p of placements) {
    if (!meetings.has(p.meeting)) conflicts.push(`${p.meeting}: the meeting was cancelled`);
    else if (!slots.has(p.slot)) conflicts.push(`${p.meeting}: slot ${p.slot} was deleted`);
    else kept.push(p);
  }
  const placed = new Set(kept.map((p) => p.meeting));
  const unscheduled = input.meetings.filter((m) => !placed.has(m.id)).map((m) => ({ meeting: m.id, reason: 'not placed' }));
  conflicts.push(...validateSchedule(input, { assignments: kept, unscheduled }));
  const perParticipantDay = new Map<string, number>();
  for (const p of kept) {
    const day = slots.get(p.slot)!.start.slice(0, 10);
    for (const who of meetings.get(p.meeting)!.participants) {
      const key = `${who} ${day}`;
      const n = (perParticipantDay.get(key) ?? 0) + 1;
      perParticipantDay.set(key, n);
      const cap = perDay.get(who);
      if (cap !== undefined && n === cap + 1) conflicts.push(`${who}: more than ${cap} meetings on ${day}`);
    }
  }
  return conflicts;
}

/**
 * The schedule without the meetings that put a participant over their daily cap (the contract, and so the engine,
 * knows only a total cap): the heaviest meetings are kept first. Removing meetings breaks no other constraint,
 * and the upper bound of the relaxed problem stays an upper bound.
 */
export function trimToDailyCaps(input: EventInput, output: ScheduleOutput, perDay: Map<string, number>): ScheduleOutput {
  const dayOf = new Map(input.slots.map((s) => [s.id, s.start.slice(0, 10)]));
  const meetings = new Map(input.meetings.map((m) => [m.id, { participants: m.participants, priority: m.priority ?? 1 }]));
  const count = new Map<string, number>();
  const dropped = new Set<string>();
  for (const a of [...output.assignments].sort((x, y) => meetings.get(y.meeting)!.priority - meetings.get(x.meeting)!.priority)) {
    const { participants } = meetings.get(a.meeting)!;
    const keys = participants.map((p) => `${p} ${dayOf.get(a.slot)}`);
    if (participants.some((p, i) => (count.get(keys[i]!) ?? 0) >= (perDay.get(p) ?? Infinity))) dropped.add(a.meeting);
    else for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  }
  if (dropped.size === 0) return output;
  const assignments = output.assignments.filter((a) => !dropped.has(a.meeting));
  const unscheduled = [...output.unscheduled, ...[...dropped].map((meeting) => ({ meeting, reason: 'a participant reached their daily cap of meetings' }))];
  const weight = assignments.reduce((sum, a) => sum + meetings.get(a.meeting)!.priority, 0);
  return { assignments, unscheduled, stats: { ...output.stats, scheduled: assignments.length, unscheduled: unscheduled.length, weight } };
}
