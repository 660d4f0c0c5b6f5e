// SQL of production capacities: an organisation's list, the capacities of a cluster's active members, writes.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { ProductionCapacitiesTable } from '#src/db/types-cluster.ts';
import type { CapacityRow } from '#src/readiness/readiness-schema.ts';
import { escapeLike } from '#src/registry/sql-helpers.ts';

function selectCapacities(db: Db) {
  return db
    .selectFrom('production_capacities as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .leftJoin('competences as e', (join) => join.on(sql`e.id`, '=', sql`'emdn:' || c.emdn_code`))
    .selectAll('c')
    .select(['o.name as organization_name', 'o.city', 'o.country', sql<string | null>`e.label->>'en'`.as('emdn_term')]);
}

/** The capacities an organisation declared, by product. */
export async function findOrganizationCapacities(db: Db, organizationId: string): Promise<CapacityRow[]> {
  return selectCapacities(db).where('c.organization_id', '=', organizationId).orderBy('c.product').orderBy('c.id').execute();
}

/** One capacity regardless of who asks. */
export async function findCapacity(db: Db, id: string): Promise<CapacityRow | undefined> {
  return selectCapacities(db).where('c.id', '=', id).executeTakeFirst();
}

/** The capacities of the organisations with an active membership in one of `clusterIds` (under an EMDN prefix). */
export async function findMemberCapacities(db: Db, clusterIds: string[], emdnPrefix: string | undefined): Promise<CapacityRow[]> {
  if (clusterIds.length === 0) return [];
  let query = selectCapacities(db).where('c.organization_id', 'in', (eb) =>
    eb.selectFrom('memberships').select('organization_id').where('cluster_id', 'in', clusterIds).where('status', '=', 'active'),
  );
  if (emdnPrefix) query = query.where(sql`c.emdn_code`, 'like', `${escapeLike(emdnPrefix)}%`);
  return query.orderBy('o.name').orderBy('c.product').orderBy('c.id').execute();
}

/** Whether the organisation has an active membership in one of `clusterIds`. */
export async function isActiveMemberOf(db: Db, organizationId: string, clusterIds: string[]): Promise<boolean> {
  if (clusterIds.length === 0) return false;
  const row = await db
    .selectFrom('memberships')
    .select('cluster_id')
    .where('organization_id', '=', organizationId)
    .where('cluster_id', 'in', clusterIds)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/** The English term of an EMDN code, when the nomenclature is imported. */
export async function findEmdnTerm(db: Db, code: string): Promise<string | null> {
  const row = await db.selectFrom('competences').select(sql<string | null>`label->>'en'`.as('term')).where('id', '=', `emdn:${code}`).executeTakeFirst();
  return row?.term ?? null;
}

/** The organisation a person belongs to (undefined for an unknown person). */
export async function findPersonOrganization(db: Db, personId: string): Promise<{ organization_id: string | null } | undefined> {
  return db.selectFrom('people').select('organization_id').where('id', '=', personId).executeTakeFirst();
}

/** Inserts a capacity and returns its id. */
export async function insertCapacity(db: Db, values: Insertable<ProductionCapacitiesTable>): Promise<string> {
  const row = await db.insertInto('production_capacities').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Changes a capacity. */
export async function updateCapacityRow(db: Db, id: string, values: Updateable<ProductionCapacitiesTable>, at: Date): Promise<void> {
  await db.updateTable('production_capacities').set({ ...values, updated_at: at }).where('id', '=', id).execute();
}

/** Deletes a capacity; returns whether it existed. */
export async function deleteCapacityRow(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('production_capacities').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
