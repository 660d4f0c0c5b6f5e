// Working and strategy groups: managers create and change them, members of the cluster join and leave, managers name
// the leads. A group's title, description and lead are public; its members and everything else are the cluster's.
import { randomBytes } from 'node:crypto';
import { clusterAccess, clusterFamily } from '#src/auth/cluster-access.ts';
import { readableLevels, requireClusterManager } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { WorkingGroupsTable } from '#src/db/types-cluster.ts';
import { forbidden, invalid, notFound } from '#src/errors.ts';
import { actingUserId, insiderGroup, loadGroup, standingIn, userBelongsTo } from '#src/groups/group-access.ts';
import {
  countMembers, deleteGroupRow, deleteMember, findClusterGroups, findGroupView, findMembers, findMemberships, findThemeCluster,
  insertGroup, insertMember, organizationExists, personExists, updateGroupRow, updateMemberRole,
} from '#src/groups/group-repo.ts';
import { presentGroup, presentMember, type GroupCreate, type GroupUpdate } from '#src/groups/group-schema.ts';
import { dropFutureRegistrations } from '#src/groups/workshop-repo.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import type { Updateable } from 'kysely';

/** A new calendar-feed token: 24 random bytes, so it cannot be guessed. */
export const newFeedToken = () => randomBytes(24).toString('base64url');

const field = (name: string, message: string) => invalid(`${name}: ${message}`, [{ field: name, message }]);

/** The groups of a cluster or hub, for everyone; members of the cluster also see counts and their own role. */
export async function listGroups(ctx: Ctx, ref: string, kind?: 'working_group' | 'strategy_group') {
  const cluster = await findCluster(ctx, ref);
  const access = await clusterAccess(ctx, cluster.id);
  const rows = await findClusterGroups(ctx.db, cluster.id, kind);
  const insider = access !== 'public';
  const counts = insider ? await countMembers(ctx.db, rows.map((r) => r.id)) : new Map<string, number>();
  const userId = ctx.actor.kind === 'user' && insider ? ctx.actor.userId : null;
  const roles = new Map((userId ? await findMemberships(ctx.db, userId, rows.map((r) => r.id)) : []).map((m) => [m.group_id, m.role]));
  const readable = readableLevels(ctx.actor);
  return {
    access,
    items: rows.map((row) => {
      const myRole = roles.get(row.id) ?? null;
      return presentGroup(row, { insider, readable, myRole, runs: access === 'manager' || myRole === 'lead', memberCount: counts.get(row.id) ?? 0 });
    }),
  };
}

/** One group: its public face for everyone, with counts and the viewer's role for members of the cluster. */
export async function getGroup(ctx: Ctx, id: string) {
  const standing = await standingIn(ctx, await loadGroup(ctx, id));
  const row = await findGroupView(ctx.db, id);
  if (!row) throw notFound('group', id);
  const insider = standing.access !== 'public';
  const memberCount = insider ? ((await countMembers(ctx.db, [id])).get(id) ?? 0) : null;
  return presentGroup(row, { insider, readable: readableLevels(ctx.actor), myRole: standing.role, runs: standing.runs, memberCount });
}

/** Checks that the theme belongs to the group's cluster family and that the lead person and organisation exist. */
async function checkReferences(ctx: Ctx, clusterId: string, input: GroupUpdate): Promise<void> {
  if (input.themeId) {
    const themeCluster = await findThemeCluster(ctx.db, input.themeId);
    if (!themeCluster || !(await clusterFamily(ctx.db, clusterId)).includes(themeCluster)) throw field('themeId', 'not a strategy theme of this cluster');
  }
  if (input.leadPersonId && !(await personExists(ctx.db, input.leadPersonId))) throw field('leadPersonId', 'no such person');
  if (input.leadOrganizationId && !(await organizationExists(ctx.db, input.leadOrganizationId))) throw field('leadOrganizationId', 'no such organisation');
}

function columnsOf(input: GroupUpdate): Updateable<WorkingGroupsTable> {
  return {
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    ...(input.title === undefined ? {} : { title: JSON.stringify(input.title) }),
    ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
    ...(input.themeId === undefined ? {} : { theme_id: input.themeId }),
    ...(input.leadPersonId === undefined ? {} : { lead_person_id: input.leadPersonId }),
    ...(input.leadOrganizationId === undefined ? {} : { lead_organization_id: input.leadOrganizationId }),
    ...(input.position === undefined ? {} : { position: input.position }),
  };
}

/** Creates a group of a cluster or hub (its managers). */
export async function createGroup(ctx: Ctx, ref: string, input: GroupCreate) {
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  await checkReferences(ctx, cluster.id, input);
  const id = await ctx.db.transaction().execute((trx) =>
    insertGroup(trx, {
      cluster_id: cluster.id, kind: input.kind, title: JSON.stringify(input.title), description: JSON.stringify(input.description),
      theme_id: input.themeId, lead_person_id: input.leadPersonId, lead_organization_id: input.leadOrganizationId, position: input.position,
    }));
  return getGroup(ctx, id);
}

/** Changes a group (the cluster's managers). */
export async function updateGroup(ctx: Ctx, id: string, input: GroupUpdate) {
  const group = await loadGroup(ctx, id);
  await requireClusterManager(ctx, group.cluster_id);
  await checkReferences(ctx, group.cluster_id, input);
  await ctx.db.transaction().execute((trx) => updateGroupRow(trx, id, columnsOf(input), ctx.clock()));
  return getGroup(ctx, id);
}

/** Deletes a group with its members, workshops, decisions and tasks (the cluster's managers). */
export async function deleteGroup(ctx: Ctx, id: string): Promise<void> {
  const group = await loadGroup(ctx, id);
  await requireClusterManager(ctx, group.cluster_id);
  await ctx.db.transaction().execute((trx) => deleteGroupRow(trx, id));
}

/** The members of a group, leads first (members of the cluster). */
export async function listMembers(ctx: Ctx, id: string) {
  await insiderGroup(ctx, id);
  return { items: (await findMembers(ctx.db, id)).map(presentMember) };
}

/**
 * Adds the actor to the group (any member of the cluster), or someone else (its leads and managers; only members of
 * the cluster can be added). Only managers name leads. Joining twice changes nothing.
 */
export async function joinGroup(ctx: Ctx, id: string, input: { userId?: string | undefined; role?: 'lead' | 'member' | undefined }) {
  const standing = await insiderGroup(ctx, id);
  const self = actingUserId(ctx);
  const userId = input.userId ?? self;
  if (!userId) throw field('userId', 'give the user to add');
  if (userId !== self && !standing.runs) throw forbidden('only the group’s leads and the cluster’s managers may add others');
  if (input.role === 'lead' && standing.access !== 'manager') throw forbidden('only the cluster’s managers name a group’s leads');
  if (userId !== self && !(await userBelongsTo(ctx, userId, standing.group.cluster_id))) throw field('userId', 'not a member of this cluster');
  await ctx.db.transaction().execute((trx) =>
    insertMember(trx, { group_id: id, user_id: userId, role: input.role ?? 'member', feed_token: newFeedToken(), joined_at: ctx.clock() }));
  return getGroup(ctx, id);
}

/** Makes a member a lead or a plain member again (the cluster's managers). */
export async function setMemberRole(ctx: Ctx, id: string, userId: string, role: 'lead' | 'member') {
  const group = await loadGroup(ctx, id);
  await requireClusterManager(ctx, group.cluster_id);
  const changed = await ctx.db.transaction().execute((trx) => updateMemberRole(trx, id, userId, role));
  if (!changed) throw notFound('member', userId);
  return listMembers(ctx, id);
}

/**
 * Takes a member out of the group: anyone themselves; leads and managers others (only managers a lead). Their
 * registrations for workshops still to come go with them; tasks stay assigned until someone reassigns them.
 */
export async function leaveGroup(ctx: Ctx, id: string, userId: string): Promise<void> {
  const standing = await insiderGroup(ctx, id);
  const self = actingUserId(ctx);
  if (userId !== self) {
    if (!standing.runs) throw forbidden('only the group’s leads and the cluster’s managers may remove others');
    const target = (await findMemberships(ctx.db, userId, [id]))[0];
    if (target?.role === 'lead' && standing.access !== 'manager') throw forbidden('only the cluster’s managers remove a lead');
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteMember(trx, id, userId))) throw notFound('member', userId);
    await dropFutureRegistrations(trx, id, userId, ctx.clock());
  });
}
