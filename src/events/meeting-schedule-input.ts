// The contract's EVENT (event-schedule.md) of an event as the database holds it now: meeting slots, tables with
// their availability, participants' availability and caps, accepted meetings with their priority; and what the
// contract cannot state, for the engine's extras: daily caps, and the placements published now.
import type { Db } from '#src/db/connect.ts';
import { findSlots, findTables } from '#src/events/event-repo.ts';
import type { EventRow } from '#src/events/event-schema.ts';
import { localDay, localIso } from '#src/events/event-slots.ts';
import type { EventInput } from '#src/events/schedule-input.ts';
import type { ScheduleExtras } from '#src/events/schedule-problem.ts';

/** An accepted meeting as placed now (slot and table null while unplaced). */
export type LiveMeeting = { id: string; slotId: string | null; tableId: string | null; participants: string[]; priority: number };

/** The event's accepted (not cancelled) meetings with their participants and placement. */
export async function findLiveMeetings(db: Db, eventId: string): Promise<LiveMeeting[]> {
  const rows = await db
    .selectFrom('meetings as m')
    .innerJoin('meeting_participants as mp', 'mp.meeting_id', 'm.id')
    .select(['m.id', 'm.slot_id', 'm.table_id', 'm.priority', 'mp.participant_id'])
    .where('m.event_id', '=', eventId).where('m.status', '=', 'accepted')
    .orderBy('m.created_at').orderBy('m.id').orderBy('mp.participant_id')
    .execute();
  const meetings = new Map<string, LiveMeeting>();
  for (const r of rows) {
    const m = meetings.get(r.id) ?? { id: r.id, slotId: r.slot_id, tableId: r.table_id, participants: [], priority: r.priority };
    m.participants.push(r.participant_id);
    meetings.set(r.id, m);
  }
  return [...meetings.values()];
}

/** The placed meetings among `meetings`, as the contract's assignments. */
export const placementsOf = (meetings: LiveMeeting[]): Array<{ meeting: string; slot: string; table: string }> =>
  meetings.flatMap((m) => (m.slotId && m.tableId ? [{ meeting: m.id, slot: m.slotId, table: m.tableId }] : []));

export type EventSnapshot = {
  input: EventInput;
  meetings: LiveMeeting[];
  /** Each participant's most meetings per day (the engine's `dailyCaps`). */
  perDay: Map<string, number>;
  dailyCaps: NonNullable<ScheduleExtras['dailyCaps']>;
};

/**
 * The EVENT of `event`. A participant without a slot list is available in every meeting slot of the days they
 * come; their daily cap times their days is their `maxMeetings`, and the daily cap itself goes to the engine as
 * an extra (the contract knows none). No-shows take no meetings.
 */
export async function buildEventInput(db: Db, event: EventRow): Promise<EventSnapshot> {
  const slots = (await findSlots(db, event.id)).filter((s) => s.kind === 'meeting');
  const slotIds = new Set(slots.map((s) => s.id));
  const slotDay = slots.map((s) => localDay(s.starts_at, event.timezone));
  const tables = await findTables(db, event.id);
  const participants = await db.selectFrom('event_participants').selectAll().where('event_id', '=', event.id).orderBy('created_at').orderBy('id').execute();
  const meetings = await findLiveMeetings(db, event.id);
  const perDay = new Map(participants.map((p) => [p.id, p.max_meetings_per_day ?? event.default_max_meetings_per_day]));
  const input: EventInput = {
    slots: slots.map((s) => ({ id: s.id, start: localIso(s.starts_at, event.timezone), end: localIso(s.ends_at, event.timezone) })),
    tables: tables.map((t) => (t.available_slot_ids === null ? { id: t.id } : { id: t.id, slots: t.available_slot_ids.filter((s) => slotIds.has(s)) })),
    participants: participants.map((p) => {
      const days = new Set(p.days);
      const available = p.available_slot_ids === null
        ? slots.filter((_, i) => days.has(slotDay[i]!)).map((s) => s.id)
        : p.available_slot_ids.filter((s) => slotIds.has(s));
      return { id: p.id, available, maxMeetings: p.no_show ? 0 : perDay.get(p.id)! * days.size };
    }),
    meetings: meetings.map((m) => ({ id: m.id, participants: m.participants, priority: m.priority })),
    ...(event.max_consecutive === null ? {} : { rules: { maxConsecutive: event.max_consecutive } }),
  };
  return { input, meetings, perDay, dailyCaps: Object.fromEntries(perDay) };
}
