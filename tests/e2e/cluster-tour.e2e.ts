// A tour of every cluster workspace page in German, English and Danish: as the manager of BioCon Valley at laptop
// width and as an editor of a member organisation at phone width, each page has its heading, no untranslated key, no
// English where the page speaks German or Danish, no horizontal overflow, no serious accessibility violation and no
// script error. Then a visitor and a member of another cluster see nothing internal of BioCon Valley.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Language } from '../../web/src/i18n.ts';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, type Credentials, type Width } from './browser.ts';
import { message, pageProblems, settle } from './tour-checks.ts';

const SLUG = 'biocon-valley';
const BASE = `/clusters/${SLUG}`;
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };

/** Ids and slugs of the demo's content, found through the API as the manager. */
type Found = { group: string; project: string; post: string };
const found: Found = { group: '', project: '', post: '' };

const STOPS: Array<[name: string, path: (f: Found) => string]> = [
  ['clusters', () => '/clusters'],
  ['home', () => BASE],
  ['strategy', () => `${BASE}/strategy`],
  ['roadmap', () => `${BASE}/roadmap`],
  ['groups', () => `${BASE}/groups`],
  ['group', (f) => `${BASE}/groups/${f.group}`],
  ['pipeline', () => `${BASE}/pipeline`],
  ['project', (f) => `${BASE}/pipeline/${f.project}`],
  ['funding', () => `${BASE}/funding`],
  ['readiness', () => `${BASE}/readiness`],
  ['news', () => `${BASE}/news`],
  ['article', (f) => `${BASE}/news/${f.post}`],
  ['members', () => `${BASE}/members`],
  ['report', () => `${BASE}/report`],
  ['site-edit', () => `${BASE}/site`],
  ['site', () => `/site/${SLUG}`],
  ['site-news', () => `/site/${SLUG}/news`],
];

const TOURISTS: Array<{ role: string; who: Credentials; width: Width; shotIn: Language }> = [
  { role: 'manager', who: DEMO_USERS.manager, width: 'laptop', shotIn: 'da' },
  { role: 'editor', who: DEMO_USERS.editor, width: 'phone', shotIn: 'de' },
];

let browser: Browser;
let manager: Page;
const json = async <T,>(page: Page, path: string) => {
  const res = await page.context().request.get(`/api/v1${path}`);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
};

beforeAll(async () => {
  browser = await launchBrowser();
  manager = await pageAs(browser, DEMO_USERS.manager);
  const groups = await json<{ items: Array<{ id: string }> }>(manager, `${BASE}/groups`);
  const pipeline = await json<{ items: Array<{ id: string; visibility: string }> }>(manager, `${BASE}/pipeline`);
  const news = await json<{ items: Array<{ slug: string }> }>(manager, `${BASE}/news`);
  found.group = groups.items[0]!.id;
  found.project = pipeline.items.find((p) => p.visibility === 'members')!.id; // members see it, visitors must not
  found.post = news.items[0]!.slug;
});
afterAll(() => browser.close());

/** One page per tourist and language, reused from stop to stop; the script errors it raised since the last look. */
const pages = new Map<string, { page: Page; errors: Error[] }>();
async function tourPage(who: Credentials, width: Width, language: Language) {
  const key = `${who.email}|${language}`;
  if (!pages.has(key)) {
    const page = await pageAs(browser, who, width, LOCALES[language]);
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    pages.set(key, { page, errors });
  }
  return pages.get(key)!;
}

for (const { role, who, width, shotIn } of TOURISTS) {
  for (const language of ['de', 'en', 'da'] as const) {
    describe(`the ${role} at ${width} width in ${LOCALES[language]}`, () => {
      for (const [name, path] of STOPS) {
        it(`sees ${name} whole and in ${language}`, async () => {
          const { page, errors } = await tourPage(who, width, language);
          errors.length = 0;
          await page.goto(path(found));
          await settle(page);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          expect(await page.locator('h1').first().isVisible()).toBe(true);
          expect(await pageProblems(page, language)).toEqual([]);
          if (language === shotIn) {
            // On a phone, the first two screens of a page longer than that are what one reads.
            const long = await page.evaluate(() => document.scrollingElement!.scrollHeight >= 2 * window.innerHeight);
            await screenshot(page, `tour-${name}-${role}-${language}`, { parts: width === 'phone' && long });
          }
          expect(errors.map(String)).toEqual([]);
        });
      }
    });
  }
}

describe('what is internal to BioCon Valley', () => {
  const OTHER = { email: `tour-lsn-${Date.now()}@example.org`, password: 'klynge-tour-other-cluster' };
  /** Texts only members (or managers) of BioCon Valley may read, each found as the manager sees them. */
  const internal = { projects: [] as string[], submitted: [] as string[], applicants: [] as string[], workshops: [] as string[], ideas: [] as string[] };
  let otherOrg = '';

  beforeAll(async () => {
    // An editor of an organisation that is an active member of Life Science Nord and of nothing in BioCon Valley.
    const bcv = await json<{ id: string; hubs: Array<{ id: string }> }>(manager, BASE);
    const family = new Set([bcv.id, ...bcv.hubs.map((h) => h.id)]);
    type Membership = { clusterId: string; organizationId: string; organizationName: string; status: string; message: string | null };
    const lsn = await json<{ items: Membership[] }>(manager, '/clusters/life-science-nord/members');
    for (const m of lsn.items.filter((i) => i.status === 'active')) {
      const theirs = await json<{ items: Membership[] }>(manager, `/organizations/${m.organizationId}/memberships`);
      if (!theirs.items.some((x) => x.status === 'active' && family.has(x.clusterId))) otherOrg = m.organizationId;
    }
    expect(otherOrg).not.toBe('');
    const admin = await pageAs(browser, DEMO_USERS.admin);
    const created = await admin.context().request.post('/api/v1/users', {
      data: { ...OTHER, name: 'Tour Other Cluster', roles: [{ role: 'organization_editor', scopeId: otherOrg }] },
      headers: { origin: inject('baseUrl') },
    });
    expect(created.status()).toBe(201);
    await admin.context().close();

    const pipeline = await json<{ items: Array<{ title: string; visibility: string }> }>(manager, `${BASE}/pipeline`);
    internal.projects = pipeline.items.filter((p) => p.visibility !== 'public').map((p) => p.title);
    const posts = await json<{ items: Array<{ status: string; title: Record<string, string> }> }>(manager, `${BASE}/news/posts`);
    internal.submitted = posts.items.filter((p) => p.status === 'submitted').flatMap((p) => Object.values(p.title));
    const applications = await json<{ items: Membership[] }>(manager, `${BASE}/applications`);
    internal.applicants = applications.items.filter((a) => a.organizationId !== otherOrg).flatMap((a) => [a.organizationName, ...(a.message ? [a.message] : [])]);
    const workshops = await json<{ items: Array<{ title: string }> }>(manager, `/groups/${found.group}/workshops`);
    internal.workshops = workshops.items.map((w) => w.title);
    const ideas = await json<{ items: Array<{ title: string }> }>(manager, `${BASE}/strategy/ideas`);
    internal.ideas = ideas.items.map((i) => i.title);
    for (const [what, list] of Object.entries(internal)) expect(list.length, what).toBeGreaterThan(0);
  });

  const ENDPOINTS = () => [
    `${BASE}/applications`, `${BASE}/readiness`, `${BASE}/report?from=2025-01-01&to=2025-12-31`, `${BASE}/news/posts`,
    `${BASE}/strategy/ideas`, `/groups/${found.group}/members`, `/groups/${found.group}/workshops`, `/groups/${found.group}/tasks`,
    `/pipeline-projects/${found.project}`, `${BASE}/site/pages`,
  ];

  it('is refused by the API to a visitor (401) and to a member of another cluster (403 or 404)', async () => {
    const visitor = await pageAs(browser, null);
    const other = await pageAs(browser, OTHER);
    for (const path of ENDPOINTS()) {
      expect((await visitor.context().request.get(`/api/v1${path}`)).status(), path).toBe(401);
      expect([403, 404], path).toContain((await other.context().request.get(`/api/v1${path}`)).status());
    }
    await visitor.context().close();
    await other.context().close();
  });

  for (const [as, language] of [['visitor', 'de'], ['other', 'da']] as const) {
    it(`is not shown to a ${as === 'visitor' ? 'visitor' : 'member of another cluster'} (${language}), who is told why`, async () => {
      const page = await pageAs(browser, as === 'visitor' ? null : OTHER, 'laptop', LOCALES[language]);
      const signedIn = as === 'other';
      const visit = async (path: string, hint: string | null, ...hidden: string[]) => {
        await page.goto(path);
        await settle(page);
        const text = await page.locator('main').innerText();
        if (hint) expect(text, path).toContain(hint);
        for (const h of hidden) expect(text, path).not.toContain(h);
      };
      const m = (ns: string, key: string) => message(language, ns, key);
      await visit(`${BASE}/groups/${found.group}`, m('groups', signedIn ? 'membersOnly' : 'signIn'), ...internal.workshops);
      await screenshot(page, `tour-private-group-${as}-${language}`);
      await visit(`${BASE}/strategy`, m('strategy', 'publicNote'), ...internal.ideas);
      await visit(`${BASE}/pipeline`, null, ...internal.projects);
      await visit(`${BASE}/pipeline/${found.project}`, m('pipelineProject', 'notFound'), ...internal.projects);
      await visit(`${BASE}/readiness`, signedIn ? null : m('readiness', 'signIn'), m('readiness', 'query.title'));
      await visit(`${BASE}/report`, m('report', signedIn ? 'managersOnly' : 'signIn'), m('report', 'intro'));
      await visit(`${BASE}/members`, null, m('members', 'applications.title'), ...internal.applicants);
      await visit(`${BASE}/news`, signedIn ? null : m('news', 'signIn'), m('news', 'review.title'), ...internal.submitted);
      await visit(`${BASE}/site`, m('site-edit', signedIn ? 'notManager' : 'signIn'));
      await page.context().close();
    });
  }
});
