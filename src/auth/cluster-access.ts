// Who belongs to a cluster: its managers run it, its members take part, everyone else sees only what it publishes.
// A cluster and its hubs form one family: belonging to any of them (the member role, or editing an organisation
// with an active membership) makes a user a member of the whole family; managing follows managedClusterIds.
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { isAdmin, managedClusterIds, requireUser } from '#src/auth/policy.ts';

export type ClusterAccess = 'manager' | 'member' | 'public';

/** The ids of the cluster family `clusterId` belongs to: its root cluster and every hub of that root. */
export async function clusterFamily(db: Db, clusterId: string): Promise<string[]> {
  const row = await db.selectFrom('clusters').select(['id', 'parent_id']).where('id', '=', clusterId).executeTakeFirst();
  if (!row) throw notFound('cluster', clusterId);
  const root = row.parent_id ?? row.id;
  const hubs = await db.selectFrom('clusters').select('id').where('parent_id', '=', root).execute();
  return [root, ...hubs.map((h) => h.id)];
}

/** Every cluster and hub the actor takes part in as a member (not counting those they manage). */
export async function memberClusterIds(db: Db, actor: Ctx['actor']): Promise<string[]> {
  if (actor.kind !== 'user') return [];
  const direct = actor.roles.filter((r) => r.role === 'member').map((r) => r.scopeId);
  const edited = actor.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId);
  const viaOrganizations = edited.length === 0 ? [] : await db
    .selectFrom('memberships')
    .select('cluster_id')
    .where('organization_id', 'in', edited)
    .where('status', '=', 'active')
    .execute();
  const belongs = [...new Set([...direct, ...viaOrganizations.map((m) => m.cluster_id)])];
  if (belongs.length === 0) return [];
  // Widen to the families: the roots of the clusters they belong to and all hubs of those roots.
  const rows = await db.selectFrom('clusters').select(['id', 'parent_id']).where('id', 'in', belongs).execute();
  const roots = [...new Set(rows.map((r) => r.parent_id ?? r.id))];
  const family = await db.selectFrom('clusters').select('id').where((eb) => eb.or([eb('id', 'in', roots), eb('parent_id', 'in', roots)])).execute();
  return family.map((f) => f.id);
}

/** How the actor stands to cluster or hub `clusterId`: manager (or admin), member, or the public. */
export async function clusterAccess(ctx: Ctx, clusterId: string): Promise<ClusterAccess> {
  if (isAdmin(ctx.actor)) return 'manager';
  if (ctx.actor.kind !== 'user') return 'public';
  if ((await managedClusterIds(ctx.db, ctx.actor)).includes(clusterId)) return 'manager';
  if ((await memberClusterIds(ctx.db, ctx.actor)).includes(clusterId)) return 'member';
  return 'public';
}

/** Throws unless the actor is a member or manager of cluster or hub `clusterId`; returns how they stand. */
export async function requireClusterMember(ctx: Ctx, clusterId: string): Promise<Exclude<ClusterAccess, 'public'>> {
  requireUser(ctx.actor);
  const access = await clusterAccess(ctx, clusterId);
  if (access === 'public') throw forbidden('only members of this cluster may do this');
  return access;
}
