// The pipeline figures of the funder report: projects initiated, their partners, consortia from matches and
// funding, for 2025 by quarter, with projects of another cluster, outside the period (by Central European days),
// non-members' and undecided funding that must not count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import type { Report } from '#src/report/report-service.ts';
import { buildReportWorld, figure, funding, member, partner, project, reportOf, type ReportWorld } from '#src/report/report-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: ReportWorld;
let report: Report;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildReportWorld(t.db);
  const db = t.db;
  const mA = await member(db, [[w.cluster, { start: '2020-01-01' }]]);
  const mH = await member(db, [[w.hub, { start: '2021-01-01' }]]);
  const mEnded = await member(db, [[w.cluster, { status: 'ended', start: '2019-01-01', end: '2025-03-31' }]]);
  const nonMember = await member(db, []);
  const otherMember = await member(db, [[w.other, { start: '2020-01-01' }]]);

  const p1 = await project(db, w.cluster, { at: '2025-02-10T10:00:00Z', origin: 'match', kind: 'lead', lead: mA });
  await partner(db, p1, mH);
  await partner(db, p1, nonMember);
  await partner(db, p1, mA); // the lead listed as a partner too: still one organisation
  const p2 = await project(db, w.hub, { at: '2025-08-01T09:00:00Z' });
  await partner(db, p2, mA);
  await partner(db, p2, otherMember);
  // 23:30 UTC on 31 December 2024 is already 1 January 2025 in Greifswald; 23:30 UTC on 31 December 2025 is 2026.
  const p3 = await project(db, w.cluster, { at: '2024-12-31T23:30:00Z', origin: 'match' });
  await partner(db, p3, mEnded);
  const p4 = await project(db, w.cluster, { at: '2025-12-31T23:30:00Z', origin: 'match' });
  await partner(db, p4, await member(db, []));
  const p5 = await project(db, w.other, { at: '2025-05-01T09:00:00Z', origin: 'match' });
  await partner(db, p5, mA);

  await funding(db, p1, { status: 'won', applied: 150_000, won: 100_000, appliedOn: '2024-11-01', decidedOn: '2025-03-15' }); // lead mA
  await funding(db, p2, { org: mH, status: 'won', applied: 60_000, won: 50_000, appliedOn: '2025-02-01', decidedOn: '2025-09-01' });
  await funding(db, p2, { org: nonMember, status: 'won', applied: 80_000, won: 70_000, appliedOn: '2025-02-01', decidedOn: '2025-06-01' });
  await funding(db, p1, { org: mA, status: 'rejected', applied: 20_000, appliedOn: '2025-04-10', decidedOn: '2025-07-01' });
  await funding(db, p1, { org: mA, status: 'applied', applied: 30_000, at: '2025-10-05T08:00:00Z' });
  await funding(db, p5, { org: mA, status: 'won', applied: 999, won: 999, appliedOn: '2025-05-01', decidedOn: '2025-05-01' });
  await funding(db, p1, { org: mA, status: 'won', won: 5_000, appliedOn: '2025-06-01' }); // won without a decision date
  await funding(db, p3, { org: mEnded, status: 'won', applied: 40_000, won: 40_000, appliedOn: '2025-10-01', decidedOn: '2025-11-01' }); // no longer a member
  await funding(db, p3, { org: mEnded, status: 'won', applied: 30_000, won: 25_000, appliedOn: '2025-01-15', decidedOn: '2025-02-01' });
  await funding(db, p1, { org: mA, status: 'applied', applied: 10_000, at: '2025-12-31T23:30:00Z' }); // entered on 1 January 2026
  report = await reportOf(db, w.cluster, '2025-01-01', '2025-12-31', 'quarter');
});
afterAll(() => t.close());

describe('pipeline figures', () => {
  it('counts the projects of the cluster and its hubs created in the period, by Central European day', () => {
    expect(figure(report, 'projectsInitiated')).toEqual({ total: 3, series: [2, 0, 1, 0], breakdown: { 'kind:lead': 1, 'kind:member': 2 } });
  });

  it('counts the distinct partners of those projects, lead organisations included, members and non-members', () => {
    expect(figure(report, 'projectPartners')).toEqual({ total: 5, series: [4, 0, 2, 0], breakdown: { 'membership:members': 3, 'membership:nonMembers': 2 } });
  });

  it('counts the consortia formed from matches', () => {
    expect(figure(report, 'consortiaFromMatches')).toMatchObject({ total: 2, series: [2, 0, 0, 0] });
  });

  it('sums the funding won by members by decision date', () => {
    expect(figure(report, 'fundingWon')).toMatchObject({ total: 175_000, series: [125_000, 0, 50_000, 0] });
  });

  it('sums the funding members applied for by application date, whatever the outcome', () => {
    expect(figure(report, 'fundingApplied')).toMatchObject({ total: 140_000, series: [90_000, 20_000, 0, 30_000] });
  });

  it('gives the other cluster only its own project and funding', async () => {
    const other = await reportOf(t.db, w.other, '2025-01-01', '2025-12-31');
    expect([figure(other, 'projectsInitiated').total, figure(other, 'consortiaFromMatches').total, figure(other, 'fundingWon').total]).toEqual([1, 1, 0]);
    // Its project's only partner is a member of cluster A, not of B.
    expect(figure(other, 'projectPartners').breakdown).toEqual({ 'membership:members': 0, 'membership:nonMembers': 1 });
  });
});
