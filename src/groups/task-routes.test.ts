// Decisions and tasks over HTTP: who records and changes them, task ownership, one's own tasks with overdue flags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { bodyOf, buildGroupWorld, notificationsOf, type GroupWorld } from '#src/groups/group-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: GroupWorld;
let workshopA1 = '';
let workshopB1 = '';

beforeAll(async () => {
  t = await createTestDb();
  w = await buildGroupWorld(t.db);
  const at = { starts_at: '2026-11-10T09:00:00Z', ends_at: '2026-11-10T11:00:00Z' };
  workshopA1 = (await t.db.insertInto('workshops').values({ group_id: w.groups.a1, title: 'Kick-off', ...at }).returning('id').executeTakeFirstOrThrow()).id;
  workshopB1 = (await t.db.insertInto('workshops').values({ group_id: w.groups.b1, title: 'Fjord kick-off', ...at }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

describe('decisions', () => {
  const decision = { text: 'We build a shared data space.', decidedOn: '2026-11-10' };

  it('refuses visitors (401), plain members and outsiders (403), and names bad fields (422)', async () => {
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { body: decision })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'member', body: decision })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'outsider', body: decision })).status).toBe(403);
    const otherWorkshop = await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'lead', body: { ...decision, workshopId: workshopB1 } });
    expect((await bodyOf(otherWorkshop)).error.details).toEqual([{ field: 'workshopId', message: 'not a workshop of this group' }]);
    const badDate = await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'lead', body: { ...decision, decidedOn: '10.11.2026' } });
    expect(badDate.status).toBe(422);
    expect((await bodyOf(badDate)).error.details[0].field).toBe('decidedOn');
  });

  it('records decisions with their workshop; the cluster’s members read them newest first', async () => {
    const first = await bodyOf(await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'lead', body: { ...decision, workshopId: workshopA1 } }));
    expect(first).toMatchObject({ groupId: w.groups.a1, workshopId: workshopA1, text: decision.text, decidedOn: '2026-11-10' });
    await w.call('POST', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'manager', body: { text: 'Next meeting in Rostock.', decidedOn: '2026-11-20' } });
    const list = await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a1}/decisions`, { as: 'fresh' }));
    expect(list.items.map((d: { text: string }) => d.text)).toEqual(['Next meeting in Rostock.', decision.text]);
    expect((await w.call('PATCH', `/api/v1/group-decisions/${first.id}`, { as: 'member', body: { text: 'x' } })).status).toBe(403);
    expect((await bodyOf(await w.call('PATCH', `/api/v1/group-decisions/${first.id}`, { as: 'lead', body: { workshopId: null } }))).workshopId).toBeNull();
    expect((await w.call('DELETE', `/api/v1/group-decisions/${first.id}`, { as: 'outsider' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/group-decisions/${first.id}`, { as: 'lead' })).status).toBe(204);
  });
});

describe('tasks', () => {
  let taskId = '';

  it('refuses visitors (401) and those who do not run the group (403)', async () => {
    const task = { title: 'Draft the data-space paper', ownerUserId: w.users.member.userId, dueDate: '2026-12-01' };
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { body: task })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { as: 'member', body: task })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { as: 'managerB', body: task })).status).toBe(403);
  });

  it('assigns tasks only to members of the group', async () => {
    for (const owner of [w.users.fresh.userId, w.users.outsider.userId]) {
      const res = await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { as: 'lead', body: { title: 'x', ownerUserId: owner } });
      expect(res.status).toBe(422);
      expect((await bodyOf(res)).error.details).toEqual([{ field: 'ownerUserId', message: 'not a member of the group' }]);
    }
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { as: 'lead', body: { title: 'x', dueDate: 'soon' } })).status).toBe(422);
  });

  it('creates a task and tells its owner', async () => {
    const res = await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { as: 'lead', body: { title: 'Draft the data-space paper', ownerUserId: w.users.member.userId, dueDate: '2026-12-01', workshopId: workshopA1 } });
    expect(res.status).toBe(201);
    const task = await bodyOf(res);
    taskId = task.id;
    expect(task).toMatchObject({ title: 'Draft the data-space paper', ownerUserId: w.users.member.userId, ownerName: 'Mia Member', dueDate: '2026-12-01', status: 'open', doneAt: null, overdue: false });
    const notes = (await notificationsOf(t.db, w.users.member.userId)).filter((n) => n.kind === 'group_task_assigned');
    expect(notes.map((n) => n.payload)).toEqual([{ clusterSlug: expect.any(String), groupId: w.groups.a1, groupTitle: { en: 'Digitalisation', de: 'Digitalisation (de)' }, taskId, taskTitle: 'Draft the data-space paper', dueDate: '2026-12-01' }]);
  });

  it('lets the owner mark their task done and open, but change nothing else; others may not touch it', async () => {
    expect((await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { as: 'editor', body: { status: 'done' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { as: 'member', body: { title: 'Mine now' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { as: 'outsider', body: { status: 'done' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { body: { status: 'done' } })).status).toBe(401);
    const done = await bodyOf(await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { as: 'member', body: { status: 'done' } }));
    expect(done).toMatchObject({ status: 'done', doneAt: '2026-11-22T12:00:00.000Z' });
    const open = await bodyOf(await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { as: 'member', body: { status: 'open' } }));
    expect(open).toMatchObject({ status: 'open', doneAt: null });
  });

  it('lets the lead reassign a task (the new owner is told) and delete it', async () => {
    const moved = await bodyOf(await w.call('PATCH', `/api/v1/group-tasks/${taskId}`, { as: 'lead', body: { ownerUserId: w.users.editor.userId, dueDate: '2026-11-20' } }));
    expect(moved).toMatchObject({ ownerUserId: w.users.editor.userId, ownerName: 'Eddie Editor', overdue: true });
    const notes = (await notificationsOf(t.db, w.users.editor.userId)).filter((n) => n.kind === 'group_task_assigned');
    expect(notes.map((n) => (n.payload as { dueDate: string }).dueDate)).toEqual(['2026-11-20']);
    const extra = (await bodyOf(await w.call('POST', `/api/v1/groups/${w.groups.a1}/tasks`, { as: 'manager', body: { title: 'Book a room' } }))).id;
    expect((await w.call('DELETE', `/api/v1/group-tasks/${extra}`, { as: 'member' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/group-tasks/${extra}`, { as: 'lead' })).status).toBe(204);
    expect((await w.call('DELETE', `/api/v1/group-tasks/${extra}`, { as: 'lead' })).status).toBe(404);
  });

  it('shows each user their own tasks across groups, open first by due date, overdue ones counted', async () => {
    await t.db.insertInto('group_tasks').values([
      { group_id: w.groups.a2, title: 'Invite the ministry', owner_user_id: w.users.editor.userId, due_date: '2026-12-15' },
      { group_id: w.groups.a2, title: 'Undated idea', owner_user_id: w.users.editor.userId, due_date: null },
      { group_id: w.groups.a2, title: 'Old and done', owner_user_id: w.users.editor.userId, due_date: '2026-10-01', status: 'done' },
      { group_id: w.groups.b1, title: 'Someone else’s', owner_user_id: w.users.outsider.userId, due_date: '2026-10-01' },
    ]).execute();
    expect((await w.call('GET', '/api/v1/me/group-tasks')).status).toBe(401);
    const open = await bodyOf(await w.call('GET', '/api/v1/me/group-tasks', { as: 'editor' }));
    expect(open.items.map((x: { title: string; overdue: boolean; group: { title: { en: string } } }) => [x.title, x.overdue, x.group.title.en])).toEqual([
      ['Draft the data-space paper', true, 'Digitalisation'], ['Invite the ministry', false, 'Strategy group I'], ['Undated idea', false, 'Strategy group I'],
    ]);
    expect(open.overdue).toBe(1);
    const all = await bodyOf(await w.call('GET', '/api/v1/me/group-tasks?status=all', { as: 'editor' }));
    expect(all.items.map((x: { title: string }) => x.title)).toContain('Old and done');
    expect(all.items.every((x: { group: { clusterName: string } }) => x.group.clusterName === 'Cluster A')).toBe(true);
    expect((await w.call('GET', '/api/v1/me/group-tasks?status=late', { as: 'editor' })).status).toBe(422);
  });

  it('lists a group’s tasks to the cluster’s members only', async () => {
    const list = await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a2}/tasks`, { as: 'fresh' }));
    expect(list.items.map((x: { title: string; status: string }) => [x.title, x.status])).toEqual([['Invite the ministry', 'open'], ['Undated idea', 'open'], ['Old and done', 'done']]);
    expect((await w.call('GET', `/api/v1/groups/${w.groups.a2}/tasks`, { as: 'outsider' })).status).toBe(403);
    expect((await w.call('GET', `/api/v1/groups/${w.groups.a2}/tasks`)).status).toBe(401);
  });

  it('hides one’s tasks of a cluster one no longer belongs to', async () => {
    await t.db.updateTable('memberships').set({ status: 'ended' }).where('organization_id', '=', w.orgs.a).execute();
    const open = await bodyOf(await w.call('GET', '/api/v1/me/group-tasks', { as: 'editor' }));
    expect(open).toEqual({ items: [], overdue: 0 });
    await t.db.updateTable('memberships').set({ status: 'active' }).where('organization_id', '=', w.orgs.a).execute();
  });
});
