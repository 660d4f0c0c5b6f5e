// Reminders of followed calls (run against the PostgreSQL server too): 14 and 3 days before the deadline, each once,
// however often or late the job runs, and never for a point that had passed when the user followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { FUNDING_REMINDER_NOTIFICATION, handleFundingReminders, sendDueReminders } from '#src/funding/funding-reminder-jobs.ts';
import type { Job } from '#src/jobs/job-queue.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildUser } from '#src/registry/test-builders.ts';
import { DAY } from '#src/pipeline/pipeline-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const START = new Date('2026-05-01T08:00:00Z');
const at = (days: number) => new Date(START.getTime() + days * DAY);
let early: string;
let late: string;
let clusterSlug: string;

async function callWith(deadlineDay: number, title: string, clusterId: string | null = null): Promise<string> {
  return (await t.db.insertInto('funding_calls').values({ title, deadline: at(deadlineDay).toISOString(), cluster_id: clusterId }).returning('id').executeTakeFirstOrThrow()).id;
}
async function follow(callId: string, userId: string, day: number): Promise<void> {
  await t.db.insertInto('funding_call_follows').values({ call_id: callId, user_id: userId, created_at: at(day).toISOString() }).execute();
}
async function reminders(userId: string) {
  const rows = await t.db.selectFrom('notifications').select(['payload', 'created_at']).where('user_id', '=', userId).where('kind', '=', FUNDING_REMINDER_NOTIFICATION).orderBy('created_at').execute();
  return rows.map((r) => r.payload as { callTitle: string; days: number; daysLeft: number; clusterSlug: string | null });
}

beforeAll(async () => {
  t = await createTestDb();
  early = (await buildUser(t.db)).userId;
  late = (await buildUser(t.db)).userId;
  clusterSlug = `funding-${START.getTime()}`;
  const cluster = await buildCluster(t.db, { slug: clusterSlug });
  const call = await callWith(30, 'Grand Solutions', cluster);
  await follow(call, early, 0); // before both points (day 16 and day 27)
  await follow(call, late, 20); // after the 14-day point: only the 3-day reminder
});
afterAll(() => t.close());

describe('call reminders', () => {
  it('sends the 14-day reminder once it is due, once, and the 3-day reminder later, once', async () => {
    expect(await sendDueReminders(t.db, at(15.9))).toBe(0);
    expect(await sendDueReminders(t.db, at(16))).toBe(1);
    expect(await sendDueReminders(t.db, at(16))).toBe(0);
    expect(await sendDueReminders(t.db, at(21))).toBe(0);
    expect(await reminders(early)).toEqual([{ callId: expect.any(String), callTitle: 'Grand Solutions', deadline: at(30).toISOString(), days: 14, daysLeft: 14, clusterSlug, url: null }]);
    expect(await sendDueReminders(t.db, at(27.5))).toBe(2);
    expect(await sendDueReminders(t.db, at(28))).toBe(0);
    expect((await reminders(early)).map((r) => [r.days, r.daysLeft])).toEqual([[14, 14], [3, 3]]);
    expect((await reminders(late)).map((r) => [r.days, r.daysLeft])).toEqual([[3, 3]]);
    expect(await sendDueReminders(t.db, at(31))).toBe(0);
  });

  it('sends only the 3-day reminder when the job first runs after both points, and nothing after the deadline', async () => {
    const user = (await buildUser(t.db)).userId;
    const missed = await callWith(40, 'EIC Accelerator');
    await follow(missed, user, 0);
    expect(await sendDueReminders(t.db, at(38))).toBe(1);
    expect((await reminders(user)).map((r) => [r.callTitle, r.days, r.daysLeft, r.clusterSlug])).toEqual([['EIC Accelerator', 3, 2, null]]);
    const gone = await callWith(45, 'Gone');
    await follow(gone, user, 0);
    expect(await sendDueReminders(t.db, at(46))).toBe(0);
  });

  it('reminds again when the deadline moves later and the points come round anew', async () => {
    const user = (await buildUser(t.db)).userId;
    const call = await callWith(60, 'ZIM');
    await follow(call, user, 0);
    expect(await sendDueReminders(t.db, at(46))).toBe(1);
    await t.db.updateTable('funding_calls').set({ deadline: at(90).toISOString() }).where('id', '=', call).execute();
    expect(await sendDueReminders(t.db, at(50))).toBe(0);
    expect(await sendDueReminders(t.db, at(76))).toBe(1);
    expect((await reminders(user)).map((r) => r.days)).toEqual([14, 14]);
  });

  it('sends each reminder once when two runs overlap', async () => {
    const users = [(await buildUser(t.db)).userId, (await buildUser(t.db)).userId];
    const call = await callWith(100, 'Overlap');
    for (const u of users) await follow(call, u, 0);
    const job = { id: 'test', kind: 'funding-call-reminders', payload: {} } as unknown as Job;
    const ctx = { db: t.db, actor: system, clock: () => at(86), log: createLogger('silent') };
    await Promise.all([handleFundingReminders(ctx, job, async () => {}), handleFundingReminders(ctx, job, async () => {}), sendDueReminders(t.db, at(86))]);
    for (const u of users) expect((await reminders(u)).map((r) => r.days)).toEqual([14]);
  });
});
