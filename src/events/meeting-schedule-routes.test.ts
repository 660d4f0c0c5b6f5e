// The organisers' schedule over HTTP: run the job, review and publish the draft, agendas, iCalendar, exports,
// cancel and move meetings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { acceptedRequest, buildEventWorld, type EventWorld } from '#src/events/event-test-world.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';
import { jobHandlers } from '#src/jobs/job-handlers.ts';
import { runNextJob } from '#src/jobs/job-runner.ts';
import { createLogger } from '#src/log.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: EventWorld;
type Draft = { id: string; stale: boolean; conflicts: string[]; scheduleVersion: number; schedule: ScheduleOutput };
type Agenda = { items: Array<{ meetingId: string; slotId: string; table: string; with: Array<{ name: string; organizationName: string }> }>; feedToken: string };
const url = (path = '') => `/api/v1/events/${w.eventId}${path}`;
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
const draft = () => json<Draft>(w.call('GET', url('/schedule/draft'), { as: 'organiser' }));

async function runJobs(): Promise<void> {
  const deps = { db: t.db, log: createLogger('silent'), clock: () => new Date(), handlers: jobHandlers, leaseMs: 60_000, retryDelayMs: () => 0 };
  while (await runNextJob(deps)) { /* next */ }
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildEventWorld(t.db);
  await acceptedRequest(w, 'anna', 'bo', true);
  await acceptedRequest(w, 'anna', 'carl');
  await acceptedRequest(w, 'anna', 'dora');
  await acceptedRequest(w, 'bo', 'dora');
  await acceptedRequest(w, 'carl', 'dora');
});
afterAll(() => t.close());

describe('scheduling and publishing', () => {
  it('refuses visitors (401) and non-organisers (403) on every organiser endpoint', async () => {
    const some = '00000000-0000-4000-8000-000000000000';
    const calls: Array<[string, string, object?]> = [
      ['POST', '/schedule', { seconds: 1 }], ['GET', '/schedule/draft'], ['POST', '/schedule/publish', { draftId: some, version: 0 }],
      ['POST', `/meetings/${some}/cancel`, {}], ['POST', `/meetings/${some}/move`, { slotId: some, tableId: some }],
      ['GET', '/export.json'], ['GET', '/participants.csv'], ['GET', '/agenda.csv'], ['DELETE', `/slots/${some}`],
    ];
    for (const [method, path, body] of calls) {
      expect((await w.call(method, url(path), { body })).status, `${method} ${path}`).toBe(401);
      expect((await w.call(method, url(path), { as: 'anna', body })).status, `${method} ${path}`).toBe(403);
    }
    expect((await w.call('GET', url('/agenda'))).status).toBe(401);
    expect((await w.call('GET', url('/agenda'), { as: 'stranger' })).status).toBe(403);
  });

  it('runs the scheduler as a job and stores a valid draft with its stats and no conflicts', async () => {
    const res = await w.call('POST', url('/schedule'), { as: 'organiser', body: { seconds: 1 } });
    expect(res.status).toBe(202);
    await runJobs();
    const job = await t.db.selectFrom('jobs').select(['status', 'progress']).where('id', '=', ((await res.json()) as { jobId: string }).jobId).executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
    expect(job.progress?.message).toMatch(/^draft: 5 scheduled/);
    const d = await draft();
    expect(d.schedule.stats).toMatchObject({ scheduled: 5, unscheduled: 0, weight: 6 });
    expect(d.schedule.stats.upperBound).toBeGreaterThanOrEqual(6);
    expect(d).toMatchObject({ stale: false, conflicts: [] });
  });

  it('publishes once per version: a second publish of the same version is a 409', async () => {
    const d = await draft();
    const first = await w.call('POST', url('/schedule/publish'), { as: 'organiser', body: { draftId: d.id, version: 0 } });
    expect(first.status).toBe(200);
    expect(((await first.json()) as Draft).stale).toBe(false);
    const again = await w.call('POST', url('/schedule/publish'), { as: 'organiser', body: { draftId: d.id, version: 0 } });
    expect(again.status).toBe(409);
    const notified = await t.db.selectFrom('notifications').select('user_id').where('kind', '=', 'event_agenda_published').execute();
    expect(notified).toHaveLength(4);
  });

  it('shows each participant their agenda with tables and counterparts, and as an iCalendar feed', async () => {
    const agenda = await json<Agenda>(w.call('GET', url('/agenda'), { as: 'anna' }));
    expect(agenda.items).toHaveLength(3);
    expect(agenda.items.flatMap((i) => i.with.map((x) => x.name)).sort()).toEqual(['bo', 'carl', 'dora']);
    expect(agenda.items.every((i) => ['T1', 'T2'].includes(i.table))).toBe(true);
    const ics = await w.call('GET', url(`/agenda.ics?token=${agenda.feedToken}`));
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text.match(/DTSTART:20270310T\d{6}Z/g)).toHaveLength(3);
    expect(text).toContain('Beta Clinic');
    expect((await w.call('GET', url('/agenda.ics'))).status).toBe(401);
    expect((await w.call('GET', url('/agenda.ics?token=wrong'))).status).toBe(403);
  });

  it('exports the contract EVENT with the published schedule, which the validator accepts, and CSVs', async () => {
    const exported = await json<{ event: unknown; schedule: ScheduleOutput }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    const event = parseEvent(exported.event);
    expect(event.meetings).toHaveLength(5);
    expect(event.slots).toHaveLength(5);
    expect(event.slots[0]!.start).toBe('2027-03-10T09:00:00+01:00');
    expect(validateSchedule(event, exported.schedule)).toEqual([]);
    const participants = await (await w.call('GET', url('/participants.csv'), { as: 'organiser' })).text();
    expect(participants.trim().split('\n')).toHaveLength(5);
    const agenda = await (await w.call('GET', url('/agenda.csv'), { as: 'organiser' })).text();
    expect(agenda.split('\n')[0]).toBe('start,end,table,room,meeting,priority,participants,organisations');
    expect(agenda.trim().split('\n')).toHaveLength(6);
  });
});

describe('changing the published schedule', () => {
  it('refuses to delete a slot holding meetings, naming them', async () => {
    const agenda = await json<Agenda>(w.call('GET', url('/agenda'), { as: 'anna' }));
    const res = await w.call('DELETE', url(`/slots/${agenda.items[0]!.slotId}`), { as: 'organiser' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { details: { meetings: string[] } } }).error.details.meetings).toContain(agenda.items[0]!.meetingId);
    expect((await w.call('PATCH', url(`/slots/${agenda.items[0]!.slotId}`), { as: 'organiser', body: { kind: 'break' } })).status).toBe(409);
    expect((await w.call('POST', url('/slots/generate'), { as: 'organiser', body: { days: ['2027-03-10'], sessions: [{ start: '09:00', end: '10:00' }], slotMinutes: 15 } })).status).toBe(409);
  });

  it('refuses a move that would double-book a participant, and moves to a free slot', async () => {
    const agenda = await json<Agenda>(w.call('GET', url('/agenda'), { as: 'anna' }));
    const [first, second] = agenda.items;
    const tables = await json<{ items: Array<{ id: string; label: string }> }>(w.call('GET', url('/tables'), { as: 'anna' }));
    const free = tables.items.map((x) => x.id);
    const clash = await w.call('POST', url(`/meetings/${first!.meetingId}/move`), { as: 'organiser', body: { slotId: second!.slotId, tableId: free[0] } });
    expect(clash.status).toBe(422);
    expect(((await clash.json()) as { error: { message: string } }).error.message).toMatch(/already meets|already hosts/);
    const slots = await json<{ items: Array<{ id: string; kind: string }> }>(w.call('GET', url('/slots'), { as: 'anna' }));
    const busy = new Set(agenda.items.map((i) => i.slotId));
    const everyone = await json<{ event: { meetings: Array<{ id: string; participants: string[] }> }; schedule: ScheduleOutput }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    const members = everyone.event.meetings.find((m) => m.id === first!.meetingId)!.participants;
    const other = everyone.event.meetings.filter((m) => m.participants.some((p) => members.includes(p)));
    const taken = new Set(everyone.schedule.assignments.filter((a) => other.some((m) => m.id === a.meeting)).map((a) => a.slot));
    const target = slots.items.find((s) => s.kind === 'meeting' && !busy.has(s.id) && !taken.has(s.id))!;
    const usedTables = new Set(everyone.schedule.assignments.filter((a) => a.slot === target.id).map((a) => a.table));
    const moved = await w.call('POST', url(`/meetings/${first!.meetingId}/move`), { as: 'organiser', body: { slotId: target.id, tableId: free.find((id) => !usedTables.has(id)) } });
    expect(moved.status).toBe(200);
    const after = await json<Agenda>(w.call('GET', url('/agenda'), { as: 'anna' }));
    expect(after.items.find((i) => i.meetingId === first!.meetingId)!.slotId).toBe(target.id);
  });

  it('cancels a meeting: its slot is free, nothing else moves, and the draft flags it as a conflict', async () => {
    const before = await json<{ schedule: ScheduleOutput }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    const agenda = await json<Agenda>(w.call('GET', url('/agenda'), { as: 'anna' }));
    const gone = agenda.items[0]!.meetingId;
    expect((await w.call('POST', url(`/meetings/${gone}/cancel`), { as: 'organiser', body: {} })).status).toBe(200);
    const after = await json<{ schedule: ScheduleOutput }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    expect(after.schedule.assignments).toEqual(before.schedule.assignments.filter((a) => a.meeting !== gone));
    expect((await json<Agenda>(w.call('GET', url('/agenda'), { as: 'anna' }))).items).toHaveLength(2);
    expect((await draft()).conflicts).toContain(`${gone}: the meeting was cancelled`);
    expect((await w.call('POST', url(`/meetings/${gone}/cancel`), { as: 'organiser', body: {} })).status).toBe(404);
  });

  it('fills the room a cancellation leaves with an unplaced meeting when asked, moving no other meeting', async () => {
    const late = await acceptedRequest(w, 'bo', 'carl', true);
    const lateMeeting = (await t.db.selectFrom('meetings').select('id').where('request_id', '=', late).executeTakeFirstOrThrow()).id;
    const before = await json<{ event: unknown; schedule: ScheduleOutput }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    expect(before.schedule.unscheduled.map((u) => u.meeting)).toContain(lateMeeting);
    const bo = await json<Agenda>(w.call('GET', url('/agenda'), { as: 'bo' }));
    const gone = bo.items[0]!.meetingId;
    const res = await w.call('POST', url(`/meetings/${gone}/cancel`), { as: 'organiser', body: { fill: true } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { filled: Array<{ meeting: string }> }).filled.map((f) => f.meeting)).toEqual([lateMeeting]);
    const after = await json<{ event: unknown; schedule: ScheduleOutput }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    expect(after.schedule.assignments.filter((a) => a.meeting !== lateMeeting)).toEqual(before.schedule.assignments.filter((a) => a.meeting !== gone));
    expect(validateSchedule(parseEvent(after.event), after.schedule)).toEqual([]);
  });
});

describe('team meetings', () => {
  it('adds a meeting of three participants that the next schedule places or explains, refusing bad participant lists', async () => {
    const trio = [w.participants.bo, w.participants.carl, w.participants.dora];
    expect((await w.call('POST', url('/meetings'), { body: { participantIds: trio } })).status).toBe(401);
    expect((await w.call('POST', url('/meetings'), { as: 'bo', body: { participantIds: trio } })).status).toBe(403);
    const twice = await w.call('POST', url('/meetings'), { as: 'organiser', body: { participantIds: [w.participants.bo, w.participants.bo] } });
    expect(twice.status).toBe(422);
    const res = await w.call('POST', url('/meetings'), { as: 'organiser', body: { participantIds: trio, priority: 2 } });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await w.call('POST', url('/schedule'), { as: 'organiser', body: { seconds: 1 } });
    await runJobs();
    const d = await draft();
    expect(d.conflicts).toEqual([]);
    expect([...d.schedule.assignments, ...d.schedule.unscheduled].filter((x) => x.meeting === id)).toHaveLength(1);
    const exported = await json<{ event: { meetings: Array<{ id: string; participants: string[] }> } }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    expect(exported.event.meetings.find((m) => m.id === id)!.participants.sort()).toEqual([...trio].sort());
  });
});
