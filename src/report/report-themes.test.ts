// SMEs supported through the regulatory navigator, ideas contributed, and the per-theme table of the funder report,
// for 2026 by quarter: non-SMEs, non-members, former members, hidden ideas and other clusters' rows must not count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import type { Report } from '#src/report/report-service.ts';
import {
  assessment, buildReportWorld, figure, group, idea, member, product, project, reportOf, theme, workshop, type ReportWorld,
} from '#src/report/report-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: ReportWorld;
let report: Report;
const themes: Record<string, string> = {};

async function buildGuidance(): Promise<void> {
  const db = t.db;
  const sme = (clusters: Parameters<typeof member>[1], isSme = true) => member(db, clusters, { is_sme: isSme });
  const since2020 = (cluster: string) => [[cluster, { start: '2020-01-01' }]] as Parameters<typeof member>[1];
  const s1 = await sme(since2020(w.cluster));
  await product(db, s1, '2026-02-01T10:00:00Z');
  await product(db, s1, '2024-01-01T10:00:00Z', '2026-05-05T10:00:00Z'); // again in Q2: once for the year
  const s2 = await sme(since2020(w.hub));
  await product(db, s2, '2024-01-01T10:00:00Z', '2026-05-01T10:00:00Z');
  const s3 = await sme(since2020(w.cluster));
  const s3product = await product(db, s3, '2024-01-01T10:00:00Z');
  await db.insertInto('product_checklist').values({ product_id: s3product, item_id: 'gspr-1', status: 'done', evidence: '[]', updated_at: '2026-04-10T10:00:00Z' }).execute();
  const s4 = await sme(since2020(w.cluster));
  const s4product = await product(db, s4, '2023-01-01T10:00:00Z');
  await assessment(db, await w.user(), s4product, '2026-01-20T10:00:00Z');
  // s5's editor saved a questionnaire in 2025 and changed it in March 2026, tied to no product.
  const s5 = await sme(since2020(w.cluster));
  const editor = await w.user();
  await db.insertInto('user_roles').values({ user_id: editor, role: 'organization_editor', scope_id: s5 }).execute();
  await assessment(db, editor, null, '2025-12-01T10:00:00Z', '2026-03-05T10:00:00Z');
  // Not counted: a non-SME, an SME that is no member, a member of the other cluster, a former member, work in 2025.
  await product(db, await sme(since2020(w.cluster), false), '2026-02-01T10:00:00Z');
  await product(db, await sme([]), '2026-02-01T10:00:00Z');
  await product(db, await sme(since2020(w.other)), '2026-02-01T10:00:00Z');
  await product(db, await sme([[w.cluster, { status: 'ended', start: '2020-01-01', end: '2025-12-31' }]]), '2026-02-01T10:00:00Z');
  await product(db, await sme(since2020(w.cluster)), '2025-06-01T10:00:00Z');
  // An unlinked questionnaire of someone who edits no organisation.
  await assessment(db, await w.user(), null, '2026-02-01T10:00:00Z');
}

async function buildThemes(): Promise<void> {
  const db = t.db;
  themes.t1 = await theme(db, w.cluster, 'Digital health', 1);
  themes.t0 = await theme(db, w.cluster, 'Bioeconomy', 0);
  themes.t2 = await theme(db, w.hub, 'Plasma medicine');
  themes.tb = await theme(db, w.other, 'Other');
  await idea(db, themes.t1, '2026-01-15T10:00:00Z');
  await idea(db, themes.t1, '2026-04-01T10:00:00Z', 'adopted');
  await idea(db, themes.t1, '2026-02-01T10:00:00Z', 'hidden');
  await idea(db, themes.t2, '2026-05-01T10:00:00Z');
  await idea(db, themes.tb, '2026-03-01T10:00:00Z');
  await idea(db, themes.t1, '2025-12-31T22:59:59Z'); // 23:59:59 on 31 December 2025 in Central European Time
  await project(db, w.cluster, { at: '2026-03-01T10:00:00Z', theme: themes.t1 });
  await project(db, w.cluster, { at: '2025-03-01T10:00:00Z', theme: themes.t1 });
  await project(db, w.cluster, { at: '2026-03-01T10:00:00Z' });
  await project(db, w.hub, { at: '2026-02-02T10:00:00Z', theme: themes.t2 });
  await project(db, w.other, { at: '2026-02-02T10:00:00Z', theme: themes.tb });
  const g1 = await group(db, w.cluster, themes.t1);
  await workshop(db, g1, '2026-02-10T09:00:00Z');
  await workshop(db, g1, '2026-05-20T09:00:00Z', 'planned');
  await workshop(db, g1, '2026-03-20T09:00:00Z', 'cancelled');
  await workshop(db, await group(db, w.hub), '2026-03-20T09:00:00Z'); // a group without a theme
  await workshop(db, await group(db, w.other, themes.tb), '2026-03-20T09:00:00Z');
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildReportWorld(t.db);
  await buildGuidance();
  await buildThemes();
  report = await reportOf(t.db, w.cluster, '2026-01-01', '2026-12-31', 'quarter');
});
afterAll(() => t.close());

describe('regulatory guidance and ideas', () => {
  it('counts the member SMEs that worked on products, checklists or questionnaires in the period', () => {
    expect(figure(report, 'smesGuided')).toMatchObject({ total: 5, series: [3, 3, 0, 0] });
  });

  it('counts the ideas posted to the themes of the cluster and its hubs, hidden ones left out', () => {
    expect(figure(report, 'ideasContributed')).toMatchObject({ total: 3, series: [1, 2, 0, 0] });
  });
});

describe('the per-theme table', () => {
  it('lists the cluster’s themes, then its hubs’, with projects, workshops and ideas of the period', () => {
    expect(report.themes.rows.map((r) => [r.title.en, r.projects, r.workshops, r.ideas])).toEqual([
      ['Bioeconomy', 0, 0, 0],
      ['Digital health', 1, 2, 2],
      ['Plasma medicine', 1, 0, 1],
    ]);
    expect(report.themes.columns.map((c) => c.key)).toEqual(['projects', 'workshops', 'ideas']);
  });

  it('gives the other cluster only its own theme', async () => {
    const other = await reportOf(t.db, w.other, '2026-01-01', '2026-12-31');
    expect(other.themes.rows.map((r) => [r.title.en, r.projects, r.workshops, r.ideas])).toEqual([['Other', 1, 1, 1]]);
    expect(figure(other, 'smesGuided').total).toBe(1);
  });
});
