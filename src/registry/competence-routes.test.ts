// The taxonomy API: browsing the tree, breadcrumbs, and exact organisation counts per node and region.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const path = (id: string, suffix = '') => `/api/v1/competences/${encodeURIComponent(id)}${suffix}`;
type Item = { id: string; organizationCount: number; hasChildren: boolean };

beforeAll(async () => {
  t = await createTestDb();
  await buildCompetences(t.db, [
    ['esv:/23', null, 'natural sciences'],
    ['esv:/23/51', 'esv:/23', 'biological sciences'],
    ['esv:/23/51/359', 'esv:/23/51', 'microbiology'],
    ['esv:/230', null, 'a sibling whose code shares the prefix'],
    ['emdn:Z12', 'emdn:Z', 'instruments'],
    ['emdn:Z1201', 'emdn:Z12', 'imaging'],
    ['emdn:Z13', 'emdn:Z', 'consumables'],
  ]);
  const link = async (organizationId: string, ids: string[]) => {
    for (const id of ids) await t.db.insertInto('organization_competences').values({ organization_id: organizationId, competence_id: id, source: 'declared' }).execute();
  };
  const o1 = await buildOrganization(t.db, { country: 'DE', nuts_code: 'DEF02', sectors: ['medtech'] });
  await link(o1, ['esv:/23/51/359', 'emdn:Z1201']);
  await link(await buildOrganization(t.db, { country: 'DK', nuts_code: 'DK01' }), ['esv:/23/51']);
  const hidden = await buildOrganization(t.db, { country: 'DE', nuts_code: 'DEF0', visibility: 'private' });
  await link(hidden, ['esv:/23/51/359']);
  await link(await buildOrganization(t.db, { country: 'DE', nuts_code: 'DE80' }), ['esv:/230', 'sector:medtech']);
  await link(await buildOrganization(t.db, { country: 'DE', nuts_code: 'DEF02', visibility: 'members' }), ['emdn:Z13']);
  call = createTestApp(t.db, {
    admin: userActor([], true),
    member: userActor(),
    editor: userActor([{ role: 'organization_editor', scopeId: hidden }]),
  });
});
afterAll(() => t.close());

describe('the competence taxonomy', () => {
  it('has the sector and EMDN category roots from the migration', async () => {
    const res = await call('GET', '/api/v1/competences?limit=500');
    const { items } = (await res.json()) as { items: Array<{ id: string; scheme: string; label: { de?: string } }> };
    expect(items.filter((i) => i.scheme === 'sector')).toHaveLength(8);
    expect(items.filter((i) => i.scheme === 'emdn')).toHaveLength(23);
    expect(items.find((i) => i.id === 'sector:medtech')?.label.de).toBe('Medizintechnik');
  });

  it('lists the roots of one scheme without counting a prefix-sharing sibling as a descendant', async () => {
    const res = await call('GET', '/api/v1/competences?scheme=euroscivoc');
    const { items } = (await res.json()) as { items: Item[] };
    expect(items.map((i) => [i.id, i.organizationCount])).toEqual([['esv:/23', 2], ['esv:/230', 1]]);
  });

  it('lists the children of an EMDN node with counts of visible organisations only', async () => {
    const anonymous = (await (await call('GET', '/api/v1/competences?parent=emdn:Z')).json()) as { items: Item[] };
    expect(anonymous.items.map((i) => [i.id, i.organizationCount])).toEqual([['emdn:Z12', 1], ['emdn:Z13', 0]]);
    const member = (await (await call('GET', '/api/v1/competences?parent=emdn:Z', { as: 'member' })).json()) as { items: Item[] };
    expect(member.items.map((i) => [i.id, i.organizationCount])).toEqual([['emdn:Z12', 1], ['emdn:Z13', 1]]);
  });

  it('says of each listed node whether it has children, so leaves need no expander', async () => {
    const children = (await (await call('GET', '/api/v1/competences?parent=emdn:Z')).json()) as { items: Item[] };
    expect(children.items.map((i) => [i.id, i.hasChildren])).toEqual([['emdn:Z12', true], ['emdn:Z13', false]]);
    const roots = (await (await call('GET', '/api/v1/competences?scheme=euroscivoc')).json()) as { items: Item[] };
    expect(roots.items.map((i) => [i.id, i.hasChildren])).toEqual([['esv:/23', true], ['esv:/230', false]]);
    const found = (await (await call('GET', '/api/v1/competences?q=imaging')).json()) as { items: Item[] };
    expect(found.items.map((i) => [i.id, i.hasChildren])).toEqual([['emdn:Z1201', false]]);
    const detail = (await (await call('GET', path('esv:/23/51'))).json()) as Item & { ancestors: Item[]; children: Item[] };
    expect([detail.hasChildren, detail.ancestors.map((a) => a.hasChildren), detail.children.map((c) => c.hasChildren)]).toEqual([true, [true], [false]]);
  });

  it('finds competences by a label in any language', async () => {
    const { items } = (await (await call('GET', '/api/v1/competences?q=medizintech')).json()) as { items: Item[] };
    expect(items.map((i) => i.id)).toEqual(['sector:medtech']);
  });

  it('counts a sector from organisations declaring it and from their sector list, each once', async () => {
    const body = (await (await call('GET', path('sector:medtech'))).json()) as Item;
    expect(body.organizationCount).toBe(2);
  });

  it('shows a competence with its breadcrumb and children, each counted', async () => {
    const res = await call('GET', path('esv:/23/51'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Item & { ancestors: Item[]; children: Item[] };
    expect(body.organizationCount).toBe(2);
    expect(body.ancestors.map((a) => [a.id, a.organizationCount])).toEqual([['esv:/23', 2]]);
    expect(body.children.map((a) => [a.id, a.organizationCount])).toEqual([['esv:/23/51/359', 1]]);
    const deep = (await (await call('GET', path('esv:/23/51/359'))).json()) as { ancestors: Item[] };
    expect(deep.ancestors.map((a) => a.id)).toEqual(['esv:/23', 'esv:/23/51']);
  });

  it('counts organisations per country and NUTS-2 region as the viewer may see them', async () => {
    const anonymous = await (await call('GET', path('esv:/23', '/regions'))).json();
    expect(anonymous).toEqual({
      competenceId: 'esv:/23',
      total: 2,
      countries: [{ country: 'DE', organizations: 1 }, { country: 'DK', organizations: 1 }],
      regions: [{ nuts2: 'DEF0', country: 'DE', organizations: 1 }, { nuts2: 'DK01', country: 'DK', organizations: 1 }],
    });
    for (const as of ['admin', 'editor']) {
      const seen = (await (await call('GET', path('esv:/23', '/regions'), { as })).json()) as { total: number; regions: unknown[] };
      expect(seen.total).toBe(3);
      expect(seen.regions).toEqual([{ nuts2: 'DEF0', country: 'DE', organizations: 2 }, { nuts2: 'DK01', country: 'DK', organizations: 1 }]);
    }
  });

  it('answers an unknown competence with 404 and a malformed id with 422 naming the field', async () => {
    expect((await call('GET', path('esv:/99'))).status).toBe(404);
    expect((await call('GET', '/api/v1/competences?parent=emdn:NOPE')).status).toBe(404);
    const res = await call('GET', path('nonsense'));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details[0]?.field).toBe('id');
  });
});
