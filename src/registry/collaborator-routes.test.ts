// Who works with whom over HTTP: closest collaborators, an organisation's projects, a project's partners; visibility.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const org: Record<string, string> = {};
const project: Record<string, string> = {};

const get = async <T>(url: string, as?: string) => {
  const res = await call('GET', url, as ? { as } : {});
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
type Collaborators = { items: Array<{ name: string; jointProjects: number }> };
type Projects = { items: Array<{ acronym: string; role: string; ecContribution: number | null; participants: number }>; nextCursor: string | null };
type Partners = { items: Array<{ name: string; role: string; location: { lat: number; lon: number } | null; type: string }> };

beforeAll(async () => {
  t = await createTestDb();
  org.a = await buildOrganization(t.db, { name: 'Alpha', lat: 54.1, lon: 12.1 });
  org.b = await buildOrganization(t.db, { name: 'Beta', type: 'university', lat: 55.7, lon: 12.6 });
  org.c = await buildOrganization(t.db, { name: 'Gamma', visibility: 'private' });
  org.d = await buildOrganization(t.db, { name: 'Delta' });
  call = createTestApp(t.db, { admin: userActor([], true), member: userActor() });
  const create = async (key: string, body: object) => {
    const res = await call('POST', '/api/v1/projects', { as: 'admin', body });
    expect(res.status).toBe(201);
    project[key] = ((await res.json()) as { id: string }).id;
  };
  await create('p1', {
    title: 'One', acronym: 'ONE', startDate: '2020-01-01', ecContribution: 1000,
    participants: [{ organizationId: org.a, role: 'coordinator', ecContribution: 600 }, { organizationId: org.b, role: 'participant' }, { organizationId: org.c, role: 'participant' }],
  });
  await create('p2', { title: 'Two', acronym: 'TWO', startDate: '2022-01-01', participants: [{ organizationId: org.a, role: 'participant' }, { organizationId: org.b, role: 'coordinator' }] });
  await create('p3', { title: 'Three', acronym: 'THREE', startDate: '2021-01-01', visibility: 'members', participants: [{ organizationId: org.a, role: 'participant' }, { organizationId: org.d, role: 'coordinator' }] });
});
afterAll(() => t.close());

describe('closest collaborators', () => {
  it('ranks partners by joint projects, counting only projects and partners the caller may see', async () => {
    const names = async (as?: string) =>
      (await get<Collaborators>(`/api/v1/organizations/${org.a}/collaborators`, as)).items.map((c) => `${c.name}:${c.jointProjects}`);
    expect(await names()).toEqual(['Beta:2']);
    expect(await names('member')).toEqual(['Beta:2', 'Delta:1']);
    expect(await names('admin')).toEqual(['Beta:2', 'Delta:1', 'Gamma:1']);
  });

  it('answers a hidden organisation as not found and a bad limit with 422 naming it', async () => {
    expect((await call('GET', `/api/v1/organizations/${org.c}/collaborators`)).status).toBe(404);
    const res = await call('GET', `/api/v1/organizations/${org.a}/collaborators?limit=0`);
    expect(res.status).toBe(422);
    expect(await errorFields(res)).toEqual(['limit']);
  });
});

describe("an organisation's projects", () => {
  it('lists them newest first with its role, its contribution and the visible consortium size', async () => {
    const anonymous = await get<Projects>(`/api/v1/organizations/${org.a}/projects`);
    expect(anonymous.items).toEqual([
      expect.objectContaining({ acronym: 'TWO', role: 'participant', ecContribution: null, participants: 2 }),
      expect.objectContaining({ acronym: 'ONE', role: 'coordinator', ecContribution: 600, projectEcContribution: 1000, participants: 2 }),
    ]);
    const admin = await get<Projects>(`/api/v1/organizations/${org.a}/projects`, 'admin');
    expect(admin.items.map((p) => `${p.acronym}:${p.participants}`)).toEqual(['TWO:2', 'THREE:2', 'ONE:3']);
  });

  it('pages with a cursor and refuses a forged one naming the cursor', async () => {
    const first = await get<Projects>(`/api/v1/organizations/${org.a}/projects?limit=1`, 'member');
    const second = await get<Projects>(`/api/v1/organizations/${org.a}/projects?limit=1&cursor=${first.nextCursor}`, 'member');
    expect([first.items[0]?.acronym, second.items[0]?.acronym]).toEqual(['TWO', 'THREE']);
    const res = await call('GET', `/api/v1/organizations/${org.a}/projects?cursor=nonsense`);
    expect(res.status).toBe(422);
    expect(await errorFields(res)).toEqual(['cursor']);
    expect((await call('GET', `/api/v1/organizations/${org.c}/projects`, { as: 'member' })).status).toBe(404);
  });
});

describe("a project's partners", () => {
  it('gives the visible partners with roles, types and places, coordinator first', async () => {
    const { items } = await get<Partners>(`/api/v1/projects/${project.p1}/partners`);
    expect(items).toEqual([
      expect.objectContaining({ name: 'Alpha', role: 'coordinator', type: 'company', location: { lat: 54.1, lon: 12.1 } }),
      expect.objectContaining({ name: 'Beta', role: 'participant', type: 'university', location: { lat: 55.7, lon: 12.6 } }),
    ]);
    expect((await get<Partners>(`/api/v1/projects/${project.p1}/partners`, 'admin')).items.map((p) => p.name)).toContain('Gamma');
  });

  it('hides a members-only project from visitors and names a malformed id', async () => {
    expect((await call('GET', `/api/v1/projects/${project.p3}/partners`)).status).toBe(404);
    expect((await get<Partners>(`/api/v1/projects/${project.p3}/partners`, 'member')).items).toHaveLength(2);
    const res = await call('GET', '/api/v1/projects/not-a-uuid/partners');
    expect(res.status).toBe(422);
    expect(await errorFields(res)).toEqual(['id']);
  });
});
