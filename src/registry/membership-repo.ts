// SQL of memberships: the members of a cluster or hub, and membership writes.
import type { Db } from '#src/db/connect.ts';
import type { MembershipsTable } from '#src/db/types.ts';
import type { MembershipRow } from '#src/registry/membership-schema.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';
import type { Insertable, Updateable } from 'kysely';

function selectMemberships(db: Db) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['m.cluster_id', 'm.organization_id', 'o.name as organization_name', 'o.country', 'o.city', 'm.type', 'm.status', 'm.start_date', 'm.end_date']);
}

/** Members of a cluster or hub whose organisations the viewer may see, optionally of one status, by name. */
export async function findMembers(db: Db, viewer: Viewer, clusterId: string, status: MembershipRow['status'] | undefined): Promise<MembershipRow[]> {
  let query = selectMemberships(db).where('m.cluster_id', '=', clusterId).where(visibleTo(viewer, 'o.visibility', 'o.id'));
  if (status) query = query.where('m.status', '=', status);
  return query.orderBy('o.name').orderBy('m.organization_id').execute();
}

/** One membership regardless of visibility. */
export async function findMembership(db: Db, clusterId: string, organizationId: string): Promise<MembershipRow | undefined> {
  return selectMemberships(db).where('m.cluster_id', '=', clusterId).where('m.organization_id', '=', organizationId).executeTakeFirst();
}

/** Inserts a membership unless the organisation already has one there; returns whether it was inserted. */
export async function insertMembership(db: Db, values: Insertable<MembershipsTable>): Promise<boolean> {
  const result = await db
    .insertInto('memberships')
    .values(values)
    .onConflict((oc) => oc.columns(['organization_id', 'cluster_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Updates a membership. */
export async function updateMembershipRow(db: Db, clusterId: string, organizationId: string, values: Updateable<MembershipsTable>): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.updateTable('memberships').set(values).where('cluster_id', '=', clusterId).where('organization_id', '=', organizationId).execute();
}

/** Deletes a membership; returns whether one existed. */
export async function deleteMembershipRow(db: Db, clusterId: string, organizationId: string): Promise<boolean> {
  const result = await db.deleteFrom('memberships').where('cluster_id', '=', clusterId).where('organization_id', '=', organizationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
