// Running a cluster site over HTTP: its managers write, order, preview and publish pages and name contacts;
// visitors get 401, everyone else (members, other clusters' managers) 403, and bad input 422.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { body, buildSiteWorld, errorFields, type SiteWorld } from '#src/site/site-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: SiteWorld;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildSiteWorld(t.db);
});
afterAll(() => t.close());

const page = { slug: 'members', title: { de: 'Mitglieder', en: 'Members' }, body: { de: '# Hallo', en: 'Hello' } };
type Page = { slug: string; title: Record<string, string>; body: Record<string, string>; position: number; published: boolean };

describe('who may run the site', () => {
  const writes: Array<[string, string, unknown]> = [
    ['GET', '/api/v1/clusters/alpha/site/pages', undefined],
    ['POST', '/api/v1/clusters/alpha/site/pages', page],
    ['GET', '/api/v1/clusters/alpha/site/pages/secret-plans', undefined],
    ['PATCH', '/api/v1/clusters/alpha/site/pages/about', { published: false }],
    ['DELETE', '/api/v1/clusters/alpha/site/pages/about', undefined],
    ['PUT', '/api/v1/clusters/alpha/site/pages/order', { slugs: ['about', 'secret-plans'] }],
    ['POST', '/api/v1/clusters/alpha/site/preview', { markdown: '# x' }],
    ['GET', '/api/v1/clusters/alpha/site/assets', undefined],
    ['POST', '/api/v1/clusters/alpha/site/assets', { kind: 'image', filename: 'a.png', data: 'AAAA' }],
    ['GET', '/api/v1/clusters/alpha/site/contacts', undefined],
    ['PUT', '/api/v1/clusters/alpha/site/contacts', { contacts: [] }],
    ['GET', '/api/v1/clusters/alpha/site/contact-candidates', undefined],
  ];

  it('refuses visitors with 401 on every managing endpoint', async () => {
    for (const [method, path, json] of writes) expect([method, path, (await w.call(method, path, { body: json })).status]).toEqual([method, path, 401]);
  });

  it('refuses members, strangers and the managers of another cluster with 403', async () => {
    for (const as of ['memberA', 'stranger', 'managerB']) {
      for (const [method, path, json] of writes) expect([as, method, path, (await w.call(method, path, { as, body: json })).status]).toEqual([as, method, path, 403]);
    }
  });

  it('lets A’s manager run A’s hub site but not B’s', async () => {
    expect((await w.call('GET', '/api/v1/clusters/alpha-north/site/pages', { as: 'managerA' })).status).toBe(200);
    expect((await w.call('PATCH', '/api/v1/clusters/beta/site/pages/about', { as: 'managerA', body: { published: true } })).status).toBe(403);
    expect((await body<{ items: unknown[] }>(await w.call('GET', '/api/v1/clusters/beta/site/pages', { as: 'managerB' }))).items).toHaveLength(1);
  });
});

describe('pages', () => {
  it('lists drafts to the managers, in site order', async () => {
    const res = await w.call('GET', '/api/v1/clusters/alpha/site/pages', { as: 'managerA' });
    expect((await body<{ items: Page[] }>(res)).items.map((p) => [p.slug, p.position, p.published])).toEqual([['about', 0, true], ['secret-plans', 1, false]]);
  });

  it('creates a draft at the end, invisible to the public until it is published', async () => {
    const created = await w.call('POST', '/api/v1/clusters/alpha/site/pages', { as: 'managerA', body: page });
    expect(created.status).toBe(201);
    expect(await body(created)).toEqual({ id: expect.any(String), ...page, position: 2, published: false, updatedAt: '2027-05-01T10:00:00.000Z' });
    expect((await w.call('GET', '/api/v1/site/alpha/pages/members')).status).toBe(404);
    const published = await w.call('PATCH', '/api/v1/clusters/alpha/site/pages/members', { as: 'managerA', body: { published: true } });
    expect((await body<Page>(published)).published).toBe(true);
    const shown = await body<{ body: { html: string } }>(await w.call('GET', '/api/v1/site/alpha/pages/members?lang=de'));
    expect(shown.body.html).toBe('<h1>Hallo</h1>\n');
    await w.call('PATCH', '/api/v1/clusters/alpha/site/pages/members', { as: 'managerA', body: { published: false } });
    expect((await w.call('GET', '/api/v1/site/alpha/pages/members')).status).toBe(404);
  });

  it('renames, reorders and deletes pages', async () => {
    const renamed = await w.call('PATCH', '/api/v1/clusters/alpha/site/pages/members', { as: 'managerA', body: { slug: 'our-members', title: { en: 'Our members' } } });
    expect(await body(renamed)).toMatchObject({ slug: 'our-members', title: { en: 'Our members' }, body: page.body });
    const ordered = await w.call('PUT', '/api/v1/clusters/alpha/site/pages/order', { as: 'managerA', body: { slugs: ['our-members', 'about', 'secret-plans'] } });
    expect((await body<{ items: Page[] }>(ordered)).items.map((p) => [p.slug, p.position])).toEqual([['our-members', 0], ['about', 1], ['secret-plans', 2]]);
    expect((await w.call('DELETE', '/api/v1/clusters/alpha/site/pages/our-members', { as: 'managerA' })).status).toBe(204);
    expect((await w.call('GET', '/api/v1/clusters/alpha/site/pages/our-members', { as: 'managerA' })).status).toBe(404);
  });

  it('refuses bad pages with 422 naming the field, and a taken slug with 409', async () => {
    const bad = async (json: unknown) => errorFields(await w.call('POST', '/api/v1/clusters/alpha/site/pages', { as: 'managerA', body: json }));
    expect(await bad({ ...page, slug: 'Not A Slug' })).toEqual(['slug']);
    expect(await bad({ ...page, slug: 'news' })).toEqual(['slug']);
    expect(await bad({ ...page, title: { de: ' ' } })).toEqual(['title']);
    expect(new Set(await bad({ ...page, title: { fr: 'Titre' } }))).toEqual(new Set(['title']));
    expect(await bad({ ...page, body: { en: 'x'.repeat(100_001) } })).toEqual(['body.en']);
    const taken = await w.call('POST', '/api/v1/clusters/alpha/site/pages', { as: 'managerA', body: { ...page, slug: 'about' } });
    expect([taken.status, await errorFields(taken)]).toEqual([409, ['slug']]);
    expect(await errorFields(await w.call('PATCH', '/api/v1/clusters/alpha/site/pages/about', { as: 'managerA', body: {} }))).toEqual(['(root)']);
    expect((await w.call('PATCH', '/api/v1/clusters/alpha/site/pages/missing', { as: 'managerA', body: { published: true } })).status).toBe(404);
  });

  it('refuses an order that leaves out a page or names an unknown one', async () => {
    const res = await w.call('PUT', '/api/v1/clusters/alpha/site/pages/order', { as: 'managerA', body: { slugs: ['about', 'ghost'] } });
    expect([res.status, await errorFields(res)]).toEqual([422, ['slugs']]);
    expect(await errorFields(await w.call('PUT', '/api/v1/clusters/alpha/site/pages/order', { as: 'managerA', body: { slugs: ['about', 'about'] } }))).toEqual(['slugs']);
  });

  it('previews Markdown with the public renderer, never passing raw HTML through', async () => {
    const res = await w.call('POST', '/api/v1/clusters/alpha/site/preview', { as: 'managerA', body: { markdown: '**Hi** <script>alert(1)</script> [x](javascript:alert(1))' } });
    const html = (await body<{ html: string }>(res)).html;
    expect(html).toContain('<strong>Hi</strong>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('href="javascript:');
  });
});

describe('contacts', () => {
  it('shows the managers every contact with their consent, and the candidates of the cluster’s family', async () => {
    const contacts = await body<{ items: Array<{ name: string; consentListed: boolean }> }>(await w.call('GET', '/api/v1/clusters/alpha/site/contacts', { as: 'managerA' }));
    expect(contacts.items.map((c) => [c.name, c.consentListed])).toEqual([['Clara Example', true], ['Ralf Example', false]]);
    const candidates = await body<{ items: Array<{ name: string }> }>(await w.call('GET', '/api/v1/clusters/alpha/site/contact-candidates', { as: 'managerA' }));
    expect(candidates.items.map((c) => c.name)).toEqual(['Clara Example', 'Ralf Example']);
  });

  it('replaces the contacts in order with roles per language; a non-consenting person stays off the public site', async () => {
    const put = await w.call('PUT', '/api/v1/clusters/alpha/site/contacts', {
      as: 'managerA',
      body: { contacts: [{ personId: w.people.refusing, role: { en: 'Press' } }, { personId: w.people.bPerson, role: { de: 'Partnerin', en: 'Partner' } }] },
    });
    expect((await body<{ items: Array<{ name: string; role: unknown }> }>(put)).items.map((c) => [c.name, c.role])).toEqual([['Ralf Example', { en: 'Press' }], ['Bo Example', { de: 'Partnerin', en: 'Partner' }]]);
    const shown = await body<{ items: Array<{ name: string; role: unknown }> }>(await w.call('GET', '/api/v1/site/alpha/contacts?lang=de', { as: 'managerA' }));
    expect(shown.items.map((c) => [c.name, c.role])).toEqual([['Bo Example', { text: 'Partnerin', lang: 'de' }]]);
  });

  it('refuses unknown people and duplicates with 422', async () => {
    const unknown = await w.call('PUT', '/api/v1/clusters/alpha/site/contacts', { as: 'managerA', body: { contacts: [{ personId: '00000000-0000-4000-8000-000000000000', role: {} }] } });
    expect([unknown.status, await errorFields(unknown)]).toEqual([422, ['contacts.0.personId']]);
    const twice = { personId: w.people.consenting, role: {} };
    expect(await errorFields(await w.call('PUT', '/api/v1/clusters/alpha/site/contacts', { as: 'managerA', body: { contacts: [twice, twice] } }))).toEqual(['contacts']);
  });
});

describe('two managers at once', () => {
  it('creates a page once when the same new slug is sent twice at the same moment; the other gets 409', async () => {
    const json = { slug: 'press', title: { en: 'Press' } };
    const answers = await Promise.all([
      w.call('POST', '/api/v1/clusters/alpha/site/pages', { as: 'managerA', body: json }),
      w.call('POST', '/api/v1/clusters/alpha/site/pages', { as: 'admin', body: json }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await t.db.selectFrom('site_pages').select('slug').where('slug', '=', 'press').execute()).length).toBe(1);
  });
});
