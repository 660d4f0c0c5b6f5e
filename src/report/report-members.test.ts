// The membership figures of the funder report count exactly the organisations their definitions name, for 2025 by
// quarter, with rows that must not count: other clusters, applications, rejections, ended or future memberships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildReportWorld, figure, member, reportOf, type ReportWorld } from '#src/report/report-test-world.ts';
import type { Report } from '#src/report/report-service.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: ReportWorld;
let report: Report;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildReportWorld(t.db);
  const db = t.db;
  // m1: a member of the cluster since 2020, a company founded in Q2 2025.
  await member(db, [[w.cluster, { start: '2020-01-01' }]], { founded_on: '2025-04-01' });
  // m2: joined the hub in Q1 as an associate; an SME research institute founded in 2025 (not a company: no start-up).
  await member(db, [[w.hub, { type: 'associate', start: '2025-03-10' }]], { is_sme: true, type: 'research_institute', founded_on: '2025-02-01' });
  // m3: a member of the cluster since 2019 that also joined the hub as a partner in 2025: not new, counted once.
  await member(db, [[w.cluster, { start: '2019-05-01' }], [w.hub, { type: 'partner', start: '2025-05-01' }]]);
  // m4: an SME start-up founded in Q2 whose membership ended on 30 June.
  await member(db, [[w.cluster, { status: 'ended', start: '2018-01-01', end: '2025-06-30' }]], { is_sme: true, founded_on: '2025-05-05' });
  // m5: a member without a start date (counts as a member, never as new), founded just over five years before the end.
  await member(db, [[w.cluster, {}]], { founded_on: '2020-12-30' });
  // m6, m7: an application and a rejection: never members.
  await member(db, [[w.cluster, { status: 'applied', start: '2025-02-01' }]], { founded_on: '2025-03-01', is_sme: true });
  await member(db, [[w.cluster, { status: 'rejected', start: '2025-02-01' }]]);
  // m8: a member of the other cluster only.
  await member(db, [[w.other, { start: '2025-02-01' }]], { is_sme: true, founded_on: '2025-03-01' });
  // m9: joins in 2026 (after the period), founded in 2025.
  await member(db, [[w.cluster, { start: '2026-01-10' }]], { founded_on: '2025-07-01' });
  // m10: ended without an end date: never in force.
  await member(db, [[w.cluster, { status: 'ended', start: '2015-01-01' }]]);
  // m11: joined on the last day of 2024, founded exactly five years before the period's end.
  await member(db, [[w.cluster, { start: '2024-12-31' }]], { founded_on: '2020-12-31' });
  // m12: an SME that joined in Q4, founded in 2024.
  await member(db, [[w.cluster, { start: '2025-11-15' }]], { is_sme: true, founded_on: '2024-06-01' });
  // m13: a company founded in Q1 that joined in Q4: a start-up of Q1.
  await member(db, [[w.cluster, { start: '2025-10-01' }]], { founded_on: '2025-02-15' });
  report = await reportOf(db, w.cluster, '2025-01-01', '2025-12-31', 'quarter');
});
afterAll(() => t.close());

describe('membership figures', () => {
  it('cuts the period into the quarters of 2025', () => {
    expect(report.buckets).toEqual([
      { from: '2025-01-01', to: '2025-03-31' }, { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-07-01', to: '2025-09-30' }, { from: '2025-10-01', to: '2025-12-31' },
    ]);
  });

  it('counts members in force on the last day of the period and of each quarter, once each', () => {
    expect(figure(report, 'members')).toMatchObject({ total: 7, series: [6, 6, 5, 7] });
  });

  it('splits the members by membership type and by cluster or hub', () => {
    const { breakdown } = figure(report, 'members');
    expect(breakdown).toEqual({ 'type:full': 6, 'type:associate': 1, 'type:partner': 1, [`hub:${w.cluster}`]: 6, [`hub:${w.hub}`]: 2 });
  });

  it('counts new members by their first start date in the cluster or its hubs', () => {
    expect(figure(report, 'newMembers')).toMatchObject({ total: 3, series: [1, 0, 0, 2] });
  });

  it('counts the SMEs among the members at each end', () => {
    expect(figure(report, 'smeMembers')).toMatchObject({ total: 2, series: [2, 2, 1, 2] });
  });

  it('counts companies founded in the period that were members between their founding and its end, in the founding quarter', () => {
    expect(figure(report, 'startupsFounded')).toMatchObject({ total: 3, series: [1, 2, 0, 0] });
  });

  it('counts member companies at most five years old at each end', () => {
    expect(figure(report, 'youngStartups')).toMatchObject({ total: 4, series: [2, 4, 3, 4] });
  });

  it('gives a hub only its own members', async () => {
    const hubReport = await reportOf(t.db, w.hub, '2025-01-01', '2025-12-31');
    expect(hubReport.interval).toBe('month');
    expect(figure(hubReport, 'members')).toMatchObject({ total: 2, breakdown: { 'type:full': 0, 'type:associate': 1, 'type:partner': 1, [`hub:${w.hub}`]: 2 } });
    expect(figure(hubReport, 'newMembers').total).toBe(2);
    expect(figure(hubReport, 'newMembers').series).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts nothing of cluster A in cluster B', async () => {
    const other = await reportOf(t.db, w.other, '2025-01-01', '2025-12-31');
    expect([figure(other, 'members').total, figure(other, 'newMembers').total, figure(other, 'smeMembers').total, figure(other, 'startupsFounded').total]).toEqual([1, 1, 1, 1]);
  });
});
