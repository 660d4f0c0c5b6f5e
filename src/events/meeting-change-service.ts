// Organisers' changes to meetings: add a team meeting (three or more people, or a pair without a request), or
// people to a meeting (colleagues of one organisation meeting together); cancel a meeting (its slot is free again;
// on request the room is filled from the unscheduled meetings without moving any other, by the engine's
// rescheduler) and move a meeting (checked against every hard constraint).
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { invalid, notFound } from '#src/errors.ts';
import { insertMeeting } from '#src/events/meeting-request-repo.ts';
import { organiserEvent } from '#src/events/event-access.ts';
import type { EventRow } from '#src/events/event-schema.ts';
import { placementConflicts, type Placement } from '#src/events/meeting-conflicts.ts';
import { addMeetingParticipants, cancelMeetingRow, placeMeetings } from '#src/events/meeting-schedule-repo.ts';
import { buildEventInput, placementsOf } from '#src/events/meeting-schedule-input.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { rescheduleAfterCancellation } from '#src/events/schedule-reschedule.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';

export const MEETING_CHANGED_NOTIFICATION = 'event_meeting_changed';

/** Tells the participants of `meetingIds` that their meeting changed (`change`: added, cancelled, moved, ...). */
export async function notifyMeetings(db: Db, eventId: string, meetingIds: string[], change: string, at: Date): Promise<void> {
  if (meetingIds.length === 0) return;
  const rows = await db.selectFrom('meeting_participants as mp').innerJoin('event_participants as p', 'p.id', 'mp.participant_id')
    .select(['p.user_id', 'mp.meeting_id']).where('mp.meeting_id', 'in', meetingIds).execute();
  await insertNotifications(db, rows.map((r) => ({ userId: r.user_id, kind: MEETING_CHANGED_NOTIFICATION, payload: { eventId, meetingId: r.meeting_id, change }, createdAt: at })));
}

/** The meetings the rescheduler places into the room `meetingId` leaves, none of them adding a conflict. */
async function fillAfter(db: Db, event: EventRow, meetingId: string): Promise<Placement[]> {
  const { input, meetings, dailyCaps } = await buildEventInput(db, event);
  const placed = placementsOf(meetings);
  if (!placed.some((p) => p.meeting === meetingId)) return [];
  const published = await db.selectFrom('event_schedules').select('output').where('event_id', '=', event.id).where('published_at', 'is not', null)
    .orderBy('published_at', 'desc').executeTakeFirst();
  const weight = meetings.reduce((sum, m) => sum + (m.slotId ? m.priority : 0), 0);
  const upperBound = Math.max(weight, (published?.output as ScheduleOutput | undefined)?.stats.upperBound ?? 0);
  const current: ScheduleOutput = {
    assignments: placed,
    unscheduled: meetings.filter((m) => !m.slotId).map((m) => ({ meeting: m.id, reason: 'not placed' })),
    stats: { scheduled: placed.length, unscheduled: meetings.length - placed.length, weight, upperBound, seconds: 0 },
  };
  const before = new Set(placed.map((p) => p.meeting));
  const after = rescheduleAfterCancellation(buildProblem(parseEvent(input), { dailyCaps }), current, meetingId, { seconds: 0 }).assignments;
  const added = after.filter((a) => !before.has(a.meeting));
  const kept = placed.filter((p) => p.meeting !== meetingId);
  // The rescheduler keeps every rule, daily caps included; this check only guards against what it cannot see.
  const known = new Set(placementConflicts(input, kept, dailyCaps));
  return added.filter((a) => placementConflicts(input, [...kept, a], dailyCaps).every((c) => known.has(c)));
}

/** Adds a meeting of the given participants (organisers), unplaced until the next schedule or a move. */
export async function addMeeting(ctx: Ctx, eventId: string, input: { participantIds: string[]; priority: number }) {
  await organiserEvent(ctx, eventId);
  const ids = [...new Set(input.participantIds)];
  if (ids.length !== input.participantIds.length) throw invalid('participantIds: a participant is named twice', [{ field: 'participantIds', message: 'a participant is named twice' }]);
  const known = await ctx.db.selectFrom('event_participants').select('id').where('event_id', '=', eventId).where('id', 'in', ids).execute();
  const unknown = ids.find((id) => !known.some((k) => k.id === id));
  if (unknown) throw invalid(`participantIds: no participant ${unknown} at this event`, [{ field: 'participantIds', message: `no participant ${unknown} at this event` }]);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const meetingId = await insertMeeting(trx, eventId, null, input.priority, ids);
    await notifyMeetings(trx, eventId, [meetingId], 'added', ctx.clock());
    return meetingId;
  });
  return { id, participantIds: ids, priority: input.priority };
}

/** Cancels a meeting: its slot and table are free again and no other meeting moves; with `fill`, unscheduled meetings take the room. */
export async function cancelMeeting(ctx: Ctx, eventId: string, meetingId: string, fill: boolean) {
  const event = await organiserEvent(ctx, eventId);
  const now = ctx.clock();
  const filled = await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', eventId).forUpdate().execute();
    const placements = fill ? await fillAfter(trx, event, meetingId) : [];
    if (!(await cancelMeetingRow(trx, eventId, meetingId))) throw notFound('live meeting', meetingId);
    await placeMeetings(trx, eventId, placements);
    await notifyMeetings(trx, eventId, [meetingId], 'cancelled', now);
    await notifyMeetings(trx, eventId, placements.map((p) => p.meeting), 'scheduled', now);
    return placements;
  });
  return { id: meetingId, status: 'cancelled' as const, filled };
}

/** Moves a meeting to another slot and table, refused (422, naming each) if any hard constraint would break. */
export async function moveMeeting(ctx: Ctx, eventId: string, meetingId: string, to: { slotId: string; tableId: string }) {
  const event = await organiserEvent(ctx, eventId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', eventId).forUpdate().execute();
    const { input, meetings, dailyCaps } = await buildEventInput(trx, event);
    if (!meetings.some((m) => m.id === meetingId)) throw notFound('live meeting', meetingId);
    const placed = placementsOf(meetings);
    const moved = [...placed.filter((p) => p.meeting !== meetingId), { meeting: meetingId, slot: to.slotId, table: to.tableId }];
    const before = new Set(placementConflicts(input, placed, dailyCaps));
    const added = placementConflicts(input, moved, dailyCaps).filter((c) => !before.has(c));
    if (added.length > 0) throw invalid(`the move breaks ${added.length} rules: ${added[0]}`, added.map((message) => ({ field: 'slotId', message })));
    await placeMeetings(trx, eventId, [{ meeting: meetingId, slot: null, table: null }]);
    await placeMeetings(trx, eventId, [{ meeting: meetingId, slot: to.slotId, table: to.tableId }]);
    await notifyMeetings(trx, eventId, [meetingId], 'moved', ctx.clock());
  });
  return { id: meetingId, slotId: to.slotId, tableId: to.tableId };
}

/**
 * Adds participants to a live meeting (organisers): a colleague joins, making it a team meeting. A placed meeting
 * keeps its slot and table only if every newcomer fits there (422 naming each broken rule otherwise).
 */
export async function joinMeeting(ctx: Ctx, eventId: string, meetingId: string, participantIds: string[]) {
  const event = await organiserEvent(ctx, eventId);
  const ids = [...new Set(participantIds)];
  return ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', eventId).forUpdate().execute();
    const { input, meetings, dailyCaps } = await buildEventInput(trx, event);
    const meeting = meetings.find((m) => m.id === meetingId);
    if (!meeting) throw notFound('live meeting', meetingId);
    const known = new Set(input.participants.map((p) => p.id));
    for (const id of ids) {
      if (!known.has(id)) throw invalid(`participantIds: no participant ${id} at this event`, [{ field: 'participantIds', message: `no participant ${id} at this event` }]);
      if (meeting.participants.includes(id)) throw invalid(`participantIds: ${id} is in the meeting already`, [{ field: 'participantIds', message: `${id} is in the meeting already` }]);
    }
    if (meeting.slotId) {
      const placed = placementsOf(meetings);
      const before = new Set(placementConflicts(input, placed, dailyCaps));
      const grown = { ...input, meetings: input.meetings.map((m) => (m.id === meetingId ? { ...m, participants: [...m.participants, ...ids] } : m)) };
      const added = placementConflicts(grown, placed, dailyCaps).filter((c) => !before.has(c));
      if (added.length > 0) throw invalid(`joining breaks ${added.length} rules: ${added[0]}`, added.map((message) => ({ field: 'participantIds', message })));
    }
    await addMeetingParticipants(trx, meetingId, ids, meeting.slotId);
    await notifyMeetings(trx, eventId, [meetingId], 'joined', ctx.clock());
    return { id: meetingId, participantIds: [...meeting.participants, ...ids], slotId: meeting.slotId, tableId: meeting.tableId };
  });
}
