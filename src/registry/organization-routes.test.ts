// Organisations over HTTP: who sees which, who may create, change and delete, and bad input changing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let cluster: string;
let hub: string;
let otherCluster: string;
let own: string;
let privateOrg: string;
let membersOrg: string;
type Org = { id: string; name: string; competences: Array<{ id: string; label: string; source: string; weight: number }>; memberships: Array<{ clusterName: string }>; counts: Record<string, number> };
type Page = { items: Array<{ name: string }> };

const count = async () => (await t.db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const names = async (path: string, as?: string) => ((await (await call('GET', path, as ? { as } : {})).json()) as Page).items.map((o) => o.name).sort();
const valid = { name: 'Plasma Start GmbH', type: 'company', sectors: ['plasma_technology'], country: 'DE', city: 'Greifswald' };

beforeAll(async () => {
  t = await createTestDb();
  cluster = await buildCluster(t.db, { slug: 'lsn', name: 'Life Science Nord' });
  hub = await buildCluster(t.db, { slug: 'lsn-kiel', name: 'Kiel hub', parent_id: cluster });
  otherCluster = await buildCluster(t.db, { slug: 'bcv', name: 'BioCon Valley' });
  await buildCompetences(t.db, [['esv:/23', null, 'natural sciences'], ['esv:/23/51', 'esv:/23', 'physical sciences'], ['sector:medtech', null, 'Medical technology']]);
  own = await buildOrganization(t.db, { name: 'Kiel Devices' });
  privateOrg = await buildOrganization(t.db, { name: 'Hidden Labs', visibility: 'private' });
  membersOrg = await buildOrganization(t.db, { name: 'Members Only AG', visibility: 'members' });
  await t.db.insertInto('memberships').values([{ organization_id: own, cluster_id: hub }, { organization_id: privateOrg, cluster_id: hub }]).execute();
  await refreshSearchIndex(t.db, 'all');
  call = createTestApp(t.db, {
    admin: userActor([], true),
    member: userActor(),
    manager: userActor([{ role: 'cluster_manager', scopeId: cluster }]),
    otherManager: userActor([{ role: 'cluster_manager', scopeId: otherCluster }]),
    editor: userActor([{ role: 'organization_editor', scopeId: own }]),
  });
});
afterAll(() => t.close());

describe('reading organisations', () => {
  it('shows visitors public organisations only, signed-in users members-level ones too', async () => {
    expect(await names('/api/v1/organizations')).toEqual(['Kiel Devices']);
    expect(await names('/api/v1/organizations', 'member')).toEqual(['Kiel Devices', 'Members Only AG']);
  });

  it('shows private organisations to admins and the managers of their cluster, not to others', async () => {
    expect(await names('/api/v1/organizations', 'admin')).toContain('Hidden Labs');
    expect(await names('/api/v1/organizations', 'manager')).toContain('Hidden Labs');
    expect(await names('/api/v1/organizations', 'otherManager')).not.toContain('Hidden Labs');
    expect((await call('GET', `/api/v1/organizations/${privateOrg}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/organizations/${privateOrg}`, { as: 'member' })).status).toBe(404);
    expect((await call('GET', `/api/v1/organizations/${privateOrg}`, { as: 'manager' })).status).toBe(200);
    expect((await call('GET', `/api/v1/organizations/${membersOrg}`)).status).toBe(404);
  });

  it('answers an unknown organisation with 404', async () => {
    expect((await call('GET', '/api/v1/organizations/00000000-0000-4000-8000-000000000000', { as: 'admin' })).status).toBe(404);
  });
});

describe('creating organisations', () => {
  it('lets an admin create one with competences and memberships, and finds it by name at once', async () => {
    const res = await call('POST', '/api/v1/organizations', {
      as: 'admin',
      body: { ...valid, competenceIds: ['esv:/23/51', 'sector:medtech'], clusterIds: [otherCluster], description: { de: 'Plasmamedizin für Wunden' } },
    });
    expect(res.status).toBe(201);
    const org = (await res.json()) as Org;
    expect(org.competences).toEqual([
      { id: 'esv:/23/51', label: 'physical sciences', source: 'declared', weight: 1 },
      { id: 'sector:medtech', label: 'Medical technology', source: 'declared', weight: 1 },
    ]);
    expect(org.memberships.map((m) => m.clusterName)).toEqual(['BioCon Valley']);
    expect(org.counts).toEqual({ projects: 0, facilities: 0, offers: 0 });
    expect(await names('/api/v1/organizations?q=Plasmamedizin')).toEqual(['Plasma Start GmbH']);
  });

  it('lets a cluster manager create one only inside a cluster or hub they manage', async () => {
    expect((await call('POST', '/api/v1/organizations', { as: 'manager', body: { ...valid, name: 'No cluster' } })).status).toBe(403);
    const outside = await call('POST', '/api/v1/organizations', { as: 'manager', body: { ...valid, name: 'Elsewhere', clusterIds: [otherCluster] } });
    expect(outside.status).toBe(403);
    const inside = await call('POST', '/api/v1/organizations', { as: 'manager', body: { ...valid, name: 'Kiel Newcomer', clusterIds: [hub] } });
    expect(inside.status).toBe(201);
  });

  it('refuses the anonymous visitor and a signed-in user without a role', async () => {
    const before = await count();
    expect((await call('POST', '/api/v1/organizations', { body: valid })).status).toBe(401);
    expect((await call('POST', '/api/v1/organizations', { as: 'member', body: valid })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it.each([
    ['name', { name: 'x'.repeat(301) }],
    ['lat', { lat: 'north' }],
    ['lat', { lat: 91 }],
    ['type', { type: 'spaceship' }],
    ['sectors.0', { sectors: ['astrology'] }],
    ['country', { country: 'Germany' }],
    ['website', { website: 'not a url' }],
    ['description.de', { description: { de: 'x'.repeat(10_001) } }],
    ['visibility', { visibility: 'secret' }],
  ])('answers 422 naming %s for a bad value and writes nothing', async (field, change) => {
    const before = await count();
    const res = await call('POST', '/api/v1/organizations', { as: 'admin', body: { ...valid, ...change } });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { details: Array<{ field: string }> } };
    expect(body.error.details.map((d) => d.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('answers 422 naming an unknown competence id and writes nothing', async () => {
    const before = await count();
    const res = await call('POST', '/api/v1/organizations', { as: 'admin', body: { ...valid, competenceIds: ['esv:/99/98'] } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('esv:/99/98');
    expect(await count()).toBe(before);
  });
});

describe('changing organisations', () => {
  it('lets the organisation editor change their organisation and the search follows', async () => {
    const res = await call('PATCH', `/api/v1/organizations/${own}`, { as: 'editor', body: { keywords: ['Mikrofluidik'], competenceIds: ['sector:medtech'] } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Org).competences.map((c) => c.id)).toEqual(['sector:medtech']);
    expect(await names('/api/v1/organizations?q=mikrofluidik')).toEqual(['Kiel Devices']);
  });

  it('refuses the anonymous visitor, other users and the editor of another organisation', async () => {
    expect((await call('PATCH', `/api/v1/organizations/${own}`, { body: { name: 'X' } })).status).toBe(401);
    expect((await call('PATCH', `/api/v1/organizations/${own}`, { as: 'member', body: { name: 'X' } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/organizations/${membersOrg}`, { as: 'editor', body: { name: 'X' } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/organizations/${own}`, { as: 'otherManager', body: { name: 'X' } })).status).toBe(403);
  });

  it('answers 422 for an over-long field and keeps the old value', async () => {
    const res = await call('PATCH', `/api/v1/organizations/${own}`, { as: 'editor', body: { name: 'y'.repeat(301) } });
    expect(res.status).toBe(422);
    expect(((await (await call('GET', `/api/v1/organizations/${own}`)).json()) as Org).name).toBe('Kiel Devices');
  });

  it('answers 422 for an unknown competence and keeps the old competences', async () => {
    const res = await call('PATCH', `/api/v1/organizations/${own}`, { as: 'editor', body: { name: 'Renamed', competenceIds: ['esv:/77'] } });
    expect(res.status).toBe(422);
    const org = (await (await call('GET', `/api/v1/organizations/${own}`)).json()) as Org;
    expect([org.name, org.competences.map((c) => c.id)]).toEqual(['Kiel Devices', ['sector:medtech']]);
  });
});

describe('deleting organisations', () => {
  it('refuses the anonymous visitor, the editor and the manager of another cluster', async () => {
    expect((await call('DELETE', `/api/v1/organizations/${privateOrg}`)).status).toBe(401);
    expect((await call('DELETE', `/api/v1/organizations/${own}`, { as: 'editor' })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/organizations/${privateOrg}`, { as: 'otherManager' })).status).toBe(403);
  });

  it('lets the manager of its cluster delete it', async () => {
    expect((await call('DELETE', `/api/v1/organizations/${privateOrg}`, { as: 'manager' })).status).toBe(204);
    expect((await call('GET', `/api/v1/organizations/${privateOrg}`, { as: 'admin' })).status).toBe(404);
  });
});
