// The public site rendered on the server: a visitor (or crawler) without JavaScript gets each page's content, title,
// language, description and alternates; hostile text stays inert; what does not exist is a 404; failures fall back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { createApp } from '#src/http/app.ts';
import type { Logger } from '#src/log.ts';
import { siteAssetLinks } from '#src/site/site-html.ts';
import { siteLanguage } from '#src/site/site-language.ts';
import { siteRoute } from '#src/site/site-render.tsx';
import { buildSiteWorld, type SiteWorld } from '#src/site/site-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: SiteWorld;
let app: ReturnType<typeof createApp>;
let failApi = false;
const errors: string[] = [];
const log: Logger = { error: (msg) => void errors.push(msg), warn: () => {}, info: () => {}, debug: () => {} };
const HOSTILE = '</script><script>alert(1)</script>';

beforeAll(async () => {
  t = await createTestDb();
  w = await buildSiteWorld(t.db);
  const hostile = JSON.stringify({ en: HOSTILE, de: HOSTILE });
  await t.db.insertInto('site_pages').values({ cluster_id: w.a, slug: 'hostile', title: hostile, body: JSON.stringify({ en: `Text ${HOSTILE}` }), position: 5, published: true }).execute();
  app = createApp({
    db: t.db,
    log,
    clock: () => w.now,
    resolveActor: () => {
      if (failApi) throw new Error('the database is gone');
      return { kind: 'anonymous' };
    },
  });
});
afterAll(() => t.close());

async function get(path: string, acceptLanguage?: string, cookie?: string, on = app) {
  const headers: Record<string, string> = {};
  if (acceptLanguage) headers['accept-language'] = acceptLanguage;
  if (cookie) headers.cookie = cookie;
  const res = await on.request(path, { headers });
  return { status: res.status, html: await res.text(), headers: res.headers };
}
const langOf = (html: string) => /<html lang="(\w+)" data-lang="\w+">/.exec(html)?.[1];

/** The data embedded for the browser's first render. */
const preload = (html: string) => JSON.parse(/<script type="application\/json" id="preload">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as Record<string, unknown>;
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

describe('the site rendered on the server', () => {
  it('renders the home page in English by default with title, description, alternates and its data', async () => {
    const { status, html } = await get('/site/alpha');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="en" data-lang="en">');
    expect(html).toContain('<title>Alpha Cluster</title>');
    expect(html).toContain('<meta name="description" content="About Alpha" />');
    expect(html).toContain('<h1 id="site-title">Alpha Cluster</h1>');
    expect(html).toMatch(/<h3 lang="en"><a href="\/site\/alpha\/news\/newer">Title newer<\/a><\/h3>/);
    expect(html).toContain('<a href="/site/alpha-north">Alpha North</a>');
    for (const lang of ['de', 'en', 'da']) expect(html).toContain(`<link rel="alternate" hreflang="${lang}" href="http://localhost/site/alpha?lang=${lang}">`);
    expect(html).not.toContain('needs JavaScript');
    const data = preload(html);
    expect(Object.keys(data).sort()).toEqual(['alpha|home-downloads|en', 'alpha|home-news|en', 'alpha|home-strategy|en', 'alpha|site|en']);
    expect((data['alpha|site|en'] as { canEdit: boolean }).canEdit).toBe(false);
  });

  it('speaks the first of German, English and Danish in Accept-Language, and ?lang= before it', async () => {
    const de = await get('/site/alpha/about', 'fr-FR, de;q=0.8, en;q=0.5');
    expect(de.html).toContain('<html lang="de" data-lang="de">');
    expect(de.html).toContain('<title>Über uns – Alpha Cluster</title>');
    expect(de.html).toContain('<meta name="description" content="Das Netzwerk." />');
    expect(de.html).toContain('<h2>Wer wir sind</h2>\n<p>Das <strong>Netzwerk</strong>.</p>');
    const da = await get('/site/alpha/about?lang=da', 'de');
    expect(da.html).toContain('<html lang="da" data-lang="da">');
    expect(da.html).toContain('<h1 lang="da">Om os</h1>');
    expect(da.html).toContain('<p>We are the <strong>network</strong>.</p>');
    expect(da.html).toContain('Denne tekst findes ikke på dansk. Den vises på engelsk.');
    expect(siteLanguage({ acceptLanguage: 'sv, en-US;q=0.1, da;q=0.2' })).toBe('da');
    expect(siteLanguage({ asked: 'fr' })).toBe('en');
  });

  it('chooses ?lang=, then the remembered choice, then Accept-Language, then English; what is not ours counts as missing', () => {
    expect(siteLanguage({ asked: 'da', remembered: 'de', acceptLanguage: 'en' })).toBe('da');
    expect(siteLanguage({ remembered: 'de', acceptLanguage: 'da, en' })).toBe('de');
    expect(siteLanguage({ asked: 'xx', remembered: 'de', acceptLanguage: 'da' })).toBe('de');
    expect(siteLanguage({ asked: '', remembered: 'fr', acceptLanguage: 'da' })).toBe('da');
    expect(siteLanguage({ asked: 'DA', remembered: 'da-DK' })).toBe('en');
    expect(siteLanguage({})).toBe('en');
  });

  it('remembers a ?lang= in a cookie for the site, and renders pages without ?lang= in the remembered language', async () => {
    const chosen = await get('/site/alpha/about?lang=da', 'de');
    expect(langOf(chosen.html)).toBe('da');
    expect(chosen.headers.get('set-cookie')).toBe('klynge_site_lang=da; Max-Age=31536000; Path=/site; SameSite=Lax');
    expect(chosen.headers.get('cache-control')).toBe('private, no-cache');
    expect(chosen.headers.get('vary')).toMatch(/^accept-language, cookie(, Accept-Encoding)?$/);

    const later = await get('/site/alpha/news', 'de', 'klynge_site_lang=da');
    expect(langOf(later.html)).toBe('da');
    expect(textOf(later.html)).toContain('Nyheder');
    expect(Object.keys(preload(later.html))).toContain('alpha|site|da');
    expect(later.headers.get('set-cookie')).toBeNull();
    expect(later.headers.get('cache-control')).toBe('no-cache');
    expect(later.headers.get('vary')).toMatch(/^accept-language, cookie(, Accept-Encoding)?$/);
    // The alternates still name each language by ?lang=; x-default is the address without it.
    expect(later.html).toContain('<link rel="alternate" hreflang="de" href="http://localhost/site/alpha/news?lang=de">');
    expect(later.html).toContain('<link rel="alternate" hreflang="x-default" href="http://localhost/site/alpha/news">');

    const switched = await get('/site/alpha?lang=de', 'da', 'klynge_site_lang=da');
    expect(langOf(switched.html)).toBe('de');
    expect(switched.headers.get('set-cookie')).toBe('klynge_site_lang=de; Max-Age=31536000; Path=/site; SameSite=Lax');
  });

  it('ignores a ?lang= or a cookie that names no language of ours, and remembers nothing for them', async () => {
    const badQuery = await get('/site/alpha?lang=fr', 'de', 'klynge_site_lang=da');
    expect(langOf(badQuery.html)).toBe('da');
    expect(badQuery.headers.get('set-cookie')).toBeNull();
    const badCookie = await get('/site/alpha', 'de', 'klynge_site_lang=%3Cscript%3E');
    expect(langOf(badCookie.html)).toBe('de');
    expect(badCookie.html).not.toContain('script%3E');
    const both = await get('/site/alpha?lang=', 'fr', 'klynge_site_lang=xx');
    expect(langOf(both.html)).toBe('en');
    expect(both.headers.get('set-cookie')).toBeNull();
  });

  it('marks the language cookie Secure when the session cookie is', async () => {
    const secure = createApp({ db: t.db, log, clock: () => w.now, secureCookies: true, resolveActor: () => ({ kind: 'anonymous' }) });
    const { headers } = await get('/site/alpha?lang=de', undefined, undefined, secure);
    expect(headers.get('set-cookie')).toBe('klynge_site_lang=de; Max-Age=31536000; Path=/site; Secure; SameSite=Lax');
  });

  it('renders the news list, a news article with its Markdown, the contacts with consent only and the downloads', async () => {
    const news = textOf((await get('/site/alpha/news')).html);
    expect(news).toContain('Title newer');
    expect(news).toContain('Title older');
    expect(news).not.toContain('Title future');
    expect(news).not.toContain('Title draft-post');

    const post = await get('/site/alpha/news/newer');
    expect(post.status).toBe(200);
    expect(post.html).toContain('<title>Title newer – Alpha Cluster</title>');
    expect(post.html).toContain('<meta name="description" content="Short" />');
    expect(post.html).toContain('<p>Body of <strong>newer</strong></p>');

    const contacts = textOf((await get('/site/alpha/contact')).html);
    expect(contacts).toContain('Clara Example');
    expect(contacts).toContain('Cluster manager');
    expect(contacts).not.toContain('Ralf');

    const downloads = (await get('/site/alpha/downloads')).html;
    expect(downloads).toMatch(/<a href="\/api\/v1\/site\/alpha\/assets\/[0-9a-f-]+" download="masterplan.pdf" lang="en">Masterplan<\/a>/);
    expect(downloads).not.toContain('internal.pdf');
  });

  it('keeps a hostile title inert in the body, the title and the embedded data', async () => {
    const { status, html } = await get('/site/alpha/hostile');
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; – Alpha Cluster</title>');
    expect(html).toContain('<h1 lang="en">&lt;/script>&lt;script>alert(1)&lt;/script></h1>');
    expect(html.match(/<script/g)).toHaveLength(2); // the app's module and the preload data
    expect((preload(html)['alpha|page:hostile|en'] as { title: { text: string } }).title.text).toBe(HOSTILE);
  });

  it('answers 404 with the rendered not-found page for an unknown site, a draft page and an unpublished post', async () => {
    for (const path of ['/site/nowhere', '/site/alpha/secret-plans', '/site/alpha/news/draft-post', '/site/beta/about']) {
      const { status, html } = await get(path);
      expect(status, path).toBe(404);
      expect(html, path).toContain('<h1>This page does not exist or is not published.</h1>');
      expect(html, path).not.toContain('B draft');
    }
  });

  it('leaves every other path to the browser as before, and falls back to it when rendering fails', async () => {
    const index = readFileSync(new URL('../../web/dist/index.html', import.meta.url), 'utf8');
    for (const path of ['/atlas', '/clusters/alpha', '/site/alpha/edit', '/site/alpha/a/b/c']) expect((await get(path)).html, path).toBe(index);
    expect(siteRoute('/site/alpha/news/newer')).toEqual({ slug: 'alpha', post: 'newer' });
    failApi = true;
    try {
      const { status, html } = await get('/site/alpha');
      expect(status).toBe(200);
      expect(html).toBe(index);
      expect(errors).toContain('rendering /site/alpha on the server failed');
    } finally {
      failApi = false;
    }
  });

  it('links the stylesheets and modules of the site chunk and of the chunks it imports', () => {
    const links = siteAssetLinks({
      'src/pages/Site.tsx': { file: 'assets/Site-1.js', imports: ['_shared.js'] },
      '_shared.js': { file: 'assets/shared-2.js', css: ['assets/shared-3.css'], imports: ['_shared.js'] },
    });
    expect(links.split('\n').map((l) => l.trim())).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/shared-3.css">',
      '<link rel="modulepreload" crossorigin href="/assets/Site-1.js">',
      '<link rel="modulepreload" crossorigin href="/assets/shared-2.js">',
    ]);
  });
});
