// The atlas map API: compact points under the registry's filters and visibility, exact counts per region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapPointsOut, MapRegionsOut } from '#src/atlas/map-schema.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const ids: Record<string, string> = {};
let hubId = '';

/** The names on the map for `query` as `as` sees it, sorted. */
async function namesOf(query: string, as?: string): Promise<string[]> {
  const res = await call('GET', `/api/v1/atlas/points${query}`, as ? { as } : {});
  expect(res.status).toBe(200);
  return ((await res.json()) as MapPointsOut).points.name.sort();
}

async function regionsOf(query: string, as?: string): Promise<MapRegionsOut> {
  const res = await call('GET', `/api/v1/atlas/regions${query}`, as ? { as } : {});
  expect(res.status).toBe(200);
  return (await res.json()) as MapRegionsOut;
}

beforeAll(async () => {
  t = await createTestDb();
  await buildCompetences(t.db, [
    ['esv:/23', null, 'natural sciences'],
    ['esv:/23/51', 'esv:/23', 'biological sciences'],
    ['esv:/23/51/359', 'esv:/23/51', 'microbiology'],
    ['esv:/230', null, 'a sibling whose code shares the prefix'],
  ]);
  const cluster = await buildCluster(t.db, { slug: 'nord' });
  hubId = await buildCluster(t.db, { slug: 'nord-kiel', parent_id: cluster });
  const org = async (name: string, values: Parameters<typeof buildOrganization>[1], competences: string[], clusterIds: string[] = []) => {
    ids[name] = await buildOrganization(t.db, { name, ...values });
    for (const id of competences) await t.db.insertInto('organization_competences').values({ organization_id: ids[name]!, competence_id: id, source: 'declared' }).execute();
    for (const id of clusterIds) await t.db.insertInto('memberships').values({ organization_id: ids[name]!, cluster_id: id }).execute();
  };
  await org('Alpha Kieler Sensorik', { type: 'company', country: 'DE', nuts_code: 'DEF02', lat: 54.32, lon: 10.13, sectors: ['medtech', 'diagnostics'], is_sme: true }, ['esv:/23/51/359'], [hubId]);
  await org('Beta Universität', { type: 'university', country: 'DE', nuts_code: 'DEF03', lat: 54.08, lon: 10.57 }, ['esv:/23'], [cluster]);
  await org('Gamma Institut', { type: 'research_institute', country: 'DK', nuts_code: 'DK011', lat: 55.68, lon: 12.57 }, ['esv:/230']);
  await org('Delta Private', { type: 'company', country: 'DE', nuts_code: 'DEF02', lat: 54.5, lon: 10.0, visibility: 'private' }, ['esv:/23'], [cluster]);
  await org('Epsilon Klinik', { type: 'hospital', country: 'DK', nuts_code: 'DK012', lat: 55.0, lon: 12.0, visibility: 'members' }, ['esv:/23/51']);
  await org('Zeta Ohne Ort', { type: 'company', country: 'DE', nuts_code: 'DE803' }, ['esv:/23']);
  await org('Eta Diagnostik', { type: 'company', country: 'DE', nuts_code: 'DE803', lat: 53.9, lon: 11.4, sectors: ['diagnostics'] }, ['sector:diagnostics']);
  await refreshSearchIndex(t.db, 'all');
  call = createTestApp(t.db, {
    admin: userActor([], true),
    member: userActor(),
    editor: userActor([{ role: 'organization_editor', scopeId: ids['Delta Private']! }]),
  });
});
afterAll(() => t.close());

describe('the map points', () => {
  it('gives every located public organisation to visitors as parallel arrays, and counts the unlocated', async () => {
    const res = await call('GET', '/api/v1/atlas/points');
    const body = (await res.json()) as MapPointsOut;
    expect(body.total).toBe(4);
    expect(body.unlocated).toBe(1);
    const alpha = body.points.name.indexOf('Alpha Kieler Sensorik');
    expect(body.points.id[alpha]).toBe(ids['Alpha Kieler Sensorik']);
    expect([body.points.lat[alpha], body.points.lon[alpha], body.points.type[alpha], body.points.sector[alpha]]).toEqual([54.32, 10.13, 'company', 'medtech']);
    expect(body.points.sector[body.points.name.indexOf('Beta Universität')]).toBeNull();
    for (const list of Object.values(body.points)) expect(list).toHaveLength(4);
  });

  it('applies each filter of the organisation list', async () => {
    expect(await namesOf('?type=company')).toEqual(['Alpha Kieler Sensorik', 'Eta Diagnostik']);
    expect(await namesOf('?sector=diagnostics')).toEqual(['Alpha Kieler Sensorik', 'Eta Diagnostik']);
    expect(await namesOf('?sme=true')).toEqual(['Alpha Kieler Sensorik']);
    expect(await namesOf('?sme=false')).toEqual(['Beta Universität', 'Eta Diagnostik', 'Gamma Institut']);
    expect(await namesOf('?country=DK')).toEqual(['Gamma Institut']);
    expect(await namesOf('?region=DEF0')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität']);
    expect(await namesOf('?q=Sensorik')).toEqual(['Alpha Kieler Sensorik']);
    expect(await namesOf('?type=company&region=DE8')).toEqual(['Eta Diagnostik']);
  });

  it('filters by a cluster with its hubs, by a hub alone, by id or slug', async () => {
    expect(await namesOf('?cluster=nord')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität']);
    expect(await namesOf(`?hub=${hubId}`)).toEqual(['Alpha Kieler Sensorik']);
    expect(await namesOf('?hub=nord-kiel')).toEqual(['Alpha Kieler Sensorik']);
  });

  it('filters by a competence and its descendants, never by a sibling sharing the code prefix', async () => {
    expect(await namesOf('?competence=esv:/23')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität']);
    expect(await namesOf('?competence=esv:/23/51')).toEqual(['Alpha Kieler Sensorik']);
    expect(await namesOf('?competence=esv:/230')).toEqual(['Gamma Institut']);
    // As GET /organizations: a sector competence is one declared, not merely a sector in the list.
    expect(await namesOf('?competence=sector:diagnostics')).toEqual(['Eta Diagnostik']);
  });

  it('shows members-only organisations to signed-in users and a private one only to its editors and admins', async () => {
    expect(await namesOf('?competence=esv:/23')).not.toContain('Epsilon Klinik');
    expect(await namesOf('?competence=esv:/23', 'member')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität', 'Epsilon Klinik']);
    expect(await namesOf('?competence=esv:/23', 'editor')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität', 'Delta Private', 'Epsilon Klinik']);
    expect(await namesOf('?competence=esv:/23', 'admin')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität', 'Delta Private', 'Epsilon Klinik']);
    expect(await namesOf('?cluster=nord', 'member')).toEqual(['Alpha Kieler Sensorik', 'Beta Universität']);
  });
});

describe('the region counts', () => {
  it('counts a competence per country with the centroid of the located organisations', async () => {
    const body = await regionsOf('?competence=esv:/23&level=country');
    expect(body).toEqual({
      competenceId: 'esv:/23',
      level: 'country',
      total: 3,
      regions: [{ code: 'DE', country: 'DE', organizations: 3, lat: expect.closeTo((54.32 + 54.08) / 2, 6), lon: expect.closeTo((10.13 + 10.57) / 2, 6) }],
    });
    const admin = await regionsOf('?competence=esv:/23&level=country', 'admin');
    expect(admin.regions.map((r) => [r.code, r.organizations])).toEqual([['DE', 4], ['DK', 1]]);
  });

  it('counts per NUTS-2 region, a region without located organisations having no centroid', async () => {
    const body = await regionsOf('?competence=esv:/23&level=nuts2');
    expect(body.total).toBe(3);
    expect(body.regions).toEqual([
      { code: 'DEF0', country: 'DE', organizations: 2, lat: expect.closeTo(54.2, 6), lon: expect.closeTo(10.35, 6) },
      { code: 'DE80', country: 'DE', organizations: 1, lat: null, lon: null },
    ]);
  });

  it('agrees with the taxonomy’s own counts per country and region', async () => {
    for (const as of [undefined, 'member', 'admin']) {
      const taxonomy = (await (await call('GET', `/api/v1/competences/${encodeURIComponent('esv:/23')}/regions`, as ? { as } : {})).json()) as {
        countries: Array<{ country: string; organizations: number }>;
        regions: Array<{ nuts2: string; organizations: number }>;
      };
      const countries = await regionsOf('?competence=esv:/23&level=country', as);
      const nuts2 = await regionsOf('?competence=esv:/23&level=nuts2', as);
      expect(countries.regions.map((r) => ({ country: r.code, organizations: r.organizations }))).toEqual(taxonomy.countries);
      expect(nuts2.regions.map((r) => r.organizations).sort()).toEqual(taxonomy.regions.map((r) => r.organizations).sort());
    }
  });

  it('applies the other filters too, and counts everything without a competence', async () => {
    const companies = await regionsOf('?competence=esv:/23&level=country&type=university');
    expect(companies.regions.map((r) => [r.code, r.organizations])).toEqual([['DE', 1]]);
    const all = await regionsOf('');
    expect(all).toMatchObject({ competenceId: null, level: 'country', total: 5 });
    expect(all.regions.map((r) => [r.code, r.organizations])).toEqual([['DE', 4], ['DK', 1]]);
  });
});

describe('bad parameters', () => {
  it.each([
    ['/api/v1/atlas/regions?level=world', 'level'],
    ['/api/v1/atlas/points?competence=diagnostics', 'competence'],
    ['/api/v1/atlas/points?type=castle', 'type'],
    ['/api/v1/atlas/points?sector=mining', 'sector'],
    ['/api/v1/atlas/points?region=1', 'region'],
    ['/api/v1/atlas/regions?country=DEU', 'country'],
    ['/api/v1/atlas/points?cluster=', 'cluster'],
    ['/api/v1/atlas/points?sme=yes', 'sme'],
  ])('answers %s with 422 naming %s', async (path, field) => {
    const res = await call('GET', path);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: Array<{ field: string }> } };
    expect(body.error.code).toBe('invalid');
    expect(body.error.details.map((d) => d.field)).toEqual([field]);
  });

  it('answers an unknown competence with 404', async () => {
    expect((await call('GET', `/api/v1/atlas/points?competence=${encodeURIComponent('esv:/99')}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/atlas/regions?competence=${encodeURIComponent('esv:/99')}`)).status).toBe(404);
  });
});
