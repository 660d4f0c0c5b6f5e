// The activity figures of the funder report: workshops held and their participants, partnering events and one-to-one
// meetings held, for 2026 by quarter, made on 15 June 2026 at 12:00 UTC: future, cancelled, draft, unpublished,
// no-show and other clusters' rows must not count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import type { Report } from '#src/report/report-service.ts';
import { buildMeeting, buildParticipant, buildTestEvent } from '#src/report/report-test-events.ts';
import { attend, buildReportWorld, figure, group, reportOf, workshop, type ReportWorld } from '#src/report/report-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: ReportWorld;
let report: Report;

async function buildWorkshops(): Promise<void> {
  const db = t.db;
  const [gA, gH, gB] = [await group(db, w.cluster), await group(db, w.hub), await group(db, w.other)];
  const [u1, u2, u3, u4] = [await w.user(), await w.user(), await w.user(), await w.user()];
  const w1 = await workshop(db, gA, '2026-02-10T09:00:00Z', 'held');
  await attend(db, w1, u1);
  await attend(db, w1, u2);
  await attend(db, w1, u3, 'absent');
  const w2 = await workshop(db, gA, '2026-05-20T09:00:00Z', 'planned'); // over, never marked held: held
  await attend(db, w2, u1);
  await attend(db, w2, u4, 'registered');
  const w3 = await workshop(db, gA, '2026-07-01T09:00:00Z', 'planned'); // still to come
  await attend(db, w3, u4);
  const w4 = await workshop(db, gA, '2026-03-01T09:00:00Z', 'cancelled');
  await attend(db, w4, u4);
  const w5 = await workshop(db, gH, '2026-06-15T08:00:00Z', 'held'); // the hub's, ended two hours before the report
  await attend(db, w5, u2);
  await attend(db, w5, u3);
  const w6 = await workshop(db, gB, '2026-02-01T09:00:00Z', 'held'); // the other cluster's
  await attend(db, w6, u4);
  const w7 = await workshop(db, gA, '2025-12-31T23:30:00Z', 'held'); // 00:30 on 1 January in Central European Time
  await attend(db, w7, u1);
  await workshop(db, gA, '2026-12-31T23:30:00Z', 'planned'); // already 2027 there
}

async function buildEvents(): Promise<void> {
  const db = t.db;
  const e1 = await buildTestEvent(db, w.cluster, 'published', ['2026-03-10T09:00:00Z', '2026-03-10T09:30:00Z']);
  const [pa, pb, pc, pd] = [await buildParticipant(db, e1.id), await buildParticipant(db, e1.id), await buildParticipant(db, e1.id, true), await buildParticipant(db, e1.id)];
  await buildMeeting(db, e1.id, [pa, pb], { slot: e1.slots[0]!, table: e1.tables[0]! });
  await buildMeeting(db, e1.id, [pa, pc], { slot: e1.slots[1]!, table: e1.tables[0]! }); // pc did not show up
  await buildMeeting(db, e1.id, [pb, pd], { slot: e1.slots[1]!, table: e1.tables[1]! });
  await buildMeeting(db, e1.id, [pc, pd], null, 'cancelled');
  await buildMeeting(db, e1.id, [pa, pd], null); // accepted after publishing, never placed
  // The hub's event on the report's day: one slot over, one still to come.
  const e2 = await buildTestEvent(db, w.hub, 'published', ['2026-06-15T11:00:00Z', '2026-06-15T12:30:00Z']);
  const [qa, qb, qc] = [await buildParticipant(db, e2.id), await buildParticipant(db, e2.id), await buildParticipant(db, e2.id)];
  await buildMeeting(db, e2.id, [qa, qb], { slot: e2.slots[0]!, table: e2.tables[0]! });
  await buildMeeting(db, e2.id, [qa, qc], { slot: e2.slots[1]!, table: e2.tables[0]! });
  // A draft: neither event nor meetings held.
  const e3 = await buildTestEvent(db, w.cluster, 'draft', ['2026-02-01T09:00:00Z']);
  await buildMeeting(db, e3.id, [await buildParticipant(db, e3.id), await buildParticipant(db, e3.id)], { slot: e3.slots[0]!, table: e3.tables[0]! });
  // Closed without a published schedule: the event took place, its placed meetings were never published.
  const e4 = await buildTestEvent(db, w.cluster, 'closed', ['2026-04-01T09:00:00Z']);
  await buildMeeting(db, e4.id, [await buildParticipant(db, e4.id), await buildParticipant(db, e4.id)], { slot: e4.slots[0]!, table: e4.tables[0]! });
  const e5 = await buildTestEvent(db, w.other, 'published', ['2026-02-01T09:00:00Z']);
  await buildMeeting(db, e5.id, [await buildParticipant(db, e5.id), await buildParticipant(db, e5.id)], { slot: e5.slots[0]!, table: e5.tables[0]! });
  await buildTestEvent(db, w.cluster, 'published', ['2026-09-01T09:00:00Z']); // still to come
  // Open over midnight at the end of March (Central European Summer Time): a slot in each quarter.
  await buildTestEvent(db, w.cluster, 'open', ['2026-03-31T21:00:00Z', '2026-03-31T22:30:00Z']);
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildReportWorld(t.db);
  await buildWorkshops();
  await buildEvents();
  report = await reportOf(t.db, w.cluster, '2026-01-01', '2026-12-31', 'quarter');
});
afterAll(() => t.close());

describe('workshop figures', () => {
  it('counts the workshops held: marked held or over, not cancelled, by their start', () => {
    expect(figure(report, 'workshopsHeld')).toMatchObject({ total: 4, series: [2, 2, 0, 0] });
  });

  it('counts the distinct people who attended them', () => {
    expect(figure(report, 'workshopParticipants')).toMatchObject({ total: 3, series: [2, 3, 0, 0] });
  });

  it('counts every attendance', () => {
    expect(figure(report, 'workshopAttendances')).toMatchObject({ total: 6, series: [3, 3, 0, 0] });
  });
});

describe('event figures', () => {
  it('counts the events with a slot over in the period, once each, in every quarter they touch', () => {
    expect(figure(report, 'eventsHeld')).toMatchObject({ total: 4, series: [2, 3, 0, 0] });
  });

  it('counts the published, placed meetings that are over, without no-shows and cancellations', () => {
    expect(figure(report, 'meetingsHeld')).toMatchObject({ total: 3, series: [2, 1, 0, 0] });
  });

  it('gives the hub its own event and the other cluster only its own', async () => {
    const hub = await reportOf(t.db, w.hub, '2026-01-01', '2026-12-31');
    expect([figure(hub, 'eventsHeld').total, figure(hub, 'meetingsHeld').total, figure(hub, 'workshopsHeld').total, figure(hub, 'workshopParticipants').total]).toEqual([1, 1, 1, 2]);
    const other = await reportOf(t.db, w.other, '2026-01-01', '2026-12-31');
    expect([figure(other, 'eventsHeld').total, figure(other, 'meetingsHeld').total, figure(other, 'workshopsHeld').total, figure(other, 'workshopAttendances').total]).toEqual([1, 1, 1, 1]);
  });
});
