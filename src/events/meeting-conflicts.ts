// Conflicts of a set of placements against the event as it is now: meetings cancelled since, slots deleted, and
// every hard constraint of event-schedule.md plus the participants' daily caps (checked by the engine's
// independent validator).
import type { EventInput } from '#src/events/schedule-input.ts';
import { validateSchedule } from '#src/events/schedule-validate.ts';

export type Placement = { meeting: string; slot: string; table: string };

/** Every conflict of `placements` with `input` (the event now); `dailyCaps` caps meetings per participant and day. */
export function placementConflicts(input: EventInput, placements: Placement[], dailyCaps: Record<string, number>): string[] {
  const conflicts: string[] = [];
  const meetings = new Set(input.meetings.map((m) => m.id));
  const slots = new Set(input.slots.map((s) => s.id));
  const kept: Placement[] = [];
  for (const p of placements) {
    if (!meetings.has(p.meeting)) conflicts.push(`${p.meeting}: the meeting was cancelled`);
    else if (!slots.has(p.slot)) conflicts.push(`${p.meeting}: slot ${p.slot} was deleted`);
    else kept.push(p);
  }
  const placed = new Set(kept.map((p) => p.meeting));
  const unscheduled = input.meetings.filter((m) => !placed.has(m.id)).map((m) => ({ meeting: m.id, reason: 'not placed' }));
  conflicts.push(...validateSchedule(input, { assignments: kept, unscheduled }, dailyCaps));
  return conflicts;
}
