// Scheduling again after publishing, over HTTP: the job's progress for organisers, daily caps kept by the search,
// published meetings pinned unless the organiser rebuilds, slots and tables that lose placed meetings, and
// colleagues joining a meeting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { acceptedRequest, buildEventWorld, type EventWorld } from '#src/events/event-test-world.ts';
import { readProgress, searchProgress } from '#src/events/meeting-schedule-job.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';
import { jobHandlers } from '#src/jobs/job-handlers.ts';
import type { JobHandler } from '#src/jobs/job-queue.ts';
import { runNextJob } from '#src/jobs/job-runner.ts';
import type { JobProgress } from '#src/db/types.ts';
import { createLogger } from '#src/log.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: EventWorld;
type Draft = { id: string; conflicts: string[]; scheduleVersion: number; published: { kept: number; moved: string[]; dropped: string[] }; schedule: ScheduleOutput };
type Job = { id: string; status: string; phase: string; done: number; seconds: number; weight: number | null; upperBound: number | null; error: string | null };
type Slot = { id: string; startsAt: string; kind: string };
const url = (path = '') => `/api/v1/events/${w.eventId}${path}`;
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
const draft = () => json<Draft>(w.call('GET', url('/schedule/draft'), { as: 'organiser' }));
const m: Record<string, string> = {};
const meetingOf = async (requestId: string) => (await t.db.selectFrom('meetings').select('id').where('request_id', '=', requestId).executeTakeFirstOrThrow()).id;

/** The job runner's dependencies, on the real clock. */
const jobDeps = (handlers = jobHandlers) => ({ db: t.db, log: createLogger('silent'), clock: () => new Date(), handlers, leaseMs: 60_000, retryDelayMs: () => 0 });

async function runJobs(): Promise<void> {
  while (await runNextJob(jobDeps())) { /* next */ }
}

/** Starts a scheduling job through `call`, runs it, and checks that it is done, so the draft read next is its own. */
async function runSchedule(call: EventWorld['call'], base: string, body: { seconds: number; rebuild?: boolean }): Promise<void> {
  const res = await call('POST', `${base}/schedule`, { as: 'organiser', body });
  expect(res.status).toBe(202);
  const { jobId } = (await res.json()) as { jobId: string };
  await runJobs();
  expect(await json<Job>(call('GET', `${base}/schedule/job`, { as: 'organiser' }))).toMatchObject({ id: jobId, status: 'done' });
}

/** Runs the scheduler (from scratch when asked); returns its draft. */
async function schedule(body: { seconds: number; rebuild?: boolean }): Promise<Draft> {
  await runSchedule(w.call, url(), body);
  return draft();
}

async function publish(d: Draft): Promise<void> {
  expect((await w.call('POST', url('/schedule/publish'), { as: 'organiser', body: { draftId: d.id, version: d.scheduleVersion } })).status).toBe(200);
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildEventWorld(t.db);
});
afterAll(() => t.close());

describe('the scheduling job, for organisers', () => {
  it('refuses visitors (401) and participants (403), and says 404 before any run', async () => {
    expect((await w.call('GET', url('/schedule/job'))).status).toBe(401);
    expect((await w.call('GET', url('/schedule/job'), { as: 'anna' })).status).toBe(403);
    expect((await w.call('GET', url('/schedule/job'), { as: 'stranger' })).status).toBe(403);
    expect((await w.call('GET', url('/schedule/job'), { as: 'organiser' })).status).toBe(404);
    expect((await w.call('POST', url('/schedule'), { as: 'organiser', body: { seconds: 1, rebuild: 'yes' } })).status).toBe(422);
  });

  it('shows the job queued, then its phase, time spent and weight while it runs, then saved', async () => {
    m.annaBo = await meetingOf(await acceptedRequest(w, 'anna', 'bo', true));
    m.carlDora = await meetingOf(await acceptedRequest(w, 'carl', 'dora'));
    const { jobId } = await json<{ jobId: string }>(w.call('POST', url('/schedule'), { as: 'organiser', body: { seconds: 2 } }));
    expect(await json<Job>(w.call('GET', url('/schedule/job'), { as: 'organiser' }))).toMatchObject({ id: jobId, status: 'queued', phase: 'queued', done: 0, seconds: 2 });
    // What the job writes while it runs (each report is what GET /schedule/job reads at that moment).
    const written: JobProgress[] = [];
    const handlers = { ...jobHandlers, 'event-schedule': ((ctx, job, progress) => jobHandlers['event-schedule']!(ctx, job, async (p) => {
      written.push(p);
      await progress(p);
    })) satisfies JobHandler };
    while (await runNextJob(jobDeps(handlers))) { /* next */ }
    expect(written[0]!.message).toBe('scheduling 2 meetings into 5 slots at 2 tables, 0 kept in place');
    const phases = written.map((p) => readProgress(p.message).phase);
    expect(phases).toEqual(expect.arrayContaining(['weight', 'gaps']));
    expect(phases.indexOf('weight')).toBeLessThan(phases.indexOf('gaps'));
    expect(phases.at(-1)).toBe('saved');
    for (const p of written.slice(1, -1)) {
      expect(p.total).toBe(2000);
      expect(p.done).toBeGreaterThanOrEqual(0);
      expect(p.message).toMatch(/^(searching|reducing idle gaps): weight [0-3] of at most 3$/);
    }
    expect(await json<Job>(w.call('GET', url('/schedule/job'), { as: 'organiser' }))).toMatchObject({ status: 'done', phase: 'saved', done: 1, weight: 3, upperBound: 3, error: null });
  });

  it('reads a running job as its phase with the share of time spent, and writes progress it can read back', async () => {
    const message = searchProgress({ phase: 'gaps', weight: 40, upperBound: 41, seconds: 2.5 }, 10);
    expect(message).toEqual({ done: 2500, total: 10_000, message: 'reducing idle gaps: weight 40 of at most 41' });
    expect(readProgress(message.message)).toEqual({ phase: 'gaps', weight: 40, upperBound: 41 });
    await t.db.insertInto('jobs').values({
      kind: 'event-schedule', payload: JSON.stringify({ eventId: w.eventId, seconds: 10 }), status: 'running', dedupe_key: `event-schedule:${w.eventId}`,
      progress: JSON.stringify({ done: 2500, total: 10_000, message: 'searching: weight 5 of at most 7' }),
    }).execute();
    expect(await json<Job>(w.call('GET', url('/schedule/job'), { as: 'organiser' }))).toMatchObject({ status: 'running', phase: 'weight', done: 0.25, seconds: 10, weight: 5, upperBound: 7 });
    await t.db.deleteFrom('jobs').where('status', '=', 'running').execute();
  });
});

describe('daily caps', () => {
  it('keeps each participant within their daily cap inside the search, on an event of two days', async () => {
    // Two days of five meeting slots; everyone comes both days; anna meets at most once a day.
    const plan = { days: ['2027-03-10', '2027-03-11'], sessions: [{ start: '09:00', end: '12:00' }], slotMinutes: 30, breaks: [{ start: '10:30', end: '11:00', label: 'Coffee' }] };
    expect((await w.call('POST', url('/slots/generate'), { as: 'organiser', body: plan })).status).toBe(200);
    for (const who of ['anna', 'bo', 'carl', 'dora']) {
      const body = { days: plan.days, ...(who === 'anna' ? { maxMeetingsPerDay: 1 } : {}) };
      expect((await w.call('PATCH', url('/participants/me'), { as: who, body })).status).toBe(200);
    }
    m.annaCarl = await meetingOf(await acceptedRequest(w, 'anna', 'carl'));
    m.annaDora = await meetingOf(await acceptedRequest(w, 'anna', 'dora', true));
    const d = await schedule({ seconds: 1 });
    expect(d.conflicts).toEqual([]);
    const slots = await json<{ items: Slot[] }>(w.call('GET', url('/slots'), { as: 'anna' }));
    const day = new Map(slots.items.map((s) => [s.id, s.startsAt.slice(0, 10)]));
    const annaDays = d.schedule.assignments.filter((a) => [m.annaBo, m.annaDora, m.annaCarl].includes(a.meeting)).map((a) => day.get(a.slot));
    // One meeting on each day: the two starred ones (anna-bo, anna-dora), weight 2 each; anna-carl waits.
    expect(annaDays.sort()).toEqual(['2027-03-10', '2027-03-11']);
    expect(d.schedule.stats).toMatchObject({ scheduled: 3, unscheduled: 1, weight: 5 });
    expect(d.schedule.unscheduled).toEqual([{ meeting: m.annaCarl, reason: `${w.participants.anna} already has its maximum of 2 meetings` }]);
    await publish(d);
  });
});

describe('scheduling again after publishing', () => {
  let first: Draft;
  const at = (d: Draft, meeting: string) => d.schedule.assignments.find((a) => a.meeting === meeting)!;

  it('keeps every published meeting at its slot and table and places a newly accepted one around them', async () => {
    first = await draft();
    m.boCarl = await meetingOf(await acceptedRequest(w, 'bo', 'carl'));
    const again = await schedule({ seconds: 1 });
    expect(again.published).toEqual({ kept: 3, moved: [], dropped: [] });
    for (const a of first.schedule.assignments) expect(again.schedule.assignments).toContainEqual(a);
    expect(again.schedule.assignments.map((a) => a.meeting)).toContain(m.boCarl);
    expect(again.conflicts).toEqual([]);
  });

  it('lets organisers add a colleague to a meeting, refusing one who would break a rule where it is placed', async () => {
    const path = (meeting: string) => url(`/meetings/${meeting}/participants`);
    expect((await w.call('POST', path(m.boCarl!), { body: { participantIds: [w.participants.dora] } })).status).toBe(401);
    expect((await w.call('POST', path(m.boCarl!), { as: 'bo', body: { participantIds: [w.participants.dora] } })).status).toBe(403);
    const again = await w.call('POST', path(m.boCarl!), { as: 'organiser', body: { participantIds: [w.participants.bo] } });
    expect(again.status).toBe(422);
    expect(((await again.json()) as { error: { details: Array<{ field: string }> } }).error.details[0]!.field).toBe('participantIds');
    expect((await w.call('POST', path(m.boCarl!), { as: 'organiser', body: { participantIds: ['00000000-0000-4000-8000-000000000000'] } })).status).toBe(422);
    // carl-dora is published on one of the days, and anna meets once on each day already: her daily cap refuses her.
    const refused = await w.call('POST', path(m.carlDora!), { as: 'organiser', body: { participantIds: [w.participants.anna] } });
    expect(refused.status).toBe(422);
    const broken = ((await refused.json()) as { error: { details: Array<{ message: string }> } }).error.details.map((d) => d.message);
    expect(broken).toContain(`${w.participants.anna}: 3 meetings, more than maxMeetings 2`);
    expect(broken.some((b) => new RegExp(`^${w.participants.anna}: more than 1 meetings on 2027-03-1[01]$`).test(b))).toBe(true);
    // bo-carl is not placed yet (the draft is not published): dora joins, and the meeting is a team meeting of three.
    const joined = await w.call('POST', path(m.boCarl!), { as: 'organiser', body: { participantIds: [w.participants.dora] } });
    expect(joined.status).toBe(200);
    expect(((await joined.json()) as { participantIds: string[] }).participantIds.sort()).toEqual([w.participants.bo, w.participants.carl, w.participants.dora].sort());
    const notified = await t.db.selectFrom('notifications').select('payload').where('kind', '=', 'event_meeting_changed').execute();
    expect(notified.filter((n) => (n.payload as { change: string }).change === 'joined')).toHaveLength(3);
  });

  it('takes the meetings of a deleted slot out of the agenda only when asked, and flags the draft that used it', async () => {
    const slot = at(first, m.annaBo!).slot;
    const there = first.schedule.assignments.filter((a) => a.slot === slot).map((a) => a.meeting).sort();
    expect(there).toContain(m.annaBo);
    const refused = await w.call('DELETE', url(`/slots/${slot}`), { as: 'organiser' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { details: { meetings: string[] } } }).error.details.meetings.sort()).toEqual(there);
    expect((await w.call('DELETE', url(`/slots/${slot}?unplace=maybe`), { as: 'organiser' })).status).toBe(422);
    expect((await w.call('DELETE', url(`/slots/${slot}?unplace=true`), { as: 'anna' })).status).toBe(403);
    const pending = await schedule({ seconds: 1 });
    const res = await w.call('DELETE', url(`/slots/${slot}?unplace=true`), { as: 'organiser' });
    expect(res.status).toBe(200);
    const deleted = (await res.json()) as { id: string; unplaced: string[] };
    expect(deleted.id).toBe(slot);
    expect(deleted.unplaced.sort()).toEqual(there);
    const agenda = await json<{ items: Array<{ meetingId: string }> }>(w.call('GET', url('/agenda'), { as: 'anna' }));
    expect(agenda.items.map((i) => i.meetingId)).toEqual([m.annaDora]);
    const told = await t.db.selectFrom('notifications').select('payload').where('kind', '=', 'event_meeting_changed').execute();
    expect(told.filter((n) => (n.payload as { change: string }).change === 'unplaced')).toHaveLength(2 * there.length);
    // The draft computed before still places anna-bo there: a conflict, and it cannot be published.
    const stale = await draft();
    expect(stale.id).toBe(pending.id);
    expect(stale.conflicts).toContain(`${m.annaBo}: slot ${slot} was deleted`);
    expect((await w.call('POST', url('/schedule/publish'), { as: 'organiser', body: { draftId: stale.id, version: stale.scheduleVersion } })).status).toBe(422);
    // Scheduling again keeps the two meetings still placed, and finds anna-bo a new slot.
    const fresh = await schedule({ seconds: 1 });
    expect(fresh.published).toEqual({ kept: 3 - there.length, moved: [], dropped: [] });
    expect(fresh.conflicts).toEqual([]);
    expect(at(fresh, m.annaBo!).slot).not.toBe(slot);
  });

  it('refuses to take a table away from a slot where a meeting is placed at it, naming the meeting', async () => {
    const published = (await t.db.selectFrom('meetings as m').innerJoin('event_tables as t', 't.id', 'm.table_id').select(['m.id', 'm.slot_id', 't.label'])
      .where('m.event_id', '=', w.eventId).where('m.slot_id', 'is not', null).execute());
    const [placed] = published;
    const slots = await json<{ items: Slot[] }>(w.call('GET', url('/slots'), { as: 'organiser' }));
    const others = slots.items.filter((s) => s.id !== placed!.slot_id).map((s) => s.id);
    const res = await w.call('PUT', url('/tables'), { as: 'organiser', body: { tables: [{ label: placed!.label, slotIds: others }] } });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { details: { meetings: string[] } } }).error.details.meetings).toEqual([placed!.id]);
    const fine = await w.call('PUT', url('/tables'), { as: 'organiser', body: { tables: [{ label: placed!.label, room: 'Hall A', slotIds: [placed!.slot_id, ...published.filter((p) => p.label === placed!.label).map((p) => p.slot_id)] }] } });
    expect(fine.status).toBe(200);
  });
});

describe('published meetings as fixed input of the scheduler', () => {
  let p: EventWorld;
  const call = (method: string, path: string, options: { as?: string; body?: unknown } = {}) => p.call(method, `/api/v1/events/${p.eventId}${path}`, options);
  const pdraft = () => json<Draft>(call('GET', '/schedule/draft', { as: 'organiser' }));
  async function run(body: { seconds: number; rebuild?: boolean }): Promise<Draft> {
    await runSchedule(p.call, `/api/v1/events/${p.eventId}`, body);
    return pdraft();
  }

  it('moves a published meeting for a heavier arrangement only when the organiser rebuilds from scratch', async () => {
    p = await buildEventWorld(t.db);
    // Two slots and one table that exists in them (T2 is never there).
    expect((await call('POST', '/slots/generate', { as: 'organiser', body: { days: ['2027-03-10'], sessions: [{ start: '09:00', end: '10:00' }], slotMinutes: 30 } })).status).toBe(200);
    const slots = (await json<{ items: Slot[] }>(call('GET', '/slots', { as: 'organiser' }))).items.map((s) => s.id);
    expect((await call('PUT', '/tables', { as: 'organiser', body: { tables: [{ label: 'T2', slotIds: [] }] } })).status).toBe(200);
    const annaBo = await meetingOf(await acceptedRequest(p, 'anna', 'bo'));
    const published = await run({ seconds: 1 });
    expect((await call('POST', '/schedule/publish', { as: 'organiser', body: { draftId: published.id, version: 0 } })).status).toBe(200);
    const held = published.schedule.assignments[0]!;
    expect(held.meeting).toBe(annaBo);
    const other = slots.find((s) => s !== held.slot)!;
    // carl can meet only in anna-bo's slot; anna starred their meeting (weight 2).
    expect((await call('PATCH', '/participants/me', { as: 'carl', body: { availableSlotIds: [held.slot] } })).status).toBe(200);
    const annaCarl = await meetingOf(await acceptedRequest(p, 'anna', 'carl', true));

    const kept = await run({ seconds: 1 });
    expect(kept.published).toEqual({ kept: 1, moved: [], dropped: [] });
    expect(kept.schedule.assignments).toEqual([held]);
    expect(kept.schedule.unscheduled.map((u) => u.meeting)).toEqual([annaCarl]);

    const rebuilt = await run({ seconds: 1, rebuild: true });
    expect(rebuilt.schedule.stats.weight).toBe(3);
    expect(rebuilt.published).toEqual({ kept: 0, moved: [annaBo], dropped: [] });
    expect(rebuilt.schedule.assignments.map((a) => [a.meeting, a.slot]).sort()).toEqual([[annaBo, other], [annaCarl, held.slot]].sort());
    expect(rebuilt.conflicts).toEqual([]);
  });

  it('frees a published meeting that no longer fits, and places it again elsewhere', async () => {
    const current = await json<{ schedule: ScheduleOutput }>(call('GET', '/export.json', { as: 'organiser' }));
    const [held] = current.schedule.assignments;
    const slots = (await json<{ items: Slot[] }>(call('GET', '/slots', { as: 'organiser' }))).items.map((s) => s.id);
    // bo is no longer there in the published slot of anna-bo.
    expect((await call('PATCH', '/participants/me', { as: 'bo', body: { availableSlotIds: slots.filter((s) => s !== held!.slot) } })).status).toBe(200);
    const d = await run({ seconds: 1 });
    expect(d.published).toEqual({ kept: 0, moved: [held!.meeting], dropped: [] });
    expect(d.schedule.assignments.find((a) => a.meeting === held!.meeting)!.slot).not.toBe(held!.slot);
    expect(d.conflicts).toEqual([]);
  });
});
