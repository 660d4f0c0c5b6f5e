// Membership applications end to end over HTTP: apply with a message, the managers see and decide, the applicant's
// editors are notified; applications stay between the managers and the applicant; lists per hub and new members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const cluster: Record<string, string> = {};
const org: Record<string, string> = {};
const user: Record<string, Extract<Actor, { kind: 'user' }>> = {};
type Item = { organizationName: string; clusterSlug: string; status: string; type: string; message: string | null; decisionNote: string | null; startDate: string | null; endDate: string | null };

const items = async (res: Response) => ((await res.json()) as { items: Item[] }).items;
const fieldsOf = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
const inbox = async (who: string) =>
  (await t.db.selectFrom('notifications').select(['kind', 'payload']).where('user_id', '=', user[who]!.userId).orderBy('created_at').orderBy('id').execute())
    .map((n) => ({ kind: n.kind, ...(n.payload as Record<string, unknown>) }) as Record<string, unknown>);

beforeAll(async () => {
  t = await createTestDb();
  cluster.nord = await buildCluster(t.db, { slug: 'nord', name: 'Nord' });
  cluster.kiel = await buildCluster(t.db, { slug: 'nord-kiel', name: 'Nord Kiel', parent_id: cluster.nord });
  cluster.south = await buildCluster(t.db, { slug: 'south', name: 'South' });
  for (const key of ['X', 'Y', 'W', 'V']) org[key] = await buildOrganization(t.db, { name: `Org ${key}` });
  await t.db.insertInto('memberships').values([
    { cluster_id: cluster.nord, organization_id: org.Y!, status: 'active', type: 'full', start_date: '2024-03-01' },
    { cluster_id: cluster.south, organization_id: org.V!, status: 'applied', type: 'partner', message: 'South only' },
  ]).execute();
  user.manager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: cluster.nord }]);
  user.southManager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: cluster.south }]);
  user.editorX = await buildUser(t.db, [{ role: 'organization_editor', scopeId: org.X! }]);
  user.editorY = await buildUser(t.db, [{ role: 'organization_editor', scopeId: org.Y! }]);
  user.editorW = await buildUser(t.db, [{ role: 'organization_editor', scopeId: org.W! }]);
  user.user = await buildUser(t.db);
  call = createTestApp(t.db, user, () => new Date('2026-11-20T09:00:00Z'));
});
afterAll(() => t.close());

describe('applying and deciding', () => {
  it('takes an application with a message to a hub and tells the managers', async () => {
    const body = { organizationId: org.X, type: 'associate', message: 'We make swabs in Kiel.' };
    expect((await call('POST', '/api/v1/clusters/nord-kiel/applications', { body })).status).toBe(401);
    expect((await call('POST', '/api/v1/clusters/nord-kiel/applications', { as: 'editorY', body })).status).toBe(403);
    const long = await call('POST', '/api/v1/clusters/nord-kiel/applications', { as: 'editorX', body: { ...body, message: 'x'.repeat(4001) } });
    expect([long.status, await fieldsOf(long)]).toEqual([422, ['message']]);
    const res = await call('POST', '/api/v1/clusters/nord-kiel/applications', { as: 'editorX', body });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ clusterSlug: 'nord-kiel', clusterName: 'Nord Kiel', status: 'applied', type: 'associate', message: 'We make swabs in Kiel.', appliedAt: '2026-11-20T09:00:00.000Z' });
    expect(await inbox('manager')).toEqual([{ kind: 'membership_applied', clusterId: cluster.kiel, clusterSlug: 'nord-kiel', clusterName: 'Nord Kiel', organizationId: org.X, organizationName: 'Org X', type: 'associate' }]);
    expect(await inbox('southManager')).toEqual([]);
  });

  it('shows applications only to the cluster’s managers and the applicant', async () => {
    expect((await call('GET', '/api/v1/clusters/nord/applications')).status).toBe(401);
    for (const who of ['user', 'editorY', 'editorX', 'southManager']) expect((await call('GET', '/api/v1/clusters/nord/applications', { as: who })).status, who).toBe(403);
    expect((await items(await call('GET', '/api/v1/clusters/nord/applications', { as: 'manager' }))).map((i) => `${i.organizationName}@${i.clusterSlug}:${i.message}`))
      .toEqual(['Org X@nord-kiel:We make swabs in Kiel.']);
    expect((await items(await call('GET', '/api/v1/clusters/south/applications', { as: 'southManager' }))).map((i) => i.organizationName)).toEqual(['Org V']);
    // Member lists: the public and members see active members only, without the applications' words.
    const members = async (as?: string) => (await items(await call('GET', '/api/v1/clusters/nord/members?includeHubs=true', as ? { as } : {}))).map((i) => `${i.organizationName}:${i.status}:${i.message}`);
    expect(await members()).toEqual(['Org Y:active:null']);
    expect(await members('editorY')).toEqual(['Org Y:active:null']);
    expect(await members('manager')).toEqual(['Org X:applied:We make swabs in Kiel.', 'Org Y:active:null']);
    // The organisation's page names the application only to its editors and the managers concerned.
    const profile = async (as: string) => ((await (await call('GET', `/api/v1/organizations/${org.X}`, { as })).json()) as { memberships: Array<{ status: string }> }).memberships.map((m) => m.status);
    expect([await profile('user'), await profile('southManager'), await profile('editorX'), await profile('manager')]).toEqual([[], [], ['applied'], ['applied']]);
    const own = `/api/v1/organizations/${org.X}/memberships`;
    expect((await call('GET', own)).status).toBe(401);
    expect((await call('GET', own, { as: 'user' })).status).toBe(403);
    expect((await call('GET', own, { as: 'southManager' })).status).toBe(403);
    expect((await items(await call('GET', own, { as: 'editorX' }))).map((i) => i.message)).toEqual(['We make swabs in Kiel.']);
  });

  it('lets only the managers approve, with a start date and type, and tells the applicant’s editors', async () => {
    const url = `/api/v1/clusters/${cluster.kiel}/applications/${org.X}/approve`;
    expect((await call('POST', url, { body: {} })).status).toBe(401);
    expect((await call('POST', url, { as: 'editorX', body: {} })).status).toBe(403);
    expect((await call('POST', url, { as: 'southManager', body: {} })).status).toBe(403);
    const bad = await call('POST', url, { as: 'manager', body: { startDate: '1 Dec', type: 'gold' } });
    expect([bad.status, (await fieldsOf(bad)).sort()]).toEqual([422, ['startDate', 'type']]);
    const ok = await call('POST', url, { as: 'manager', body: { startDate: '2026-12-01', type: 'full', note: 'Welcome!' } });
    expect(await ok.json()).toMatchObject({ status: 'active', type: 'full', startDate: '2026-12-01', decisionNote: 'Welcome!', decidedAt: '2026-11-20T09:00:00.000Z' });
    expect((await call('POST', url, { as: 'manager', body: {} })).status).toBe(409);
    expect(await inbox('editorX')).toEqual([{ kind: 'membership_decided', decision: 'approved', clusterId: cluster.kiel, clusterSlug: 'nord-kiel', clusterName: 'Nord Kiel',
      organizationId: org.X, organizationName: 'Org X', type: 'full', startDate: '2026-12-01', endDate: null, note: 'Welcome!' }]);
  });

  it('lists members per hub with type and start, filtered, and the new members of a period', async () => {
    const list = async (query: string) => (await items(await call('GET', `/api/v1/clusters/nord/members?${query}`))).map((i) => `${i.organizationName}@${i.clusterSlug}:${i.type}:${i.startDate}`);
    expect(await list('includeHubs=true')).toEqual(['Org X@nord-kiel:full:2026-12-01', 'Org Y@nord:full:2024-03-01']);
    expect(await list('')).toEqual(['Org Y@nord:full:2024-03-01']);
    expect(await list('includeHubs=true&joinedFrom=2026-01-01&joinedTo=2026-12-31')).toEqual(['Org X@nord-kiel:full:2026-12-01']);
    expect(await list('includeHubs=true&q=y')).toEqual(['Org Y@nord:full:2024-03-01']);
    expect(await list('includeHubs=true&type=partner')).toEqual([]);
    const bad = await call('GET', '/api/v1/clusters/nord/members?joinedFrom=2026-02-01&joinedTo=2026-01-01');
    expect([bad.status, await fieldsOf(bad)]).toEqual([422, ['joinedTo']]);
  });

  it('ends a membership on its last day, not before it began', async () => {
    const url = `/api/v1/clusters/${cluster.kiel}/members/${org.X}/end`;
    expect((await call('POST', url, { as: 'editorX', body: { endDate: '2027-06-30' } })).status).toBe(403);
    const early = await call('POST', url, { as: 'manager', body: { endDate: '2026-11-30' } });
    expect([early.status, await fieldsOf(early)]).toEqual([422, ['endDate']]);
    expect(await (await call('POST', url, { as: 'manager', body: { endDate: '2027-06-30' } })).json()).toMatchObject({ status: 'ended', endDate: '2027-06-30' });
    // Both notifications carry the same (fixed) time, so their order is not defined.
    expect((await inbox('editorX')).map((n) => `${n.kind}:${n.decision}:${n.endDate}`).sort()).toEqual(['membership_decided:approved:null', 'membership_decided:ended:2027-06-30']);
  });

  it('rejects with a reason, lets the rejected apply again, and lets the applicant withdraw', async () => {
    expect((await call('POST', '/api/v1/clusters/nord/applications', { as: 'editorW', body: { organizationId: org.W, type: 'partner' } })).status).toBe(201);
    const url = `/api/v1/clusters/${cluster.nord}/applications/${org.W}/reject`;
    expect((await call('POST', url, { as: 'southManager', body: { reason: 'no' } })).status).toBe(403);
    const empty = await call('POST', url, { as: 'manager', body: { reason: ' ' } });
    expect([empty.status, await fieldsOf(empty)]).toEqual([422, ['reason']]);
    expect(await (await call('POST', url, { as: 'manager', body: { reason: 'Outside our region.' } })).json()).toMatchObject({ status: 'rejected', decisionNote: 'Outside our region.' });
    expect((await inbox('editorW')).map((n) => `${n.decision}:${n.note}`)).toEqual(['rejected:Outside our region.']);
    expect((await items(await call('GET', '/api/v1/clusters/nord/applications?status=rejected', { as: 'manager' }))).map((i) => i.organizationName)).toEqual(['Org W']);

    const again = await call('POST', '/api/v1/clusters/nord/applications', { as: 'editorW', body: { organizationId: org.W, message: 'We moved to Kiel.' } });
    expect(await again.json()).toMatchObject({ status: 'applied', decisionNote: null, message: 'We moved to Kiel.' });
    const withdraw = `/api/v1/clusters/${cluster.nord}/applications/${org.W}`;
    expect((await call('DELETE', withdraw, { as: 'editorX' })).status).toBe(403);
    expect((await call('DELETE', withdraw, { as: 'editorW' })).status).toBe(204);
    expect((await call('DELETE', withdraw, { as: 'editorW' })).status).toBe(404);
  });
});
