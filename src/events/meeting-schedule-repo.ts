// SQL of schedule drafts and of meeting placements (the database's unique keys refuse any double booking).
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { JobRow } from '#src/jobs/job-repo.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';

export type DraftRow = { id: string; output: ScheduleOutput; meeting_ids: string[]; based_on_version: number; created_at: Date; published_at: Date | null };

/** The event's newest schedule draft. */
export async function findLatestDraft(db: Db, eventId: string): Promise<DraftRow | undefined> {
  const row = await db.selectFrom('event_schedules').select(['id', 'output', 'meeting_ids', 'based_on_version', 'created_at', 'published_at'])
    .where('event_id', '=', eventId).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row ? { ...row, output: row.output as ScheduleOutput } : undefined;
}

/** One draft of the event. */
export async function findDraft(db: Db, eventId: string, id: string): Promise<DraftRow | undefined> {
  const row = await db.selectFrom('event_schedules').select(['id', 'output', 'meeting_ids', 'based_on_version', 'created_at', 'published_at'])
    .where('event_id', '=', eventId).where('id', '=', id).executeTakeFirst();
  return row ? { ...row, output: row.output as ScheduleOutput } : undefined;
}

/** Moves the event to schedule version `expected + 1` if it is still at `expected`; false when another publish came first. */
export async function bumpScheduleVersion(db: Db, eventId: string, expected: number, at: Date): Promise<boolean> {
  const result = await db.updateTable('events').set({ schedule_version: expected + 1, status: 'published', updated_at: at.toISOString() })
    .where('id', '=', eventId).where('schedule_version', '=', expected).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Unplaces every meeting of the event. */
export async function clearPlacements(db: Db, eventId: string): Promise<void> {
  await sql`update meeting_participants mp set slot_id = null from meetings m where mp.meeting_id = m.id and m.event_id = ${eventId}::uuid and mp.slot_id is not null`.execute(db);
  await db.updateTable('meetings').set({ slot_id: null, table_id: null }).where('event_id', '=', eventId).where('slot_id', 'is not', null).execute();
}

/** Places meetings at their slot and table (each meeting's participants follow its slot). */
export async function placeMeetings(db: Db, eventId: string, placements: Array<{ meeting: string; slot: string | null; table: string | null }>): Promise<void> {
  if (placements.length === 0) return;
  const rows = JSON.stringify(placements);
  await sql`update meetings m set slot_id = a.slot::uuid, table_id = a."table"::uuid
    from jsonb_to_recordset(${rows}::jsonb) as a(meeting text, slot text, "table" text)
    where m.id = a.meeting::uuid and m.event_id = ${eventId}::uuid`.execute(db);
  await sql`update meeting_participants mp set slot_id = m.slot_id from meetings m
    where mp.meeting_id = m.id and m.id in (select (value->>'meeting')::uuid from jsonb_array_elements(${rows}::jsonb))`.execute(db);
}

/** Marks a draft published. */
export async function markDraftPublished(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('event_schedules').set({ published_at: at.toISOString() }).where('id', '=', id).execute();
}

/** Cancels a meeting of the event (unplacing it); returns whether it was live. */
export async function cancelMeetingRow(db: Db, eventId: string, id: string): Promise<boolean> {
  await db.updateTable('meeting_participants').set({ slot_id: null }).where('meeting_id', '=', id).execute();
  const result = await db.updateTable('meetings').set({ status: 'cancelled', slot_id: null, table_id: null })
    .where('event_id', '=', eventId).where('id', '=', id).where('status', '=', 'accepted').executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** User ids of the participants who have a meeting at the event. */
export async function usersWithMeetings(db: Db, eventId: string): Promise<string[]> {
  const rows = await db.selectFrom('meetings as m').innerJoin('meeting_participants as mp', 'mp.meeting_id', 'm.id')
    .innerJoin('event_participants as p', 'p.id', 'mp.participant_id').select('p.user_id').distinct()
    .where('m.event_id', '=', eventId).where('m.status', '=', 'accepted').execute();
  return rows.map((r) => r.user_id);
}

/** The newest job with `dedupeKey` (an event's scheduling job), whatever its status. */
export async function findLatestJob(db: Db, dedupeKey: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('dedupe_key', '=', dedupeKey).orderBy('created_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
}

/** Adds participants to a meeting, in its slot if it is placed (the unique participant+slot refuses a double booking). */
export async function addMeetingParticipants(db: Db, meetingId: string, participantIds: string[], slotId: string | null): Promise<void> {
  if (participantIds.length === 0) return;
  await db.insertInto('meeting_participants').values(participantIds.map((p) => ({ meeting_id: meetingId, participant_id: p, slot_id: slotId }))).execute();
}
