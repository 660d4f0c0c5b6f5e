// Test support for the funder report: a cluster with a hub and another cluster, row builders for everything the
// figures count, and the report read as a manager at a fixed moment.
import { randomUUID } from 'node:crypto';
import type { Db } from '#src/db/connect.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildOrganization, buildUser } from '#src/registry/test-builders.ts';
import { buildReport, type Report } from '#src/report/report-service.ts';
import type { Interval } from '#src/report/report-period.ts';

/** The moment every report test is made at. */
export const NOW = new Date('2026-06-15T12:00:00Z');

export type ReportWorld = { cluster: string; hub: string; other: string; user: () => Promise<string> };

/** Cluster A with hub A1, and cluster B whose data must never count in A's report. */
export async function buildReportWorld(db: Db): Promise<ReportWorld> {
  const cluster = await buildCluster(db, { name: 'Alpha Cluster' });
  const hub = await buildCluster(db, { name: 'Alpha Hub', parent_id: cluster });
  const other = await buildCluster(db, { name: 'Beta Cluster' });
  return { cluster, hub, other, user: async () => (await buildUser(db)).userId };
}

/** Reads the report of `ref` as a platform admin at NOW. */
export async function reportOf(db: Db, ref: string, from: string, to: string, interval?: Interval): Promise<Report> {
  const ctx = { db, actor: { kind: 'system' as const }, clock: () => NOW, log: createLogger('silent') };
  return buildReport(ctx, ref, { from, to, interval });
}

/** The whole-period value and the series of figure `key`. */
export function figure(report: Report, key: string): { total: number; series: number[]; breakdown: Record<string, number> } {
  const f = report.figures.find((x) => x.key === key);
  if (!f) throw new Error(`no figure ${key}`);
  return { total: f.total, series: f.series, breakdown: Object.fromEntries(f.breakdown.map((b) => [`${b.group}:${b.key}`, b.value])) };
}

type MembershipOptions = { type?: 'full' | 'associate' | 'partner'; status?: 'applied' | 'active' | 'ended' | 'rejected'; start?: string | null; end?: string | null };

/** An organisation with memberships: `member(db, [[clusterId, options]], orgOverrides)`. */
export async function member(
  db: Db, memberships: Array<[string, MembershipOptions]>, overrides: Parameters<typeof buildOrganization>[1] = {},
): Promise<string> {
  const org = await buildOrganization(db, overrides);
  for (const [cluster, o] of memberships) {
    await db.insertInto('memberships').values({
      organization_id: org, cluster_id: cluster, type: o.type ?? 'full', status: o.status ?? 'active', start_date: o.start ?? null, end_date: o.end ?? null,
    }).execute();
  }
  return org;
}

/** A pipeline project; returns its id. */
export async function project(db: Db, cluster: string, o: { at: string; origin?: 'manual' | 'match' | 'event'; kind?: 'lead' | 'member'; theme?: string; lead?: string | null }): Promise<string> {
  const row = await db.insertInto('pipeline_projects').values({
    cluster_id: cluster, title: `Project ${randomUUID().slice(0, 6)}`, origin: o.origin ?? 'manual', kind: o.kind ?? 'member',
    theme_id: o.theme ?? null, lead_organization_id: o.lead ?? null, created_at: o.at, updated_at: o.at, stage_entered_at: o.at,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function partner(db: Db, projectId: string, org: string): Promise<void> {
  await db.insertInto('pipeline_partners').values({ project_id: projectId, organization_id: org }).execute();
}

export async function funding(db: Db, projectId: string, o: {
  org?: string | null; status: 'applied' | 'won' | 'rejected'; applied?: number | null; won?: number | null; appliedOn?: string | null; decidedOn?: string | null; at?: string;
}): Promise<void> {
  await db.insertInto('pipeline_funding').values({
    project_id: projectId, organization_id: o.org ?? null, status: o.status, amount_applied: o.applied ?? null, amount_won: o.won ?? null,
    applied_on: o.appliedOn ?? null, decided_on: o.decidedOn ?? null, ...(o.at ? { created_at: o.at } : {}),
  }).execute();
}

export async function theme(db: Db, cluster: string, title: string, position = 0): Promise<string> {
  const row = await db.insertInto('strategy_themes').values({
    cluster_id: cluster, kind: 'focus_theme', title: JSON.stringify({ en: title, de: title, da: title }), description: '{}', position,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function group(db: Db, cluster: string, themeId: string | null = null): Promise<string> {
  const row = await db.insertInto('working_groups').values({
    cluster_id: cluster, theme_id: themeId, title: JSON.stringify({ en: 'Group' }), description: '{}',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** A two-hour workshop starting at `starts`; returns its id. */
export async function workshop(db: Db, groupId: string, starts: string, status: 'planned' | 'held' | 'cancelled' = 'held'): Promise<string> {
  const ends = new Date(new Date(starts).getTime() + 2 * 3600_000).toISOString();
  const row = await db.insertInto('workshops').values({ group_id: groupId, title: 'Workshop', starts_at: starts, ends_at: ends, status })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function attend(db: Db, workshopId: string, userId: string, status: 'registered' | 'attended' | 'absent' = 'attended'): Promise<void> {
  await db.insertInto('workshop_attendees').values({ workshop_id: workshopId, user_id: userId, status }).execute();
}

export async function idea(db: Db, themeId: string, at: string, status: 'open' | 'hidden' | 'adopted' = 'open'): Promise<void> {
  await db.insertInto('strategy_ideas').values({ theme_id: themeId, title: 'Idea', status, created_at: at, updated_at: at }).execute();
}

/** A product of `org` created at `created` (and last changed at `updated`); returns its id. */
/** A questionnaire saved by `userId` (for product `productId`, if any), created at `created` and last changed at `updated`. */
export async function assessment(db: Db, userId: string, productId: string | null, created: string, updated = created): Promise<void> {
  await db.insertInto('assessments').values({
    user_id: userId, name: 'Questionnaire', product_id: productId, answers: '{}', profile: '{}', created_at: created, updated_at: updated,
  }).execute();
}

export async function product(db: Db, org: string, created: string, updated = created): Promise<string> {
  const row = await db.insertInto('products').values({
    organization_id: org, name: 'Device', regulation: 'MDR', profile: '{}', rules: '[]', device_class: 'I', notified_body: 'none', route_key: 'mdr-self-declaration',
    created_at: created, updated_at: updated,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
