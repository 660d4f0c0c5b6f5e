// The cluster's public website end to end: a visitor reads BioCon Valley's demo site in German, English and Danish
// (about → fields of action → a news article's "read more" → the masterplan download); every public page passes axe
// at laptop and phone width; the server renders every page, so it reads without JavaScript, and with JavaScript the
// app takes the page over in place; the manager edits a draft page with the live preview, adds an image, and publishes it.
import { readFileSync } from 'node:fs';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logoPng } from '#src/demo/demo-site-files.ts';
import { DEMO_USERS, launchBrowser, pageAs, openPage, screenshot, seriousAccessibilityViolations, WIDTHS, type Width } from './browser.ts';

const MANAGER = DEMO_USERS.manager;
const SITE = '/site/biocon-valley';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Waits for the page's h1 to read `name` and checks it with axe. */
async function expectPage(page: Page, name: string | RegExp) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

const TEXTS = {
  de: { about: 'Über uns', fields: 'Handlungsfelder', news: 'Neuigkeiten', readMore: 'Weiterlesen', downloads: 'Downloads', button: 'Deutsch', aboutText: 'Gestaltungsfeld „Life Science“' },
  en: { about: 'About us', fields: 'Fields of action', news: 'News', readMore: 'Read more', downloads: 'Downloads', button: 'English', aboutText: 'Design field "Life Science"' },
  da: { about: 'Om os', fields: 'Indsatsområder', news: 'Nyheder', readMore: 'Læs mere', downloads: 'Downloads', button: 'Dansk', aboutText: 'Indsatsfeltet "Life Science"' },
} as const;

describe('the public cluster site', () => {
  it('lets a visitor read the site in German, English and Danish: about, fields of action, a news article, the download', async () => {
    const page = await openPage(browser, 'laptop', 'de-DE');
    await page.goto(SITE);
    await expectPage(page, 'BioCon Valley');
    for (const lang of ['de', 'en', 'da'] as const) {
      const text = TEXTS[lang];
      await page.goto(SITE);
      await page.getByRole('button', { name: text.button, exact: true }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang);
      const nav = page.getByRole('navigation', { name: /BioCon Valley/ });
      await screenshot(page, `site-home-${lang}`);

      await nav.getByRole('link', { name: text.about, exact: true }).click();
      await expectPage(page, text.about);
      await page.getByRole('heading', { level: 2, name: text.aboutText }).waitFor();
      expect(await page.title()).toBe(`${text.about} – BioCon Valley`);
      expect(await page.locator('.site-prose img').getAttribute('alt')).toMatch(/BioCon Valley/);
      await screenshot(page, `site-about-${lang}`);

      await nav.getByRole('link', { name: text.fields, exact: true }).click();
      await expectPage(page, text.fields);
      expect(await page.locator('.site-theme').count()).toBe(5);

      await nav.getByRole('link', { name: text.news, exact: true }).click();
      await expectPage(page, text.news);
      const first = page.locator('.site-news-item').first();
      const title = (await first.locator('h2').textContent())!.trim();
      await first.getByRole('link', { name: `${text.readMore}: ${title}` }).click();
      await expectPage(page, title);
      await page.waitForURL(/\/site\/biocon-valley\/news\/[a-z0-9-]+$/);
      await screenshot(page, `site-post-${lang}`);

      await nav.getByRole('link', { name: text.downloads, exact: true }).click();
      await expectPage(page, text.downloads);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.site-downloads a').first().click()]);
      expect(download.suggestedFilename()).toBe('masterplan-gesundheitswirtschaft-mv-life-science.pdf');
      expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await page.context().close();
  });

  it('shows every public page without serious accessibility problems at laptop and phone width', async () => {
    for (const width of ['laptop', 'phone'] as Width[]) {
      const page = await openPage(browser, width, 'en-GB');
      const pages: Array<[string, string]> = [
        ['', 'BioCon Valley'], ['/about', 'About us'], ['/fields-of-action', 'Fields of action'], ['/groups', 'Strategy groups'],
        ['/projects', 'Lead projects'], ['/news', 'News'], ['/downloads', 'Downloads'], ['/contact', 'Contact'],
      ];
      for (const [path, heading] of pages) {
        await page.goto(`${SITE}${path}`);
        await expectPage(page, heading);
        await screenshot(page, `site-page${path.replace('/', '-') || '-home'}`);
      }
      // The contact without consent (Jonas Muster) is never shown; the one with consent is.
      expect(await page.getByRole('heading', { name: 'Anna Beispiel' }).count()).toBe(1);
      expect(await page.getByText('Jonas Muster').count()).toBe(0);
      if (width === 'phone') {
        await page.goto(SITE);
        await page.getByRole('heading', { level: 1, name: 'BioCon Valley' }).waitFor();
        const menu = page.locator('#site-menu');
        expect(await menu.isVisible()).toBe(false);
        await page.getByRole('button', { name: 'Menu' }).click();
        expect(await menu.isVisible()).toBe(true);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, 'site-menu-open');
      }
      await page.context().close();
    }
  });

  it('marks a text that stands in for a missing language', async () => {
    // A page the manager wrote only in German (through the API, as a program would).
    const manager = await pageAs(browser, MANAGER, 'laptop', 'de-DE');
    const headers = { origin: inject('baseUrl') };
    const created = await manager.context().request.post('/api/v1/clusters/biocon-valley/site/pages', {
      data: { slug: 'presse', title: { de: 'Presse' }, body: { de: 'Pressemitteilungen von **BioCon Valley**.' }, published: true },
      headers,
    });
    expect(created.status()).toBe(201);
    await manager.context().close();

    const page = await openPage(browser, 'phone', 'da-DK');
    await page.goto(`${SITE}/presse`);
    await expectPage(page, 'Presse');
    expect(await page.locator('.site-fallback').textContent()).toBe('Denne tekst findes ikke på dansk. Den vises på tysk.');
    expect(await page.locator('.site-prose').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').getAttribute('lang')).toBe('de');
    await screenshot(page, 'site-fallback-da');
    await page.context().close();
  });
});

describe('the site rendered on the server', () => {
  it('reads without JavaScript: content, language, and links to the other pages', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: WIDTHS.laptop, locale: 'de-DE', baseURL: inject('baseUrl') });
    const page = await context.newPage();
    await page.goto(SITE);
    await page.getByRole('heading', { level: 1, name: 'BioCon Valley' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.title()).toBe('BioCon Valley');
    await page.getByText(/Netzwerk der Gesundheitswirtschaft und Life Sciences/).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Neueste Meldungen' }).isVisible()).toBe(true);
    await screenshot(page, 'site-home-no-js');

    await page.getByRole('navigation', { name: /BioCon Valley/ }).getByRole('link', { name: TEXTS.de.about, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TEXTS.de.about }).waitFor();
    await page.getByRole('heading', { level: 2, name: TEXTS.de.aboutText }).waitFor();
    expect(await page.title()).toBe(`${TEXTS.de.about} – BioCon Valley`);
    await page.getByRole('button', { name: TEXTS.da.button, exact: true }).click();
    await page.waitForURL(/\/site\/biocon-valley\/about\?lang=da$/);
    await page.getByRole('heading', { level: 1, name: TEXTS.da.about }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    // The choice is remembered: a link followed and a reload stay Danish.
    await page.getByRole('navigation', { name: /BioCon Valley/ }).getByRole('link', { name: TEXTS.da.fields, exact: true }).click();
    await page.waitForURL(/\/site\/biocon-valley\/fields-of-action$/);
    await page.getByRole('heading', { level: 1, name: TEXTS.da.fields }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TEXTS.da.fields }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.goto(`${SITE}/contact`);
    await page.getByRole('heading', { level: 1, name: 'Kontakt' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Anna Beispiel' }).count()).toBe(1);
    expect(await page.getByText('Jonas Muster').count()).toBe(0);
    await context.close();
  });

  it('remembers the language a visitor picks: a link followed, a reload and a new tab are served in it', async () => {
    const page = await openPage(browser, 'laptop', 'de-DE');
    await page.goto(SITE);
    await page.getByRole('heading', { level: 2, name: 'Neueste Meldungen' }).waitFor();
    await page.getByRole('button', { name: TEXTS.da.button, exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('da');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('navigation', { name: /BioCon Valley/ }).getByRole('link', { name: TEXTS.da.about, exact: true }).click();
    await expectPage(page, TEXTS.da.about);
    expect(page.url()).toMatch(/\/site\/biocon-valley\/about$/);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true); // the switch and the link needed no reload

    // What the server sends is Danish already, so nothing shows in German before the app takes over.
    const reloaded = await page.reload();
    const html = await reloaded!.text();
    expect(html).toContain('<html lang="da" data-lang="da">');
    expect(html).toMatch(/<h1[^>]*>Om os<\/h1>/);
    expect(html).toContain('Indsatsfeltet');
    await expectPage(page, TEXTS.da.about);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect((await page.context().cookies()).find((c) => c.name === 'klynge_site_lang')).toMatchObject({ value: 'da', path: '/site', sameSite: 'Lax' });

    const tab = await page.context().newPage();
    const news = await tab.goto(`${SITE}/news`);
    expect(await news!.text()).toContain('<html lang="da" data-lang="da">');
    await expectPage(tab, TEXTS.da.news);
    await page.context().close();
  });

  it('is taken over by the app in place: same markup, no data loaded twice, links navigate without reloading', async () => {
    const page = await openPage(browser, 'laptop', 'da-DK');
    const problems: string[] = [];
    // A visitor's "who am I" is answered 401, which Chromium logs; that is the only error allowed.
    const visitorCheck = (m: ConsoleMessage) => m.text().includes('401') && m.location().url.endsWith('/api/v1/auth/me');
    page.on('console', (m) => void (m.type() === 'error' && !visitorCheck(m) && problems.push(`${m.text()} ${m.location().url}`)));
    page.on('pageerror', (err) => void problems.push(err.message));
    const siteLoads: string[] = [];
    page.on('request', (r) => void (r.url().includes('/api/v1/site/') && siteLoads.push(r.url())));
    const appStarted = page.waitForRequest('**/api/v1/auth/me'); // the first effects of the running app
    const res = await page.goto(`${SITE}/news`);
    const served = /<main[^>]*>([\s\S]*)<\/main>/.exec(await res!.text())![1];
    await appStarted;
    expect(await page.locator('main').innerHTML()).toBe(served);
    expect(siteLoads).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('da');

    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole('navigation', { name: /BioCon Valley/ }).getByRole('link', { name: TEXTS.da.fields, exact: true }).click();
    await expectPage(page, TEXTS.da.fields);
    expect(await page.title()).toBe(`${TEXTS.da.fields} – BioCon Valley`);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('editing the site', () => {
  it('lets the manager write a page in Danish with a live preview and an image, and publish it', async () => {
    const visitor = await openPage(browser, 'laptop', 'da-DK');
    await visitor.goto(`${SITE}/working-groups`);
    await visitor.getByRole('heading', { level: 1, name: 'Siden findes ikke eller er ikke offentliggjort.' }).waitFor();

    for (const width of ['phone', 'laptop'] as Width[]) {
      const page = await pageAs(browser, MANAGER, width, 'en-GB');
      await page.goto('/clusters/biocon-valley/site');
      await page.getByRole('heading', { level: 1, name: 'Public website' }).waitFor();
      await page.getByRole('button', { name: 'Edit: Working groups' }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'site-editor-pages');
      if (width === 'phone') {
        await page.context().close();
        continue;
      }
      await page.getByRole('button', { name: 'Edit: Working groups' }).click();
      await page.getByRole('heading', { level: 2, name: /^Edit page/ }).waitFor();
      await page.getByRole('tab', { name: 'Dansk (empty)' }).click();
      await page.getByLabel('Title (Dansk)').fill('Arbejdsgrupper');
      await page.getByLabel('Text in Markdown (Dansk)').fill('## Arbejdsgruppe for bioøkonomi\n\nUdarbejder en **bioøkonomistrategi** for delstaten.\n\n');
      const preview = page.locator('.site-edit-preview .site-prose');
      await preview.locator('h2', { hasText: 'Arbejdsgruppe for bioøkonomi' }).waitFor();
      expect(await preview.locator('strong').textContent()).toBe('bioøkonomistrategi');

      await page.getByRole('button', { name: 'Insert image' }).click();
      await page.getByLabel('Or upload a new image (PNG, JPEG, WebP, GIF; at most 5 MB)').setInputFiles({ name: 'workshop.png', mimeType: 'image/png', buffer: logoPng('#9a3412') });
      await page.getByText('workshop.png uploaded.').waitFor();
      await page.getByLabel('Description of the image (alt text)').fill('Workshop i Greifswald');
      await page.getByRole('button', { name: 'Insert', exact: true }).click();
      await preview.locator('img[alt="Workshop i Greifswald"]').waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'site-editor-page');

      await page.getByRole('button', { name: 'Save and publish' }).click();
      await page.getByText('Published: visitors see the page.').waitFor();
      await page.context().close();
    }

    await visitor.goto(`${SITE}/working-groups`);
    await expectPage(visitor, 'Arbejdsgrupper');
    await visitor.locator('.site-prose h2', { hasText: 'Arbejdsgruppe for bioøkonomi' }).waitFor();
    expect(await visitor.locator('.site-prose img').getAttribute('alt')).toBe('Workshop i Greifswald');
    expect(await visitor.getByRole('navigation', { name: /BioCon Valley/ }).getByRole('link', { name: 'Arbejdsgrupper' }).count()).toBe(1);
    await screenshot(visitor, 'site-published-da');
    await visitor.context().close();
  });

  it('refuses an SVG upload with a clear message', async () => {
    const page = await pageAs(browser, MANAGER, 'laptop', 'en-GB');
    await page.goto('/clusters/biocon-valley/site');
    await page.getByRole('heading', { level: 2, name: 'Images and files' }).waitFor();
    await page.getByLabel('Image', { exact: true }).check();
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(/SVG, HTML and XML files are refused/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
