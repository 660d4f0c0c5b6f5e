// SQL of event participants: registration, changes, and the list joined with users and organisations.
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { EventParticipantsTable } from '#src/db/types-events.ts';
import { containsPattern } from '#src/registry/sql-helpers.ts';

export type ParticipantListRow = Awaited<ReturnType<typeof findParticipants>>[number];

/** Registers a participant and returns the id. */
export async function insertParticipant(db: Db, values: Insertable<EventParticipantsTable>): Promise<string> {
  return (await db.insertInto('event_participants').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a participant of the event; returns whether it exists. */
export async function updateParticipantRow(db: Db, eventId: string, id: string, values: Updateable<EventParticipantsTable>): Promise<boolean> {
  const result = await db.updateTable('event_participants').set(values).where('event_id', '=', eventId).where('id', '=', id).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The event's participants with their user's name and organisation, filtered by words, type and country. */
export async function findParticipants(db: Db, eventId: string, filter: { q?: string | undefined; type?: string | undefined; country?: string | undefined; ids?: string[] }) {
  let query = db
    .selectFrom('event_participants as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .selectAll('p')
    .select(['u.name as user_name', 'o.name as organization_name', 'o.type as organization_type', 'o.country as country'])
    .where('p.event_id', '=', eventId);
  if (filter.type) query = query.where('o.type', '=', filter.type as never);
  if (filter.country) query = query.where('o.country', '=', filter.country.toUpperCase());
  if (filter.ids) query = query.where('p.id', 'in', filter.ids.length > 0 ? filter.ids : ['00000000-0000-0000-0000-000000000000']);
  for (const word of (filter.q ?? '').split(/\s+/).filter(Boolean)) {
    const pattern = containsPattern(word);
    query = query.where(sql<SqlBool>`(u.name ilike ${pattern} or o.name ilike ${pattern} or p.offers ilike ${pattern} or p.seeks ilike ${pattern})`);
  }
  return query.orderBy('o.name').orderBy('u.name').execute();
}
