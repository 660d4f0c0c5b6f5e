// The cluster manager's regulatory overview: counts of the members' products per class, route and regulation,
// the members of hubs included, private products counted, for the cluster's managers and admins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildOrganization } from '#src/registry/test-builders.ts';
import { buildRegulatoryWorld, PROFILES, type RegulatoryWorld } from '#src/regulatory/product-test-world.ts';

type Overview = {
  totals: { memberOrganizations: number; organizationsWithProducts: number; products: number };
  byClass: Array<{ regulation: string; class: string; products: number; organizations: number }>;
  byNotifiedBody: Array<{ notifiedBody: string; products: number; organizations: number }>;
  byRoute: Array<{ routeKey: string; notifiedBody: string; products: number; organizations: number }>;
  byRegulation: Array<{ regulation: string; products: number; organizations: number }>;
  organizations: Array<{ name: string; classes: string[]; products: Array<{ name: string; class: string; subclasses: string[] }> }>;
};

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: RegulatoryWorld;
const overview = (cluster: string, as?: string) => w.call('GET', `/api/v1/clusters/${cluster}/regulatory-overview`, as ? { as } : {});

beforeAll(async () => {
  t = await createTestDb();
  w = await buildRegulatoryWorld(t.db);
  // A second member directly in the cluster (orgA is in its hub), a former member, and orgB elsewhere.
  const gamma = await buildOrganization(t.db, { name: 'Gamma Implants' });
  const former = await buildOrganization(t.db, { name: 'Former Member' });
  await t.db.insertInto('memberships').values([
    { organization_id: gamma, cluster_id: w.cluster, status: 'active' },
    { organization_id: former, cluster_id: w.cluster, status: 'ended' },
  ]).execute();
  const add = async (org: string, name: string, profile: object, visibility = 'private') => {
    const res = await w.call('POST', `/api/v1/organizations/${org}/products`, { as: 'admin', body: { name, profile, visibility } });
    expect(res.status).toBe(201);
  };
  await add(w.orgA, 'Triage app', PROFILES.softwareIIa);
  await add(w.orgA, 'Sterile drape', { ...PROFILES.classI, sterile: true }, 'public');
  await add(w.orgA, 'Ward bed', PROFILES.classI);
  await add(gamma, 'Heart valve', PROFILES.implantIII);
  await add(w.orgB, 'HIV self-test', PROFILES.selfTestC);
  await add(former, 'Old valve', PROFILES.implantIII);
});
afterAll(() => t.close());

describe('the regulatory overview of a cluster', () => {
  it('refuses visitors, users without rights, editors of members and managers of other clusters', async () => {
    expect((await overview(w.cluster)).status).toBe(401);
    for (const as of ['member', 'editorA', 'otherManager']) expect((await overview(w.cluster, as)).status).toBe(403);
  });

  it('counts the active members’ products (hub members included, private ones too) per class, route and regulation', async () => {
    const res = await overview(w.cluster, 'manager');
    expect(res.status).toBe(200);
    const o = (await res.json()) as Overview;
    expect(o.totals).toEqual({ memberOrganizations: 2, organizationsWithProducts: 2, products: 4 });
    const classes = Object.fromEntries(o.byClass.map((c) => [`${c.regulation} ${c.class}`, c.products]));
    expect(classes).toEqual({ 'MDR I': 2, 'MDR IIa': 1, 'MDR IIb': 0, 'MDR III': 1, 'IVDR A': 0, 'IVDR B': 0, 'IVDR C': 0, 'IVDR D': 0 });
    expect(o.byNotifiedBody).toEqual([
      { notifiedBody: 'full', products: 2, organizations: 2 },
      { notifiedBody: 'limited', products: 1, organizations: 1 },
      { notifiedBody: 'none', products: 1, organizations: 1 },
    ]);
    expect(o.byRoute.map((r) => [r.routeKey, r.notifiedBody, r.products])).toEqual([
      ['mdr-annex-ix', 'full', 2],
      ['mdr-annex-ix-limited', 'limited', 1],
      ['mdr-self-declaration', 'none', 1],
    ]);
    expect(o.byRegulation).toEqual([{ regulation: 'MDR', products: 4, organizations: 2 }, { regulation: 'IVDR', products: 0, organizations: 0 }]);
    expect(o.organizations.map((org) => [org.name, org.classes])).toEqual([['Alpha Medical', ['MDR I', 'MDR IIa']], ['Gamma Implants', ['MDR III']]]);
    expect(o.organizations[0]?.products.find((p) => p.name === 'Sterile drape')).toMatchObject({ class: 'I', subclasses: ['s'] });
  });

  it('gives a hub’s managers and admins the hub’s or any cluster’s overview, 404 for an unknown cluster', async () => {
    expect(((await (await overview(w.hub, 'manager')).json()) as Overview).totals.products).toBe(3);
    expect(((await (await overview(w.otherCluster, 'admin')).json()) as Overview).byRegulation[1]).toEqual({ regulation: 'IVDR', products: 1, organizations: 1 });
    expect((await overview('00000000-0000-4000-8000-000000000000', 'admin')).status).toBe(404);
  });
});
