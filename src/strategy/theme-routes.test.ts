// Themes, goals and milestones over HTTP: managers shape them, everyone reads them, the roadmap flags what is late.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildTheme, buildStrategyWorld, fieldsOf, ok, type StrategyWorld } from '#src/strategy/strategy-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: StrategyWorld;
type Strategy = { access: string; themes: Array<{ id: string; kind: string; title: { de?: string; en?: string }; goals: Array<{ id: string; title: { en?: string }; milestones: Array<{ id: string; late: boolean; owner: { kind: string; name: string } | null }> }> }> };
type Roadmap = { today: string; items: Array<{ id: string; dueDate: string | null; late: boolean; status: string; horizon: string; theme: { id: string }; owner: { kind: string; name: string; id: string | null } | null }>; counts: { total: number; late: number; byStatus: Record<string, number>; byHorizon: Record<string, number> } };

beforeAll(async () => {
  t = await createTestDb();
  w = await buildStrategyWorld(t.db);
});
afterAll(() => t.close());

describe('themes and goals', () => {
  it('lets a manager add, change, reorder and delete themes and goals, in order', async () => {
    const first = await buildTheme(w, 'cluster-a', 'managerA', 'Innovative Diagnoseverfahren');
    const second = await buildTheme(w, 'cluster-a', 'managerA', 'Bioinformatik');
    await ok(w, 'PATCH', `/api/v1/strategy-themes/${second.themeId}`, { as: 'managerA', body: { kind: 'field_of_action', title: { de: 'Bioinformatik', da: 'Bioinformatik' } } });
    const goal2 = await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-themes/${first.themeId}/goals`, { as: 'managerA', body: { title: { en: 'Point-of-care concepts' } } }, 201);
    await ok(w, 'PUT', `/api/v1/strategy-themes/${first.themeId}/goals/order`, { as: 'managerA', body: { ids: [goal2.id, first.goalId] } });
    const reordered = await ok<Strategy>(w, 'PUT', '/api/v1/clusters/cluster-a/strategy/themes/order', { as: 'managerA', body: { ids: [second.themeId, first.themeId] } });
    expect(reordered.themes.map((th) => th.title.de)).toEqual(['Bioinformatik', 'Innovative Diagnoseverfahren']);
    expect(reordered.themes[0]!.kind).toBe('field_of_action');
    expect(reordered.themes[1]!.goals.map((g) => g.title.en)).toEqual(['Point-of-care concepts', 'Goal of Innovative Diagnoseverfahren']);
    await ok(w, 'DELETE', `/api/v1/strategy-goals/${goal2.id}`, { as: 'managerA' }, 204);
    const third = await buildTheme(w, 'cluster-a', 'managerA', 'Weg damit');
    await ok(w, 'DELETE', `/api/v1/strategy-themes/${third.themeId}`, { as: 'managerA' }, 204);
    const after = await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy');
    expect(after.themes.map((th) => th.title.de)).toEqual(['Bioinformatik', 'Innovative Diagnoseverfahren']);
    expect(after.themes[1]!.goals).toHaveLength(1);
  });

  it('shows themes and goals to the public, saying how the reader stands', async () => {
    expect((await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy')).access).toBe('public');
    expect((await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy', { as: 'bente' })).access).toBe('member');
    expect((await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy', { as: 'managerA' })).access).toBe('manager');
    expect((await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy', { as: 'gustav' })).access).toBe('public');
    expect((await w.call('GET', '/api/v1/clusters/no-such-cluster/strategy')).status).toBe(404);
  });

  it('refuses visitors (401) and anyone but the cluster’s managers (403) on every write, changing nothing', async () => {
    const { themes } = await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy');
    const theme = themes[0]!;
    const goal = themes[1]!.goals[0]!;
    const writes: Array<[string, string, unknown]> = [
      ['POST', '/api/v1/clusters/cluster-a/strategy/themes', { kind: 'focus_theme', title: { en: 'x' } }],
      ['PUT', '/api/v1/clusters/cluster-a/strategy/themes/order', { ids: themes.map((th) => th.id) }],
      ['PATCH', `/api/v1/strategy-themes/${theme.id}`, { title: { en: 'x' } }],
      ['DELETE', `/api/v1/strategy-themes/${theme.id}`, undefined],
      ['POST', `/api/v1/strategy-themes/${theme.id}/goals`, { title: { en: 'x' } }],
      ['PATCH', `/api/v1/strategy-goals/${goal.id}`, { title: { en: 'x' } }],
      ['DELETE', `/api/v1/strategy-goals/${goal.id}`, undefined],
      ['POST', `/api/v1/strategy-goals/${goal.id}/milestones`, { title: { en: 'x' }, horizon: 'short' }],
    ];
    for (const [method, path, body] of writes) {
      expect((await w.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
      for (const who of ['alice', 'dora', 'managerB', 'stranger']) expect((await w.call(method, path, { as: who, body })).status, `${who} ${method} ${path}`).toBe(403);
    }
    expect((await w.call('GET', '/api/v1/clusters/cluster-a/strategy/owners')).status).toBe(401);
    expect((await w.call('GET', '/api/v1/clusters/cluster-a/strategy/owners', { as: 'alice' })).status).toBe(403);
    const after = await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy');
    expect(after).toEqual({ ...after, themes });
  });

  it('manages the hub as the cluster’s manager, but not cluster A as B’s manager', async () => {
    await buildTheme(w, 'cluster-a-hub', 'managerA', 'Hub-Thema');
    expect((await w.call('POST', '/api/v1/clusters/cluster-a-hub/strategy/themes', { as: 'managerB', body: { kind: 'focus_theme', title: { en: 'x' } } })).status).toBe(403);
  });

  it('rejects bad input with 422 naming the field', async () => {
    const { themes } = await ok<Strategy>(w, 'GET', '/api/v1/clusters/cluster-a/strategy');
    const noTitle = await w.call('POST', '/api/v1/clusters/cluster-a/strategy/themes', { as: 'managerA', body: { kind: 'focus_theme', title: { en: '  ' } } });
    expect(noTitle.status).toBe(422);
    expect(await fieldsOf(noTitle)).toEqual(['title']);
    const badKind = await w.call('POST', '/api/v1/clusters/cluster-a/strategy/themes', { as: 'managerA', body: { kind: 'vision', title: { en: 'x' } } });
    expect(await fieldsOf(badKind)).toEqual(['kind']);
    const partialOrder = await w.call('PUT', '/api/v1/clusters/cluster-a/strategy/themes/order', { as: 'managerA', body: { ids: [themes[0]!.id] } });
    expect(partialOrder.status).toBe(422);
    expect(await fieldsOf(partialOrder)).toEqual(['ids']);
    const goal = themes[0]!.goals[0]!;
    const badDate = await w.call('POST', `/api/v1/strategy-goals/${goal.id}/milestones`, { as: 'managerA', body: { title: { en: 'x' }, horizon: 'soon', dueDate: '2027-13-01' } });
    expect((await fieldsOf(badDate)).sort()).toEqual(['dueDate', 'horizon']);
    const twoOwners = await w.call('POST', `/api/v1/strategy-goals/${goal.id}/milestones`, { as: 'managerA', body: { title: { en: 'x' }, horizon: 'short', ownerName: 'Jemand', ownerOrganizationId: w.orgs.alpha } });
    expect(await fieldsOf(twoOwners)).toEqual(['ownerPersonId']);
    const unknownOwner = await w.call('POST', `/api/v1/strategy-goals/${goal.id}/milestones`, { as: 'managerA', body: { title: { en: 'x' }, horizon: 'short', ownerOrganizationId: '00000000-0000-4000-8000-000000000000' } });
    expect(await fieldsOf(unknownOwner)).toEqual(['ownerOrganizationId']);
    const doneDate = await w.call('POST', `/api/v1/strategy-goals/${goal.id}/milestones`, { as: 'managerA', body: { title: { en: 'x' }, horizon: 'short', doneOn: '2027-01-01' } });
    expect(await fieldsOf(doneDate)).toEqual(['doneOn']);
  });
});

describe('milestones and the roadmap', () => {
  let goalId = '';
  let themeId = '';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ themeId, goalId } = await buildTheme(w, 'cluster-b', 'managerB', 'Internationalisierung'));
    const add = async (key: string, body: Record<string, unknown>) => {
      ids[key] = (await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-goals/${goalId}/milestones`, { as: 'managerB', body: { title: { en: key }, ...body } }, 201)).id;
    };
    await add('late', { horizon: 'short', dueDate: '2027-02-28', status: 'on_track', ownerOrganizationId: w.orgs.gamma });
    await add('today', { horizon: 'short', dueDate: '2027-03-01', status: 'at_risk', ownerName: 'Clusterbüro' });
    await add('doneEarly', { horizon: 'medium', dueDate: '2026-12-01', status: 'done', doneOn: '2026-11-20', evidence: 'Bericht: https://example.org/bericht' });
    await add('undated', { horizon: 'long' });
  });

  it('flags as late only what is past its due date by the server clock and not done', async () => {
    const roadmap = await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-b/roadmap');
    expect(roadmap.today).toBe('2027-03-01');
    expect(roadmap.items.map((m) => [m.id, m.late])).toEqual([[ids.doneEarly, false], [ids.late, true], [ids.today, false], [ids.undated, false]]);
    expect(roadmap.counts).toEqual({ total: 4, late: 1, byStatus: { planned: 1, on_track: 1, at_risk: 1, done: 1 }, byHorizon: { short: 2, medium: 1, long: 1 } });
    w.setNow(new Date('2027-03-02T00:00:01Z'));
    const tomorrow = await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-b/roadmap?late=true');
    expect(tomorrow.items.map((m) => m.id)).toEqual([ids.late, ids.today]);
    w.setNow(new Date('2027-03-01T09:00:00Z'));
  });

  it('filters by theme, status and horizon', async () => {
    expect((await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-b/roadmap?horizon=short')).items.map((m) => m.id)).toEqual([ids.late, ids.today]);
    expect((await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-b/roadmap?status=done')).items.map((m) => m.id)).toEqual([ids.doneEarly]);
    expect((await ok<Roadmap>(w, 'GET', `/api/v1/clusters/cluster-b/roadmap?theme=${themeId}&status=planned`)).items.map((m) => m.id)).toEqual([ids.undated]);
    expect((await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-a/roadmap')).items).toEqual([]);
    const bad = await w.call('GET', '/api/v1/clusters/cluster-b/roadmap?status=late');
    expect(bad.status).toBe(422);
    expect(await fieldsOf(bad)).toEqual(['status']);
  });

  it('marks a milestone done with today’s date, and clears the date when it is reopened', async () => {
    const done = await ok<{ status: string; doneOn: string | null; late: boolean }>(w, 'PATCH', `/api/v1/milestones/${ids.late}`, { as: 'managerB', body: { status: 'done' } });
    expect(done).toMatchObject({ status: 'done', doneOn: '2027-03-01', late: false });
    const reopened = await ok<{ status: string; doneOn: string | null; late: boolean }>(w, 'PATCH', `/api/v1/milestones/${ids.late}`, { as: 'managerB', body: { status: 'at_risk' } });
    expect(reopened).toMatchObject({ status: 'at_risk', doneOn: null, late: true });
    const renamed = await ok<{ owner: unknown; ownerOrganizationId: string | null }>(w, 'PATCH', `/api/v1/milestones/${ids.late}`, { as: 'managerB', body: { ownerName: 'Arbeitsgruppe' } });
    expect(renamed.owner).toEqual({ kind: 'name', id: null, name: 'Arbeitsgruppe' });
    expect(renamed.ownerOrganizationId).toBeNull();
    expect((await w.call('PATCH', `/api/v1/milestones/${ids.late}`, { as: 'managerA', body: { status: 'done' } })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/milestones/${ids.late}`, { as: 'gustav' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/milestones/${ids.late}`)).status).toBe(401);
  });

  it('names an owner only where the reader may see them', async () => {
    const person = await t.db.insertInto('people').values({ given_name: 'Pia', family_name: 'Privat', organization_id: w.orgs.gamma, consent_listed: false, visibility: 'members' }).returning('id').executeTakeFirstOrThrow();
    await ok(w, 'PATCH', `/api/v1/milestones/${ids.today}`, { as: 'managerB', body: { ownerPersonId: person.id } });
    const owner = async (as?: string) => (await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-b/roadmap', as ? { as } : {})).items.find((m) => m.id === ids.today)!.owner;
    expect(await owner()).toEqual({ kind: 'person', id: null, name: '' });
    expect(await owner('gustav')).toEqual({ kind: 'person', id: null, name: '' });
    expect(await owner('managerB')).toEqual({ kind: 'person', id: person.id, name: 'Pia Privat' });
    const choices = await ok<{ organizations: Array<{ name: string }> }>(w, 'GET', '/api/v1/clusters/cluster-b/strategy/owners', { as: 'managerB' });
    expect(choices.organizations.map((o) => o.name)).toEqual(['Gamma Medtech']);
  });

  it('deletes a milestone for the managers', async () => {
    await ok(w, 'DELETE', `/api/v1/milestones/${ids.undated}`, { as: 'managerB' }, 204);
    expect((await ok<Roadmap>(w, 'GET', '/api/v1/clusters/cluster-b/roadmap')).counts.total).toBe(3);
  });
});
