// Clusters and hubs over HTTP: the tree with member counts, lookups by slug, and who may change what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let nord: string;
let dk: string;
let copenhagen: string;
type Cluster = { id: string; slug: string; memberCount: number; hubs: Cluster[] };

const count = async () => (await t.db.selectFrom('clusters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
const tree = (items: Cluster[]) => items.map((c) => [c.slug, c.memberCount, c.hubs.map((h) => [h.slug, h.memberCount])]);

beforeAll(async () => {
  t = await createTestDb();
  nord = await buildCluster(t.db, { slug: 'life-science-nord', name: 'Life Science Nord', country: 'DE', city: 'Hamburg' });
  dk = await buildCluster(t.db, { slug: 'dk-life-science', name: 'Danish Life Science Cluster', country: 'DK' });
  copenhagen = await buildCluster(t.db, { slug: 'dk-copenhagen', name: 'Copenhagen', parent_id: dk });
  await buildCluster(t.db, { slug: 'dk-aarhus', name: 'Aarhus', parent_id: dk });
  const member = async (clusterId: string, overrides: Parameters<typeof buildOrganization>[1], status: 'active' | 'applied' = 'active') =>
    t.db.insertInto('memberships').values({ cluster_id: clusterId, organization_id: await buildOrganization(t.db, overrides), status }).execute();
  await member(nord, {});
  await member(nord, { visibility: 'private' });
  await member(nord, {}, 'applied');
  await member(copenhagen, { country: 'DK' });
  call = createTestApp(t.db, {
    admin: userActor([], true),
    user: userActor(),
    nordManager: userActor([{ role: 'cluster_manager', scopeId: nord }]),
    dkManager: userActor([{ role: 'cluster_manager', scopeId: dk }]),
    dkMember: userActor([{ role: 'member', scopeId: dk }]),
  });
});
afterAll(() => t.close());

describe('reading clusters', () => {
  it('lists clusters with their hubs and active members the caller may see', async () => {
    const anonymous = (await (await call('GET', '/api/v1/clusters')).json()) as { items: Cluster[] };
    expect(tree(anonymous.items)).toEqual([
      ['dk-life-science', 0, [['dk-aarhus', 0], ['dk-copenhagen', 1]]],
      ['life-science-nord', 1, []],
    ]);
    const admin = (await (await call('GET', '/api/v1/clusters', { as: 'admin' })).json()) as { items: Cluster[] };
    expect(admin.items.find((c) => c.slug === 'life-science-nord')?.memberCount).toBe(2);
  });

  it('finds a cluster by slug or id and a hub by slug', async () => {
    const bySlug = (await (await call('GET', '/api/v1/clusters/dk-life-science')).json()) as Cluster;
    expect([bySlug.id, bySlug.hubs.length]).toEqual([dk, 2]);
    expect(await (await call('GET', `/api/v1/clusters/${nord}`)).json()).toMatchObject({ slug: 'life-science-nord', country: 'DE', city: 'Hamburg', parentId: null });
    expect(await (await call('GET', '/api/v1/clusters/dk-copenhagen')).json()).toMatchObject({ parentId: dk, memberCount: 1, hubs: [] });
    expect((await call('GET', '/api/v1/clusters/no-such-cluster')).status).toBe(404);
  });
});

describe('access', () => {
  it('tells each caller how they stand to a cluster, by id or slug', async () => {
    const access = async (ref: string, as?: string) => ((await (await call('GET', `/api/v1/clusters/${ref}/access`, as ? { as } : {})).json()) as { access: string }).access;
    expect(await access('dk-copenhagen', 'dkManager')).toBe('manager');
    expect(await access('dk-copenhagen', 'dkMember')).toBe('member');
    expect(await access(dk, 'nordManager')).toBe('public');
    expect(await access(nord)).toBe('public');
    expect(await access('life-science-nord', 'admin')).toBe('manager');
    expect((await call('GET', '/api/v1/clusters/nowhere/access')).status).toBe(404);
  });
});

describe('writing clusters', () => {
  it('refuses visitors, users and managers outside their cluster, writing nothing', async () => {
    const before = await count();
    expect((await call('POST', '/api/v1/clusters', { body: { slug: 'x', name: 'X' } })).status).toBe(401);
    expect((await call('POST', '/api/v1/clusters', { as: 'user', body: { slug: 'x', name: 'X' } })).status).toBe(403);
    expect((await call('POST', '/api/v1/clusters', { as: 'nordManager', body: { slug: 'x', name: 'X' } })).status).toBe(403);
    expect((await call('POST', '/api/v1/clusters', { as: 'nordManager', body: { slug: 'x', name: 'X', parentId: dk } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/clusters/${dk}`, { as: 'nordManager', body: { city: 'Kiel' } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/clusters/${dk}`, { body: { city: 'Kiel' } })).status).toBe(401);
    expect((await call('DELETE', `/api/v1/clusters/${nord}`, { as: 'nordManager' })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/clusters/${nord}`)).status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('rejects a bad slug, a bad website, a hub under a hub and a taken slug, writing nothing', async () => {
    const before = await count();
    const slug = await call('POST', '/api/v1/clusters', { as: 'admin', body: { slug: 'Not A Slug', name: 'X' } });
    expect([slug.status, await errorFields(slug)]).toEqual([422, ['slug']]);
    const website = await call('POST', '/api/v1/clusters', { as: 'admin', body: { slug: 'x', name: 'X', website: 'javascript:alert(1)' } });
    expect([website.status, await errorFields(website)]).toEqual([422, ['website']]);
    const nested = await call('POST', '/api/v1/clusters', { as: 'dkManager', body: { slug: 'x', name: 'X', parentId: copenhagen } });
    expect([nested.status, await errorFields(nested)]).toEqual([422, ['parentId']]);
    expect((await call('POST', '/api/v1/clusters', { as: 'admin', body: { slug: 'dk-aarhus', name: 'X' } })).status).toBe(409);
    expect(await count()).toBe(before);
  });

  it('lets managers create hubs and change their cluster and its hubs, and admins create and delete clusters', async () => {
    const hub = await call('POST', '/api/v1/clusters', { as: 'dkManager', body: { slug: 'dk-odense', name: 'Odense', parentId: dk, city: 'Odense', country: 'DK' } });
    expect(hub.status).toBe(201);
    expect(await (await call('PATCH', `/api/v1/clusters/${copenhagen}`, { as: 'dkManager', body: { city: 'København' } })).json()).toMatchObject({ city: 'København' });
    expect(await (await call('PATCH', `/api/v1/clusters/${nord}`, { as: 'nordManager', body: { description: { de: 'Das Cluster' } } })).json()).toMatchObject({ description: { de: 'Das Cluster' } });
    const created = await call('POST', '/api/v1/clusters', { as: 'admin', body: { slug: 'biosaxony', name: 'biosaxony', country: 'DE' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Cluster;
    expect((await call('DELETE', `/api/v1/clusters/${id}`, { as: 'admin' })).status).toBe(204);
    expect((await call('GET', '/api/v1/clusters/biosaxony')).status).toBe(404);
  });
});
