// SQL of clusters and hubs: the tree, lookups by id or slug, member counts, writes.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { ClustersTable } from '#src/db/types.ts';
import type { ClusterRow } from '#src/registry/cluster-schema.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

/** Every cluster and hub, by name. */
export async function findClusters(db: Db): Promise<ClusterRow[]> {
  return db.selectFrom('clusters').selectAll().orderBy('name').orderBy('id').execute();
}

/** A cluster or hub and its hubs. */
export async function findClusterWithHubs(db: Db, id: string): Promise<ClusterRow[]> {
  return db.selectFrom('clusters').selectAll().where((eb) => eb.or([eb('id', '=', id), eb('parent_id', '=', id)])).orderBy('name').execute();
}

/** A cluster or hub by id or by slug. */
export async function findClusterByRef(db: Db, ref: { id?: string; slug?: string }): Promise<ClusterRow | undefined> {
  let query = db.selectFrom('clusters').selectAll();
  query = ref.id === undefined ? query.where('slug', '=', ref.slug ?? '') : query.where('id', '=', ref.id);
  return query.executeTakeFirst();
}

/** Active members per cluster or hub, counting organisations the viewer may see. */
export async function countActiveMembers(db: Db, viewer: Viewer, clusterIds: string[]): Promise<Map<string, number>> {
  if (clusterIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select((eb) => ['m.cluster_id', eb.fn.countAll<number>().as('n')])
    .where('m.cluster_id', 'in', clusterIds)
    .where('m.status', '=', 'active')
    .where(visibleTo(viewer, 'o.visibility', 'o.id'))
    .groupBy('m.cluster_id')
    .execute();
  return new Map(rows.map((r) => [r.cluster_id, r.n]));
}

/** True when the slug is taken. */
export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  return (await db.selectFrom('clusters').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

/** Inserts a cluster or hub and returns its id. */
export async function insertCluster(db: Db, values: Insertable<ClustersTable>): Promise<string> {
  return (await db.insertInto('clusters').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a cluster or hub. */
export async function updateClusterRow(db: Db, id: string, values: Updateable<ClustersTable>, at: Date): Promise<void> {
  await db.updateTable('clusters').set({ ...values, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

/** Deletes a cluster (its hubs and memberships go with it). */
export async function deleteClusterRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('clusters').where('id', '=', id).execute();
}
