// Which organisations belong to which cluster or hub: managers decide, organisation editors may apply.
import { isAdmin, managedClusterIds, requireClusterManager, requireOrganizationEditor } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { conflict, notFound } from '#src/errors.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { deleteMembershipRow, findMembers, findMembership, insertMembership, updateMembershipRow } from '#src/registry/membership-repo.ts';
import { presentMembership, type MembershipPut, type MembershipRow } from '#src/registry/membership-schema.ts';
import { requireOrganization } from '#src/registry/person-service.ts';
import { viewerOf } from '#src/registry/visibility.ts';

async function managesCluster(ctx: Ctx, clusterId: string): Promise<boolean> {
  return isAdmin(ctx.actor) || (await managedClusterIds(ctx.db, ctx.actor)).includes(clusterId);
}

/** The members of a cluster or hub: active ones of visible organisations, or any status for its managers. */
export async function listMembers(ctx: Ctx, ref: string, query: { status?: MembershipRow['status'] }) {
  const cluster = await findCluster(ctx, ref);
  const status = (await managesCluster(ctx, cluster.id)) ? query.status : 'active';
  return { items: (await findMembers(ctx.db, await viewerOf(ctx), cluster.id, status)).map(presentMembership) };
}

async function requireMembership(ctx: Ctx, clusterId: string, organizationId: string) {
  const row = await findMembership(ctx.db, clusterId, organizationId);
  if (!row) throw notFound('membership of organisation', organizationId);
  return presentMembership(row);
}

/** Adds an organisation to a cluster or hub, or changes its membership (the cluster's managers, admins). */
export async function putMembership(ctx: Ctx, clusterId: string, organizationId: string, input: MembershipPut) {
  await requireClusterManager(ctx, clusterId);
  await findCluster(ctx, clusterId);
  await requireOrganization(ctx, organizationId);
  const columns = {
    ...(input.type === undefined ? {} : { type: input.type }),
    ...(input.status === undefined ? {} : { status: input.status }),
    ...(input.startDate === undefined ? {} : { start_date: input.startDate }),
    ...(input.endDate === undefined ? {} : { end_date: input.endDate }),
  };
  const created = await insertMembership(ctx.db, { cluster_id: clusterId, organization_id: organizationId, ...columns });
  if (!created) await updateMembershipRow(ctx.db, clusterId, organizationId, columns);
  return { created, membership: await requireMembership(ctx, clusterId, organizationId) };
}

/** Ends the record of a membership altogether (the cluster's managers, admins). */
export async function removeMembership(ctx: Ctx, clusterId: string, organizationId: string): Promise<void> {
  await requireClusterManager(ctx, clusterId);
  if (!(await deleteMembershipRow(ctx.db, clusterId, organizationId))) throw notFound('membership of organisation', organizationId);
}

/** An organisation's editor applies for membership in a cluster or hub; its managers decide later. */
export async function applyForMembership(ctx: Ctx, ref: string, input: { organizationId: string; type: MembershipRow['type'] }) {
  await requireOrganizationEditor(ctx, input.organizationId);
  const cluster = await findCluster(ctx, ref);
  await requireOrganization(ctx, input.organizationId);
  const applied = await insertMembership(ctx.db, { cluster_id: cluster.id, organization_id: input.organizationId, type: input.type, status: 'applied' });
  if (!applied) throw conflict('the organisation already has a membership or application here');
  return requireMembership(ctx, cluster.id, input.organizationId);
}
