// SQL of facilities: filtered pages visible to a viewer, and writes.
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { FacilitiesTable } from '#src/db/types.ts';
import { arrayMatchesCompetence } from '#src/registry/competence-repo.ts';
import type { FacilityRow } from '#src/registry/facility-schema.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

function selectFacilities(db: Db, viewer: Viewer) {
  return db
    .selectFrom('facilities as f')
    .innerJoin('organizations as o', 'o.id', 'f.organization_id')
    .selectAll('f')
    .select('o.name as organization_name')
    .where(visibleTo(viewer, 'f.visibility', 'f.organization_id'))
    .where(visibleTo(viewer, 'o.visibility', 'o.id'));
}

/** A page of the facilities the viewer may see, by name and id. */
export async function findFacilities(
  db: Db,
  viewer: Viewer,
  filter: { organizationId?: string | undefined; kind?: FacilityRow['kind'] | undefined; competenceId?: string | undefined; after?: Array<string | number | null> | undefined; limit: number },
): Promise<FacilityRow[]> {
  let query = selectFacilities(db, viewer);
  if (filter.organizationId) query = query.where('f.organization_id', '=', filter.organizationId);
  if (filter.kind) query = query.where('f.kind', '=', filter.kind);
  if (filter.competenceId) query = query.where(arrayMatchesCompetence('f.competence_ids', filter.competenceId));
  if (filter.after) {
    const [name, id] = filter.after;
    query = query.where(sql<SqlBool>`(f.name, f.id) > (${name}, ${id}::uuid)`);
  }
  return query.orderBy('f.name').orderBy('f.id').limit(filter.limit + 1).execute();
}

/** One facility the viewer may see. */
export async function findVisibleFacility(db: Db, viewer: Viewer, id: string): Promise<FacilityRow | undefined> {
  return selectFacilities(db, viewer).where('f.id', '=', id).executeTakeFirst();
}

/** The owner of a facility, regardless of visibility (for write checks). */
export async function findFacilityOwner(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('facilities').select('organization_id').where('id', '=', id).executeTakeFirst())?.organization_id;
}

/** Inserts a facility and returns its id. */
export async function insertFacility(db: Db, values: Insertable<FacilitiesTable>): Promise<string> {
  return (await db.insertInto('facilities').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a facility. */
export async function updateFacilityRow(db: Db, id: string, values: Updateable<FacilitiesTable>, at: Date): Promise<void> {
  await db.updateTable('facilities').set({ ...values, updated_at: at }).where('id', '=', id).execute();
}

/** Deletes a facility. */
export async function deleteFacilityRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('facilities').where('id', '=', id).execute();
}
