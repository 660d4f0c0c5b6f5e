// The demo gives the funder report something to show: founding dates of the fictional start-ups (never after their
// membership began), last year's partnering day at BioCon Valley with its meetings held, and figures in every area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createLogger } from '#src/log.ts';
import { buildReport, type Report } from '#src/report/report-service.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const now = new Date('2026-11-22T12:00:00Z');
const ctx = () => ({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
const totals = (report: Report) => Object.fromEntries(report.figures.map((f) => [f.key, f.total]));

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty(ctx());
}, 240_000);
afterAll(() => t.close());

describe('the demo for the funder report', () => {
  it('dates the fictional start-ups’ founding, and no membership of theirs begins before it', async () => {
    const rows = await t.db.selectFrom('organizations as o').innerJoin('memberships as m', 'm.organization_id', 'o.id')
      .select(['o.name', 'o.founded_on', 'm.start_date']).where('o.founded_on', 'is not', null).execute();
    expect(new Set(rows.map((r) => r.name)).size).toBe(15);
    for (const r of rows) expect(r.start_date === null || r.start_date >= r.founded_on!, r.name).toBe(true);
  });

  it('holds last year’s partnering day at BioCon Valley with published meetings, one participant absent', async () => {
    const report = await buildReport(ctx(), 'biocon-valley', { from: '2025-01-01', to: '2025-12-31' });
    const figures = totals(report);
    expect(figures.eventsHeld).toBe(1);
    const placed = await t.db.selectFrom('meetings as m').innerJoin('events as e', 'e.id', 'm.event_id')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('e.title', 'like', 'Partnering-Tag%').where('m.slot_id', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(placed.n)).toBe(32);
    // The absent participant's meetings are not held.
    const absent = await t.db.selectFrom('meeting_participants as mp').innerJoin('event_participants as p', 'p.id', 'mp.participant_id')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('p.no_show', '=', true).where('mp.slot_id', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(absent.n)).toBeGreaterThan(0);
    expect(figures.meetingsHeld).toBe(32 - Number(absent.n));
    expect(figures.members).toBeGreaterThan(5);
    expect(figures.startupsFounded).toBeGreaterThan(0);
  });

  it('shows figures for this year in every area the other demos fill', async () => {
    const report = await buildReport(ctx(), 'biocon-valley', { from: '2026-01-01', to: '2026-11-22' });
    const figures = totals(report);
    for (const key of ['members', 'newMembers', 'smeMembers', 'projectsInitiated', 'projectPartners', 'workshopsHeld', 'workshopParticipants', 'smesGuided', 'youngStartups', 'ideasContributed']) {
      expect(figures[key], key).toBeGreaterThan(0);
    }
    expect(report.themes.rows.length).toBeGreaterThan(0);
  });
});
