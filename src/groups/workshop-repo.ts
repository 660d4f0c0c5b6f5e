// SQL of workshops and their attendees (registrations, then attendance, which the funder report counts).
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { WorkshopsTable } from '#src/db/types-cluster.ts';
import { organizationsOfUsers } from '#src/groups/group-repo.ts';
import type { AttendeeView, WorkshopRow } from '#src/groups/workshop-schema.ts';
import { timestampValue, uuidList } from '#src/registry/sql-helpers.ts';

export async function insertWorkshop(db: Db, row: Insertable<WorkshopsTable>): Promise<string> {
  return (await db.insertInto('workshops').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findWorkshop(db: Db, id: string): Promise<WorkshopRow | undefined> {
  return db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A group's workshops in time order. */
export async function findGroupWorkshops(db: Db, groupId: string): Promise<WorkshopRow[]> {
  return db.selectFrom('workshops').selectAll().where('group_id', '=', groupId).orderBy('starts_at').orderBy('id').execute();
}

/** Changes a workshop; `bumpSequence` raises its calendar SEQUENCE (time, place, title or status changed). */
export async function updateWorkshopRow(db: Db, id: string, changes: Updateable<WorkshopsTable>, at: Date, bumpSequence: boolean): Promise<void> {
  await db
    .updateTable('workshops')
    .set({ ...changes, updated_at: timestampValue(at), ...(bumpSequence ? { sequence: sql<number>`sequence + 1` } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function deleteWorkshopRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('workshops').where('id', '=', id).execute();
}

/** The attendees of the given workshops with their names and organisations, by name. */
export async function findAttendees(db: Db, workshopIds: string[]): Promise<AttendeeView[]> {
  if (workshopIds.length === 0) return [];
  const rows = await db
    .selectFrom('workshop_attendees as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.workshop_id', 'a.user_id', 'a.status', 'u.name', 'u.email'])
    .where('a.workshop_id', 'in', uuidList(workshopIds))
    .orderBy('u.name')
    .orderBy('a.user_id')
    .execute();
  const organizations = await organizationsOfUsers(db, [...new Set(rows.map((r) => r.user_id))]);
  return rows.map((r) => ({ workshop_id: r.workshop_id, user_id: r.user_id, status: r.status, name: r.name || r.email, organizations: organizations.get(r.user_id) ?? [] }));
}

/** Registers a user for a workshop (nothing changes when they already are). */
export async function insertRegistration(db: Db, workshopId: string, userId: string, organizationId: string | null): Promise<void> {
  await db
    .insertInto('workshop_attendees')
    .values({ workshop_id: workshopId, user_id: userId, organization_id: organizationId, status: 'registered' })
    .onConflict((oc) => oc.columns(['workshop_id', 'user_id']).doNothing())
    .execute();
}

/** Withdraws a registration that has no recorded attendance yet; returns whether there was one. */
export async function deleteRegistration(db: Db, workshopId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('workshop_attendees').where('workshop_id', '=', workshopId).where('user_id', '=', userId).where('status', '=', 'registered').executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Records a user's attendance (attended or absent), registering them if they were not. */
export async function upsertAttendance(db: Db, workshopId: string, userId: string, status: 'attended' | 'absent', organizationId: string | null): Promise<void> {
  await db
    .insertInto('workshop_attendees')
    .values({ workshop_id: workshopId, user_id: userId, organization_id: organizationId, status })
    .onConflict((oc) => oc.columns(['workshop_id', 'user_id']).doUpdateSet({ status }))
    .execute();
}

/** Drops a leaving member's registrations for the group's workshops still to come. */
export async function dropFutureRegistrations(db: Db, groupId: string, userId: string, now: Date): Promise<void> {
  await db
    .deleteFrom('workshop_attendees')
    .where('user_id', '=', userId)
    .where('status', '=', 'registered')
    .where('workshop_id', 'in', db.selectFrom('workshops').select('id').where('group_id', '=', groupId).where('starts_at', '>', timestampValue(now)))
    .execute();
}
