// Images and files of the cluster site: uploads checked by size and by content, served with safe headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { createApp } from '#src/http/app.ts';
import { createLogger } from '#src/log.ts';
import { body, buildSiteWorld, errorFields, PNG_1PX, TINY_PDF, type SiteWorld } from '#src/site/site-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: SiteWorld;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildSiteWorld(t.db);
});
afterAll(() => t.close());

type Asset = { id: string; kind: string; filename: string; contentType: string; size: number; listed: boolean; url: string; title: Record<string, string> };
const upload = (json: Record<string, unknown>, as = 'managerA', ref = 'alpha') => w.call('POST', `/api/v1/clusters/${ref}/site/assets`, { as, body: json });
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('uploading', () => {
  it('stores a PNG image, typed by its bytes, unlisted, and serves it inline with safe headers', async () => {
    const res = await upload({ kind: 'image', filename: 'C:\\Users\\me\\Logo "new".PNG', title: { en: 'Logo' }, data: b64(PNG_1PX) });
    expect(res.status).toBe(201);
    const asset = await body<Asset>(res);
    expect(asset).toMatchObject({ kind: 'image', filename: 'Logo new.PNG', contentType: 'image/png', size: PNG_1PX.length, listed: false, title: { en: 'Logo' } });
    const served = await w.call('GET', asset.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG_1PX)).toBe(true);
    expect(Object.fromEntries(['content-type', 'content-disposition', 'x-content-type-options', 'cache-control', 'etag'].map((h) => [h, served.headers.get(h)]))).toEqual({
      'content-type': 'image/png',
      'content-disposition': `inline; filename="Logo new.PNG"; filename*=UTF-8''Logo%20new.PNG`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${asset.id}"`,
    });
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('stores a PDF download, listed, and serves it as an attachment; a revalidation gets 304', async () => {
    const asset = await body<Asset>(await upload({ kind: 'download', filename: 'Masterplan Gesundheitswirtschaft MV – Übersicht.pdf', data: b64(TINY_PDF) }));
    expect([asset.contentType, asset.listed]).toEqual(['application/pdf', true]);
    const served = await w.call('GET', asset.url);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe(
      `attachment; filename="Masterplan Gesundheitswirtschaft MV _ _bersicht.pdf"; filename*=UTF-8''Masterplan%20Gesundheitswirtschaft%20MV%20%E2%80%93%20%C3%9Cbersicht.pdf`,
    );
    const downloads = await body<{ items: Array<{ filename: string }> }>(await w.call('GET', '/api/v1/site/alpha/downloads'));
    expect(downloads.items.map((d) => d.filename)).toContain('Masterplan Gesundheitswirtschaft MV – Übersicht.pdf');
  });

  it('accepts office files by their ZIP signature and UTF-8 text as downloads, never as images', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    expect((await body<Asset>(await upload({ kind: 'download', filename: 'budget.xlsx', data: b64(zip) }))).contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await body<Asset>(await upload({ kind: 'download', filename: 'members.csv', data: b64('name;city\nAlpha;Kiel\n') }))).contentType).toBe('text/csv; charset=utf-8');
    expect(await errorFields(await upload({ kind: 'image', filename: 'budget.png', data: b64(zip) }))).toEqual(['data']);
    expect(await errorFields(await upload({ kind: 'image', filename: 'plan.pdf', data: b64(TINY_PDF) }))).toEqual(['data']);
  });

  it('refuses SVG (it can carry scripts), HTML and unknown binaries with 422 on data', async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>';
    for (const [kind, filename, data] of [['image', 'logo.svg', svg], ['download', 'logo.svg', svg], ['download', 'page.txt', '<html><script>alert(1)</script></html>'], ['download', 'tool.exe', 'MZ\u0090\u0000\u0003']]) {
      const res = await upload({ kind: kind!, filename: filename!, data: b64(data!) });
      expect([filename, res.status, await errorFields(res)]).toEqual([filename, 422, ['data']]);
    }
    const message = (await body<{ error: { message: string } }>(await upload({ kind: 'image', filename: 'logo.svg', data: b64(svg) }))).error.message;
    expect(message).toContain('SVG');
  });

  it('refuses a file name whose extension does not fit the content', async () => {
    const res = await upload({ kind: 'image', filename: 'photo.jpg', data: b64(PNG_1PX) });
    expect([res.status, await errorFields(res)]).toEqual([422, ['filename']]);
    expect(await errorFields(await upload({ kind: 'image', filename: 'no-extension', data: b64(PNG_1PX) }))).toEqual(['filename']);
  });

  it('refuses bad base64 and empty files with 422 on data', async () => {
    for (const data of ['not base64!', 'iVBORw0KGgo', 'data:image/png;base64,' + b64(PNG_1PX), `${b64(PNG_1PX).slice(0, 20)}\n${b64(PNG_1PX).slice(20)}`, '']) {
      const res = await upload({ kind: 'image', filename: 'a.png', data });
      expect([data.slice(0, 12), res.status, await errorFields(res)]).toEqual([data.slice(0, 12), 422, ['data']]);
    }
  });

  it('refuses files over 5 MB with 422, however large the request', async () => {
    const justOver = Buffer.concat([PNG_1PX, Buffer.alloc(5 * 1024 * 1024 + 1 - PNG_1PX.length)]);
    const res = await upload({ kind: 'image', filename: 'big.png', data: b64(justOver) });
    expect([res.status, await errorFields(res)]).toEqual([422, ['data']]);
    const huge = await upload({ kind: 'image', filename: 'huge.png', data: b64(Buffer.alloc(8 * 1024 * 1024)) });
    expect([huge.status, await errorFields(huge)]).toEqual([422, ['data']]);
    const exactly = Buffer.concat([PNG_1PX, Buffer.alloc(5 * 1024 * 1024 - PNG_1PX.length)]);
    expect((await upload({ kind: 'image', filename: 'max.png', data: b64(exactly) })).status).toBe(201);
  });

  it('refuses unknown fields and kinds', async () => {
    expect(await errorFields(await upload({ kind: 'video', filename: 'a.png', data: b64(PNG_1PX) }))).toEqual(['kind']);
    expect(await errorFields(await upload({ kind: 'image', filename: 'a.png', data: b64(PNG_1PX), contentType: 'image/svg+xml' }))).toEqual(['(root)']);
  });
});

describe('managing and serving', () => {
  it('lists, relabels, lists for download and deletes assets; only A’s managers may', async () => {
    const asset = await body<Asset>(await upload({ kind: 'image', filename: 'team.png', data: b64(PNG_1PX) }));
    const path = `/api/v1/clusters/alpha/site/assets/${asset.id}`;
    expect((await w.call('PATCH', path, { body: { listed: true } })).status).toBe(401);
    expect((await w.call('PATCH', path, { as: 'managerB', body: { listed: true } })).status).toBe(403);
    expect((await w.call('DELETE', path, { as: 'memberA' })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/clusters/beta/site/assets/${asset.id}`, { as: 'managerB', body: { listed: true } })).status).toBe(404);
    expect(await errorFields(await w.call('PATCH', path, { as: 'managerA', body: {} }))).toEqual(['(root)']);
    const changed = await body<Asset>(await w.call('PATCH', path, { as: 'managerA', body: { title: { de: 'Team' }, listed: true } }));
    expect([changed.title, changed.listed]).toEqual([{ de: 'Team' }, true]);
    const listed = await body<{ items: Asset[] }>(await w.call('GET', '/api/v1/clusters/alpha/site/assets', { as: 'managerA' }));
    expect(listed.items.some((a) => a.id === asset.id)).toBe(true);
    expect((await w.call('DELETE', path, { as: 'managerA' })).status).toBe(204);
    expect((await w.call('GET', asset.url)).status).toBe(404);
  });

  it('serves an asset only under its own cluster, and answers revalidations with 304', async () => {
    const asset = await body<Asset>(await upload({ kind: 'image', filename: 'x.png', data: b64(PNG_1PX) }));
    expect((await w.call('GET', `/api/v1/site/beta/assets/${asset.id}`)).status).toBe(404);
    const res = await w.call('GET', asset.url);
    expect(res.status).toBe(200);
    const cached = await fetchWithEtag(asset.url, res.headers.get('etag')!);
    expect(cached.status).toBe(304);
    expect(cached.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** The test app sends JSON only, so revalidation goes through the app with an If-None-Match header of its own. */
async function fetchWithEtag(path: string, etag: string): Promise<Response> {
  const app = createApp({ db: t.db, log: createLogger('silent'), clock: () => w.now, resolveActor: () => ({ kind: 'anonymous' }) });
  return app.request(path, { headers: { 'if-none-match': etag } });
}
