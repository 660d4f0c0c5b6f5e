// Test support for the pipeline and funding: two clusters (A with a hub, B), member organisations with editor users,
// a manager each, themes, products of two visibilities, and the in-process app acting as any of them on a set clock.
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import { productProfileColumns } from '#src/regulatory/product-service.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';
import { expect } from 'vitest';

export type PipelineWorld = {
  call: ReturnType<typeof createTestApp>;
  clusters: { a: string; hub: string; b: string };
  slugs: { a: string; hub: string; b: string };
  orgs: Record<'alpha' | 'beta' | 'gamma' | 'outsider', string>;
  themes: { a: string; b: string };
  products: { alphaMembers: string; gammaPrivate: string };
  actors: Record<string, Actor>;
  now: () => Date;
  setNow: (at: Date) => void;
};

export const DAY = 86_400_000;

async function product(db: Db, organizationId: string, name: string, visibility: 'members' | 'private', profile: Record<string, unknown>): Promise<string> {
  const row = await db.insertInto('products').values({ organization_id: organizationId, name, ...productProfileColumns(profile), visibility }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Cluster A (hub A1) with members alpha (A) and beta (A1), cluster B with member gamma; an outsider organisation. */
export async function buildPipelineWorld(db: Db, start = new Date('2026-01-01T00:00:00Z')): Promise<PipelineWorld> {
  let now = start;
  const slugs = { a: `a-${start.getTime()}`, hub: `a1-${start.getTime()}`, b: `b-${start.getTime()}` };
  const a = await buildCluster(db, { slug: slugs.a });
  const hub = await buildCluster(db, { slug: slugs.hub, parent_id: a });
  const b = await buildCluster(db, { slug: slugs.b });
  const orgs = {
    alpha: await buildOrganization(db, { name: 'Alpha Plasma GmbH', is_sme: true, keywords: ['cold plasma', 'wound care'] }),
    beta: await buildOrganization(db, { name: 'Beta Klinikum', type: 'hospital' }),
    gamma: await buildOrganization(db, { name: 'Gamma Diagnostics ApS', country: 'DK', city: 'Aarhus' }),
    outsider: await buildOrganization(db, { name: 'Outsider Bio', visibility: 'private' }),
  };
  await db.insertInto('memberships').values([
    { organization_id: orgs.alpha, cluster_id: a, status: 'active' },
    { organization_id: orgs.beta, cluster_id: hub, status: 'active' },
    { organization_id: orgs.gamma, cluster_id: b, status: 'active' },
  ]).execute();
  const theme = async (cluster: string, en: string) =>
    (await db.insertInto('strategy_themes').values({ cluster_id: cluster, kind: 'field_of_action', title: JSON.stringify({ en }) }).returning('id').executeTakeFirstOrThrow()).id;
  const themes = { a: await theme(a, 'Medical technology'), b: await theme(b, 'Diagnostics') };
  const products = {
    alphaMembers: await product(db, orgs.alpha, 'Plasma Pen', 'members', { regulation: 'MDR', active: true, therapeuticEnergy: 'yes' }),
    gammaPrivate: await product(db, orgs.gamma, 'Flu test', 'private', { regulation: 'IVDR', nearPatient: true }),
  };
  const actors: Record<string, Actor> = {
    managerA: await buildUser(db, [{ role: 'cluster_manager', scopeId: a }]),
    managerB: await buildUser(db, [{ role: 'cluster_manager', scopeId: b }]),
    alpha: await buildUser(db, [{ role: 'organization_editor', scopeId: orgs.alpha }]),
    beta: await buildUser(db, [{ role: 'organization_editor', scopeId: orgs.beta }]),
    gamma: await buildUser(db, [{ role: 'organization_editor', scopeId: orgs.gamma }]),
    outsider: await buildUser(db, [{ role: 'organization_editor', scopeId: orgs.outsider }]),
    stranger: await buildUser(db),
    admin: await buildUser(db, [], true),
  };
  const call = createTestApp(db, actors, () => now);
  return { call, clusters: { a, hub, b }, slugs, orgs, themes, products, actors, now: () => now, setNow: (at) => { now = at; } };
}

/** Creates a project through the API as `as` and returns its id. */
export async function createProjectAs(w: PipelineWorld, as: string, cluster: string, body: Record<string, unknown>): Promise<string> {
  const res = await w.call('POST', `/api/v1/clusters/${cluster}/pipeline`, { as, body });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Moves a project through the API and expects success. */
export async function moveAs(w: PipelineWorld, as: string, id: string, from: string, to: string): Promise<void> {
  const res = await w.call('POST', `/api/v1/pipeline-projects/${id}/stage`, { as, body: { from, to } });
  expect(res.status, await res.clone().text()).toBe(200);
}
