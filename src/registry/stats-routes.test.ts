// GET /api/v1/stats: the registry's totals, counting only what the caller may read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCluster, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;

const totals = async (as?: string) => {
  const res = await call('GET', '/api/v1/stats', as ? { as } : {});
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, number>;
};

beforeAll(async () => {
  t = await createTestDb();
  await buildCluster(t.db);
  const open = await buildOrganization(t.db);
  const members = await buildOrganization(t.db, { visibility: 'members' });
  await buildOrganization(t.db, { visibility: 'private' });
  const project = await t.db.insertInto('projects').values({ title: 'Shared project' }).returning('id').executeTakeFirstOrThrow();
  await t.db
    .insertInto('participations')
    .values([
      { project_id: project.id, organization_id: open, role: 'coordinator', ec_contribution: null, position: 1 },
      { project_id: project.id, organization_id: members, role: 'participant', ec_contribution: null, position: 2 },
    ])
    .execute();
  await t.db
    .insertInto('people')
    .values([
      { given_name: 'Listed', family_name: 'Person', organization_id: open, consent_listed: true, visibility: 'public' },
      { given_name: 'Unlisted', family_name: 'Person', organization_id: open, consent_listed: false, visibility: 'public' },
    ])
    .execute();
  call = createTestApp(t.db, { admin: userActor([], true), user: userActor() });
});
afterAll(() => t.close());

describe('GET /api/v1/stats', () => {
  it('gives visitors the totals of the public registry only', async () => {
    expect(await totals()).toMatchObject({ organizations: 1, projects: 1, participations: 1, clusters: 1, people: 1 });
  });

  it('counts members-only entries for signed-in users, and everything for admins', async () => {
    expect(await totals('user')).toMatchObject({ organizations: 2, participations: 2, people: 1 });
    expect(await totals('admin')).toMatchObject({ organizations: 3, participations: 2, people: 2 });
  });

  it('reports every total as a whole number', async () => {
    const all = await totals('admin');
    expect(Object.keys(all).sort()).toEqual(
      ['clusters', 'competences', 'facilities', 'offers', 'organizations', 'participations', 'people', 'projects'],
    );
    for (const value of Object.values(all)) expect(Number.isInteger(value)).toBe(true);
  });
});
