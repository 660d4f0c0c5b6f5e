// Who may do what in a working group: the cluster's managers and the group's leads run it, the cluster's members see
// inside and take part, everyone else sees only its title, description and lead.
import type { Actor } from '#src/auth/actor.ts';
import { findUserById } from '#src/auth/auth-repo.ts';
import { clusterAccess, requireClusterMember, type ClusterAccess } from '#src/auth/cluster-access.ts';
import { requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { findGroup, findMemberships, type GroupRow } from '#src/groups/group-repo.ts';

export type Standing = { group: GroupRow; access: ClusterAccess; role: 'lead' | 'member' | null; runs: boolean };

/** The acting user's id; the operator's system actor takes part in no group. */
export function actingUserId(ctx: Ctx): string | null {
  const actor = requireUser(ctx.actor);
  return actor.kind === 'user' ? actor.userId : null;
}

/** The group, or 404. */
export async function loadGroup(ctx: Ctx, id: string): Promise<GroupRow> {
  const group = await findGroup(ctx.db, id);
  if (!group) throw notFound('group', id);
  return group;
}

/** How the actor stands to a group: cluster access, role in the group (only while a cluster member), whether they run it. */
export async function standingIn(ctx: Ctx, group: GroupRow): Promise<Standing> {
  const access = await clusterAccess(ctx, group.cluster_id);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const membership = userId && access !== 'public' ? (await findMemberships(ctx.db, userId, [group.id]))[0] : undefined;
  const role = membership?.role ?? null;
  return { group, access, role, runs: access === 'manager' || role === 'lead' };
}

/** The group for members of its cluster (401 for visitors, 403 for everyone else). */
export async function insiderGroup(ctx: Ctx, id: string): Promise<Standing> {
  requireUser(ctx.actor);
  const group = await loadGroup(ctx, id);
  await requireClusterMember(ctx, group.cluster_id);
  return standingIn(ctx, group);
}

/** The group for those who run it: the cluster's managers and the group's leads. */
export async function runnerGroup(ctx: Ctx, id: string): Promise<Standing> {
  const standing = await insiderGroup(ctx, id);
  if (!standing.runs) throw forbidden('only the group’s leads and the cluster’s managers may do this');
  return standing;
}

/** The group for its own members (and those who run it), e.g. to register for a workshop. */
export async function memberGroup(ctx: Ctx, id: string): Promise<Standing & { userId: string }> {
  const standing = await insiderGroup(ctx, id);
  const userId = actingUserId(ctx);
  if (!userId || standing.role === null) throw forbidden('join the group first');
  return { ...standing, userId };
}

/** A user as an actor with their stored roles (null when unknown or disabled), to ask how they stand. */
export async function actorOfUser(db: Db, userId: string): Promise<Actor | null> {
  const row = await findUserById(db, userId);
  if (!row || row.disabled) return null;
  return { kind: 'user', userId: row.id, email: row.email, isAdmin: row.is_admin, roles: row.roles.map((r) => ({ role: r.role, scopeId: r.scope_id })) };
}

/** Whether user `userId` belongs to (or manages) cluster `clusterId`. */
export async function userBelongsTo(ctx: Ctx, userId: string, clusterId: string): Promise<boolean> {
  const actor = await actorOfUser(ctx.db, userId);
  return actor !== null && (await clusterAccess({ ...ctx, actor }, clusterId)) !== 'public';
}
