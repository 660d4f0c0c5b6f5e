// Projects over HTTP: filters, participants and topics, and who may change them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let member: string;
let outsider: string;
let hidden: string;
const ids: Record<string, string> = {};
type Page = { items: Array<{ id: string; acronym: string }>; nextCursor: string | null };
type Project = { id: string; participants: Array<{ organizationId: string; role: string; name: string }>; topics: Array<{ id: string }> };

const acronyms = async (url: string, as?: string) => ((await (await call('GET', url, as ? { as } : {})).json()) as Page).items.map((p) => p.acronym);
const projectCount = async () => (await t.db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  const cluster = await buildCluster(t.db);
  const hub = await buildCluster(t.db, { parent_id: cluster });
  member = await buildOrganization(t.db, { name: 'Member Org', country: 'DK' });
  outsider = await buildOrganization(t.db, { name: 'Outsider Org' });
  hidden = await buildOrganization(t.db, { name: 'Hidden Org', visibility: 'private' });
  await t.db.insertInto('memberships').values({ organization_id: member, cluster_id: hub, status: 'active' }).execute();
  await buildCompetences(t.db, [['esv:/23', null, 'natural sciences'], ['esv:/23/51', 'esv:/23', 'biology']]);
  call = createTestApp(t.db, {
    admin: userActor([], true),
    user: userActor(),
    manager: userActor([{ role: 'cluster_manager', scopeId: cluster }]),
  });
  const create = async (key: string, body: object) => {
    const res = await call('POST', '/api/v1/projects', { as: 'admin', body });
    expect(res.status).toBe(201);
    ids[key] = ((await res.json()) as Project).id;
  };
  await create('alpha', {
    title: 'Alpha vaccine platform', acronym: 'ALPHA', startDate: '2021-01-01', frameworkProgramme: 'HORIZON', topicIds: ['esv:/23/51'],
    participants: [{ organizationId: member, role: 'coordinator', ecContribution: 100 }, { organizationId: hidden, role: 'participant' }],
  });
  await create('beta', {
    title: 'Beta imaging', acronym: 'BETA', startDate: '2019-05-01', frameworkProgramme: 'H2020', topicIds: ['esv:/23'],
    participants: [{ organizationId: outsider, role: 'coordinator' }],
  });
  await create('gamma', { title: 'Gamma', acronym: 'GAMMA', startDate: '2020-01-01', visibility: 'members' });
});
afterAll(() => t.close());

describe('reading projects', () => {
  it('lists visible projects newest first', async () => {
    expect(await acronyms('/api/v1/projects')).toEqual(['ALPHA', 'BETA']);
    expect(await acronyms('/api/v1/projects', 'user')).toEqual(['ALPHA', 'GAMMA', 'BETA']);
  });

  it('filters by organisation, topic (with narrower topics), programme, year and words', async () => {
    expect(await acronyms(`/api/v1/projects?organization=${member}`)).toEqual(['ALPHA']);
    expect(await acronyms('/api/v1/projects?competence=esv:/23')).toEqual(['ALPHA', 'BETA']);
    expect(await acronyms(`/api/v1/projects?competence=${encodeURIComponent('esv:/23/51')}`)).toEqual(['ALPHA']);
    expect(await acronyms('/api/v1/projects?programme=H2020')).toEqual(['BETA']);
    expect(await acronyms('/api/v1/projects?year=2019')).toEqual(['BETA']);
    expect(await acronyms('/api/v1/projects?q=vaccine')).toEqual(['ALPHA']);
    expect(await acronyms('/api/v1/projects?q=bet')).toEqual(['BETA']);
  });

  it('pages with cursors', async () => {
    const first = (await (await call('GET', '/api/v1/projects?limit=1')).json()) as Page;
    const second = (await (await call('GET', `/api/v1/projects?limit=1&cursor=${first.nextCursor}`)).json()) as Page;
    expect([first.items[0]?.acronym, second.items[0]?.acronym, second.nextCursor]).toEqual(['ALPHA', 'BETA', null]);
  });

  it('shows participants the caller may see, coordinator first, and the topics', async () => {
    const visitor = (await (await call('GET', `/api/v1/projects/${ids.alpha}`)).json()) as Project;
    expect(visitor.participants).toEqual([{ organizationId: member, name: 'Member Org', country: 'DK', role: 'coordinator', ecContribution: 100 }]);
    expect(visitor.topics.map((x) => x.id)).toEqual(['esv:/23/51']);
    const admin = (await (await call('GET', `/api/v1/projects/${ids.alpha}`, { as: 'admin' })).json()) as Project;
    expect(admin.participants.map((p) => p.role)).toEqual(['coordinator', 'participant']);
  });

  it('hides a members-only project from visitors', async () => {
    expect((await call('GET', `/api/v1/projects/${ids.gamma}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/projects/${ids.gamma}`, { as: 'user' })).status).toBe(200);
  });
});

describe('writing projects', () => {
  it('refuses visitors, plain users and managers of another coordinator’s cluster, writing nothing', async () => {
    const before = await projectCount();
    const body = { title: 'New', participants: [{ organizationId: outsider, role: 'coordinator' }] };
    expect((await call('POST', '/api/v1/projects', { body })).status).toBe(401);
    expect((await call('POST', '/api/v1/projects', { as: 'user', body })).status).toBe(403);
    expect((await call('POST', '/api/v1/projects', { as: 'manager', body })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/projects/${ids.beta}`, { as: 'manager', body: { title: 'x' } })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/projects/${ids.beta}`)).status).toBe(401);
    expect(await projectCount()).toBe(before);
  });

  it('rejects invalid bodies with 422 naming the field, writing nothing', async () => {
    const before = await projectCount();
    const dates = await call('POST', '/api/v1/projects', { as: 'admin', body: { title: 'X', startDate: '2022-01-01', endDate: '2021-01-01' } });
    expect([dates.status, await errorFields(dates)]).toEqual([422, ['endDate']]);
    const topic = await call('POST', '/api/v1/projects', { as: 'admin', body: { title: 'X', topicIds: ['esv:/99'] } });
    expect([topic.status, await errorFields(topic)]).toEqual([422, ['topicIds.0']]);
    const org = await call('POST', '/api/v1/projects', { as: 'admin', body: { title: 'X', participants: [{ organizationId: '00000000-0000-4000-8000-000000000000', role: 'participant' }] } });
    expect([org.status, await errorFields(org)]).toEqual([422, ['participants.0.organizationId']]);
    expect(await projectCount()).toBe(before);
  });

  it('lets the manager of the coordinator’s cluster create, change and delete a project', async () => {
    const created = await call('POST', '/api/v1/projects', { as: 'manager', body: { title: 'Hub project', participants: [{ organizationId: member, role: 'coordinator' }] } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Project;
    const changed = await call('PATCH', `/api/v1/projects/${id}`, { as: 'manager', body: { acronym: 'HUB', topicIds: ['esv:/23'] } });
    expect(await changed.json()).toMatchObject({ acronym: 'HUB', topics: [{ id: 'esv:/23' }] });
    expect((await call('DELETE', `/api/v1/projects/${id}`, { as: 'user' })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/projects/${id}`, { as: 'manager' })).status).toBe(204);
    expect((await call('GET', `/api/v1/projects/${id}`, { as: 'admin' })).status).toBe(404);
  });

  it('adds and removes participants with role checks', async () => {
    const url = `/api/v1/projects/${ids.alpha}/participants`;
    expect((await call('POST', url, { body: { organizationId: outsider, role: 'participant' } })).status).toBe(401);
    expect((await call('POST', url, { as: 'user', body: { organizationId: outsider, role: 'participant' } })).status).toBe(403);
    const badRole = await call('POST', url, { as: 'manager', body: { organizationId: outsider, role: 'boss' } });
    expect([badRole.status, await errorFields(badRole)]).toEqual([422, ['role']]);
    expect((await call('POST', url, { as: 'manager', body: { organizationId: outsider, role: 'coordinator' } })).status).toBe(409);
    const added = await call('POST', url, { as: 'manager', body: { organizationId: outsider, role: 'thirdParty', ecContribution: 5 } });
    expect(((await added.json()) as Project).participants.map((p) => [p.name, p.role])).toContainEqual(['Outsider Org', 'thirdParty']);
    expect((await call('DELETE', `${url}/${outsider}`, { as: 'user' })).status).toBe(403);
    expect((await call('DELETE', `${url}/${outsider}`, { as: 'manager' })).status).toBe(204);
    expect((await call('DELETE', `${url}/${outsider}`, { as: 'manager' })).status).toBe(404);
  });
});
