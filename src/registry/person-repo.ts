// SQL of people: the visibility rule for contacts, lists, and writes.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { PeopleTable } from '#src/db/types.ts';
import type { PersonRow } from '#src/registry/person-schema.ts';
import { containsPattern } from '#src/registry/sql-helpers.ts';
import type { Viewer } from '#src/registry/visibility.ts';
import type { Insertable, Updateable } from 'kysely';

/**
 * Who sees a person: their organisation's editors (and admins) always; others only when the person's level
 * and their organisation's level are readable, and visitors only when the person consented to be listed.
 */
function personVisible(viewer: Viewer, signedIn: boolean) {
  if (viewer.all) return sql<SqlBool>`true`;
  const levels = sql.join(viewer.levels);
  const listed = sql<SqlBool>`(p.visibility in (${levels}) and o.visibility in (${levels})${signedIn ? sql`` : sql` and p.consent_listed`})`;
  if (viewer.organizationIds.length === 0) return listed;
  return sql<SqlBool>`(${listed} or p.organization_id in (${sql.join(viewer.organizationIds)}))`;
}

function selectPeople(db: Db) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .selectAll('p')
    .select('o.name as organization_name');
}

/** A page of the people the viewer may see, by family name, given name, id, after `after`. */
export async function findPeople(
  db: Db,
  viewer: Viewer,
  signedIn: boolean,
  filter: { organizationId?: string | undefined; q?: string | undefined; after?: Array<string | number | null> | undefined; limit: number },
): Promise<PersonRow[]> {
  let query = selectPeople(db).where(personVisible(viewer, signedIn));
  if (filter.organizationId) query = query.where('p.organization_id', '=', filter.organizationId);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where(sql<SqlBool>`(p.given_name || ' ' || p.family_name) ilike ${like}`);
  }
  if (filter.after) {
    const [family, given, id] = filter.after;
    query = query.where(sql<SqlBool>`(p.family_name, p.given_name, p.id) > (${family}, ${given}, ${id}::uuid)`);
  }
  return query.orderBy('p.family_name').orderBy('p.given_name').orderBy('p.id').limit(filter.limit + 1).execute();
}

/** One person the viewer may see, or undefined. */
export async function findVisiblePerson(db: Db, viewer: Viewer, signedIn: boolean, id: string): Promise<PersonRow | undefined> {
  return selectPeople(db).where('p.id', '=', id).where(personVisible(viewer, signedIn)).executeTakeFirst();
}

/** One person regardless of visibility (for write checks). */
export async function findPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return selectPeople(db).where('p.id', '=', id).executeTakeFirst();
}

/** Inserts a person and returns its id. */
export async function insertPerson(db: Db, values: Insertable<PeopleTable>): Promise<string> {
  return (await db.insertInto('people').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a person. */
export async function updatePersonRow(db: Db, id: string, values: Updateable<PeopleTable>, at: Date): Promise<void> {
  await db.updateTable('people').set({ ...values, updated_at: at }).where('id', '=', id).execute();
}

/** Deletes a person. */
export async function deletePersonRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('people').where('id', '=', id).execute();
}

/** True when organisation `id` exists. */
export async function organizationExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
