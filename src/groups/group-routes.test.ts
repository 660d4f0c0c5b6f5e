// Groups over HTTP: the public face, what only the cluster's members see, managers' editing, joining and leaving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { bodyOf, buildGroupWorld, type GroupWorld } from '#src/groups/group-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: GroupWorld;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildGroupWorld(t.db);
});
afterAll(() => t.close());

describe('listing and reading groups', () => {
  it('shows everyone the groups with title, description and lead, but no counts and no roles', async () => {
    const res = await w.call('GET', `/api/v1/clusters/${w.clusters.a}/groups`);
    expect(res.status).toBe(200);
    const body = await bodyOf(res);
    expect(body.access).toBe('public');
    expect(body.items.map((g: { title: { en: string } }) => g.title.en)).toEqual(['Strategy group I', 'Digitalisation']);
    const digital = body.items[1];
    expect(digital).toMatchObject({
      kind: 'working_group', themeId: w.themes.a, memberCount: null, myRole: null, runs: false,
      lead: { personId: w.people.person, personName: 'Greta Greifswald', organizationId: w.orgs.a, organizationName: 'Plasma Works (A)' },
    });
    // The strategy group's lead person did not consent to be listed: only the organisation shows.
    expect(body.items[0].lead).toEqual({ personId: null, personName: null, organizationId: w.orgs.a, organizationName: 'Plasma Works (A)' });
  });

  it('filters by kind, finds the cluster by slug, and answers 404 for an unknown cluster', async () => {
    const slug = (await t.db.selectFrom('clusters').select('slug').where('id', '=', w.clusters.a).executeTakeFirstOrThrow()).slug;
    const body = await bodyOf(await w.call('GET', `/api/v1/clusters/${slug}/groups?kind=strategy_group`));
    expect(body.items.map((g: { id: string }) => g.id)).toEqual([w.groups.a2]);
    expect((await w.call('GET', '/api/v1/clusters/no-such-cluster/groups')).status).toBe(404);
    expect((await w.call('GET', `/api/v1/clusters/${w.clusters.a}/groups?kind=club`)).status).toBe(422);
  });

  it('shows the cluster’s members the member counts and their own role', async () => {
    const body = await bodyOf(await w.call('GET', `/api/v1/clusters/${w.clusters.a}/groups`, { as: 'editor' }));
    expect(body.access).toBe('member');
    expect(body.items.map((g: { memberCount: number; myRole: string | null }) => [g.memberCount, g.myRole])).toEqual([[1, null], [3, 'member']]);
    const lead = await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a1}`, { as: 'lead' }));
    expect(lead).toMatchObject({ myRole: 'lead', runs: true, memberCount: 3 });
    const manager = await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a1}`, { as: 'manager' }));
    expect(manager).toMatchObject({ myRole: null, runs: true, memberCount: 3 });
  });

  it('keeps the member list to the cluster: 401 for visitors, 403 for members of another cluster', async () => {
    expect((await w.call('GET', `/api/v1/groups/${w.groups.a1}/members`)).status).toBe(401);
    expect((await w.call('GET', `/api/v1/groups/${w.groups.a1}/members`, { as: 'outsider' })).status).toBe(403);
    expect((await w.call('GET', `/api/v1/groups/${w.groups.a1}/members`, { as: 'managerB' })).status).toBe(403);
    const res = await w.call('GET', `/api/v1/groups/${w.groups.a1}/members`, { as: 'fresh' });
    expect(res.status).toBe(200);
    const items = (await bodyOf(res)).items;
    expect(items.map((m: { name: string; role: string; organizations: string[] }) => [m.name, m.role, m.organizations])).toEqual([
      ['Lars Lead', 'lead', []], ['Eddie Editor', 'member', ['Plasma Works (A)']], ['Mia Member', 'member', []],
    ]);
  });

  it('gives a member of cluster B nothing internal of cluster A, and the other way round', async () => {
    const listed = await bodyOf(await w.call('GET', `/api/v1/clusters/${w.clusters.a}/groups`, { as: 'outsider' }));
    expect(listed.access).toBe('public');
    expect(listed.items.every((g: { memberCount: number | null }) => g.memberCount === null)).toBe(true);
    const own = await bodyOf(await w.call('GET', `/api/v1/clusters/${w.clusters.b}/groups`, { as: 'member' }));
    expect(own.items.map((g: { memberCount: number | null; myRole: string | null }) => [g.memberCount, g.myRole])).toEqual([[null, null]]);
    for (const path of ['members', 'workshops', 'decisions', 'tasks']) {
      expect((await w.call('GET', `/api/v1/groups/${w.groups.b1}/${path}`, { as: 'member' })).status).toBe(403);
      expect((await w.call('GET', `/api/v1/groups/${w.groups.a1}/${path}`, { as: 'outsider' })).status).toBe(403);
    }
  });

  it('answers 404 for an unknown group and 422 for a malformed id', async () => {
    expect((await w.call('GET', '/api/v1/groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await w.call('GET', '/api/v1/groups/nope')).status).toBe(422);
  });
});

describe('creating and changing groups', () => {
  const good = { kind: 'working_group', title: { de: 'Bioökonomie', en: 'Bioeconomy' }, description: { en: 'A strategy for the bioeconomy.' } };

  it('refuses visitors (401), members and other clusters’ managers (403)', async () => {
    expect((await w.call('POST', `/api/v1/clusters/${w.clusters.a}/groups`, { body: good })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/clusters/${w.clusters.a}/groups`, { as: 'lead', body: good })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/clusters/${w.clusters.a}/groups`, { as: 'managerB', body: good })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/groups/${w.groups.a1}`, { as: 'lead', body: { position: 3 } })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}`, { as: 'lead' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}`)).status).toBe(401);
  });

  it('names the bad field: no title, a theme of another cluster, an unknown person or organisation', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, title: {} }, 'title'],
      [{ ...good, kind: 'club' }, 'kind'],
      [{ ...good, themeId: w.themes.b }, 'themeId'],
      [{ ...good, leadPersonId: '00000000-0000-4000-8000-000000000000' }, 'leadPersonId'],
      [{ ...good, leadOrganizationId: '00000000-0000-4000-8000-000000000000' }, 'leadOrganizationId'],
      [{ ...good, extra: 1 }, '(root)'],
    ];
    for (const [body, field] of cases) {
      const res = await w.call('POST', `/api/v1/clusters/${w.clusters.a}/groups`, { as: 'manager', body });
      expect(res.status, field).toBe(422);
      expect((await bodyOf(res)).error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
  });

  it('lets the manager create a group of the cluster (also on a hub theme) and change and delete it', async () => {
    const res = await w.call('POST', `/api/v1/clusters/${w.clusters.aHub}/groups`, { as: 'manager', body: { ...good, themeId: w.themes.a, leadOrganizationId: w.orgs.a } });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(created).toMatchObject({ clusterId: w.clusters.aHub, title: { de: 'Bioökonomie', en: 'Bioeconomy' }, themeId: w.themes.a, memberCount: 0, runs: true });
    const changed = await bodyOf(await w.call('PATCH', `/api/v1/groups/${created.id}`, { as: 'manager', body: { kind: 'strategy_group', themeId: null } }));
    expect(changed).toMatchObject({ kind: 'strategy_group', themeId: null, title: { en: 'Bioeconomy' } });
    expect((await w.call('PATCH', `/api/v1/groups/${created.id}`, { as: 'manager', body: {} })).status).toBe(422);
    expect((await w.call('DELETE', `/api/v1/groups/${created.id}`, { as: 'manager' })).status).toBe(204);
    expect((await w.call('GET', `/api/v1/groups/${created.id}`)).status).toBe(404);
  });
});

describe('joining and leaving', () => {
  it('lets a member of the cluster join (twice changes nothing) and leave', async () => {
    const joined = await bodyOf(await w.call('POST', `/api/v1/groups/${w.groups.a2}/members`, { as: 'fresh', body: {} }));
    expect(joined).toMatchObject({ myRole: 'member', memberCount: 2, runs: false });
    const again = await bodyOf(await w.call('POST', `/api/v1/groups/${w.groups.a2}/members`, { as: 'fresh', body: {} }));
    expect(again).toMatchObject({ myRole: 'member', memberCount: 2 });
    const token = await t.db.selectFrom('working_group_members').select('feed_token').where('group_id', '=', w.groups.a2).where('user_id', '=', w.users.fresh.userId).executeTakeFirstOrThrow();
    expect(token.feed_token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a2}/members/${w.users.fresh.userId}`, { as: 'fresh' })).status).toBe(204);
    expect(await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a2}`, { as: 'fresh' }))).toMatchObject({ myRole: null, memberCount: 1 });
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a2}/members/${w.users.fresh.userId}`, { as: 'fresh' })).status).toBe(404);
  });

  it('refuses visitors (401) and members of other clusters (403)', async () => {
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a2}/members`, { body: {} })).status).toBe(401);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a2}/members`, { as: 'outsider', body: {} })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}/members/${w.users.member.userId}`, { as: 'outsider' })).status).toBe(403);
  });

  it('lets leads add members of the cluster but not outsiders, and only managers name leads', async () => {
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/members`, { as: 'member', body: { userId: w.users.fresh.userId } })).status).toBe(403);
    const outsider = await w.call('POST', `/api/v1/groups/${w.groups.a1}/members`, { as: 'lead', body: { userId: w.users.outsider.userId } });
    expect(outsider.status).toBe(422);
    expect((await bodyOf(outsider)).error.details).toEqual([{ field: 'userId', message: 'not a member of this cluster' }]);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/members`, { as: 'lead', body: { userId: w.users.fresh.userId, role: 'lead' } })).status).toBe(403);
    expect((await w.call('POST', `/api/v1/groups/${w.groups.a1}/members`, { as: 'lead', body: { userId: w.users.fresh.userId } })).status).toBe(200);
    expect((await w.call('PATCH', `/api/v1/groups/${w.groups.a1}/members/${w.users.fresh.userId}`, { as: 'lead', body: { role: 'lead' } })).status).toBe(403);
    const members = await bodyOf(await w.call('PATCH', `/api/v1/groups/${w.groups.a1}/members/${w.users.fresh.userId}`, { as: 'manager', body: { role: 'lead' } }));
    expect(members.items.filter((m: { role: string }) => m.role === 'lead').map((m: { name: string }) => m.name)).toEqual(['Fritz Fresh', 'Lars Lead']);
    expect((await w.call('PATCH', `/api/v1/groups/${w.groups.a1}/members/${w.users.outsider.userId}`, { as: 'manager', body: { role: 'lead' } })).status).toBe(404);
    expect((await w.call('PATCH', `/api/v1/groups/${w.groups.a1}/members/${w.users.fresh.userId}`, { as: 'manager', body: { role: 'boss' } })).status).toBe(422);
  });

  it('lets a lead remove a member but not another lead; managers remove anyone', async () => {
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}/members/${w.users.fresh.userId}`, { as: 'member' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}/members/${w.users.fresh.userId}`, { as: 'lead' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}/members/${w.users.fresh.userId}`, { as: 'manager' })).status).toBe(204);
    const members = await bodyOf(await w.call('GET', `/api/v1/groups/${w.groups.a1}/members`, { as: 'member' }));
    expect(members.items.map((m: { name: string }) => m.name)).toEqual(['Lars Lead', 'Eddie Editor', 'Mia Member']);
  });

  it('stops a lead from running the group once they no longer belong to the cluster', async () => {
    const gone = { ...w.users.lead, roles: [] };
    const call = (await import('#src/registry/test-builders.ts')).createTestApp(t.db, { gone });
    expect((await call('GET', `/api/v1/groups/${w.groups.a1}/members`, { as: 'gone' })).status).toBe(403);
    expect(await bodyOf(await call('GET', `/api/v1/groups/${w.groups.a1}`, { as: 'gone' }))).toMatchObject({ myRole: null, runs: false, memberCount: null });
  });
});
