// Tiny policy rules: who may read which visibility level and who may change what.
import type { Actor, RoleGrant } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import type { Visibility } from '#src/db/types.ts';
import { forbidden, unauthenticated } from '#src/errors.ts';

/** Platform admins and the operator's CLI may do everything. */
export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.isAdmin);
}

/** Throws `unauthenticated` for visitors; returns the user otherwise. */
export function requireUser(actor: Actor): Extract<Actor, { kind: 'user' | 'system' }> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  return actor;
}

/** Throws `forbidden` unless the actor is a platform admin. */
export function requireAdmin(actor: Actor): void {
  requireUser(actor);
  if (!isAdmin(actor)) throw forbidden('only platform admins may do this');
}

/** The visibility levels the actor may read everywhere: visitors public only, signed-in users members too. */
export function readableLevels(actor: Actor): Visibility[] {
  if (isAdmin(actor)) return ['public', 'members', 'private'];
  if (actor.kind === 'user') return ['public', 'members'];
  return ['public'];
}

/** Cluster ids the actor manages directly (a manager of a cluster also manages its hubs: see managedClusterIds). */
function directlyManaged(actor: Actor): string[] {
  return actor.kind === 'user' ? actor.roles.filter((r) => r.role === 'cluster_manager').map((r) => r.scopeId) : [];
}

/** Every cluster and hub the actor manages: the clusters they manage and those clusters' hubs. */
export async function managedClusterIds(db: Db, actor: Actor): Promise<string[]> {
  const direct = directlyManaged(actor);
  if (direct.length === 0) return [];
  const hubs = await db.selectFrom('clusters').select('id').where('parent_id', 'in', direct).execute();
  return [...new Set([...direct, ...hubs.map((h) => h.id)])];
}

/** Organisation ids the actor may edit besides what admins may: their own (editor) and their clusters' members. */
export async function editableOrganizationIds(db: Db, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user') return [];
  const own = actor.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId);
  const clusters = await managedClusterIds(db, actor);
  if (clusters.length === 0) return own;
  const members = await db
    .selectFrom('memberships')
    .select('organization_id')
    .where('cluster_id', 'in', clusters)
    .where('status', 'in', ['active', 'applied'])
    .execute();
  return [...new Set([...own, ...members.map((m) => m.organization_id)])];
}

/** Throws unless the actor may change organisation `organizationId` (and what belongs to it). */
export async function requireOrganizationEditor(ctx: Ctx, organizationId: string): Promise<void> {
  requireUser(ctx.actor);
  if (isAdmin(ctx.actor)) return;
  const editable = await editableOrganizationIds(ctx.db, ctx.actor);
  if (!editable.includes(organizationId)) throw forbidden('you may only change your own organisation or members of the clusters you manage');
}

/** Throws unless the actor manages cluster or hub `clusterId` (or is an admin). */
export async function requireClusterManager(ctx: Ctx, clusterId: string): Promise<void> {
  requireUser(ctx.actor);
  if (isAdmin(ctx.actor)) return;
  const managed = await managedClusterIds(ctx.db, ctx.actor);
  if (!managed.includes(clusterId)) throw forbidden('only the managers of this cluster may do this');
}

/**
 * Throws unless the actor may grant or revoke `grant`: admins any role; a cluster manager `member` of a cluster
 * they manage and `organization_editor` of an organisation that belongs to one.
 */
export async function requireRoleGranter(ctx: Ctx, grant: RoleGrant): Promise<void> {
  requireUser(ctx.actor);
  if (isAdmin(ctx.actor)) return;
  const clusters = await managedClusterIds(ctx.db, ctx.actor);
  const refusal = forbidden('only platform admins, or the managers of the cluster concerned, may change this role');
  if (clusters.length === 0 || grant.role === 'cluster_manager') throw refusal;
  if (grant.role === 'member') {
    if (!clusters.includes(grant.scopeId)) throw refusal;
    return;
  }
  const membership = await ctx.db
    .selectFrom('memberships')
    .select('cluster_id')
    .where('organization_id', '=', grant.scopeId)
    .where('cluster_id', 'in', clusters)
    .where('status', 'in', ['active', 'applied'])
    .executeTakeFirst();
  if (!membership) throw refusal;
}
