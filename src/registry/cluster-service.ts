// Clusters and their regional hubs: public reading; admins create clusters, managers run theirs and its hubs.
import { requireAdmin, requireClusterManager } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import {
  countActiveMembers,
  deleteClusterRow,
  findClusterByRef,
  findClusters,
  findClusterWithHubs,
  insertCluster,
  slugTaken,
  updateClusterRow,
} from '#src/registry/cluster-repo.ts';
import { clusterColumns, presentCluster, type ClusterCreate, type ClusterRow, type ClusterUpdate } from '#src/registry/cluster-schema.ts';
import { viewerOf } from '#src/registry/visibility.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every cluster with its hubs and member counts. */
export async function listClusters(ctx: Ctx) {
  const rows = await findClusters(ctx.db);
  const counts = await countActiveMembers(ctx.db, await viewerOf(ctx), rows.map((r) => r.id));
  return { items: rows.filter((r) => r.parent_id === null).map((r) => presentCluster(r, rows, counts)) };
}

/** The cluster or hub with id or slug `ref`. */
export async function findCluster(ctx: Ctx, ref: string): Promise<ClusterRow> {
  const row = await findClusterByRef(ctx.db, UUID.test(ref) ? { id: ref } : { slug: ref });
  if (!row) throw notFound('cluster', ref);
  return row;
}

/** A cluster (or hub) by id or slug, with its hubs and member counts. */
export async function getCluster(ctx: Ctx, ref: string) {
  const row = await findCluster(ctx, ref);
  const rows = await findClusterWithHubs(ctx.db, row.id);
  const counts = await countActiveMembers(ctx.db, await viewerOf(ctx), rows.map((r) => r.id));
  return presentCluster(row, rows, counts);
}

/** Creates a cluster (admins) or a hub of a cluster (its managers). Hubs have no hubs. */
export async function createCluster(ctx: Ctx, input: ClusterCreate) {
  const parentId = input.parentId ?? null;
  if (parentId === null) requireAdmin(ctx.actor);
  else await requireClusterManager(ctx, parentId);
  if (parentId !== null) {
    const parent = await findClusterByRef(ctx.db, { id: parentId });
    if (!parent || parent.parent_id !== null) {
      throw invalid('parentId: must be a cluster (not a hub)', [{ field: 'parentId', message: 'must be a cluster, not a hub' }]);
    }
  }
  if (await slugTaken(ctx.db, input.slug)) throw conflict(`slug ${input.slug} is taken`, [{ field: 'slug', message: 'taken' }]);
  const id = await insertCluster(ctx.db, {
    slug: input.slug,
    parent_id: parentId,
    description: '{}',
    ...clusterColumns(input),
    name: input.name,
  });
  return getCluster(ctx, id);
}

/** Changes a cluster or hub (its managers, the cluster's managers for a hub, admins). */
export async function updateCluster(ctx: Ctx, id: string, input: ClusterUpdate) {
  await requireClusterManager(ctx, id);
  await findCluster(ctx, id);
  await updateClusterRow(ctx.db, id, clusterColumns(input), ctx.clock());
  return getCluster(ctx, id);
}

/** Deletes a cluster or hub with its memberships (admins). */
export async function deleteCluster(ctx: Ctx, id: string): Promise<void> {
  requireAdmin(ctx.actor);
  await findCluster(ctx, id);
  await deleteClusterRow(ctx.db, id);
}
