// Memberships over HTTP: who sees which members, applications by organisation editors, decisions by managers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let cluster: string;
let hub: string;
let other: string;
const org: Record<string, string> = {};
type Members = { items: Array<{ organizationName: string; status: string }> };

const members = async (url: string, as?: string) =>
  ((await (await call('GET', url, as ? { as } : {})).json()) as Members).items.map((m) => `${m.organizationName}:${m.status}`);
const count = async () => (await t.db.selectFrom('memberships').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  cluster = await buildCluster(t.db, { slug: 'nord' });
  hub = await buildCluster(t.db, { slug: 'nord-kiel', parent_id: cluster });
  other = await buildCluster(t.db, { slug: 'elsewhere' });
  for (const [key, visibility] of [['a', 'public'], ['b', 'private'], ['c', 'public'], ['e', 'public'], ['d', 'public']] as const) {
    org[key] = await buildOrganization(t.db, { name: key.toUpperCase(), visibility });
  }
  await t.db.insertInto('memberships').values([
    { cluster_id: cluster, organization_id: org.a!, status: 'active' },
    { cluster_id: cluster, organization_id: org.b!, status: 'active' },
    { cluster_id: cluster, organization_id: org.c!, status: 'applied' },
    { cluster_id: hub, organization_id: org.a!, status: 'active' },
  ]).execute();
  call = createTestApp(t.db, {
    admin: userActor([], true),
    user: userActor(),
    manager: userActor([{ role: 'cluster_manager', scopeId: cluster }]),
    editor: userActor([{ role: 'organization_editor', scopeId: org.e! }]),
  });
});
afterAll(() => t.close());

describe('listing members', () => {
  it('shows visitors and users the active members of public organisations', async () => {
    expect(await members('/api/v1/clusters/nord/members')).toEqual(['A:active']);
    expect(await members(`/api/v1/clusters/${cluster}/members?status=applied`, 'user')).toEqual(['A:active']);
    expect(await members('/api/v1/clusters/nord-kiel/members')).toEqual(['A:active']);
  });

  it('shows the managers every member and application, filtered by status', async () => {
    expect(await members('/api/v1/clusters/nord/members', 'manager')).toEqual(['A:active', 'B:active', 'C:applied']);
    expect(await members('/api/v1/clusters/nord/members?status=applied', 'manager')).toEqual(['C:applied']);
    expect(await members('/api/v1/clusters/nord-kiel/members', 'manager')).toEqual(['A:active']);
  });
});

describe('applying and deciding', () => {
  it('lets an organisation’s editor apply once, and nobody else', async () => {
    const before = await count();
    expect((await call('POST', '/api/v1/clusters/nord/applications', { body: { organizationId: org.e } })).status).toBe(401);
    expect((await call('POST', '/api/v1/clusters/nord/applications', { as: 'user', body: { organizationId: org.e } })).status).toBe(403);
    expect((await call('POST', '/api/v1/clusters/nord/applications', { as: 'editor', body: { organizationId: org.d } })).status).toBe(403);
    const bad = await call('POST', '/api/v1/clusters/nord/applications', { as: 'editor', body: { organizationId: org.e, type: 'honorary' } });
    expect([bad.status, await errorFields(bad)]).toEqual([422, ['type']]);
    expect(await count()).toBe(before);
    const applied = await call('POST', '/api/v1/clusters/nord/applications', { as: 'editor', body: { organizationId: org.e, type: 'associate' } });
    expect(applied.status).toBe(201);
    expect(await applied.json()).toMatchObject({ clusterId: cluster, organizationId: org.e, organizationName: 'E', type: 'associate', status: 'applied' });
    expect((await call('POST', '/api/v1/clusters/nord/applications', { as: 'editor', body: { organizationId: org.e } })).status).toBe(409);
  });

  it('lets the managers accept, add and remove members, and refuses everyone else', async () => {
    const before = await count();
    const url = (clusterId: string, organizationId: string) => `/api/v1/clusters/${clusterId}/members/${organizationId}`;
    expect((await call('PUT', url(cluster, org.d!), { body: { status: 'active' } })).status).toBe(401);
    expect((await call('PUT', url(cluster, org.d!), { as: 'user', body: { status: 'active' } })).status).toBe(403);
    expect((await call('PUT', url(cluster, org.d!), { as: 'editor', body: { status: 'active' } })).status).toBe(403);
    expect((await call('PUT', url(other, org.d!), { as: 'manager', body: { status: 'active' } })).status).toBe(403);
    const status = await call('PUT', url(cluster, org.d!), { as: 'manager', body: { status: 'member' } });
    expect([status.status, await errorFields(status)]).toEqual([422, ['status']]);
    const dates = await call('PUT', url(cluster, org.d!), { as: 'manager', body: { startDate: '2025-05-01', endDate: '2024-01-01' } });
    expect([dates.status, await errorFields(dates)]).toEqual([422, ['endDate']]);
    expect((await call('DELETE', url(cluster, org.a!))).status).toBe(401);
    expect((await call('DELETE', url(cluster, org.a!), { as: 'user' })).status).toBe(403);
    expect(await count()).toBe(before);

    const accepted = await call('PUT', url(cluster, org.c!), { as: 'manager', body: { status: 'active', startDate: '2026-01-01' } });
    expect([accepted.status, await accepted.json()]).toEqual([200, expect.objectContaining({ status: 'active', startDate: '2026-01-01' })]);
    expect((await call('PUT', url(hub, org.d!), { as: 'manager', body: { type: 'partner' } })).status).toBe(201);
    expect(await members('/api/v1/clusters/nord-kiel/members')).toEqual(['A:active', 'D:active']);
    expect((await call('DELETE', url(cluster, org.b!), { as: 'manager' })).status).toBe(204);
    expect((await call('DELETE', url(cluster, org.b!), { as: 'manager' })).status).toBe(404);
    expect(await members('/api/v1/clusters/nord/members', 'admin')).toEqual(['A:active', 'C:active', 'E:applied']);
  });
});
