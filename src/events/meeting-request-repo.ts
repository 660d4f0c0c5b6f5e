// SQL of meeting requests and of the meetings accepting them creates.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { MeetingRequestsTable } from '#src/db/types-events.ts';
import type { RequestRow } from '#src/events/meeting-request-schema.ts';

function selectRequests(db: Db) {
  return db.selectFrom('meeting_requests as r').leftJoin('meetings as m', 'm.request_id', 'r.id').selectAll('r').select('m.id as meeting_id');
}

/** One request of the event. */
export async function findRequest(db: Db, eventId: string, id: string): Promise<RequestRow | undefined> {
  return selectRequests(db).where('r.event_id', '=', eventId).where('r.id', '=', id).executeTakeFirst();
}

/** The requests a participant sent or received, newest first. */
export async function findRequestsOf(db: Db, participantId: string): Promise<RequestRow[]> {
  return selectRequests(db)
    .where((eb) => eb.or([eb('r.from_participant_id', '=', participantId), eb('r.to_participant_id', '=', participantId)]))
    .orderBy('r.created_at', 'desc').orderBy('r.id')
    .execute();
}

/** How many of a participant's sent requests are still pending. */
export async function countOpenRequests(db: Db, participantId: string): Promise<number> {
  const row = await db.selectFrom('meeting_requests').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('from_participant_id', '=', participantId).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Locks a participant row for the transaction (their request cap is checked and used under it). */
export async function lockParticipant(db: Db, id: string): Promise<void> {
  await db.selectFrom('event_participants').select('id').where('id', '=', id).forUpdate().execute();
}

/** Inserts a request and returns its id. */
export async function insertRequest(db: Db, values: Insertable<MeetingRequestsTable>): Promise<string> {
  return (await db.insertInto('meeting_requests').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Moves a pending, unexpired request to `status`; returns it, or undefined when it was no longer pending. */
export async function answerPending(db: Db, id: string, status: 'accepted' | 'declined' | 'withdrawn', at: Date) {
  return db.updateTable('meeting_requests')
    .set({ status, answered_at: at.toISOString() })
    .where('id', '=', id).where('status', '=', 'pending').where('expires_at', '>', at)
    .returningAll().executeTakeFirst();
}

/** Changes a request. */
export async function updateRequestRow(db: Db, id: string, values: Updateable<MeetingRequestsTable>): Promise<void> {
  await db.updateTable('meeting_requests').set(values).where('id', '=', id).execute();
}

/** Creates the meeting of an accepted request with its participants (unplaced: no slot, no table). */
export async function insertMeeting(db: Db, eventId: string, requestId: string | null, priority: number, participantIds: string[]): Promise<string> {
  const { id } = await db.insertInto('meetings').values({ event_id: eventId, request_id: requestId, priority }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('meeting_participants').values(participantIds.map((p) => ({ meeting_id: id, participant_id: p, slot_id: null }))).execute();
  return id;
}

/** Sets the priority of the meeting of a request (1 + its stars). */
export async function setMeetingPriority(db: Db, requestId: string, priority: number): Promise<void> {
  await db.updateTable('meetings').set({ priority }).where('request_id', '=', requestId).execute();
}

/** Pending requests whose reminder (24 h before expiry) is due and not yet sent. */
export async function findDueReminders(db: Db, at: Date) {
  return db.selectFrom('meeting_requests as r')
    .innerJoin('event_participants as p', 'p.id', 'r.to_participant_id')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select(['r.id', 'r.event_id', 'r.expires_at', 'p.user_id', 'e.title'])
    .where('r.status', '=', 'pending').where('r.reminded_at', 'is', null).where('r.expires_at', '>', at)
    .where(sql<boolean>`r.expires_at <= ${at.toISOString()}::timestamptz + interval '24 hours'`)
    .forUpdate('r').skipLocked()
    .execute();
}

/** Expires the pending requests whose time has come; returns them with their sender's user. */
export async function expireDue(db: Db, at: Date) {
  const expired = await db.updateTable('meeting_requests').set({ status: 'expired' })
    .where('status', '=', 'pending').where('expires_at', '<=', at).returning(['id', 'event_id', 'from_participant_id']).execute();
  if (expired.length === 0) return [];
  const senders = await db.selectFrom('event_participants').select(['id', 'user_id']).where('id', 'in', expired.map((r) => r.from_participant_id)).execute();
  const userOf = new Map(senders.map((s) => [s.id, s.user_id]));
  return expired.map((r) => ({ id: r.id, eventId: r.event_id, userId: userOf.get(r.from_participant_id)! }));
}
