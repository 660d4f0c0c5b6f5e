// The collaboration network over HTTP: exact graph of a built fixture, scope filters, partners, visibility, cache, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkQuerySchema } from '#src/atlas/network-schema.ts';
import { getNetwork } from '#src/atlas/network-service.ts';
import { anonymous } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import type { Visibility } from '#src/db/types.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const ids: Record<string, string> = {};
const nameOf = new Map<string, string>();

type Node = { id: string; name: string; inScope: boolean; degree: number; weightedDegree: number; betweenness: number; community: number; x: number; y: number };
type Network = {
  nodes: Node[];
  edges: Array<[number, number, number]>;
  bridges: Array<{ id: string; name: string; externalPartners: number; betweenness: number; score: number }>;
  communities: number;
  betweenness: string;
  scopeOrganizations: number;
  isolated: number;
  omitted: number;
};

/** Inserts a project joining the named organisations (first one coordinates). */
async function buildProject(members: string[], visibility: Visibility = 'public'): Promise<string> {
  const { id } = await t.db.insertInto('projects').values({ title: `Project of ${members.join(', ')}`, visibility }).returning('id').executeTakeFirstOrThrow();
  await t.db
    .insertInto('participations')
    .values(members.map((m, i) => ({ project_id: id, organization_id: ids[m]!, role: i === 0 ? ('coordinator' as const) : ('participant' as const), position: i })))
    .execute();
  return id;
}

async function network(query: string, as?: string): Promise<Network> {
  const res = await call('GET', `/api/v1/atlas/network${query}`, as ? { as } : {});
  expect(res.status).toBe(200);
  return (await res.json()) as Network;
}

/** Links as sorted "A-B:weight" strings, by organisation name. */
const links = (net: Network) =>
  net.edges.map(([a, b, w]) => `${[net.nodes[a]!.name, net.nodes[b]!.name].sort().join('-')}:${w}`).sort();
const names = (net: Network) => net.nodes.map((n) => n.name).sort();
const node = (net: Network, name: string) => net.nodes.find((n) => n.name === name)!;

beforeAll(async () => {
  t = await createTestDb();
  await buildCompetences(t.db, [
    ['esv:/23', null, 'natural sciences'],
    ['esv:/23/51', 'esv:/23', 'biological sciences'],
    ['esv:/23/51/359', 'esv:/23/51', 'microbiology'],
  ]);
  const org = async (name: string, values: Parameters<typeof buildOrganization>[1]) => {
    ids[name] = await buildOrganization(t.db, { name, ...values });
    nameOf.set(ids[name]!, name);
  };
  await org('A', { country: 'DK', nuts_code: 'DK011', type: 'university', sectors: ['biotech'] });
  await org('B', { country: 'DK', nuts_code: 'DK032', sectors: ['medtech'] });
  await org('C', { country: 'DK', nuts_code: 'DK041', sectors: ['medtech'] });
  await org('D', { country: 'DE', nuts_code: 'DEF02' });
  await org('E', { country: 'DE', nuts_code: 'DE803' });
  await org('G', { country: 'DK', nuts_code: null });
  await org('P', { country: 'DK', nuts_code: 'DK011', visibility: 'private' });
  await org('M', { country: 'DK', nuts_code: 'DK011', visibility: 'members' });
  await buildProject(['A', 'B', 'D']);
  await buildProject(['A', 'B']);
  await buildProject(['B', 'C']);
  await buildProject(['C', 'E']);
  await buildProject(['A', 'P']);
  await buildProject(['B', 'C'], 'private');
  await buildProject(['M', 'C']);
  await buildProject(['D', 'E']);
  await t.db.insertInto('organization_competences').values({ organization_id: ids.A!, competence_id: 'esv:/23/51/359', source: 'projects' }).execute();
  const cluster = await buildCluster(t.db, { slug: 'north' });
  const hub = await buildCluster(t.db, { slug: 'north-hub', parent_id: cluster });
  await t.db.insertInto('memberships').values([
    { organization_id: ids.A!, cluster_id: cluster },
    { organization_id: ids.B!, cluster_id: hub },
    { organization_id: ids.C!, cluster_id: hub, status: 'ended' },
  ]).execute();
  call = createTestApp(t.db, {
    admin: userActor([], true),
    member: userActor(),
    editorOfP: userActor([{ role: 'organization_editor', scopeId: ids.P! }]),
  });
});
afterAll(() => t.close());

describe('the collaboration network of a region', () => {
  it('links the region’s organisations by their joint projects, weighted, with exact betweenness', async () => {
    const net = await network('?region=DK');
    expect(names(net)).toEqual(['A', 'B', 'C']);
    expect(links(net)).toEqual(['A-B:2', 'B-C:1']);
    expect(net.nodes.every((n) => n.inScope)).toBe(true);
    expect(node(net, 'B')).toMatchObject({ degree: 2, weightedDegree: 3, betweenness: 1 });
    expect(node(net, 'A')).toMatchObject({ degree: 1, weightedDegree: 2, betweenness: 0 });
    expect(net.betweenness).toBe('exact');
    expect(net).toMatchObject({ scopeOrganizations: 4, isolated: 1, omitted: 0 });
    expect(net.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y) && n.community >= 0 && n.community < net.communities)).toBe(true);
  });

  it('names as bridges the in-scope organisations linked to outsiders, the most central first', async () => {
    const net = await network('?region=DK');
    expect(net.bridges.map((b) => [nameOf.get(b.id), b.externalPartners]).sort()).toEqual([['A', 1], ['B', 1], ['C', 1]]);
    expect(net.bridges[0]).toMatchObject({ name: 'B', betweenness: 1, score: 1 });
  });

  it('draws the outside partners too when asked, flagged as outside the scope', async () => {
    const net = await network('?region=DK&partners=true');
    expect(names(net)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(links(net)).toEqual(['A-B:2', 'A-D:1', 'B-C:1', 'B-D:1', 'C-E:1']);
    expect(net.nodes.filter((n) => !n.inScope).map((n) => n.name).sort()).toEqual(['D', 'E']);
    // B lies on 4 of the 6 shortest paths between the other pairs, C on 3 (D-E's joint project links outsiders only).
    expect(node(net, 'B').betweenness).toBeCloseTo(4 / 6, 5);
    expect(node(net, 'C').betweenness).toBeCloseTo(3 / 6, 5);
  });

  it('matches a NUTS prefix, several regions, and a country without NUTS codes', async () => {
    expect(names(await network('?region=DK0&partners=true'))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(names(await network('?region=DE&partners=true'))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(names(await network('?region=DEF&region=DE8'))).toEqual(['D', 'E']);
    expect((await network('?region=dk')).scopeOrganizations).toBe(4);
  });

  it('keeps links of at least minWeight joint projects and at most limit nodes, the best connected first', async () => {
    expect(links(await network('?region=DK&minWeight=2'))).toEqual(['A-B:2']);
    const limited = await network('?region=DK&limit=2');
    expect(names(limited)).toEqual(['A', 'B']);
    expect(limited.omitted).toBe(1);
  });
});

describe('the scope filters', () => {
  it('takes a cluster with its hubs, by slug or id, and only active memberships', async () => {
    expect(names(await network('?cluster=north'))).toEqual(['A', 'B']);
    const hub = await t.db.selectFrom('clusters').select('id').where('slug', '=', 'north-hub').executeTakeFirstOrThrow();
    const net = await network(`?cluster=${hub.id}&partners=true`);
    expect(net.nodes.filter((n) => n.inScope).map((n) => n.name)).toEqual(['B']);
  });

  it('takes a competence with its descendants, types and sectors (several: any of them)', async () => {
    expect((await network('?competence=esv:/23/51')).scopeOrganizations).toBe(1);
    expect(names(await network('?competence=esv:/23/51&partners=true'))).toEqual(['A', 'B', 'D']);
    expect(names(await network('?sector=medtech'))).toEqual(['B', 'C']);
    expect(names(await network('?sector=medtech&sector=biotech'))).toEqual(['A', 'B', 'C']);
    expect((await network('?type=university&partners=true')).nodes.filter((n) => n.inScope).map((n) => n.name)).toEqual(['A']);
  });
});

describe('who sees what', () => {
  it('never shows visitors private or members-only organisations, nor links through private projects', async () => {
    const net = await network('?region=DK&partners=true');
    expect(net.nodes.map((n) => n.name)).not.toContain('P');
    expect(net.nodes.map((n) => n.name)).not.toContain('M');
    expect(links(net)).toContain('B-C:1');
  });

  it('shows members members-level organisations and admins everything', async () => {
    expect(names(await network('?region=DK', 'member'))).toEqual(['A', 'B', 'C', 'M']);
    const admin = await network('?region=DK', 'admin');
    expect(names(admin)).toEqual(['A', 'B', 'C', 'M', 'P']);
    expect(links(admin)).toContain('B-C:2');
  });

  it('shows a private organisation to its own editor', async () => {
    expect(names(await network('?region=DK', 'editorOfP'))).toEqual(['A', 'B', 'C', 'M', 'P']);
  });
});

describe('the cache', () => {
  it('computes a scope once while the registry is unchanged', async () => {
    const ctx = { db: t.db, actor: anonymous, clock: () => new Date(), log: createLogger('silent') };
    const first = await getNetwork(ctx, networkQuerySchema.parse({ region: 'DK' }));
    expect(await getNetwork(ctx, networkQuerySchema.parse({ region: ['DK', 'DK'] }))).toBe(first);
    expect(await getNetwork(ctx, networkQuerySchema.parse({ region: 'DK', partners: 'true' }))).not.toBe(first);
  });

  it('answers again from the cache and recomputes once the registry changes', async () => {
    const before = await network('?region=DK');
    expect(await network('?region=DK')).toEqual(before);
    const project = await buildProject(['A', 'C']);
    expect(links(await network('?region=DK'))).toEqual(['A-B:2', 'A-C:1', 'B-C:1']);
    await t.db.updateTable('organizations').set({ visibility: 'private' }).where('id', '=', ids.C!).execute();
    expect(names(await network('?region=DK'))).toEqual(['A', 'B']);
    await t.db.updateTable('organizations').set({ visibility: 'public' }).where('id', '=', ids.C!).execute();
    await t.db.deleteFrom('projects').where('id', '=', project).execute();
    expect(links(await network('?region=DK'))).toEqual(['A-B:2', 'B-C:1']);
  });

  it('sees a membership end even though the number of memberships stays the same', async () => {
    expect(names(await network('?cluster=north'))).toEqual(['A', 'B']);
    await t.db.updateTable('memberships').set({ status: 'ended' }).where('organization_id', '=', ids.B!).execute();
    expect((await network('?cluster=north')).scopeOrganizations).toBe(1);
    await t.db.updateTable('memberships').set({ status: 'active' }).where('organization_id', '=', ids.B!).execute();
  });
});

describe('bad input', () => {
  it.each([
    ['?region=Denmark', 'region'],
    ['?minWeight=0', 'minWeight'],
    ['?limit=many', 'limit'],
    ['?limit=9999', 'limit'],
    ['?partners=yes', 'partners'],
    ['?type=startup', 'type'],
    ['?sector=food', 'sector'],
    ['?competence=diagnostics', 'competence'],
    ['?competence=esv:/99', 'competence'],
    ['?cluster=no-such-cluster', 'cluster'],
  ])('answers %s with 422 naming %s', async (query, field) => {
    const res = await call('GET', `/api/v1/atlas/network${query}`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: Array<{ field: string }> } };
    expect(body.error.code).toBe('invalid');
    expect(body.error.details.map((d) => d.field.split('.')[0])).toContain(field);
  });
});
