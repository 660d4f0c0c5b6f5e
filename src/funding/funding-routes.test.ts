// Funding over HTTP: the catalogue of instruments and calls per cluster, who keeps it, following calls, privacy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildPipelineWorld, DAY, type PipelineWorld } from '#src/pipeline/pipeline-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: PipelineWorld;
const START = new Date('2026-03-01T12:00:00Z');
const at = (days: number) => new Date(START.getTime() + days * DAY).toISOString();
type Instrument = { id: string; clusterId: string | null; level: string; category: string; name: { en?: string }; openCalls: number; canEdit: boolean };
type Call = { id: string; title: string; deadline: string; daysLeft: number; open: boolean; following: boolean; followers: number; canEdit: boolean; instrument: { id: string } | null };
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;
const fieldsOf = async (res: Response) => {
  expect(res.status).toBe(422);
  return ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
};
const created = async <T>(res: Response) => {
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as T;
};

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  w = await buildPipelineWorld(t.db, START);
  const instrument = (as: string, body: object) => w.call('POST', '/api/v1/funding-instruments', { as, body });
  ids.horizon = (await created<Instrument>(await instrument('admin', { level: 'eu', category: 'collaboration', name: { en: 'Horizon Europe', de: 'Horizont Europa' }, funder: 'European Commission' }))).id;
  ids.topA = (await created<Instrument>(await instrument('managerA', { clusterId: w.clusters.a, level: 'state', category: 'top_research', name: { de: 'Spitzenforschung' } }))).id;
  ids.instB = (await created<Instrument>(await instrument('managerB', { clusterId: w.clusters.b, level: 'other', name: { da: 'Innovationsfonden' } }))).id;
  const callOf = (as: string, body: object) => w.call('POST', '/api/v1/funding-calls', { as, body });
  ids.callSoon = (await created<Call>(await callOf('managerA', { clusterId: w.clusters.a, instrumentId: ids.topA, title: 'Top research 2026', deadline: at(10) }))).id;
  ids.callGlobal = (await created<Call>(await callOf('admin', { instrumentId: ids.horizon, title: 'Cluster 1 Health', deadline: at(40.5) }))).id;
  ids.callPast = (await created<Call>(await callOf('managerA', { clusterId: w.clusters.hub, title: 'Closed call', deadline: at(-2) }))).id;
  ids.callB = (await created<Call>(await callOf('managerB', { clusterId: w.clusters.b, instrumentId: ids.instB, title: 'Grand Solutions', deadline: at(20) }))).id;
});
afterAll(() => t.close());

describe('the catalogue', () => {
  it('lists the global instruments and the cluster’s own, by level, to anyone; never another cluster’s', async () => {
    const list = await json<{ items: Instrument[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.hub}/funding/instruments`));
    expect(list.items.map((i) => [i.id, i.level, i.openCalls, i.canEdit])).toEqual([[ids.topA, 'state', 1, false], [ids.horizon, 'eu', 1, false]]);
    const asManager = await json<{ items: Instrument[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.a}/funding/instruments?level=state`, { as: 'managerA' }));
    expect(asManager.items.map((i) => [i.id, i.canEdit])).toEqual([[ids.topA, true]]);
    const b = await json<{ items: Instrument[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.b}/funding/instruments?category=other`, { as: 'alpha' }));
    expect(b.items.map((i) => i.id)).toEqual([ids.instB]);
    expect(await fieldsOf(await w.call('GET', `/api/v1/clusters/${w.slugs.a}/funding/instruments?level=city`))).toEqual(['level']);
  });

  it('lists open calls nearest deadline first with the days left; past ones on request; another cluster’s never', async () => {
    const open = await json<{ items: Call[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.a}/funding/calls`, { as: 'alpha' }));
    expect(open.items.map((c) => [c.title, c.daysLeft, c.open])).toEqual([['Top research 2026', 10, true], ['Cluster 1 Health', 41, true]]);
    const all = await json<{ items: Call[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.a}/funding/calls?include=all`, { as: 'alpha' }));
    expect(all.items.map((c) => [c.title, c.daysLeft, c.open])).toEqual([['Closed call', -2, false], ['Top research 2026', 10, true], ['Cluster 1 Health', 41, true]]);
    for (const as of ['alpha', 'beta', 'managerA', undefined]) {
      const listed = await json<{ items: Call[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.a}/funding/calls?include=all`, as ? { as } : {}));
      expect(listed.items.map((c) => c.id)).not.toContain(ids.callB);
    }
  });

  it('lets admins keep the global rows and managers their cluster’s: 401 visitors, 403 others, 422 bad input', async () => {
    const body = { level: 'federal', category: 'innovation', name: { de: 'ZIM' } };
    expect((await w.call('POST', '/api/v1/funding-instruments', { body })).status).toBe(401);
    expect((await w.call('POST', '/api/v1/funding-instruments', { as: 'managerA', body })).status).toBe(403);
    expect((await w.call('POST', '/api/v1/funding-instruments', { as: 'alpha', body: { ...body, clusterId: w.clusters.a } })).status).toBe(403);
    expect((await w.call('POST', '/api/v1/funding-instruments', { as: 'managerA', body: { ...body, clusterId: w.clusters.b } })).status).toBe(403);
    expect(await fieldsOf(await w.call('POST', '/api/v1/funding-instruments', { as: 'managerA', body: { ...body, clusterId: w.clusters.a, name: { de: ' ' } } }))).toEqual(['name']);
    expect(await fieldsOf(await w.call('POST', '/api/v1/funding-instruments', { as: 'managerA', body: { ...body, clusterId: w.clusters.a, level: 'city' } }))).toEqual(['level']);
    expect(await fieldsOf(await w.call('POST', '/api/v1/funding-instruments', { as: 'admin', body: { ...body, clusterId: '00000000-0000-4000-8000-000000000000' } }))).toEqual(['clusterId']);
    expect((await w.call('PATCH', `/api/v1/funding-instruments/${ids.horizon}`, { as: 'managerA', body: { funder: 'x' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/funding-instruments/${ids.instB}`, { as: 'managerA', body: { funder: 'x' } })).status).toBe(403);
    const changed = await json<Instrument & { funder: string }>(w.call('PATCH', `/api/v1/funding-instruments/${ids.topA}`, { as: 'managerA', body: { funder: 'Land Mecklenburg-Vorpommern' } }));
    expect(changed.funder).toBe('Land Mecklenburg-Vorpommern');
    const callBody = { clusterId: w.clusters.a, title: 'x', deadline: at(30) };
    expect((await w.call('POST', '/api/v1/funding-calls', { as: 'beta', body: callBody })).status).toBe(403);
    expect(await fieldsOf(await w.call('POST', '/api/v1/funding-calls', { as: 'managerA', body: { ...callBody, instrumentId: ids.instB } }))).toEqual(['instrumentId']);
    expect(await fieldsOf(await w.call('POST', '/api/v1/funding-calls', { as: 'managerA', body: { ...callBody, deadline: 'next week' } }))).toEqual(['deadline']);
    expect(await fieldsOf(await w.call('POST', '/api/v1/funding-calls', { as: 'admin', body: { title: 'global', deadline: at(5), instrumentId: ids.topA } }))).toEqual(['instrumentId']);
    expect((await w.call('PATCH', `/api/v1/funding-calls/${ids.callB}`, { as: 'managerA', body: { title: 'mine' } })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/funding-calls/${ids.callB}`, { as: 'alpha' })).status).toBe(403);
    const temp = await created<Call>(await w.call('POST', '/api/v1/funding-calls', { as: 'managerA', body: callBody }));
    expect((await w.call('DELETE', `/api/v1/funding-calls/${temp.id}`, { as: 'managerA' })).status).toBe(204);
    expect((await w.call('GET', `/api/v1/funding-calls/${temp.id}`)).status).toBe(404);
  });
});

describe('following calls', () => {
  it('lets members follow and unfollow their cluster’s calls and global ones; refuses visitors, outsiders and past calls', async () => {
    expect((await w.call('PUT', `/api/v1/funding-calls/${ids.callSoon}/follow`)).status).toBe(401);
    expect((await w.call('PUT', `/api/v1/funding-calls/${ids.callSoon}/follow`, { as: 'stranger' })).status).toBe(403);
    expect((await w.call('PUT', `/api/v1/funding-calls/${ids.callSoon}/follow`, { as: 'gamma' })).status).toBe(403);
    expect((await w.call('PUT', `/api/v1/funding-calls/${ids.callB}/follow`, { as: 'alpha' })).status).toBe(403);
    expect((await w.call('PUT', `/api/v1/funding-calls/${ids.callPast}/follow`, { as: 'beta' })).status).toBe(409);
    const followed = await json<Call>(w.call('PUT', `/api/v1/funding-calls/${ids.callSoon}/follow`, { as: 'beta' }));
    expect(followed).toMatchObject({ following: true, followers: 1 });
    expect((await json<Call>(w.call('PUT', `/api/v1/funding-calls/${ids.callSoon}/follow`, { as: 'beta' }))).followers).toBe(1);
    expect((await json<Call>(w.call('PUT', `/api/v1/funding-calls/${ids.callGlobal}/follow`, { as: 'gamma' }))).following).toBe(true);
    const listed = await json<{ items: Call[] }>(w.call('GET', `/api/v1/clusters/${w.slugs.a}/funding/calls`, { as: 'beta' }));
    expect(listed.items.map((c) => [c.title, c.following, c.followers])).toEqual([['Top research 2026', true, 1], ['Cluster 1 Health', false, 1]]);
    expect((await json<Call>(w.call('DELETE', `/api/v1/funding-calls/${ids.callSoon}/follow`, { as: 'beta' }))).following).toBe(false);
    expect((await json<Call>(w.call('GET', `/api/v1/funding-calls/${ids.callSoon}`, { as: 'beta' }))).followers).toBe(0);
  });

  it('queues the reminder runs 14 and 3 days before the deadline when someone follows', async () => {
    await w.call('PUT', `/api/v1/funding-calls/${ids.callB}/follow`, { as: 'gamma' });
    const jobs = await t.db.selectFrom('jobs').select(['run_after', 'payload']).where('kind', '=', 'funding-call-reminders').execute();
    const forB = jobs.filter((j) => (j.payload as { callId?: string }).callId === ids.callB).map((j) => new Date(j.run_after).toISOString()).sort();
    expect(forB).toEqual([at(6), at(17)]);
  });
});
