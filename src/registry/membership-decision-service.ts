// The managers' decisions on memberships: approve or reject an application, end a membership; the applicant's
// editors are notified of each. Applications are seen only by the cluster's managers and the applicant.
import { isAdmin, managedClusterIds, requireClusterManager, requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { conflict, forbidden, invalid, notFound } from '#src/errors.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { deleteMembershipRow, findApplications, findMembership, findOrganizationMemberships, organizationEditorIds, updateMembershipRow } from '#src/registry/membership-repo.ts';
import { presentMembership, type Approval, type MembershipRow } from '#src/registry/membership-schema.ts';
import { actingUserId, clusterScope, requireMembership } from '#src/registry/membership-service.ts';
import type { UpdateObject } from 'kysely';
import type { Database } from '#src/db/types.ts';

export const MEMBERSHIP_DECIDED_NOTIFICATION = 'membership_decided';
type Decision = 'approved' | 'rejected' | 'ended';

const today = (ctx: Ctx) => ctx.clock().toISOString().slice(0, 10);

/** The applications to a cluster (and its hubs) for its managers: pending ones, rejected ones, or both. */
export async function listApplications(ctx: Ctx, ref: string, status: 'applied' | 'rejected' | 'all') {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  const statuses: Array<MembershipRow['status']> = status === 'all' ? ['applied', 'rejected'] : [status];
  const rows = await findApplications(ctx.db, await clusterScope(ctx, cluster, true), statuses);
  return { items: rows.map((r) => presentMembership(r, true)) };
}

/**
 * An organisation's memberships and applications: its editors (and admins) see all with their words; a cluster's
 * managers see those in the clusters they manage; others are refused.
 */
export async function listOrganizationMemberships(ctx: Ctx, organizationId: string) {
  const actor = requireUser(ctx.actor);
  const rows = await findOrganizationMemberships(ctx.db, organizationId);
  if (isAdmin(actor) || (actor.kind === 'user' && actor.roles.some((r) => r.role === 'organization_editor' && r.scopeId === organizationId))) {
    return { items: rows.map((r) => presentMembership(r, true)) };
  }
  const managed = await managedClusterIds(ctx.db, actor);
  const mine = rows.filter((r) => managed.includes(r.cluster_id));
  if (mine.length === 0) throw forbidden('only the organisation’s editors and the managers of its clusters see its applications');
  return { items: mine.map((r) => presentMembership(r, true)) };
}

async function notifyEditors(db: Db, row: MembershipRow, decision: Decision, at: Date): Promise<void> {
  const editors = await organizationEditorIds(db, row.organization_id);
  await insertNotifications(db, editors.map((userId) => ({
    userId, kind: MEMBERSHIP_DECIDED_NOTIFICATION, createdAt: at,
    payload: {
      decision, clusterId: row.cluster_id, clusterSlug: row.cluster_slug, clusterName: row.cluster_name, organizationId: row.organization_id,
      organizationName: row.organization_name, type: row.type, startDate: row.start_date, endDate: row.end_date, note: row.decision_note,
    },
  })));
}

/** Changes a membership in `expected` status and notifies the organisation's editors, in one transaction. */
async function decide(ctx: Ctx, clusterId: string, organizationId: string, expected: MembershipRow['status'], decision: Decision,
  columns: (row: MembershipRow) => UpdateObject<Database, 'memberships'>) {
  await requireClusterManager(ctx, clusterId);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findMembership(trx, clusterId, organizationId);
    if (!row) throw notFound('membership of organisation', organizationId);
    if (row.status !== expected) throw conflict(`the membership is ${row.status}, not ${expected}`);
    await updateMembershipRow(trx, clusterId, organizationId, { ...columns(row), decided_at: now, decided_by: actingUserId(ctx) });
    await notifyEditors(trx, (await findMembership(trx, clusterId, organizationId))!, decision, now);
  });
  return requireMembership(ctx, clusterId, organizationId);
}

/** Approves an application: active from the start date (today unless given), with the type granted. */
export async function approveApplication(ctx: Ctx, clusterId: string, organizationId: string, input: Approval) {
  return decide(ctx, clusterId, organizationId, 'applied', 'approved', (row) => ({
    status: 'active', start_date: input.startDate ?? today(ctx), end_date: null, type: input.type ?? row.type, decision_note: input.note || null,
  }));
}

/** Rejects an application with a reason the applicant reads. */
export async function rejectApplication(ctx: Ctx, clusterId: string, organizationId: string, reason: string) {
  return decide(ctx, clusterId, organizationId, 'applied', 'rejected', () => ({ status: 'rejected', decision_note: reason }));
}

/** Ends an active membership on its last day (not before it began). */
export async function endMembership(ctx: Ctx, clusterId: string, organizationId: string, input: { endDate: string; note: string }) {
  return decide(ctx, clusterId, organizationId, 'active', 'ended', (row) => {
    if (row.start_date && input.endDate < row.start_date) {
      throw invalid(`endDate: must not be before the start date ${row.start_date}`, [{ field: 'endDate', message: `must not be before ${row.start_date}` }]);
    }
    return { status: 'ended', end_date: input.endDate, decision_note: input.note || null };
  });
}

/** Withdraws the organisation's own pending application (its editors). */
export async function withdrawApplication(ctx: Ctx, clusterId: string, organizationId: string): Promise<void> {
  await requireOrganizationEditor(ctx, organizationId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findMembership(trx, clusterId, organizationId);
    if (!row || row.status !== 'applied') throw notFound('application of organisation', organizationId);
    await deleteMembershipRow(trx, clusterId, organizationId);
  });
}
