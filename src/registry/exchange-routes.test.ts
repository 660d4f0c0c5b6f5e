// The exchange API: exports that respect visibility, imports only by admins and cluster managers, 422 with rejections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { createApp } from '#src/http/app.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildOrganization, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let app: ReturnType<typeof createApp>;
const actors: Record<string, Actor> = {};

function request(method: string, path: string, options: { as?: string; body?: string; type?: string } = {}) {
  return app.request(`/api/v1${path}`, {
    method,
    headers: { ...(options.type ? { 'content-type': options.type } : {}), ...(options.as ? { 'x-actor': options.as } : {}) },
    ...(options.body === undefined ? {} : { body: options.body }),
  });
}
const importCsv = (csv: string, as?: string, query = '') => request('POST', `/organizations/import${query}`, { as, body: csv, type: 'text/csv' });

beforeAll(async () => {
  t = await createTestDb();
  app = createApp({
    db: t.db,
    log: createLogger('silent'),
    clock: () => new Date(),
    resolveActor: (c) => actors[c.req.header('x-actor') ?? ''] ?? { kind: 'anonymous' },
  });
  const lsn = await buildCluster(t.db, { slug: 'life-science-nord' });
  await buildCluster(t.db, { slug: 'medicon-valley' });
  actors.admin = userActor([], true);
  actors.manager = userActor([{ role: 'cluster_manager', scopeId: lsn }]);
  actors.member = userActor([{ role: 'member', scopeId: lsn }]);
  const member = await buildOrganization(t.db, { name: 'Nord Member' });
  await t.db.insertInto('memberships').values({ organization_id: member, cluster_id: lsn }).execute();
  await buildOrganization(t.db, { name: 'Hidden Holding', visibility: 'private' });
});
afterAll(() => t.close());

describe('GET /organizations/export.csv and export.json', () => {
  it('gives visitors a CSV with a BOM and the public organisations only', async () => {
    const res = await request('GET', '/organizations/export.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('Nord Member');
    expect(text).not.toContain('Hidden Holding');
  });

  it('gives admins everything as JSON, and filters by cluster', async () => {
    const all = (await (await request('GET', '/organizations/export.json', { as: 'admin' })).json()) as Array<{ name: string }>;
    expect(all.map((o) => o.name).sort()).toEqual(['Hidden Holding', 'Nord Member']);
    const res = await request('GET', '/organizations/export.json?cluster=life-science-nord', { as: 'admin' });
    expect(((await res.json()) as Array<{ name: string; clusters: string[] }>)).toEqual([
      expect.objectContaining({ name: 'Nord Member', clusters: ['life-science-nord'] }),
    ]);
  });

  it('answers an unknown cluster with 422 naming it', async () => {
    const res = await request('GET', '/organizations/export.csv?cluster=nope');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid', details: [{ field: 'cluster' }] } });
  });
});

describe('POST /organizations/import', () => {
  it('refuses the anonymous visitor and users who are neither admins nor cluster managers', async () => {
    expect((await importCsv('name,type\nA,company\n')).status).toBe(401);
    expect((await importCsv('name,type\nA,company\n', 'member')).status).toBe(403);
    expect(await t.db.selectFrom('organizations').select('id').where('name', '=', 'A').execute()).toEqual([]);
  });

  it('imports a CSV body as an admin and answers with the summary and warnings', async () => {
    const res = await importCsv('name;type;city;notes\n"Universität Kiel";university;Kiel;x\n', 'admin');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      created: 1, updated: 0, unchanged: 0, rejected: 0, rejections: [], warnings: ['body: line 1: ignoring unknown column notes'],
    });
  });

  it('answers 422 with every rejection and writes nothing; skipBad imports the rest; dryRun writes nothing', async () => {
    const body = JSON.stringify([{ name: 'Json One', type: 'company' }, { name: 'Json Two', type: 'spaceship' }]);
    const res = await request('POST', '/organizations/import', { as: 'admin', body, type: 'application/json' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid', details: [{ line: 1, field: 'type' }] } });
    const dry = await request('POST', '/organizations/import?skipBad=true&dryRun=true', { as: 'admin', body, type: 'application/json' });
    expect(await dry.json()).toMatchObject({ created: 1, rejected: 1 });
    expect(await t.db.selectFrom('organizations').select('id').where('name', '=', 'Json One').execute()).toEqual([]);
    const skipped = await request('POST', '/organizations/import?skipBad=true', { as: 'admin', body, type: 'application/json' });
    expect(await skipped.json()).toMatchObject({ created: 1, rejected: 1 });
    expect(await t.db.selectFrom('organizations').select('id').where('name', '=', 'Json One').execute()).toHaveLength(1);
  });

  it("refuses a manager's rows for a foreign cluster and takes those for their own", async () => {
    const foreign = await importCsv('name,type,clusters\nForeign GmbH,company,medicon-valley\n', 'manager');
    expect(foreign.status).toBe(422);
    expect(await foreign.json()).toMatchObject({ error: { details: expect.arrayContaining([{ line: 2, field: 'clusters', message: 'you do not manage cluster or hub "medicon-valley"' }]) } });
    const own = await importCsv('name,type,clusters\nNord GmbH,company,life-science-nord\n', 'manager');
    expect(await own.json()).toMatchObject({ created: 1 });
  });

  it('names a missing column and refuses other content types', async () => {
    const missing = await importCsv('name,city\nA,Kiel\n', 'admin');
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ error: { message: 'body: line 1: missing required column type' } });
    const xml = await request('POST', '/organizations/import', { as: 'admin', body: '<a/>', type: 'application/xml' });
    expect(xml.status).toBe(422);
    expect(await xml.json()).toMatchObject({ error: { details: [{ field: 'Content-Type' }] } });
  });

  it('appears in the OpenAPI document under the exchange tag', async () => {
    const doc = (await (await request('GET', '/openapi.json')).json()) as { paths: Record<string, Record<string, { tags: string[] }>> };
    expect(doc.paths['/organizations/import']?.post?.tags).toEqual(['exchange']);
    expect(Object.keys(doc.paths['/organizations/import']?.post ?? {})).toContain('requestBody');
    expect(doc.paths['/organizations/export.csv']?.get?.tags).toEqual(['exchange']);
  });
});
