// Cluster news end to end: the editor writes a German post for their organisation with a preview and submits it; the
// manager publishes it from the review queue; the public reads it with "read more" (in English with a notice that it
// is shown in German), finds it in the Atom feed the page links to, and the manager downloads the monthly digest.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const TITLE = 'Kaltplasma-Pflaster erhält CE-Kennzeichnung';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('cluster news', () => {
  it('lets the editor write a post with a preview and submit it for review', async () => {
    const page = await pageAs(browser, EDITOR, 'laptop', 'de-DE');
    await page.goto('/clusters/biocon-valley/news');
    await page.getByRole('heading', { name: 'Neuigkeiten', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
    await page.getByRole('tab', { name: /^Deutsch/ }).waitFor();
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Zusammenfassung').fill('Das sterile Pflaster für chronische Wunden ist jetzt zugelassen.');
    await page.getByLabel('Text (Markdown)').fill('Fiktive Demo-Meldung: **CE-Kennzeichnung** erteilt.\n\n<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Vorschau', exact: true }).click();
    await page.locator('.news-preview strong', { hasText: 'CE-Kennzeichnung' }).waitFor();
    expect(await page.locator('.news-preview').textContent()).toContain('<script>alert(1)</script>');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'news-news-editor-de');
    await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await page.getByText('Zur Prüfung eingereicht; das Clustermanagement wurde benachrichtigt.').waitFor();
    await page.locator('.news-posts li', { hasText: TITLE }).getByText('Wartet auf Prüfung').waitFor();
  });

  it('keeps the submitted post off the public list until the manager publishes it from the review queue', async () => {
    const visitor = await pageAs(browser, null);
    await visitor.goto('/clusters/biocon-valley/news');
    await visitor.locator('.news-item').first().waitFor();
    expect(await visitor.locator('.news-item h3').allTextContents()).not.toContain(TITLE);

    const manager = await pageAs(browser, MANAGER);
    await manager.goto('/clusters/biocon-valley/news');
    const queue = manager.locator('.news-review');
    await queue.getByRole('heading', { name: TITLE }).waitFor();
    expect(await queue.locator('li h3').allTextContents()).toEqual(expect.arrayContaining(['Ryck Plasma Care starts an observational study with cold plasma', TITLE]));
    expect(await seriousAccessibilityViolations(manager)).toEqual([]);
    await screenshot(manager, 'news-news-review');
    await queue.locator('li', { hasText: TITLE }).getByRole('button', { name: /^Publish/ }).click();
    await manager.getByText(`Published: ${TITLE}`).waitFor();

    const inbox = await (await (await pageAs(browser, EDITOR)).context().request.get('/api/v1/me/notifications')).json() as { items: Array<{ kind: string; payload: { decision?: string } }> };
    expect(inbox.items.some((n) => n.kind === 'news_reviewed' && n.payload.decision === 'published')).toBe(true);
  });

  it('shows the article to the public with "read more", a language notice, and an Atom feed the page links to', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await pageAs(browser, null, width);
      await page.goto('/clusters/biocon-valley/news');
      const item = page.locator('.news-item', { hasText: TITLE });
      await item.getByText('in German').waitFor();
      const feedHref = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
      expect(feedHref).toBe('/api/v1/clusters/biocon-valley/news.atom');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'news-news-list-en');
      await item.getByRole('link', { name: /^Read more/ }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      await page.getByText('This article is not available in English; it is shown in German.').waitFor();
      await page.locator('.news-body strong', { hasText: 'CE-Kennzeichnung' }).waitFor();
      expect(await page.locator('.news-body script').count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'news-news-article-en');

      const feed = await (await page.context().request.get(feedHref!)).text();
      expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(feed).toContain(`<title type="text">${TITLE}</title>`);
      expect(feed).toMatch(new RegExp(`href="${inject('baseUrl').replace(/[.:/]/g, '\\$&')}/clusters/biocon-valley/news/kaltplasma-pflaster-erhaelt-ce-kennzeichnung"`));
      await page.context().close();
    }
  });

  it('shows the news in German and Danish', async () => {
    for (const [locale, heading, readMore, fallback] of [
      ['de-DE', 'Neuigkeiten', 'Weiterlesen', null],
      ['da-DK', 'Nyheder', 'Læs mere', 'Denne artikel findes ikke på dansk; den vises på tysk.'],
    ] as const) {
      const page = await pageAs(browser, null, 'laptop', locale);
      await page.goto('/clusters/biocon-valley/news');
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.locator('.news-item', { hasText: TITLE }).getByRole('link', { name: new RegExp(`^${readMore}`) }).click();
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      if (fallback) await page.getByText(fallback).waitFor();
      else expect(await page.locator('.news-fallback').count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `news-news-article-${locale}`);
      await page.context().close();
    }
  });

  it('lets the manager download this month’s digest as HTML e-mail and text', async () => {
    const page = await pageAs(browser, MANAGER, 'laptop', 'de-DE');
    await page.goto('/clusters/biocon-valley/news');
    await page.getByRole('heading', { name: 'Monatlicher Newsletter' }).waitFor();
    await page.getByLabel('Sprache', { exact: true }).selectOption('de');
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'HTML-E-Mail herunterladen' }).click()]);
    const mail = readFileSync((await html.path())!, 'utf8');
    expect(mail).toContain(TITLE);
    expect(mail).toContain('Weiterlesen &rarr;');
    const [text] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Textfassung herunterladen' }).click()]);
    expect(readFileSync((await text.path())!, 'utf8')).toContain(`${TITLE}\n`);
    await page.getByRole('button', { name: 'Vorschau zeigen' }).click();
    await page.frameLocator('iframe.news-digest-preview').getByText(TITLE).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'news-news-digest-de');
  });
});
