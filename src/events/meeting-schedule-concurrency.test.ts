// Concurrent writers of one event (run against the PostgreSQL server too): two publishes of one version, a
// request accepted while the scheduler runs, two moves into one place. None double-books, none loses a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { acceptedRequest, buildEventWorld, type EventWorld } from '#src/events/event-test-world.ts';
import { EVENT_SCHEDULE, handleEventSchedule } from '#src/events/meeting-schedule-job.ts';
import type { Job } from '#src/jobs/job-queue.ts';
import { createLogger } from '#src/log.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: EventWorld;
type Draft = { id: string; stale: boolean; newMeetings: string[]; conflicts: string[]; scheduleVersion: number };
const url = (path = '') => `/api/v1/events/${w.eventId}${path}`;
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

/** Runs the schedule job in-process; `midway` runs after the job has read the event and before it stores the draft. */
async function scheduleJob(midway: () => Promise<void> = async () => {}): Promise<void> {
  let calls = 0;
  const job = { id: 'test', kind: EVENT_SCHEDULE, payload: { eventId: w.eventId, seconds: 1 } } as unknown as Job;
  const ctx = { db: t.db, actor: system, clock: () => new Date(), log: createLogger('silent') };
  await handleEventSchedule(ctx, job, async () => {
    if (calls++ === 0) await midway();
  });
}

async function doubleBookings(): Promise<number> {
  const rows = await t.db.selectFrom('meeting_participants').select(['participant_id', 'slot_id']).where('slot_id', 'is not', null).execute();
  const tables = await t.db.selectFrom('meetings').select(['slot_id', 'table_id']).where('slot_id', 'is not', null).execute();
  const distinct = (keys: string[]) => keys.length - new Set(keys).size;
  return distinct(rows.map((r) => `${r.participant_id} ${r.slot_id}`)) + distinct(tables.map((r) => `${r.slot_id} ${r.table_id}`));
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildEventWorld(t.db);
  await acceptedRequest(w, 'anna', 'bo', true);
  await acceptedRequest(w, 'anna', 'carl');
  await acceptedRequest(w, 'bo', 'carl');
});
afterAll(() => t.close());

describe('concurrent writers', () => {
  it('keeps a request accepted while the scheduler runs: the draft says it is stale and nothing is double-booked', async () => {
    let lateRequest = '';
    await scheduleJob(async () => {
      lateRequest = await acceptedRequest(w, 'dora', 'anna', true);
    });
    const late = await t.db.selectFrom('meetings').select(['id', 'status']).where('request_id', '=', lateRequest).executeTakeFirstOrThrow();
    const draft = await json<Draft>(w.call('GET', url('/schedule/draft'), { as: 'organiser' }));
    expect(draft).toMatchObject({ stale: true, newMeetings: [late.id], conflicts: [] });
    expect((await w.call('POST', url('/schedule/publish'), { as: 'organiser', body: { draftId: draft.id, version: 0 } })).status).toBe(200);
    const kept = await t.db.selectFrom('meetings').select(['status', 'slot_id']).where('id', '=', late.id).executeTakeFirstOrThrow();
    expect(kept).toEqual({ status: 'accepted', slot_id: null });
    expect(await doubleBookings()).toBe(0);
  });

  it('lets exactly one of two simultaneous publishes of the same version through; the other gets 409', async () => {
    await scheduleJob();
    const draft = await json<Draft>(w.call('GET', url('/schedule/draft'), { as: 'organiser' }));
    expect(draft).toMatchObject({ stale: false, conflicts: [], scheduleVersion: 1 });
    const publish = (as: string) => w.call('POST', url('/schedule/publish'), { as, body: { draftId: draft.id, version: 1 } });
    const statuses = (await Promise.all([publish('organiser'), publish('admin')])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const event = await t.db.selectFrom('events').select('schedule_version').where('id', '=', w.eventId).executeTakeFirstOrThrow();
    expect(event.schedule_version).toBe(2);
    expect(await t.db.selectFrom('meetings').select('id').where('slot_id', 'is not', null).execute()).toHaveLength(4);
    expect(await doubleBookings()).toBe(0);
  });

  it('lets only one of two simultaneous moves into the same slot and table succeed', async () => {
    const exported = await json<{ schedule: { assignments: Array<{ meeting: string; slot: string; table: string }> } }>(w.call('GET', url('/export.json'), { as: 'organiser' }));
    const slots = await json<{ items: Array<{ id: string; kind: string }> }>(w.call('GET', url('/slots'), { as: 'anna' }));
    const tables = await json<{ items: Array<{ id: string }> }>(w.call('GET', url('/tables'), { as: 'anna' }));
    const used = new Set(exported.schedule.assignments.map((a) => a.slot));
    const emptySlot = slots.items.find((s) => s.kind === 'meeting' && !used.has(s.id))!;
    const [a, b] = exported.schedule.assignments;
    const move = (meeting: string) => w.call('POST', url(`/meetings/${meeting}/move`), { as: 'organiser', body: { slotId: emptySlot.id, tableId: tables.items[0]!.id } });
    const statuses = (await Promise.all([move(a!.meeting), move(b!.meeting)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 422]);
    expect(await doubleBookings()).toBe(0);
  });

  it('refuses a second meeting at a placed slot and table in the database itself', async () => {
    const placed = await t.db.selectFrom('meetings').select(['slot_id', 'table_id', 'event_id']).where('slot_id', 'is not', null).executeTakeFirstOrThrow();
    await expect(t.db.insertInto('meetings').values({ event_id: placed.event_id, slot_id: placed.slot_id, table_id: placed.table_id }).execute()).rejects.toThrow(/unique|duplicate/i);
  });
});
