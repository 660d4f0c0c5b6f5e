// SQL of agendas: a participant's placed meetings with slot, table and counterparts; the event's whole agenda.
import type { Db } from '#src/db/connect.ts';
import { uuidList } from '#src/registry/sql-helpers.ts';

export type AgendaRow = { meeting_id: string; priority: number; starts_at: Date; ends_at: Date; slot_id: string; table_label: string; room: string };
export type MemberRow = { meeting_id: string; participant_id: string; name: string; organization_name: string };

function placedMeetings(db: Db) {
  return db.selectFrom('meetings as m')
    .innerJoin('event_slots as s', 's.id', 'm.slot_id')
    .innerJoin('event_tables as t', 't.id', 'm.table_id')
    .select(['m.id as meeting_id', 'm.priority', 's.starts_at', 's.ends_at', 's.id as slot_id', 't.label as table_label', 't.room'])
    .where('m.status', '=', 'accepted');
}

/** The placed meetings of one participant, in time order. */
export async function findAgendaOf(db: Db, participantId: string): Promise<AgendaRow[]> {
  return placedMeetings(db).innerJoin('meeting_participants as mp', 'mp.meeting_id', 'm.id')
    .where('mp.participant_id', '=', participantId).orderBy('s.starts_at').orderBy('t.label').execute();
}

/** The placed meetings of the event, in time and table order. */
export async function findEventAgenda(db: Db, eventId: string): Promise<AgendaRow[]> {
  return placedMeetings(db).where('m.event_id', '=', eventId).orderBy('s.starts_at').orderBy('t.label').execute();
}

/** The participants of the given meetings, with name and organisation. */
export async function findMeetingMembers(db: Db, meetingIds: string[]): Promise<MemberRow[]> {
  if (meetingIds.length === 0) return [];
  return db.selectFrom('meeting_participants as mp')
    .innerJoin('event_participants as p', 'p.id', 'mp.participant_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['mp.meeting_id', 'mp.participant_id', 'u.name', 'o.name as organization_name'])
    .where('mp.meeting_id', 'in', uuidList(meetingIds)).orderBy('o.name').execute();
}

/** Members grouped by meeting. */
export function membersByMeeting(members: MemberRow[]): Map<string, MemberRow[]> {
  const grouped = new Map<string, MemberRow[]>();
  for (const m of members) grouped.set(m.meeting_id, [...(grouped.get(m.meeting_id) ?? []), m]);
  return grouped;
}

/** The participant holding a calendar feed token at the event. */
export async function findByFeedToken(db: Db, eventId: string, token: string) {
  return db.selectFrom('event_participants').select(['id', 'user_id']).where('event_id', '=', eventId).where('feed_token', '=', token).executeTakeFirst();
}
