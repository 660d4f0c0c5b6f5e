// Importing and exporting the registry table: matching, validation per row, one transaction, who may import what.
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system, type Actor } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { AppError } from '#src/errors.ts';
import { readRegistryCsv, writeRegistryCsv } from '#src/importers/registry-table-csv.ts';
import { exportRegistryTable } from '#src/importers/registry-table-export.ts';
import { readRegistryJson, writeRegistryJson } from '#src/importers/registry-table-json.ts';
import { importRegistryTable } from '#src/importers/registry-table-service.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildCompetences, buildOrganization, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let lsn = '';

const ctxOf = (actor: Actor = system): Ctx => ({ db: t.db, actor, clock: () => new Date('2026-11-22T12:00:00Z'), log: createLogger('silent') });
const importCsv = (csv: string, options: { skipBad?: boolean; dryRun?: boolean } = {}, actor: Actor = system) =>
  importRegistryTable(ctxOf(actor), readRegistryCsv(csv, 'orgs.csv'), { skipBad: false, dryRun: false, ...options });

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  if (!(err instanceof AppError)) throw new Error(`expected an AppError, got ${String(err)}`);
  return err;
}
const countOrganizations = async () => (await t.db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

beforeAll(async () => {
  t = await createTestDb();
  lsn = await buildCluster(t.db, { slug: 'life-science-nord' });
  await buildCluster(t.db, { slug: 'lsn-hamburg', parent_id: lsn });
  await buildCluster(t.db, { slug: 'medicon-valley' });
  await buildCompetences(t.db, [['esv:/23', null, 'medical sciences'], ['esv:/23/51', 'esv:/23', 'biotechnology'], ['sector:biotech', null, 'Biotech']]);
});
afterAll(() => t.close());

describe('importing a registry table', () => {
  it('creates organisations with their competences, clusters and search text, then finds them unchanged', async () => {
    const csv = [
      'name;type;sme;sectors;competences;keywords;description_de;city;country;lat;lon;clusters;cordis_id',
      '"Universität zu Lübeck";university;nein;biotech;esv:/23/51;Zellbiologie;Forschung und Lehre;Lübeck;de;53,834;10,704;life-science-nord;999000001',
      'Kieler Biotech GmbH;company;ja;biotech; sector:biotech ;;;Kiel;DE;;;lsn-hamburg;999000002',
    ].join('\n');
    expect(await importCsv(csv)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0, rejections: [] });
    const uni = await t.db.selectFrom('organizations').selectAll().where('cordis_id', '=', '999000001').executeTakeFirstOrThrow();
    expect(uni).toMatchObject({ name: 'Universität zu Lübeck', type: 'university', is_sme: false, country: 'DE', lat: 53.834, lon: 10.704, description: { de: 'Forschung und Lehre' } });
    expect(uni.search_vector).toContain('lubeck');
    const competences = await t.db.selectFrom('organization_competences').select(['competence_id', 'source']).where('organization_id', '=', uni.id).execute();
    expect(competences).toEqual([{ competence_id: 'esv:/23/51', source: 'declared' }]);
    const membership = await t.db.selectFrom('memberships').select(['cluster_id', 'status']).where('organization_id', '=', uni.id).execute();
    expect(membership).toEqual([{ cluster_id: lsn, status: 'active' }]);

    expect(await importCsv(csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('gives unchanged for every row when its own CSV and JSON exports are imported back', async () => {
    await buildOrganization(t.db, { name: 'Æbelø Pharma A/S', country: 'DK', city: 'København', visibility: 'private', description: JSON.stringify({ da: 'Lægemidler, "kvalitet"; test\nto linjer', en: 'Drugs' }) });
    const total = await countOrganizations();
    const csv = (await buffer(writeRegistryCsv(await exportRegistryTable(ctxOf(), {})))).toString('utf8');
    expect(csv.split('\n').length - 2).toBeGreaterThanOrEqual(total);
    expect(await importCsv(csv)).toEqual({ created: 0, updated: 0, unchanged: total, rejected: 0, rejections: [] });
    const json = (await buffer(writeRegistryJson(await exportRegistryTable(ctxOf(), {})))).toString('utf8');
    const summary = await importRegistryTable(ctxOf(), readRegistryJson(json, 'o.json'), { skipBad: false, dryRun: false });
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: total });
  });

  it('matches by id, else by CORDIS id, and changes only the columns the file has', async () => {
    const id = await buildOrganization(t.db, { name: 'Old Name', city: 'Kiel', website: 'https://old.example' });
    await buildOrganization(t.db, { name: 'By Cordis', cordis_id: '999000777', city: 'Hamburg' });
    const summary = await importCsv(`id,name,type,city\n${id},New Name,company,\n,By Cordis,research_institute,Hamburg\n`);
    expect(summary).toMatchObject({ created: 1, updated: 1 });
    const row = await t.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'New Name', city: null, website: 'https://old.example' });
    const byCordis = await importCsv('cordis_id,name,type\n999000777,By Cordis,research_institute\n');
    expect(byCordis).toMatchObject({ created: 0, updated: 1 });
  });

  it('rejects the whole file naming line and field: over-long name, wrong type, bad number, and writes nothing', async () => {
    const before = await countOrganizations();
    const csv = `name,type,lat\nFine Org,company,54.3\n${'x'.repeat(301)},company,\nThird,startup,north\n`;
    const err = await rejectionOf(importCsv(csv));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe('2 of 3 rows rejected, nothing imported');
    const details = err.details as Array<{ line: number; field: string; message: string }>;
    expect(details.map((d) => [d.line, d.field])).toEqual([[3, 'name'], [4, 'type'], [4, 'lat']]);
    expect(details[0]?.message).toMatch(/300/);
    expect(await countOrganizations()).toBe(before);
  });

  it('with skipBad imports the valid rows and reports the rejected ones', async () => {
    const summary = await importCsv('name,type\nSkip Good,company\n,company\n', { skipBad: true });
    expect(summary).toMatchObject({ created: 1, rejected: 1, rejections: [{ line: 3, field: 'name' }] });
    expect(await t.db.selectFrom('organizations').select('id').where('name', '=', 'Skip Good').execute()).toHaveLength(1);
  });

  it('rejects every row sharing an id or CORDIS id, naming the lines, and rows naming the same organisation', async () => {
    const id = await buildOrganization(t.db, { name: 'Twice', cordis_id: '999000888' });
    const err = await rejectionOf(importCsv(`id,cordis_id,name,type\n,999000555,A,company\n,999000555,B,company\n${id},,C,company\n,999000888,D,company\n`));
    expect(err.details).toEqual([
      { line: 2, field: 'cordis_id', message: 'cordis_id 999000555 appears more than once, on lines 2, 3' },
      { line: 3, field: 'cordis_id', message: 'cordis_id 999000555 appears more than once, on lines 2, 3' },
      { line: 5, field: 'cordis_id', message: 'names the same organisation as line 4' },
    ]);
  });

  it('rejects unknown clusters and competences naming the value, a malformed id, and a CORDIS id of another organisation', async () => {
    const id = await buildOrganization(t.db, { name: 'Has Id' });
    await buildOrganization(t.db, { name: 'Holder', cordis_id: '999000999' });
    const csv = `id,cordis_id,name,type,clusters,competences\n,,A,company,no-such-cluster,\n,,B,company,,esv:/99\nnot-a-uuid,,C,company,,\n${id},999000999,Has Id,company,,\n`;
    const err = await rejectionOf(importCsv(csv));
    expect(err.details).toEqual([
      { line: 2, field: 'clusters', message: 'unknown cluster or hub "no-such-cluster"' },
      { line: 3, field: 'competences', message: 'unknown competence "esv:/99"' },
      { line: 4, field: 'id', message: 'must be a klynge id (uuid) or empty' },
      expect.objectContaining({ line: 5, field: 'cordis_id', message: expect.stringMatching(/belongs to another organisation/) }),
    ]);
  });

  it('names JSON fields in camelCase and requires name and type in every object', async () => {
    const table = readRegistryJson('[\n{"name": "J", "type": "company", "postalCode": "123456789012345678901"},\n{"type": "company"}\n]', 'o.json');
    const err = await rejectionOf(importRegistryTable(ctxOf(), table, { skipBad: false, dryRun: false }));
    expect((err.details as Array<{ line: number; field: string }>).map((d) => [d.line, d.field])).toEqual([[2, 'postalCode'], [3, 'name']]);
  });

  it('with dryRun validates and counts but writes nothing', async () => {
    const before = await countOrganizations();
    expect(await importCsv('name,type\nDry Org,company\n', { dryRun: true })).toMatchObject({ created: 1 });
    expect(await countOrganizations()).toBe(before);
  });
});

describe('who may import', () => {
  it('refuses visitors and users who manage no cluster', async () => {
    expect((await rejectionOf(importCsv('name,type\nA,company\n', {}, { kind: 'anonymous' }))).code).toBe('unauthenticated');
    expect((await rejectionOf(importCsv('name,type\nA,company\n', {}, userActor()))).code).toBe('forbidden');
  });

  it('lets a cluster manager add organisations to their cluster or its hubs, never to a foreign one', async () => {
    const manager = userActor([{ role: 'cluster_manager', scopeId: lsn }]);
    expect(await importCsv('name,type,clusters\nHub Member,company,lsn-hamburg\n', {}, manager)).toMatchObject({ created: 1 });
    const err = await rejectionOf(importCsv('name,type,clusters\nForeign,company,medicon-valley\nNowhere,company,\n', {}, manager));
    expect(err.details).toEqual([
      { line: 2, field: 'clusters', message: 'name a cluster or hub you manage: a cluster manager imports organisations into their clusters' },
      { line: 2, field: 'clusters', message: 'you do not manage cluster or hub "medicon-valley"' },
      { line: 3, field: 'clusters', message: 'name a cluster or hub you manage: a cluster manager imports organisations into their clusters' },
    ]);
  });

  it('lets a manager change members of their clusters but not other organisations, nor move one into a foreign cluster', async () => {
    const manager = userActor([{ role: 'cluster_manager', scopeId: lsn }]);
    const member = await buildOrganization(t.db, { name: 'Member' });
    await t.db.insertInto('memberships').values({ organization_id: member, cluster_id: lsn }).execute();
    const outsider = await buildOrganization(t.db, { name: 'Outsider' });
    const csv = `id,name,type,clusters\n${member},Member Renamed,company,life-science-nord;medicon-valley\n${outsider},Outsider Renamed,company,\n`;
    const err = await rejectionOf(importCsv(csv, {}, manager));
    expect(err.details).toEqual([
      { line: 2, field: 'clusters', message: 'you do not manage cluster or hub "medicon-valley"' },
      { line: 3, field: 'id', message: 'you may change only organisations of the clusters you manage' },
    ]);
    expect(await importCsv(`id,name,type,clusters\n${member},Member Renamed,company,life-science-nord\n`, {}, manager)).toMatchObject({ updated: 1 });
  });
});

describe('exporting the registry table', () => {
  it('shows visitors only public organisations, and one cluster with its hubs on request', async () => {
    const visitor = (await buffer(writeRegistryCsv(await exportRegistryTable(ctxOf({ kind: 'anonymous' }), {})))).toString('utf8');
    expect(visitor).not.toContain('Æbelø');
    const cluster = readRegistryCsv((await buffer(writeRegistryCsv(await exportRegistryTable(ctxOf(), { cluster: 'life-science-nord' })))).toString('utf8'), 'x');
    expect(cluster.rows.map((r) => r.values.name).sort()).toEqual(['Hub Member', 'Kieler Biotech GmbH', 'Member Renamed', 'Universität zu Lübeck']);
    expect((await rejectionOf(exportRegistryTable(ctxOf(), { cluster: 'nope' }))).message).toBe('cluster: no cluster or hub "nope"');
  });
});
