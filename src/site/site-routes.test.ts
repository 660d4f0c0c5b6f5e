// The public cluster site over HTTP: anyone reads it without signing in, and sees only what is published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { body, buildSiteWorld, type SiteWorld } from '#src/site/site-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: SiteWorld;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildSiteWorld(t.db);
});
afterAll(() => t.close());

type Site = { cluster: { name: string; description: { text: string; lang: string } }; parent: unknown; hubs: Array<{ slug: string }>; pages: Array<{ slug: string; title: { text: string; lang: string } }>; sections: Record<string, number>; canEdit: boolean };

describe('the site frame', () => {
  it('shows a visitor the cluster, its hubs, only the published pages and what each section holds', async () => {
    const res = await w.call('GET', '/api/v1/site/alpha?lang=de');
    expect(res.status).toBe(200);
    const site = await body<Site>(res);
    expect(site.cluster.name).toBe('Alpha Cluster');
    expect(site.cluster.description).toEqual({ text: 'Über Alpha', lang: 'de' });
    expect(site.hubs.map((h) => h.slug)).toEqual(['alpha-north']);
    expect(site.parent).toBeNull();
    expect(site.pages).toEqual([{ slug: 'about', title: { text: 'Über uns', lang: 'de' } }]);
    expect(site.sections).toEqual({ fieldsOfAction: 1, groups: 2, projects: 1, news: 2, downloads: 1, contacts: 1 });
    expect(site.canEdit).toBe(false);
  });

  it('links a hub back to its cluster and tells its managers that they may edit', async () => {
    const site = await body<Site>(await w.call('GET', '/api/v1/site/alpha-north', { as: 'managerA' }));
    expect(site.parent).toEqual({ slug: 'alpha', name: 'Alpha Cluster' });
    expect(site.canEdit).toBe(true);
    expect((await body<Site>(await w.call('GET', '/api/v1/site/alpha', { as: 'managerB' }))).canEdit).toBe(false);
    expect((await body<Site>(await w.call('GET', '/api/v1/site/alpha', { as: 'memberA' }))).canEdit).toBe(false);
  });

  it('answers 404 for an unknown cluster and 422 for an unknown language', async () => {
    expect((await w.call('GET', '/api/v1/site/nowhere')).status).toBe(404);
    expect((await w.call('GET', '/api/v1/site/alpha?lang=fr')).status).toBe(422);
  });
});

describe('pages', () => {
  it('renders a published page in the asked language', async () => {
    const page = await body(await w.call('GET', '/api/v1/site/alpha/pages/about?lang=de'));
    expect(page.title).toEqual({ text: 'Über uns', lang: 'de' });
    expect(page.body).toEqual({ html: '<h2>Wer wir sind</h2>\n<p>Das <strong>Netzwerk</strong>.</p>\n', lang: 'de' });
    expect(page.languages).toEqual(['de', 'en']);
  });

  it('falls back to English, marked, when the page has no Danish text', async () => {
    const page = await body(await w.call('GET', '/api/v1/site/alpha/pages/about?lang=da'));
    expect(page.title).toEqual({ text: 'Om os', lang: 'da' });
    expect(page.body).toEqual({ html: '<p>We are the <strong>network</strong>.</p>\n', lang: 'en' });
  });

  it('keeps drafts from everyone here: visitors, members, other managers and its own managers', async () => {
    for (const as of [undefined, 'memberA', 'managerB', 'managerA', 'admin']) {
      expect((await w.call('GET', '/api/v1/site/alpha/pages/secret-plans', { as })).status).toBe(404);
    }
    expect((await w.call('GET', '/api/v1/site/beta/pages/about', { as: 'managerA' })).status).toBe(404);
    expect((await body<Site>(await w.call('GET', '/api/v1/site/beta', { as: 'memberA' }))).pages).toEqual([]);
  });
});

describe('sections', () => {
  it('shows the fields of action with goals and milestones, only the cluster’s own', async () => {
    const strategy = await body<{ themes: Array<Record<string, unknown>> }>(await w.call('GET', '/api/v1/site/alpha/strategy?lang=en'));
    expect(strategy.themes).toEqual([
      {
        id: expect.any(String), kind: 'field_of_action', title: { text: 'Diagnostics', lang: 'en' }, description: { text: 'New methods', lang: 'en' },
        goals: [{
          id: expect.any(String), title: { text: 'Point-of-care concepts', lang: 'en' }, description: { text: '', lang: 'en' },
          milestones: [{ id: expect.any(String), title: { text: 'Network in place', lang: 'en' }, horizon: 'short', status: 'on_track', dueDate: '2027-12-31' }],
        }],
      },
    ]);
  });

  it('shows strategy groups with their lead: a person only with consent, an organisation only when public', async () => {
    const groups = await body<{ items: Array<{ title: { text: string }; lead: unknown; theme: unknown }> }>(await w.call('GET', '/api/v1/site/alpha/groups?lang=en', { as: 'managerA' }));
    expect(groups.items.map((g) => [g.title.text, g.lead, g.theme])).toEqual([
      ['Strategy group I', { name: 'Clara Example', organization: 'Alpha Management GmbH' }, { text: 'Diagnostics', lang: 'en' }],
      ['Strategy group II', { name: null, organization: null }, null],
    ]);
  });

  it('shows only public lead projects, with their public partners', async () => {
    const projects = await body<{ items: Array<Record<string, unknown>> }>(await w.call('GET', '/api/v1/site/alpha/projects', { as: 'memberA' }));
    expect(projects.items).toEqual([
      { id: expect.any(String), title: 'Competence centre', summary: 'Competence centre summary', stage: 'feasibility', trl: 4, leadOrganization: 'Alpha Management GmbH', theme: null, partners: ['Alpha Management GmbH'] },
    ]);
  });

  it('lists published news newest first, without drafts, submissions or posts dated in the future', async () => {
    const news = await body<{ items: Array<{ slug: string; title: unknown; publishedAt: string }>; hasMore: boolean }>(await w.call('GET', '/api/v1/site/alpha/news?lang=de&limit=1'));
    expect(news.items.map((n) => [n.slug, n.title, n.publishedAt])).toEqual([['newer', { text: 'Titel newer', lang: 'de' }, '2027-04-01T09:00:00.000Z']]);
    expect(news.hasMore).toBe(true);
    const rest = await body<{ items: Array<{ slug: string }>; hasMore: boolean }>(await w.call('GET', '/api/v1/site/alpha/news?limit=10&offset=1'));
    expect(rest).toEqual({ items: [expect.objectContaining({ slug: 'older' })], hasMore: false });
  });

  it('reads a published post in full and hides every other one', async () => {
    const post = await body(await w.call('GET', '/api/v1/site/alpha/news/newer?lang=en'));
    expect(post.body).toEqual({ html: '<p>Body of <strong>newer</strong></p>\n', lang: 'en' });
    for (const slug of ['draft-post', 'waiting', 'future', 'b-news']) expect((await w.call('GET', `/api/v1/site/alpha/news/${slug}`, { as: 'managerA' })).status).toBe(404);
  });

  it('lists only the listed downloads, titled in the visitor’s language', async () => {
    const downloads = await body<{ items: Array<Record<string, unknown>> }>(await w.call('GET', '/api/v1/site/alpha/downloads?lang=da'));
    expect(downloads.items).toEqual([
      { id: expect.any(String), filename: 'masterplan.pdf', title: { text: 'Masterplan', lang: 'en' }, size: 45, contentType: 'application/pdf', url: expect.stringMatching(/^\/api\/v1\/site\/alpha\/assets\/[0-9a-f-]{36}$/) },
    ]);
  });

  it('never shows a contact who did not consent, not even to the cluster’s own manager', async () => {
    for (const as of [undefined, 'managerA', 'admin']) {
      const contacts = await body<{ items: Array<Record<string, unknown>> }>(await w.call('GET', '/api/v1/site/alpha/contacts?lang=da', { as }));
      expect(contacts.items).toEqual([
        { name: 'Clara Example', role: { text: 'Klyngechef', lang: 'da' }, jobTitle: null, organizationName: 'Alpha Management GmbH', email: 'clara@example.org', phone: null },
      ]);
    }
  });
});
