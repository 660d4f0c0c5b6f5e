// Test support for the funder report's event figures: an event with slots and a table, participants and meetings
// written straight into the tables, in the states the figures must tell apart.
import { randomUUID } from 'node:crypto';
import type { Db } from '#src/db/connect.ts';
import { buildOrganization, buildUser } from '#src/registry/test-builders.ts';

export type TestEvent = { id: string; slots: string[]; tables: string[] };

/** An event of `cluster` in `status` with one 30-minute slot at each of `starts` and two tables. */
export async function buildTestEvent(db: Db, cluster: string, status: 'draft' | 'open' | 'closed' | 'published', starts: string[]): Promise<TestEvent> {
  const event = await db.insertInto('events').values({ cluster_id: cluster, title: `Event ${randomUUID().slice(0, 6)}`, status })
    .returning('id').executeTakeFirstOrThrow();
  const slots: string[] = [];
  for (const at of starts) {
    const ends = new Date(new Date(at).getTime() + 30 * 60_000).toISOString();
    const slot = await db.insertInto('event_slots').values({ event_id: event.id, starts_at: at, ends_at: ends }).returning('id').executeTakeFirstOrThrow();
    slots.push(slot.id);
  }
  const tables: string[] = [];
  for (const label of ['T1', 'T2']) {
    const table = await db.insertInto('event_tables').values({ event_id: event.id, label }).returning('id').executeTakeFirstOrThrow();
    tables.push(table.id);
  }
  return { id: event.id, slots, tables };
}

/** A participant of the event (a new user of a new organisation); returns the participant id. */
export async function buildParticipant(db: Db, eventId: string, noShow = false): Promise<string> {
  const user = await buildUser(db);
  const org = await buildOrganization(db);
  const row = await db.insertInto('event_participants').values({
    event_id: eventId, user_id: user.userId, organization_id: org, feed_token: randomUUID(), no_show: noShow, days: '[]',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A meeting of two participants: placed at (slot, table) when given, else unplaced; cancelled ones are never placed. */
export async function buildMeeting(
  db: Db, eventId: string, participants: [string, string], place: { slot: string; table: string } | null, status: 'accepted' | 'cancelled' = 'accepted',
): Promise<void> {
  const meeting = await db.insertInto('meetings').values({
    event_id: eventId, status, slot_id: place?.slot ?? null, table_id: place?.table ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  for (const p of participants) {
    await db.insertInto('meeting_participants').values({ meeting_id: meeting.id, participant_id: p, slot_id: place?.slot ?? null }).execute();
  }
}
