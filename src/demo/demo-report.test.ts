// The demo gives the funder report something to show: founding dates of the fictional start-ups (never after their
// membership began), the partnering days at BioCon Valley with their meetings held, and a year and a half of history
// in every area. The exact figures of last year and this year are worked out here from the demo's definitions (days
// before now) and compared with what the report counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { demoData } from '#src/demo/demo-data.ts';
import { demoGroups } from '#src/demo/demo-groups.ts';
import { groupHistory } from '#src/demo/demo-groups-history.ts';
import { demoPipelineProjects } from '#src/demo/demo-pipeline-data.ts';
import { DEMO_ASSOCIATES, DEMO_QUESTIONNAIRES, demoPartneringDays } from '#src/demo/demo-report.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { EARLIER_IDEAS } from '#src/demo/demo-strategy-history.ts';
import { IDEAS } from '#src/demo/demo-strategy.ts';
import { localDay } from '#src/events/event-slots.ts';
import { createLogger } from '#src/log.ts';
import { buildReport, type Report } from '#src/report/report-service.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const now = new Date('2026-11-22T12:00:00Z');
const ctx = () => ({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
const totals = (report: Report) => Object.fromEntries(report.figures.map((f) => [f.key, f.total]));
const LAST_YEAR = { from: '2025-01-01', to: '2025-12-31' };
const THIS_YEAR = { from: '2026-01-01', to: '2026-11-22' };

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
    const figures = totals(await buildReport(ctx(), 'biocon-valley', LAST_YEAR));
    expect(figures.eventsHeld).toBe(1);
    const placed = await t.db.selectFrom('meetings as m').innerJoin('events as e', 'e.id', 'm.event_id')
      .select((eb) => eb.fn.countAll<number>().as('n')).where('e.title', 'like', 'Partnering-Tag%').where('m.slot_id', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(placed.n)).toBe(32);
    // The absent participant's meetings are not held.
    expect(figures.meetingsHeld).toBe(32 - await absentSeats());
    expect(figures.members).toBeGreaterThan(5);
    expect(figures.startupsFounded).toBeGreaterThan(0);
  });
});

/** Placed meetings of a participant marked a no-show. */
async function absentSeats(): Promise<number> {
  const absent = await t.db.selectFrom('meeting_participants as mp').innerJoin('event_participants as p', 'p.id', 'mp.participant_id')
    .select((eb) => eb.fn.countAll<number>().as('n')).where('p.no_show', '=', true).where('mp.slot_id', 'is not', null).executeTakeFirstOrThrow();
  return Number(absent.n);
}

// What the demo's definitions say, as dated items: a Berlin day and a value (or the people, organisations involved).
type Item = { day: string; n: number; who?: string[] };
const dayAgo = (days: number) => localDay(new Date(now.getTime() - days * 86_400_000), 'Europe/Berlin');
const bcvProjects = demoPipelineProjects.filter((p) => p.cluster === 'biocon-valley');
const BCV_GROUPS = ['Strategiegruppe I „Life Science“', 'Arbeitsgruppe Bioökonomie', 'Arbeitsgruppe Digitalisierung im Bereich Life Science'];
// Past workshops that were not cancelled, with the people recorded as attended (none where it was never marked held).
const heldWorkshops: Item[] = BCV_GROUPS.flatMap((g) => [...(groupHistory[g] ?? []), ...demoGroups[g]!.workshops])
  .filter((w) => w.day < 0 && w.status !== 'cancelled')
  .map((w) => ({ day: dayAgo(-w.day), n: 1, who: w.status === 'planned' ? [] : [...(w.attended ?? []), ...(w.guests ?? [])] }));
const ideas: Item[] = [...EARLIER_IDEAS, ...IDEAS.map((idea, i) => ({ ...idea, daysAgo: 90 - i * 6 }))]
  .filter((i) => i.status !== 'hidden').map((i) => ({ day: dayAgo(i.daysAgo), n: 1 }));
const projects = (origin?: string): Item[] => bcvProjects.filter((p) => !origin || p.origin === origin)
  .map((p) => ({ day: dayAgo(p.stages[0]![1]), n: 1, who: [...new Set([...(p.lead ? [p.lead] : []), ...p.partners.map(([key]) => key)])] }));

const inPeriod = (items: Item[], span: { from: string; to: string }) => items.filter((i) => i.day >= span.from && i.day <= span.to);
const sum = (items: Item[], span: { from: string; to: string }) => inPeriod(items, span).reduce((s, i) => s + i.n, 0);
const distinct = (items: Item[], span: { from: string; to: string }) => new Set(inPeriod(items, span).flatMap((i) => i.who ?? [])).size;
/** The period's sum and the series' sums of `items`, as the report lays out a figure. */
const laidOut = (items: Item[], report: Report) => [sum(items, report.period), ...report.buckets.map((b) => sum(items, b))];
const asLaidOut = (report: Report, key: string) => {
  const figure = report.figures.find((f) => f.key === key)!;
  return [figure.total, ...figure.series];
};

type Membership = { name: string; start_date: string | null; end_date: string | null; status: string; is_sme: boolean; type: string; founded_on: string | null };
/** Approved, started by the day and not ended before it (an ended membership without an end date never is). */
const inForce = (m: Membership, lo: string, hi: string) => ['active', 'ended'].includes(m.status) && (m.start_date === null || m.start_date <= hi)
  && (m.end_date === null ? m.status === 'active' : m.end_date >= lo);

describe('the demo’s history in the funder report of BioCon Valley', () => {
  let memberships: Membership[];
  const memberOn = (name: string, day: string) => memberships.some((m) => m.name === name && inForce(m, day, day));
  const memberDuring = (name: string, span: { from: string; to: string }) => memberships.some((m) => m.name === name && inForce(m, span.from, span.to));
  // Funding of members: the recipient (the application's organisation, else the project's lead) a member on the day.
  const funding = (won: boolean): Item[] => bcvProjects.flatMap((p) => (p.funding ?? []).flatMap((f) => {
    const days = won ? f.decidedDaysAgo : f.appliedDaysAgo;
    if (days === undefined || (won && f.status !== 'won')) return [];
    return [{ day: dayAgo(days), n: (won ? f.won : f.applied) ?? 0, who: [f.organization ?? p.lead ?? ''] }];
  }));
  const organizationNames = new Map(demoData.organizations.map((o) => [o.key, o.name]));
  const ofMembers = (items: Item[]) => items.filter((i) => memberOn(organizationNames.get(i.who![0]!)!, i.day));

  beforeAll(async () => {
    memberships = await t.db.selectFrom('memberships as m').innerJoin('clusters as c', 'c.id', 'm.cluster_id').innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select(['o.name', 'm.start_date', 'm.end_date', 'm.status', 'o.is_sme', 'o.type', 'o.founded_on']).where('c.slug', 'like', 'biocon-valley%').execute();
  });

  for (const [label, span] of [['last year', LAST_YEAR], ['this year', THIS_YEAR]] as const) {
    it(`counts ${label}’s workshops, events, ideas, projects and funding by month as the demo dates them`, async () => {
      const report = await buildReport(ctx(), 'biocon-valley', span);
      expect(report.interval).toBe('month');
      expect(asLaidOut(report, 'workshopsHeld')).toEqual(laidOut(heldWorkshops, report));
      expect(asLaidOut(report, 'workshopAttendances')).toEqual(laidOut(heldWorkshops.map((w) => ({ ...w, n: w.who!.length })), report));
      expect(asLaidOut(report, 'ideasContributed')).toEqual(laidOut(ideas, report));
      expect(asLaidOut(report, 'projectsInitiated')).toEqual(laidOut(projects(), report));
      expect(asLaidOut(report, 'consortiaFromMatches')).toEqual(laidOut(projects('match'), report));
      expect(asLaidOut(report, 'fundingWon')).toEqual(laidOut(ofMembers(funding(true)), report));
      expect(asLaidOut(report, 'fundingApplied')).toEqual(laidOut(ofMembers(funding(false)), report));
      const figures = totals(report);
      expect(figures.workshopParticipants).toBe(distinct(heldWorkshops, span));
      expect(figures.projectPartners).toBe(distinct(projects(), span));
      // Every figure has something to show, and the additive ones are spread over at least three months.
      for (const f of report.figures) expect(f.total, f.key).toBeGreaterThan(0);
      for (const key of ['workshopsHeld', 'ideasContributed', 'projectsInitiated']) {
        expect(asLaidOut(report, key).slice(1).filter((n) => n > 0).length, key).toBeGreaterThanOrEqual(3);
      }
    });

    it(`counts ${label}’s partnering events, meetings and SMEs guided as the demo holds them`, async () => {
      const figures = totals(await buildReport(ctx(), 'biocon-valley', span));
      const days = demoPartneringDays(now).filter((d) => d.day >= span.from && d.day <= span.to);
      expect(figures.eventsHeld).toBe(days.length);
      // Every slot fills every table (a round robin has more pairs than tables); the absent participant's meetings are not held.
      const absent = days.some((d) => d.noShow) ? await absentSeats() : 0;
      expect(figures.meetingsHeld).toBe(days.reduce((n, d) => n + d.slots * d.tables, 0) - absent);
      // Questionnaires of SMEs that were members in the period; the products demo updates Ryck Plasma Care's checklist at now.
      const used = [...DEMO_QUESTIONNAIRES, { organization: 'Ryck Plasma Care GmbH (Demo)', daysAgo: [0] }]
        .filter((q) => q.daysAgo.some((d) => dayAgo(d) >= span.from && dayAgo(d) <= span.to) && memberDuring(q.organization, span));
      expect(figures.smesGuided).toBe(used.length);
    });

    it(`counts ${label}’s members, new members, SMEs and start-ups from the dated memberships`, async () => {
      const report = await buildReport(ctx(), 'biocon-valley', span);
      const figures = totals(report);
      const atEnd = memberships.filter((m) => inForce(m, span.to, span.to));
      expect(figures.members).toBe(new Set(atEnd.map((m) => m.name)).size);
      expect(figures.smeMembers).toBe(new Set(atEnd.filter((m) => m.is_sme).map((m) => m.name)).size);
      const first = new Map<string, string | null>();
      for (const m of memberships.filter((x) => x.status !== 'applied' && x.status !== 'rejected')) {
        const seen = first.get(m.name);
        first.set(m.name, seen === null || m.start_date === null ? null : seen === undefined || m.start_date < seen ? m.start_date : seen);
      }
      const joined = [...first].filter(([, d]) => d !== null && d >= span.from && d <= span.to).map(([name]) => name).sort();
      expect(figures.newMembers).toBe(joined.length);
      // The associates that joined in the period are among them.
      const associates = DEMO_ASSOCIATES.filter((a) => dayAgo(a.joined) >= span.from && dayAgo(a.joined) <= span.to).map((a) => a.organization);
      expect(associates.length).toBeGreaterThan(0);
      expect(joined).toEqual(expect.arrayContaining(associates));
      // Companies founded in the period and members some day between their founding and its end; young ones at most five years old.
      const founded = memberships.filter((m) => m.type === 'company' && m.founded_on !== null && m.founded_on >= span.from && m.founded_on <= span.to && inForce(m, m.founded_on, span.to));
      expect(figures.startupsFounded).toBe(new Set(founded.map((m) => m.name)).size);
      const fiveYearsBefore = `${Number(span.to.slice(0, 4)) - 5}${span.to.slice(4)}`;
      expect(figures.youngStartups).toBe(new Set(atEnd.filter((m) => m.type === 'company' && m.founded_on !== null && m.founded_on >= fiveYearsBefore).map((m) => m.name)).size);
      expect(report.themes.rows.reduce((n, r) => n + r.ideas, 0)).toBe(figures.ideasContributed);
    });
  }
});
