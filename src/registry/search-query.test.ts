// Organisation search and filters: languages, folding, typos, project texts, facets, sort orders and cursors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { createLogger } from '#src/log.ts';
import { organizationListQuery } from '#src/registry/organization-schema.ts';
import { listOrganizations } from '#src/registry/organization-service.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { buildCluster, buildCompetences, buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let ctx: Ctx;
let clusterId: string;

const list = (query: Record<string, string>) => listOrganizations(ctx, organizationListQuery.parse(query));
const names = async (query: Record<string, string>) => (await list(query)).items.map((o) => o.name);
const sorted = async (query: Record<string, string>) => (await names(query)).sort();

beforeAll(async () => {
  t = await createTestDb();
  ctx = { db: t.db, actor: system, clock: () => new Date(), log: createLogger('silent') };
  clusterId = await buildCluster(t.db, { slug: 'bcv', name: 'BioCon Valley' });
  const hub = await buildCluster(t.db, { slug: 'bcv-rostock', name: 'Rostock hub', parent_id: clusterId });
  const other = await buildCluster(t.db, { slug: 'dk', name: 'Danish Life Science Cluster' });
  await buildCompetences(t.db, [['esv:/23', null, 'natural sciences'], ['esv:/23/51', 'esv:/23', 'physical sciences'], ['esv:/23/51/9', 'esv:/23/51', 'plasma physics'], ['esv:/27', null, 'engineering']]);
  const org = (name: string, overrides: Parameters<typeof buildOrganization>[1] = {}) => buildOrganization(t.db, { name, ...overrides });
  const greifswald = await org('Universität Greifswald', { type: 'university', country: 'DE', nuts_code: 'DE80N', city: 'Greifswald', sectors: ['biotech', 'medtech'] });
  const inp = await org('Leibniz-Institut für Plasmaforschung', { type: 'research_institute', country: 'DE', nuts_code: 'DE80N', sectors: ['plasma_technology'], description: JSON.stringify({ de: 'Wir erforschen Plasmen für die Medizin und betreiben Kliniken-Kooperationen.' }) });
  const ku = await org('Københavns Universitet', { type: 'university', country: 'DK', nuts_code: 'DK011', sectors: ['biotech'] });
  const sme = await org('Ostsee Diagnostik GmbH', { country: 'DE', nuts_code: 'DE803', is_sme: true, sectors: ['diagnostics'], keywords: ['Plasma'], description: JSON.stringify({ en: 'We develop vaccines and rapid tests.' }) });
  const odense = await org('Odense Sygehus Partner', { type: 'hospital', country: 'DK', nuts_code: 'DK031', description: JSON.stringify({ da: 'Et sygehus med forskning i diabetes.' }) });
  await org('Ärztehaus Nord', { country: 'DE', nuts_code: 'DEF02' });
  await t.db.insertInto('memberships').values([
    { organization_id: greifswald, cluster_id: clusterId },
    { organization_id: inp, cluster_id: hub },
    { organization_id: sme, cluster_id: hub },
    { organization_id: ku, cluster_id: other },
    { organization_id: odense, cluster_id: other, status: 'ended' },
  ]).execute();
  await t.db.insertInto('organization_competences').values([
    { organization_id: inp, competence_id: 'esv:/23/51/9', source: 'projects', weight: 3 },
    { organization_id: greifswald, competence_id: 'esv:/23/51', source: 'declared' },
    { organization_id: ku, competence_id: 'esv:/27', source: 'declared' },
  ]).execute();
  const project = await t.db.insertInto('projects')
    .values({ title: 'Cold atmospheric plasma for chronic wounds', objective: 'We study microbiome changes in chronic wounds treated with plasma jets.' })
    .returning('id').executeTakeFirstOrThrow();
  await t.db.insertInto('participations').values({ project_id: project.id, organization_id: ku, role: 'participant' }).execute();
  await refreshSearchIndex(t.db, 'all');
});
afterAll(() => t.close());

describe('full-text search', () => {
  it('folds umlauts and Danish letters: Universitat finds Universität, Kobenhavn finds København', async () => {
    expect((await names({ q: 'Universitat' }))[0]).toBe('Universität Greifswald');
    expect(await names({ q: 'Kobenhavns' })).toEqual(['Københavns Universitet']);
  });

  it('stems German, English and Danish descriptions', async () => {
    expect(await names({ q: 'Klinik' })).toEqual(['Leibniz-Institut für Plasmaforschung']);
    expect(await names({ q: 'vaccine' })).toEqual(['Ostsee Diagnostik GmbH']);
    expect(await names({ q: 'sygehusene' })).toEqual(['Odense Sygehus Partner']);
  });

  it('finds organisations through their competence labels and their projects’ titles and objectives', async () => {
    expect(await names({ q: 'plasma physics' })).toEqual(['Leibniz-Institut für Plasmaforschung']);
    expect(await names({ q: 'microbiome' })).toEqual(['Københavns Universitet']);
    expect(await names({ q: 'chronic wound' })).toEqual(['Københavns Universitet']);
  });

  it('ranks a match in the name above a match elsewhere', async () => {
    const page = await list({ q: 'Universitet' });
    expect(page.items[0]?.name).toBe('Københavns Universitet');
    expect(page.items[0]?.score).toBeGreaterThan(1);
  });

  it('tolerates typos in names', async () => {
    expect(await names({ q: 'Grefswald' })).toEqual(['Universität Greifswald']);
    expect((await names({ q: 'Universitet Kopenhagen' }))[0]).toBe('Københavns Universitet');
  });

  it('finds nothing for a word that is nowhere', async () => {
    expect(await names({ q: 'zzyzzx' })).toEqual([]);
  });
});

describe('filters', () => {
  it('filters by type, sector, country, NUTS region prefix and SME flag', async () => {
    expect(await sorted({ type: 'university' })).toEqual(['Københavns Universitet', 'Universität Greifswald']);
    expect(await sorted({ sector: 'biotech' })).toEqual(['Københavns Universitet', 'Universität Greifswald']);
    expect(await sorted({ country: 'DK' })).toEqual(['Københavns Universitet', 'Odense Sygehus Partner']);
    expect(await sorted({ region: 'DE80' })).toEqual(['Leibniz-Institut für Plasmaforschung', 'Ostsee Diagnostik GmbH', 'Universität Greifswald']);
    expect(await sorted({ sme: 'true' })).toEqual(['Ostsee Diagnostik GmbH']);
  });

  it('filters by a competence and its descendants', async () => {
    expect(await sorted({ competence: 'esv:/23' })).toEqual(['Leibniz-Institut für Plasmaforschung', 'Universität Greifswald']);
    expect(await sorted({ competence: 'esv:/23/51/9' })).toEqual(['Leibniz-Institut für Plasmaforschung']);
  });

  it('filters by cluster (by id or slug, with the members of its hubs) and by hub; ended memberships do not count', async () => {
    const all = ['Leibniz-Institut für Plasmaforschung', 'Ostsee Diagnostik GmbH', 'Universität Greifswald'];
    expect(await sorted({ cluster: 'bcv' })).toEqual(all);
    expect(await sorted({ cluster: clusterId })).toEqual(all);
    expect(await sorted({ hub: 'bcv-rostock' })).toEqual(['Leibniz-Institut für Plasmaforschung', 'Ostsee Diagnostik GmbH']);
    expect(await sorted({ cluster: 'dk' })).toEqual(['Københavns Universitet']);
  });

  it('combines search and filters', async () => {
    expect(await names({ q: 'plasma', country: 'DK' })).toEqual(['Københavns Universitet']);
  });
});

describe('facets', () => {
  it('counts type, sector, country, region, cluster and SME over the filtered result', async () => {
    const { facets } = await list({ country: 'DE', facets: 'true' });
    expect(facets).toEqual({
      total: 4,
      type: [{ value: 'company', count: 2 }, { value: 'research_institute', count: 1 }, { value: 'university', count: 1 }],
      sector: [{ value: 'biotech', count: 1 }, { value: 'diagnostics', count: 1 }, { value: 'medtech', count: 1 }, { value: 'plasma_technology', count: 1 }],
      country: [{ value: 'DE', count: 4 }],
      region: [{ value: 'DE80', count: 3 }, { value: 'DEF0', count: 1 }],
      cluster: [{ value: clusterId, label: 'BioCon Valley', count: 3 }],
      sme: [{ value: 'false', count: 3 }, { value: 'true', count: 1 }],
    });
  });
});

describe('sorting and pages', () => {
  it('sorts by folded name both ways and by creation', async () => {
    const byName = await names({ sort: 'name' });
    expect(byName).toEqual(['Ärztehaus Nord', 'Københavns Universitet', 'Leibniz-Institut für Plasmaforschung', 'Odense Sygehus Partner', 'Ostsee Diagnostik GmbH', 'Universität Greifswald']);
    expect(await names({ sort: '-name' })).toEqual([...byName].reverse());
    // Rows created in the same instant are ordered by id, so the reverse order is exactly the reverse list.
    const byCreation = await names({ sort: 'created' });
    expect(byCreation).toHaveLength(6);
    expect(await names({ sort: '-created' })).toEqual([...byCreation].reverse());
  });

  it.each(['name', '-name', 'created', '-created', 'relevance'])('walks every row exactly once in pages of 2 (sort %s)', async (sort) => {
    const query: Record<string, string> = { sort, limit: '2', ...(sort === 'relevance' ? { q: 'plasma' } : {}) };
    const everything = await names({ ...query, limit: '100' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list({ ...query, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((o) => o.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything);
    expect(seen.length).toBeGreaterThan(2);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a cursor made for another sort order', async () => {
    const first = await list({ sort: 'name', limit: '1' });
    await expect(list({ sort: 'created', limit: '1', cursor: first.nextCursor ?? '' })).rejects.toThrow(/cursor/);
  });
});
