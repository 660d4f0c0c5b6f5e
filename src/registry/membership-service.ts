// Which organisations belong to which cluster or hub: managers decide, organisation editors may apply.
import { sql } from 'kysely';
import { clusterFamily } from '#src/auth/cluster-access.ts';
import { isAdmin, managedClusterIds, requireClusterManager, requireOrganizationEditor } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { conflict, notFound } from '#src/errors.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import {
  clusterManagerIds,
  deleteMembershipRow,
  findMembers,
  findMembership,
  insertMembership,
  updateMembershipRow,
} from '#src/registry/membership-repo.ts';
import { presentMembership, type MemberListQuery, type MembershipPut, type MembershipRow } from '#src/registry/membership-schema.ts';
import { requireOrganization } from '#src/registry/person-service.ts';
import { viewerOf } from '#src/registry/visibility.ts';

export const MEMBERSHIP_APPLIED_NOTIFICATION = 'membership_applied';

async function managesCluster(ctx: Ctx, clusterId: string): Promise<boolean> {
  return isAdmin(ctx.actor) || (await managedClusterIds(ctx.db, ctx.actor)).includes(clusterId);
}

/** The acting user's id as a value that is null when no such user row exists (the operator's CLI, test actors). */
export function actingUserId(ctx: Ctx) {
  const id = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return id === null ? null : sql<string | null>`(select id from users where id = ${id}::uuid)`;
}

/** The clusters a cluster's list covers: the cluster itself, with `withHubs` its hubs too (a hub has none). */
export async function clusterScope(ctx: Ctx, cluster: { id: string; parent_id: string | null }, withHubs: boolean): Promise<string[]> {
  return withHubs && cluster.parent_id === null ? clusterFamily(ctx.db, cluster.id) : [cluster.id];
}

/**
 * The members of a cluster or hub (with `includeHubs`, of its hubs too): active ones of visible organisations, or
 * any status with the application's words for its managers; filtered by type, name and start date (new members).
 */
export async function listMembers(ctx: Ctx, ref: string, query: Partial<MemberListQuery>) {
  const cluster = await findCluster(ctx, ref);
  const manager = await managesCluster(ctx, cluster.id);
  const scope = await clusterScope(ctx, cluster, query.includeHubs ?? false);
  const rows = await findMembers(ctx.db, await viewerOf(ctx), scope, {
    status: manager ? query.status : 'active', type: query.type, q: query.q, joinedFrom: query.joinedFrom, joinedTo: query.joinedTo,
  });
  return { items: rows.map((r) => presentMembership(r, manager)) };
}

/** One membership with the application's words (its readers are managers or the applicant). */
export async function requireMembership(ctx: Ctx, clusterId: string, organizationId: string) {
  const row = await findMembership(ctx.db, clusterId, organizationId);
  if (!row) throw notFound('membership of organisation', organizationId);
  return presentMembership(row, true);
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
  const created = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await insertMembership(trx, { cluster_id: clusterId, organization_id: organizationId, ...columns });
    if (!inserted) await updateMembershipRow(trx, clusterId, organizationId, columns);
    return inserted;
  });
  return { created, membership: await requireMembership(ctx, clusterId, organizationId) };
}

/** Ends the record of a membership altogether (the cluster's managers, admins). */
export async function removeMembership(ctx: Ctx, clusterId: string, organizationId: string): Promise<void> {
  await requireClusterManager(ctx, clusterId);
  if (!(await deleteMembershipRow(ctx.db, clusterId, organizationId))) throw notFound('membership of organisation', organizationId);
}

/**
 * An organisation's editor applies for membership in a cluster or hub, with a message; its managers are notified and
 * decide later. An organisation that was rejected or whose membership ended may apply again.
 */
export async function applyForMembership(ctx: Ctx, ref: string, input: { organizationId: string; type: MembershipRow['type']; message?: string }) {
  await requireOrganizationEditor(ctx, input.organizationId);
  const cluster = await findCluster(ctx, ref);
  await requireOrganization(ctx, input.organizationId);
  const now = ctx.clock();
  const application = {
    type: input.type, status: 'applied' as const, message: input.message || null, applied_at: now, applied_by: actingUserId(ctx),
    decision_note: null, decided_at: null, decided_by: null, start_date: null, end_date: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await findMembership(trx, cluster.id, input.organizationId);
    if (existing && (existing.status === 'applied' || existing.status === 'active')) {
      throw conflict('the organisation already has a membership or application here');
    }
    if (existing) await updateMembershipRow(trx, cluster.id, input.organizationId, application);
    else await insertMembership(trx, { cluster_id: cluster.id, organization_id: input.organizationId, ...application });
    const row = (await findMembership(trx, cluster.id, input.organizationId))!;
    const managers = await clusterManagerIds(trx, cluster.id);
    await insertNotifications(trx, managers.map((userId) => ({
      userId, kind: MEMBERSHIP_APPLIED_NOTIFICATION, createdAt: now,
      payload: { clusterId: cluster.id, clusterSlug: cluster.slug, clusterName: cluster.name, organizationId: row.organization_id, organizationName: row.organization_name, type: row.type },
    })));
  });
  return requireMembership(ctx, cluster.id, input.organizationId);
}

/**
 * Leaves out of an organisation's memberships the applications (applied, rejected) the actor may not see: only the
 * organisation's editors, admins and the managers of the cluster concerned see those.
 */
export async function visibleMemberships<M extends { clusterId: string; status: string }>(ctx: Ctx, organizationId: string, memberships: M[]): Promise<M[]> {
  if (memberships.every((m) => m.status === 'active' || m.status === 'ended') || isAdmin(ctx.actor)) return memberships;
  const actor = ctx.actor;
  if (actor.kind === 'user' && actor.roles.some((r) => r.role === 'organization_editor' && r.scopeId === organizationId)) return memberships;
  const managed = await managedClusterIds(ctx.db, actor);
  return memberships.filter((m) => m.status === 'active' || m.status === 'ended' || managed.includes(m.clusterId));
}

