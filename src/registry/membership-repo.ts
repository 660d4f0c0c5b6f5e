// SQL of memberships: the members of a cluster or hub, applications and decisions, and who is told about them.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { Database } from '#src/db/types.ts';
import type { MembershipRow } from '#src/registry/membership-schema.ts';
import { containsPattern } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';
import type { InsertObject, UpdateObject } from 'kysely';

function selectMemberships(db: Db) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .innerJoin('clusters as c', 'c.id', 'm.cluster_id')
    .select(['m.cluster_id', 'c.slug as cluster_slug', 'c.name as cluster_name', 'm.organization_id', 'o.name as organization_name', 'o.country', 'o.city',
      'm.type', 'm.status', 'm.start_date', 'm.end_date', 'm.message', 'm.decision_note', 'm.applied_at', 'm.decided_at']);
}

export type MemberFilter = {
  status?: MembershipRow['status'] | undefined;
  type?: MembershipRow['type'] | undefined;
  q?: string | undefined;
  joinedFrom?: string | undefined;
  joinedTo?: string | undefined;
};

/** Members of clusters or hubs whose organisations the viewer may see, filtered, by name (then hub). */
export async function findMembers(db: Db, viewer: Viewer, clusterIds: string[], filter: MemberFilter): Promise<MembershipRow[]> {
  if (clusterIds.length === 0) return [];
  let query = selectMemberships(db).where('m.cluster_id', 'in', clusterIds).where(visibleTo(viewer, 'o.visibility', 'o.id'));
  if (filter.status) query = query.where('m.status', '=', filter.status);
  if (filter.type) query = query.where('m.type', '=', filter.type);
  if (filter.q) query = query.where('o.name', 'ilike', containsPattern(filter.q));
  if (filter.joinedFrom) query = query.where(sql<SqlBool>`m.start_date >= ${filter.joinedFrom}::date`);
  if (filter.joinedTo) query = query.where(sql<SqlBool>`m.start_date <= ${filter.joinedTo}::date`);
  return query.orderBy('o.name').orderBy('m.organization_id').orderBy('c.name').execute();
}

/** Applications (status applied, rejected, or both) to clusters or hubs, oldest first. */
export async function findApplications(db: Db, clusterIds: string[], statuses: Array<MembershipRow['status']>): Promise<MembershipRow[]> {
  if (clusterIds.length === 0) return [];
  return selectMemberships(db)
    .where('m.cluster_id', 'in', clusterIds)
    .where('m.status', 'in', statuses)
    .orderBy(sql`m.applied_at nulls first`)
    .orderBy('o.name')
    .execute();
}

/** Every membership and application of an organisation, by cluster name. */
export async function findOrganizationMemberships(db: Db, organizationId: string): Promise<MembershipRow[]> {
  return selectMemberships(db).where('m.organization_id', '=', organizationId).orderBy('c.name').execute();
}

/** One membership regardless of visibility. */
export async function findMembership(db: Db, clusterId: string, organizationId: string): Promise<MembershipRow | undefined> {
  return selectMemberships(db).where('m.cluster_id', '=', clusterId).where('m.organization_id', '=', organizationId).executeTakeFirst();
}

/** Inserts a membership unless the organisation already has one there; returns whether it was inserted. */
export async function insertMembership(db: Db, values: InsertObject<Database, 'memberships'>): Promise<boolean> {
  const result = await db
    .insertInto('memberships')
    .values(values)
    .onConflict((oc) => oc.columns(['organization_id', 'cluster_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Updates a membership. */
export async function updateMembershipRow(db: Db, clusterId: string, organizationId: string, values: UpdateObject<Database, 'memberships'>): Promise<void> {
  if (Object.keys(values).length === 0) return;
  await db.updateTable('memberships').set(values).where('cluster_id', '=', clusterId).where('organization_id', '=', organizationId).execute();
}

/** Deletes a membership; returns whether one existed. */
export async function deleteMembershipRow(db: Db, clusterId: string, organizationId: string): Promise<boolean> {
  const result = await db.deleteFrom('memberships').where('cluster_id', '=', clusterId).where('organization_id', '=', organizationId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The users who edit the organisation (its editors by role), plus `also` (e.g. the applicant), without duplicates. */
export async function organizationEditorIds(db: Db, organizationId: string, also: Array<string | null> = []): Promise<string[]> {
  const rows = await db.selectFrom('user_roles').select('user_id').where('role', '=', 'organization_editor').where('scope_id', '=', organizationId).execute();
  return [...new Set([...rows.map((r) => r.user_id), ...also.filter((id): id is string => id !== null)])];
}

/** The users who manage cluster or hub `clusterId` (directly, or as managers of its parent cluster). */
export async function clusterManagerIds(db: Db, clusterId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select('user_id')
    .distinct()
    .where('role', '=', 'cluster_manager')
    .where(sql<SqlBool>`scope_id in (select id from clusters where id = ${clusterId} union select parent_id from clusters where id = ${clusterId} and parent_id is not null)`)
    .execute();
  return rows.map((r) => r.user_id);
}
