// The group-reminders job: tasks due within two days and workshops tomorrow, each reminded once however often it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { GROUP_REMINDERS, enqueueGroupReminders, handleGroupReminders, nextHour, sendGroupReminders } from '#src/groups/group-reminder-jobs.ts';
import { NOW, buildGroupWorld, notificationsOf, type GroupWorld } from '#src/groups/group-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: GroupWorld;
let now = NOW;
const ctx = () => w.ctxOf(system);
const task: Record<string, string> = {};
const workshop: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  w = await buildGroupWorld(t.db, () => now);
  // Today is 22 November 2026 (Berlin): due today, in 2 days, in 3 days, yesterday; one done; one without owner.
  const add = async (key: string, due: string | null, extra: Record<string, unknown> = {}) => {
    task[key] = (await t.db.insertInto('group_tasks').values({ group_id: w.groups.a1, title: key, owner_user_id: w.users.member.userId, due_date: due, ...extra }).returning('id').executeTakeFirstOrThrow()).id;
  };
  await add('today', '2026-11-22');
  await add('in2days', '2026-11-24');
  await add('in3days', '2026-11-25');
  await add('yesterday', '2026-11-21');
  await add('done', '2026-11-23', { status: 'done' });
  await add('nobody', '2026-11-23', { owner_user_id: null });
  await add('leftGroup', '2026-11-23', { group_id: w.groups.b1 });
  // Workshops: tomorrow morning and late tomorrow evening (Berlin), later today, the day after tomorrow, cancelled tomorrow.
  const ws = async (key: string, startsAt: string, status: 'planned' | 'cancelled' = 'planned') => {
    const end = new Date(new Date(startsAt).getTime() + 3_600_000).toISOString();
    workshop[key] = (await t.db.insertInto('workshops').values({ group_id: w.groups.a1, title: key, starts_at: startsAt, ends_at: end, status }).returning('id').executeTakeFirstOrThrow()).id;
  };
  await ws('tomorrowMorning', '2026-11-23T08:00:00Z');
  await ws('tomorrowLate', '2026-11-23T22:30:00Z'); // 23:30 in Berlin, still tomorrow
  await ws('laterToday', '2026-11-22T17:00:00Z');
  await ws('dayAfter', '2026-11-24T09:00:00Z');
  await ws('cancelledTomorrow', '2026-11-23T09:00:00Z', 'cancelled');
});
afterAll(() => t.close());

const reminders = async (userId: string) =>
  (await notificationsOf(t.db, userId)).filter((n) => n.kind === 'group_task_due' || n.kind === 'group_workshop_tomorrow')
    .map((n) => `${n.kind}:${(n.payload as { taskTitle?: string; workshopTitle?: string }).taskTitle ?? (n.payload as { workshopTitle: string }).workshopTitle}`)
    .sort();

describe('group reminders', () => {
  it('reminds owners of open tasks due within two days and members of tomorrow’s workshops', async () => {
    expect(await sendGroupReminders(ctx())).toEqual({ tasks: 2, workshops: 6 });
    expect(await reminders(w.users.member.userId)).toEqual([
      'group_task_due:in2days', 'group_task_due:today', 'group_workshop_tomorrow:tomorrowLate', 'group_workshop_tomorrow:tomorrowMorning',
    ]);
    for (const who of ['lead', 'editor'] as const) {
      expect(await reminders(w.users[who].userId)).toEqual(['group_workshop_tomorrow:tomorrowLate', 'group_workshop_tomorrow:tomorrowMorning']);
    }
    expect(await reminders(w.users.outsider.userId)).toEqual([]);
    const payload = (await notificationsOf(t.db, w.users.member.userId)).find((n) => n.kind === 'group_task_due')!.payload;
    expect(payload).toMatchObject({ groupId: w.groups.a1, groupTitle: { en: 'Digitalisation' } });
  });

  it('sends nothing twice, however often it runs', async () => {
    expect(await sendGroupReminders(ctx())).toEqual({ tasks: 0, workshops: 0 });
    now = new Date(NOW.getTime() + 3_600_000);
    expect(await sendGroupReminders(ctx())).toEqual({ tasks: 0, workshops: 0 });
    expect(await reminders(w.users.member.userId)).toHaveLength(4);
  });

  it('reminds again of a task or workshop that was moved, and of tasks as they come within two days', async () => {
    await t.db.updateTable('group_tasks').set({ due_date: '2026-11-23' }).where('id', '=', task.today!).execute();
    await t.db.updateTable('workshops').set({ starts_at: '2026-11-23T12:00:00Z', ends_at: '2026-11-23T13:00:00Z' }).where('id', '=', workshop.tomorrowMorning!).execute();
    expect(await sendGroupReminders(ctx())).toEqual({ tasks: 1, workshops: 3 });
    now = new Date('2026-11-23T07:00:00Z');
    expect(await sendGroupReminders(ctx())).toEqual({ tasks: 1, workshops: 3 });
    expect((await reminders(w.users.member.userId)).filter((r) => r === 'group_task_due:in3days')).toHaveLength(1);
    expect((await reminders(w.users.member.userId)).filter((r) => r === 'group_workshop_tomorrow:dayAfter')).toHaveLength(1);
  });

  it('queues itself hourly without piling up runs', async () => {
    expect(await enqueueGroupReminders(t.db)).toBe(true);
    expect(await enqueueGroupReminders(t.db)).toBe(false);
    const job = await t.db.selectFrom('jobs').selectAll().where('kind', '=', GROUP_REMINDERS).executeTakeFirstOrThrow();
    const progress: unknown[] = [];
    await handleGroupReminders(ctx(), job, async (p) => void progress.push(p));
    await handleGroupReminders(ctx(), job, async () => undefined);
    const queued = await t.db.selectFrom('jobs').select(['dedupe_key', 'run_after']).where('kind', '=', GROUP_REMINDERS).orderBy('dedupe_key').execute();
    expect(queued.map((j) => [j.dedupe_key, new Date(j.run_after).toISOString()])).toEqual([
      ['group-reminders', expect.any(String)],
      ['group-reminders@2026-11-23T08:00:00.000Z', '2026-11-23T08:00:00.000Z'],
    ]);
    expect(progress).toEqual([{ done: 1, total: 1, message: '0 task reminders, 0 workshop reminders sent' }]);
    expect(nextHour(new Date('2026-11-23T07:59:59Z')).toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });
});
