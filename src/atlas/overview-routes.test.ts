// GET /api/v1/atlas/overview: exact figures of a built registry per scope, visibility, invalid scopes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverviewOut } from '#src/atlas/overview-schema.ts';
import { createTestDb } from '#src/db/test-db.ts';
import type { Visibility } from '#src/db/types.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const ids: Record<string, string> = {};
const NOW = new Date('2026-11-22T12:00:00Z');

async function overview(query = '', as?: string): Promise<OverviewOut> {
  const res = await call('GET', `/api/v1/atlas/overview${query}`, as ? { as } : {});
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as OverviewOut;
}

async function errorFields(query: string): Promise<[number, string[]]> {
  const res = await call('GET', `/api/v1/atlas/overview${query}`);
  const body = (await res.json()) as { error: { details: Array<{ field: string }> } };
  return [res.status, body.error.details.map((d) => d.field)];
}

beforeAll(async () => {
  t = await createTestDb();
  await buildCompetences(t.db, [
    ['esv:/21', null, 'medical and health sciences'],
    ['esv:/21/33', 'esv:/21', 'medical biotechnology'],
    ['esv:/21/34', 'esv:/21', 'diagnostics'],
    ['emdn:Z12', 'emdn:Z', 'instruments'],
  ]);
  const nord = await buildCluster(t.db, { slug: 'nord' });
  const kiel = await buildCluster(t.db, { slug: 'nord-kiel', parent_id: nord });
  await buildCluster(t.db, { slug: 'syd' });

  type Membership = [cluster: string, start: string | null, status?: 'active' | 'ended', end?: string];
  const org = async (name: string, values: Parameters<typeof buildOrganization>[1], competences: Array<[string, 'declared' | 'projects']>, memberships: Membership[] = []) => {
    ids[name] = await buildOrganization(t.db, { name, ...values });
    for (const [competence_id, source] of competences) {
      await t.db.insertInto('organization_competences').values({ organization_id: ids[name]!, competence_id, source }).execute();
    }
    for (const [cluster_id, start_date, status = 'active', end_date = null] of memberships) {
      await t.db.insertInto('memberships').values({ organization_id: ids[name]!, cluster_id, start_date, status, end_date }).execute();
    }
  };
  // Public: A, B, E. Members only: C. Private: D.
  await org('A', { type: 'company', is_sme: true, sectors: ['biotech', 'medtech'], country: 'DE', nuts_code: 'DEF02' },
    [['esv:/21/33', 'projects'], ['emdn:Z12', 'declared'], ['sector:biotech', 'declared']], [[nord, '2019-03-01']]);
  await org('B', { type: 'university', sectors: ['biotech'], country: 'DE', nuts_code: 'DEF0' }, [['esv:/21/33', 'declared']], [[kiel, '2021-06-01']]);
  await org('C', { type: 'hospital', country: 'DK', nuts_code: 'DK01', visibility: 'members' }, [['esv:/21/34', 'declared']], [[nord, '2021-01-15']]);
  await org('D', { type: 'company', is_sme: true, country: 'DK', visibility: 'private' }, [], [[nord, null]]);
  await org('E', { type: 'research_institute', country: 'DK', nuts_code: 'DK01' }, [['esv:/21/34', 'projects']], [[nord, '2018-05-01', 'ended', '2020-12-31']]);

  const project = async (title: string, start_date: string | null, visibility: Visibility, shares: Array<[string, number | null]>) => {
    const { id } = await t.db.insertInto('projects').values({ title, start_date, visibility }).returning('id').executeTakeFirstOrThrow();
    for (const [i, [name, ec_contribution]] of shares.entries()) {
      await t.db.insertInto('participations')
        .values({ project_id: id, organization_id: ids[name]!, role: i === 0 ? 'coordinator' : 'participant', ec_contribution, position: i + 1 })
        .execute();
    }
  };
  await project('P1', '2020-02-01', 'public', [['A', 100_000.25], ['B', 50_000], ['E', 20_000]]);
  await project('P2', '2021-05-01', 'public', [['A', 200_000], ['C', 30_000]]);
  await project('P3', '2021-09-01', 'members', [['B', 10_000]]);
  await project('P4', null, 'public', [['A', null]]);
  await project('P5', '2024-01-01', 'private', [['D', 5_000]]);

  await t.db.insertInto('facilities').values([
    { organization_id: ids.A!, kind: 'lab', name: 'Lab A', description: '{}', visibility: 'public' },
    { organization_id: ids.C!, kind: 'biobank', name: 'Biobank C', description: '{}', visibility: 'public' },
    { organization_id: ids.A!, kind: 'equipment', name: 'Private kit A', description: '{}', visibility: 'private' },
  ]).execute();
  await t.db.insertInto('offers').values([
    { organization_id: ids.A!, direction: 'offer', kind: 'service', title: 'Open offer' },
    { organization_id: ids.B!, direction: 'request', kind: 'cdmo', title: 'Expired request', expires_at: '2026-01-31' },
    { organization_id: ids.B!, direction: 'request', kind: 'partner', title: 'Open members-only request', expires_at: '2027-01-31', visibility: 'members' },
  ]).execute();

  call = createTestApp(t.db, { admin: userActor([], true), user: userActor(), editorOfD: userActor([{ role: 'organization_editor', scopeId: ids.D! }]) }, () => NOW);
});
afterAll(() => t.close());

describe('GET /api/v1/atlas/overview of the whole registry', () => {
  it('gives visitors exact figures of the public organisations, projects, facilities and offers only', async () => {
    const all = await overview();
    expect(all.totals).toEqual({ organizations: 3, smes: 1, projects: 3, ecContribution: 370_000.25, facilities: 1, offers: 1, requests: 0 });
    expect(all.organizationsByType).toEqual([
      { type: 'company', organizations: 1 },
      { type: 'research_institute', organizations: 1 },
      { type: 'university', organizations: 1 },
    ]);
    expect(all.organizationsBySector).toEqual([{ sector: 'biotech', organizations: 2 }, { sector: 'medtech', organizations: 1 }]);
    expect(all.withoutSector).toBe(1);
    expect(all.projectsByYear).toEqual([
      { year: 2020, projects: 1, ecContribution: 170_000.25 },
      { year: 2021, projects: 1, ecContribution: 200_000 },
    ]);
    expect(all.projectsWithoutStart).toEqual({ projects: 1, ecContribution: 0 });
    expect(all.membershipGrowth).toBeNull();
  });

  it('ranks euroSciVoc fields from any source and declared competences apart from sectors, with labels', async () => {
    const { topCompetences } = await overview();
    expect(topCompetences.euroSciVoc).toEqual([
      { id: 'esv:/21/33', label: { en: 'medical biotechnology' }, organizations: 2 },
      { id: 'esv:/21/34', label: { en: 'diagnostics' }, organizations: 1 },
    ]);
    expect(topCompetences.declared.map((c) => [c.id, c.organizations])).toEqual([['emdn:Z12', 1], ['esv:/21/33', 1]]);
  });

  it('ranks countries and NUTS-2 regions by organisations', async () => {
    const all = await overview();
    expect(all.topCountries).toEqual([{ code: 'DE', organizations: 2 }, { code: 'DK', organizations: 1 }]);
    expect(all.topRegions).toEqual([{ code: 'DEF0', organizations: 2 }, { code: 'DK01', organizations: 1 }]);
  });

  it('counts members-only entries for signed-in users, and everything for admins', async () => {
    const member = await overview('', 'user');
    expect(member.totals).toEqual({ organizations: 4, smes: 1, projects: 4, ecContribution: 410_000.25, facilities: 2, offers: 1, requests: 1 });
    expect(member.projectsByYear.find((y) => y.year === 2021)).toEqual({ year: 2021, projects: 2, ecContribution: 240_000 });
    const admin = await overview('', 'admin');
    expect(admin.totals).toMatchObject({ organizations: 5, smes: 2, projects: 5, ecContribution: 415_000.25, facilities: 3 });
    expect(admin.projectsByYear.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(admin.projectsByYear[2]).toEqual({ year: 2022, projects: 0, ecContribution: 0 });
  });

  it('shows an editor their own private organisation and its private project', async () => {
    const editor = await overview('', 'editorOfD');
    expect(editor.totals).toMatchObject({ organizations: 5, smes: 2, projects: 5, ecContribution: 415_000.25 });
  });
});

describe('GET /api/v1/atlas/overview of a scope', () => {
  it('counts a cluster with its hubs, and its membership growth with former members, as visitors see it', async () => {
    const nord = await overview('?cluster=nord');
    expect(nord.totals).toMatchObject({ organizations: 2, smes: 1, projects: 3, ecContribution: 350_000.25 });
    expect(nord.membershipGrowth?.withoutStart).toBe(0);
    expect(nord.membershipGrowth?.years.map((y) => [y.year, y.joined, y.left, y.members])).toEqual([
      [2018, 1, 0, 1],
      [2019, 1, 0, 2],
      [2020, 0, 1, 1],
      [2021, 1, 0, 2],
      [2022, 0, 0, 2],
      [2023, 0, 0, 2],
      [2024, 0, 0, 2],
      [2025, 0, 0, 2],
      [2026, 0, 0, 2],
    ]);
  });

  it('counts members without a start date apart, and visible members only', async () => {
    const growth = (await overview('?cluster=nord', 'admin')).membershipGrowth!;
    expect(growth.withoutStart).toBe(1);
    expect(growth.years.find((y) => y.year === 2021)).toEqual({ year: 2021, joined: 2, left: 0, members: 3 });
    expect(growth.years.at(-1)).toEqual({ year: 2026, joined: 0, left: 0, members: 3 });
  });

  it('counts a hub alone, by id or slug', async () => {
    const hub = await overview('?hub=nord-kiel');
    expect(hub.totals.organizations).toBe(1);
    expect(hub.organizationsByType).toEqual([{ type: 'university', organizations: 1 }]);
    expect(hub.membershipGrowth?.years.map((y) => [y.year, y.members])).toEqual([[2021, 1], [2022, 1], [2023, 1], [2024, 1], [2025, 1], [2026, 1]]);
    const kiel = await t.db.selectFrom('clusters').select('id').where('slug', '=', 'nord-kiel').executeTakeFirstOrThrow();
    expect((await overview(`?hub=${kiel.id}`)).totals).toEqual(hub.totals);
  });

  it('counts a country with organisations lacking a NUTS code, and a NUTS region by prefix', async () => {
    expect((await overview('?region=DK', 'admin')).totals.organizations).toBe(3);
    expect((await overview('?region=DEF', 'admin')).totals.organizations).toBe(2);
    expect((await overview('?region=DK01', 'admin')).topRegions).toEqual([{ code: 'DK01', organizations: 2 }]);
  });

  it('counts the organisations with a competence or a narrower one', async () => {
    const medical = await overview('?competence=esv%3A%2F21');
    expect(medical.totals.organizations).toBe(3);
    expect((await overview('?competence=esv%3A%2F21%2F34', 'user')).organizationsByType).toEqual([
      { type: 'hospital', organizations: 1 },
      { type: 'research_institute', organizations: 1 },
    ]);
  });

  it('combines the scope filters', async () => {
    const scoped = await overview('?cluster=nord&region=DK', 'admin');
    expect(scoped.totals.organizations).toBe(2);
    expect(scoped.membershipGrowth?.withoutStart).toBe(1);
    expect(scoped.membershipGrowth?.years.slice(0, 4).map((y) => [y.year, y.joined, y.left, y.members])).toEqual([
      [2018, 1, 0, 1],
      [2019, 0, 0, 1],
      [2020, 0, 1, 0],
      [2021, 1, 0, 1],
    ]);
    expect((await overview('?cluster=syd')).totals).toMatchObject({ organizations: 0, projects: 0, ecContribution: 0 });
  });
});

describe('GET /api/v1/atlas/overview with invalid parameters', () => {
  it('answers 422 naming a malformed region or competence', async () => {
    expect(await errorFields('?region=dk-01')).toEqual([422, ['region']]);
    expect(await errorFields('?competence=biotech')).toEqual([422, ['competence']]);
  });

  it('answers 422 naming an unknown cluster, hub or competence', async () => {
    expect(await errorFields('?cluster=nowhere')).toEqual([422, ['cluster']]);
    expect(await errorFields('?hub=nowhere')).toEqual([422, ['hub']]);
    expect(await errorFields('?competence=esv%3A%2F99')).toEqual([422, ['competence']]);
  });
});
