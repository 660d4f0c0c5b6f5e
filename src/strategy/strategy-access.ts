// Who may touch which strategy item: each item is found with the cluster it belongs to, then the cluster decides.
import { clusterAccess, requireClusterMember, type ClusterAccess } from '#src/auth/cluster-access.ts';
import { requireClusterManager, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { findGoal, findMilestone, findTheme } from '#src/strategy/strategy-repo.ts';
import type { ThemeRow } from '#src/strategy/strategy-schema.ts';

/** The acting user's id: visitors must sign in, and the operator's system actor takes no part. */
export function actingUserId(ctx: Ctx): string {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('only users take part in a cluster’s strategy');
  return actor.userId;
}

/** The cluster (or hub) with id or slug `ref` and how the actor stands to it. */
export async function clusterWithAccess(ctx: Ctx, ref: string): Promise<{ cluster: { id: string; slug: string; name: string }; access: ClusterAccess }> {
  const cluster = await findCluster(ctx, ref);
  return { cluster: { id: cluster.id, slug: cluster.slug, name: cluster.name }, access: await clusterAccess(ctx, cluster.id) };
}

/** The cluster `ref` for its managers only. */
export async function managedCluster(ctx: Ctx, ref: string): Promise<{ id: string; slug: string; name: string }> {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  return { id: cluster.id, slug: cluster.slug, name: cluster.name };
}

/** The cluster `ref` for its members and managers; returns how the actor stands. */
export async function memberCluster(ctx: Ctx, ref: string): Promise<{ cluster: { id: string; slug: string; name: string }; access: 'manager' | 'member' }> {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  const access = await requireClusterMember(ctx, cluster.id);
  return { cluster: { id: cluster.id, slug: cluster.slug, name: cluster.name }, access };
}

/** A theme, for the managers of its cluster. */
export async function managedTheme(ctx: Ctx, id: string): Promise<ThemeRow> {
  requireUser(ctx.actor);
  const theme = await findTheme(ctx.db, id);
  if (!theme) throw notFound('theme', id);
  await requireClusterManager(ctx, theme.cluster_id);
  return theme;
}

/** A theme, for the members and managers of its cluster; with how the actor stands. */
export async function memberTheme(ctx: Ctx, id: string): Promise<{ theme: ThemeRow; access: 'manager' | 'member' }> {
  requireUser(ctx.actor);
  const theme = await findTheme(ctx.db, id);
  if (!theme) throw notFound('theme', id);
  return { theme, access: await requireClusterMember(ctx, theme.cluster_id) };
}

/** A goal, for the managers of its cluster. */
export async function managedGoal(ctx: Ctx, id: string) {
  requireUser(ctx.actor);
  const goal = await findGoal(ctx.db, id);
  if (!goal) throw notFound('goal', id);
  await requireClusterManager(ctx, goal.cluster_id);
  return goal;
}

/** A milestone, for the managers of its cluster. */
export async function managedMilestone(ctx: Ctx, id: string) {
  requireUser(ctx.actor);
  const milestone = await findMilestone(ctx.db, id);
  if (!milestone) throw notFound('milestone', id);
  await requireClusterManager(ctx, milestone.cluster_id);
  return milestone;
}
