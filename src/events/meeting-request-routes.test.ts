// Meeting requests over HTTP: send, star, accept, decline, withdraw; caps; reminders and expiry as a job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildEventWorld, type EventWorld } from '#src/events/event-test-world.ts';
import { jobHandlers } from '#src/jobs/job-handlers.ts';
import { runNextJob } from '#src/jobs/job-runner.ts';
import { createLogger } from '#src/log.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: EventWorld;
let now = new Date('2027-03-01T12:00:00Z');
type Request = { id: string; status: string; starredBySender: boolean; meetingId: string | null; expiresAt: string };
const url = (path = '') => `/api/v1/events/${w.eventId}${path}`;
const send = (from: string, to: string, body: object = {}) => w.call('POST', url('/requests'), { as: from, body: { toParticipantId: w.participants[to], ...body } });
const kindsOf = async (user: string) => (await t.db.selectFrom('notifications').select('kind').where('user_id', '=', user).orderBy('created_at').execute()).map((n) => n.kind);
const userOf = (key: string) => (w.actors[key] as { userId: string }).userId;

async function runJobs(): Promise<void> {
  const deps = { db: t.db, log: createLogger('silent'), clock: () => now, handlers: jobHandlers, leaseMs: 60_000, retryDelayMs: () => 0 };
  while (await runNextJob(deps)) { /* next */ }
}

beforeAll(async () => {
  t = await createTestDb();
  w = await buildEventWorld(t.db, now);
  w.setNow(now);
});
afterAll(() => t.close());

describe('sending and answering requests', () => {
  it('refuses visitors (401) and people not registered (403) on every request endpoint', async () => {
    const sent = await send('anna', 'bo', { message: 'Coffee?' });
    expect(sent.status).toBe(201);
    const id = ((await sent.json()) as Request).id;
    expect((await w.call('POST', url('/requests'), { body: { toParticipantId: w.participants.bo } })).status).toBe(401);
    expect((await send('stranger', 'bo')).status).toBe(403);
    expect((await w.call('GET', url('/requests'))).status).toBe(401);
    expect((await w.call('GET', url('/requests'), { as: 'stranger' })).status).toBe(403);
    for (const verb of ['accept', 'decline', 'withdraw']) {
      expect((await w.call('POST', url(`/requests/${id}/${verb}`))).status).toBe(401);
      expect((await w.call('POST', url(`/requests/${id}/${verb}`), { as: 'carl' })).status).toBe(403);
    }
    expect((await w.call('POST', url(`/requests/${id}/accept`), { as: 'anna' })).status).toBe(403);
    expect((await w.call('POST', url(`/requests/${id}/star`), { as: 'carl', body: { starred: true } })).status).toBe(403);
    expect((await w.call('POST', url(`/requests/${id}/withdraw`), { as: 'anna' })).status).toBe(200);
  });

  it('creates a meeting with priority 1 + stars when the recipient accepts; a pending request creates none', async () => {
    const sent = (await (await send('anna', 'carl', { starred: true })).json()) as Request;
    expect(sent.meetingId).toBeNull();
    expect(await t.db.selectFrom('meetings').selectAll().execute()).toHaveLength(0);
    expect((await w.call('POST', url(`/requests/${sent.id}/star`), { as: 'carl', body: { starred: true } })).status).toBe(200);
    const accepted = (await (await w.call('POST', url(`/requests/${sent.id}/accept`), { as: 'carl' })).json()) as Request;
    expect(accepted.status).toBe('accepted');
    const meeting = await t.db.selectFrom('meetings').selectAll().where('id', '=', accepted.meetingId!).executeTakeFirstOrThrow();
    expect(meeting.priority).toBe(3);
    expect(await kindsOf(userOf('anna'))).toContain('event_meeting_answer');
    expect((await w.call('POST', url(`/requests/${sent.id}/decline`), { as: 'carl' })).status).toBe(409);
    expect((await send('carl', 'anna')).status).toBe(409);
  });

  it('lets the recipient decline and lists sent and received requests', async () => {
    const sent = (await (await send('dora', 'bo')).json()) as Request;
    expect((await w.call('POST', url(`/requests/${sent.id}/decline`), { as: 'bo' })).status).toBe(200);
    const mine = (await (await w.call('GET', url('/requests'), { as: 'bo' })).json()) as { sent: Request[]; received: Request[] };
    expect(mine.received.map((r) => r.status).sort()).toEqual(['declined', 'withdrawn']);
  });

  it('enforces the cap of open requests and names the field of a bad recipient', async () => {
    expect((await w.call('PATCH', url('/participants/me'), { as: 'bo', body: { maxOpenRequests: 1 } })).status).toBe(200);
    expect((await send('bo', 'carl')).status).toBe(201);
    const over = await send('bo', 'dora');
    expect(over.status).toBe(409);
    const bad = await w.call('POST', url('/requests'), { as: 'bo', body: { toParticipantId: w.participants.bo } });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { details: Array<{ field: string }> } }).error.details[0]!.field).toBe('toParticipantId');
  });
});

describe('reminders and expiry', () => {
  it('reminds the recipient 24 h before expiry, then expires the request and tells the sender', async () => {
    const sent = (await (await send('dora', 'carl')).json()) as Request;
    expect(Date.parse(sent.expiresAt) - now.getTime()).toBe(48 * 3_600_000);
    await runJobs();
    expect(await kindsOf(userOf('carl'))).not.toContain('event_request_reminder');
    now = new Date(now.getTime() + 25 * 3_600_000);
    w.setNow(now);
    await runJobs();
    expect((await kindsOf(userOf('carl'))).filter((k) => k === 'event_request_reminder')).toHaveLength(2);
    now = new Date(now.getTime() + 24 * 3_600_000);
    w.setNow(now);
    await runJobs();
    const row = await t.db.selectFrom('meeting_requests').select('status').where('id', '=', sent.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('expired');
    expect(await kindsOf(userOf('dora'))).toContain('event_request_expired');
    expect((await w.call('POST', url(`/requests/${sent.id}/accept`), { as: 'carl' })).status).toBe(409);
  });
});
