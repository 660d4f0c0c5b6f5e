// The demo's public sites: the seeds' pages in three languages, a logo, the masterplan download, contacts with consent.
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createLogger } from '#src/log.ts';
import { createTestApp } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const now = new Date('2026-11-22T12:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
  call = createTestApp(t.db, {}, () => now);
}, 180_000);
afterAll(() => t.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const get = async (path: string): Promise<any> => {
  const res = await call('GET', `/api/v1${path}`);
  expect(res.status, path).toBe(200);
  return res.json();
};

describe('the demo sites', () => {
  it('gives each of the four clusters an about page in German, English and Danish', async () => {
    for (const slug of ['biocon-valley', 'biosaxony', 'life-science-nord', 'danish-life-science-cluster']) {
      for (const lang of ['de', 'en', 'da']) {
        const page = await get(`/site/${slug}/pages/about?lang=${lang}`);
        expect([slug, page.body.lang, page.languages]).toEqual([slug, lang, ['de', 'en', 'da']]);
        expect(page.body.html).toMatch(/^<p><img src="\/api\/v1\/site\/[a-z-]+\/assets\/[0-9a-f-]{36}" alt="[^"]+/);
      }
    }
    expect((await get('/site/biocon-valley/pages/about?lang=de')).body.html).toContain('Gründung innovativer Start-ups');
    expect((await get('/site/danish-life-science-cluster/pages/about?lang=en')).body.html).toContain('more than 500 small and large companies');
  });

  it('keeps BioCon Valley’s working-groups page a draft, to be published by its manager', async () => {
    expect((await call('GET', '/api/v1/site/biocon-valley/pages/working-groups')).status).toBe(404);
    expect((await get('/site/biocon-valley?lang=en')).pages.map((p: { slug: string }) => p.slug)).toEqual(['about']);
  });

  it('offers the masterplan summary as a PDF that links from the about page', async () => {
    const downloads = await get('/site/biocon-valley/downloads?lang=en');
    expect(downloads.items.map((d: { filename: string; contentType: string }) => [d.filename, d.contentType])).toEqual([
      ['masterplan-gesundheitswirtschaft-mv-life-science.pdf', 'application/pdf'],
    ]);
    const pdf = await call('GET', downloads.items[0].url);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect((await get('/site/biocon-valley/pages/about?lang=de')).body.html).toContain(`href="${downloads.items[0].url}"`);
  });

  it('serves a logo that is a well-formed 192×96 PNG', async () => {
    const html: string = (await get('/site/biosaxony/pages/about?lang=en')).body.html;
    const url = /src="([^"]+)"/.exec(html)![1]!;
    const png = Buffer.from(await (await call('GET', url)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 96]);
    const idatLength = png.readUInt32BE(33);
    expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe((192 * 4 + 1) * 96);
  });

  it('lists the contacts with their roles, leaving out the one without consent', async () => {
    const contacts = await get('/site/biocon-valley/contacts?lang=en');
    expect(contacts.items.map((c: { name: string; role: { text: string } }) => [c.name, c.role.text])).toEqual([['Anna Beispiel', 'Cluster management, life science']]);
    const danish = await get('/site/danish-life-science-cluster/contacts?lang=da');
    expect(danish.items.map((c: { name: string }) => c.name)).toEqual(['Sofie Skabelon', 'Mette Eksempel']);
    for (const c of [...contacts.items, ...danish.items]) expect(c.email).toMatch(/@example\.org$/);
  });
});
