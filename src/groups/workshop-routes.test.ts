// Workshops over HTTP: planning (with notifications), registering, attendance and minutes, and the report's counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { bodyOf, buildGroupWorld, notificationsOf, type GroupWorld } from '#src/groups/group-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: GroupWorld;
const plan = { title: 'Kick-off: data spaces', startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T12:30', place: 'BioTechnikum Greifswald', agenda: '# Agenda\n\n1. Welcome\n2. Data spaces' };

beforeAll(async () => {
  t = await createTestDb();
  w = await buildGroupWorld(t.db);
});
afterAll(() => t.close());

describe('planning workshops', () => {
  it('refuses visitors (401), plain members and other clusters (403)', async () => {
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { body: plan })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'member', body: plan })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'managerB', body: plan })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'outsider', body: plan })).status).toBe(403);
  });

  it('names the bad field: end before start, unknown time zone, a link that is not http, no title', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...plan, endsAt: '2026-12-03T09:00' }, 'endsAt'],
      [{ ...plan, timezone: 'Mars/Olympus' }, 'timezone'],
      [{ ...plan, link: 'javascript:alert(1)' }, 'link'],
      [{ ...plan, title: ' ' }, 'title'],
      [{ ...plan, startsAt: '3 December' }, 'startsAt'],
    ];
    for (const [body, field] of cases) {
      const res = await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'lead', body });
      expect(res.status, field).toBe(422);
      expect((await bodyOf(res)).error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it('lets the lead plan one in wall-clock time of its zone and tells the group’s other members', async () => {
    const res = await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'lead', body: plan });
    expect(res.status).toBe(201);
    const workshop = await bodyOf(res);
    expect(workshop).toMatchObject({
      title: plan.title, timezone: 'Europe/Berlin', startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T11:30:00.000Z',
      startsAtLocal: '2026-12-03T10:00', endsAtLocal: '2026-12-03T12:30', status: 'planned', sequence: 0, registered: 0, attended: 0, myStatus: null, link: null,
    });
    for (const who of ['member', 'editor'] as const) {
      const notes = await notificationsOf(t.db, w.users[who].userId);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ kind: 'group_workshop_planned', payload: { groupId: w.groups.a1, workshopId: workshop.id, workshopTitle: plan.title, startsAt: '2026-12-03T09:00:00.000Z', groupTitle: { en: 'Digitalisation' } } });
    }
    expect(await notificationsOf(t.db, w.users.lead.userId)).toEqual([]);
    expect(await notificationsOf(t.db, w.users.fresh.userId)).toEqual([]);
  });

  it('takes an instant with an offset as given, in summer time too', async () => {
    const res = await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'manager', body: { ...plan, title: 'Summer', startsAt: '2027-06-10T09:00:00+02:00', endsAt: '2027-06-10T16:00', timezone: 'Europe/Copenhagen', link: 'https://meet.example.org/x' } });
    expect(await bodyOf(res)).toMatchObject({ startsAt: '2027-06-10T07:00:00.000Z', endsAt: '2027-06-10T14:00:00.000Z', startsAtLocal: '2027-06-10T09:00', timezone: 'Europe/Copenhagen', link: 'https://meet.example.org/x' });
  });
});

describe('registering, attendance and minutes', () => {
  let id = '';
  let past = '';
  beforeAll(async () => {
    const list = await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'fresh' }));
    id = list.items.find((x: { title: string }) => x.title === plan.title).id;
    past = (await bodyOf(await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'lead', body: { ...plan, title: 'Held', startsAt: '2026-11-10T10:00', endsAt: '2026-11-10T12:00' } }))).id;
  });

  it('lets the group’s members register, not the cluster’s other members nor outsiders', async () => {
    expect((await w.call('PUT', `/api/v1/workshops/${id}/registration`)).status).toBe(401);
    expect((await w.call('PUT', `/api/v1/workshops/${id}/registration`, { as: 'outsider' })).status).toBe(403);
    expect((await w.call('PUT', `/api/v1/workshops/${id}/registration`, { as: 'fresh' })).status).toBe(403);
    const mine = await bodyOf(await w.call('PUT', `/api/v1/workshops/${id}/registration`, { as: 'editor' }));
    expect(mine).toMatchObject({ registered: 1, myStatus: 'registered', attendees: [{ name: 'Eddie Editor', organizations: ['Plasma Works (A)'], status: 'registered' }] });
    expect((await bodyOf(await w.call('PUT', `/api/v1/workshops/${id}/registration`, { as: 'member' }))).registered).toBe(2);
    expect((await bodyOf(await w.call('DELETE', `/api/v1/workshops/${id}/registration`, { as: 'member' }))).registered).toBe(1);
    expect((await w.call('DELETE', `/api/v1/workshops/${id}/registration`, { as: 'member' })).status).toBe(404);
    const row = await t.db.selectFrom('workshop_attendees').select('organization_id').where('workshop_id', '=', id).executeTakeFirstOrThrow();
    expect(row.organization_id).toBe(w.orgs.a);
  });

  it('closes registration once a workshop has begun (409)', async () => {
    expect((await w.call('PUT', `/api/v1/workshops/${past}/registration`, { as: 'member' })).status).toBe(409);
  });

  it('records attendance only once the workshop has begun, only of the group’s people, by leads and managers', async () => {
    const entries = [{ userId: w.users.member.userId, status: 'attended' }, { userId: w.users.editor.userId, status: 'absent' }];
    expect((await w.call('PUT', `/api/v1/workshops/${past}/attendance`, { body: { entries } })).status).toBe(401);
    expect((await w.call('PUT', `/api/v1/workshops/${past}/attendance`, { as: 'member', body: { entries } })).status).toBe(403);
    expect((await w.call('PUT', `/api/v1/workshops/${id}/attendance`, { as: 'lead', body: { entries } })).status).toBe(409);
    const stranger = await w.call('PUT', `/api/v1/workshops/${past}/attendance`, { as: 'lead', body: { entries: [...entries, { userId: w.users.fresh.userId, status: 'attended' }] } });
    expect(stranger.status).toBe(422);
    expect((await bodyOf(stranger)).error.details).toEqual([{ field: 'entries.2.userId', message: 'not a member of the group nor registered' }]);
    expect((await w.call('PUT', `/api/v1/workshops/${past}/attendance`, { as: 'lead', body: { entries: [] } })).status).toBe(422);
    const held = await bodyOf(await w.call('PUT', `/api/v1/workshops/${past}/attendance`, { as: 'lead', body: { entries: [...entries, { userId: w.users.lead.userId, status: 'attended' }] } }));
    expect(held).toMatchObject({ status: 'held', registered: 3, attended: 2, sequence: 1 });
    expect(held.attendees.map((a: { name: string; status: string }) => [a.name, a.status])).toEqual([['Eddie Editor', 'absent'], ['Lars Lead', 'attended'], ['Mia Member', 'attended']]);
  });

  it('keeps the minutes, which every member of the cluster reads and only leads and managers write', async () => {
    const minutes = '## Minutes\n\n- Agreed on a *shared data space*.';
    expect((await w.call('PATCH', `/api/v1/workshops/${past}`, { as: 'member', body: { minutes } })).status).toBe(403);
    const saved = await bodyOf(await w.call('PATCH', `/api/v1/workshops/${past}`, { as: 'manager', body: { minutes } }));
    expect(saved).toMatchObject({ minutes, sequence: 1 });
    expect((await bodyOf(await w.call('GET', `/api/v1/workshops/${past}`, { as: 'fresh' }))).minutes).toBe(minutes);
    expect((await w.call('GET', `/api/v1/workshops/${past}`, { as: 'outsider' })).status).toBe(403);
    expect((await w.call('GET', `/api/v1/workshops/${past}`)).status).toBe(401);
  });

  it('leaves the rows the funder report counts: a held workshop, attended and absent people with their organisation', async () => {
    const rows = await t.db.selectFrom('workshop_attendees as a').innerJoin('workshops as w', 'w.id', 'a.workshop_id')
      .select(['w.status as workshop', 'a.user_id', 'a.status', 'a.organization_id']).where('w.id', '=', past).orderBy('a.status').orderBy('a.user_id').execute();
    const who = (id: string) => Object.entries(w.users).find(([, u]) => u.userId === id)![0];
    expect(rows.map((r) => [r.workshop, who(r.user_id), r.status, r.organization_id]).sort()).toEqual([
      ['held', 'editor', 'absent', w.orgs.a], ['held', 'lead', 'attended', null], ['held', 'member', 'attended', null],
    ]);
  });

  it('cancels a workshop: calendars see a new sequence, the other members a notification, registration closes', async () => {
    const cancelled = await bodyOf(await w.call('PATCH', `/api/v1/workshops/${id}`, { as: 'lead', body: { status: 'cancelled' } }));
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
    for (const who of ['member', 'editor', 'lead'] as const) {
      const notes = (await notificationsOf(t.db, w.users[who].userId)).filter((n) => n.kind === 'group_workshop_cancelled');
      expect(notes.map((n) => (n.payload as { workshopId: string }).workshopId)).toEqual(who === 'lead' ? [] : [id]);
    }
    expect((await w.call('PUT', `/api/v1/workshops/${id}/registration`, { as: 'member' })).status).toBe(409);
    expect((await w.call('PUT', `/api/v1/workshops/${id}/attendance`, { as: 'lead', body: { entries: [{ userId: w.users.member.userId, status: 'attended' }] } })).status).toBe(409);
  });

  it('moves a workshop keeping its zone, and refuses an end before the new start', async () => {
    const moved = await bodyOf(await w.call('PATCH', `/api/v1/workshops/${id}`, { as: 'lead', body: { status: 'planned', startsAt: '2026-12-04T14:00', endsAt: '2026-12-04T16:00' } }));
    expect(moved).toMatchObject({ startsAt: '2026-12-04T13:00:00.000Z', endsAt: '2026-12-04T15:00:00.000Z', status: 'planned', sequence: 2 });
    const bad = await w.call('PATCH', `/api/v1/workshops/${id}`, { as: 'lead', body: { startsAt: '2026-12-05T10:00' } });
    expect(bad.status).toBe(422);
    expect((await bodyOf(bad)).error.details).toEqual([{ field: 'endsAt', message: 'must be after startsAt' }]);
  });

  it('deletes a workshop for leads and managers only', async () => {
    const extra = (await bodyOf(await w.call('POST', `/api/v1/groups/${w.groups.a1}/workshops`, { as: 'lead', body: { ...plan, title: 'Extra' } }))).id;
    expect((await w.call('DELETE', `/api/v1/workshops/${extra}`, { as: 'member' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/workshops/${extra}`, { as: 'manager' })).status).toBe(204);
    expect((await w.call('GET', `/api/v1/workshops/${extra}`, { as: 'manager' })).status).toBe(404);
  });
});
