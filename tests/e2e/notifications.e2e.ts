// Matches of offers and requests in the browser: the unread badge, the notifications on the account page, the matches disclosure.
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS, launchBrowser, openPage, screenshot, seriousAccessibilityViolations, signIn, signInWithForm, type Width } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const REQUEST = 'Clinical partner for a wound-care study';
const RYCK = 'Ryck Plasma Care GmbH (Demo)';

let browser: Browser;
let editor: APIRequestContext;
let ryckId = '';

/** The editor's page at a width (the laptop at the brief's 1280 px). */
async function editorPage(width: Width, next: string): Promise<Page> {
  const page = await openPage(browser, width);
  if (width === 'laptop') await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithForm(page, EDITOR, next);
  return page;
}

const unreadOf = async () => ((await (await editor.get('/api/v1/me/notifications?unread=true&limit=1')).json()) as { unread: number }).unread;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: inject('baseUrl'), extraHTTPHeaders: { origin: inject('baseUrl') } });
  editor = context.request;
  await signIn(editor, EDITOR);
  const found = (await (await editor.get(`/api/v1/organizations?q=${encodeURIComponent('Ryck Plasma')}`)).json()) as { items: Array<{ id: string; name: string }> };
  ryckId = found.items.find((o) => o.name === RYCK)!.id;
  // The demo's offers are matched by a background job the server starts with: wait for its notifications.
  const deadline = Date.now() + 20_000;
  while ((await unreadOf()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
});
afterAll(() => browser.close());

describe('notifications of new matches', () => {
  it('shows the unread count on the menu button of a phone; marking one read lowers it', async () => {
    const before = await unreadOf();
    expect(before).toBeGreaterThan(0);
    const page = await editorPage('phone', '/account');
    await page.getByRole('heading', { name: /^Notifications/ }).waitFor();
    const menu = page.getByRole('button', { name: `Menu, ${before} unread notification${before === 1 ? '' : 's'}` });
    await menu.waitFor();
    const items = page.locator('.notification-list > li');
    await items.first().waitFor();
    expect(await items.locator('h3').allTextContents()).toContainEqual(expect.stringMatching(new RegExp(`new match(es)? for your request “${REQUEST}”`)));
    await screenshot(page, 'notifications-account');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await items.first().getByRole('button', { name: /^Mark as read/ }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as read.' }).waitFor();
    expect(await unreadOf()).toBe(before - 1);
    expect(await items.first().getByRole('button', { name: /^Mark as read/ }).count()).toBe(0);
    if (before > 1) await page.getByRole('button', { name: `Menu, ${before - 1} unread notification${before === 2 ? '' : 's'}` }).waitFor();
  });

  it('badges the account link, lists the matches as links to their organisations, and marking all read clears the badge', async () => {
    const unread = await unreadOf();
    const page = await editorPage('laptop', '/atlas');
    if (unread > 0) await page.getByRole('link', { name: `My account, ${unread} unread notification${unread === 1 ? '' : 's'}` }).waitFor();
    await page.getByRole('link', { name: /^My account/ }).click();
    await page.getByRole('heading', { name: /^Notifications/ }).waitFor();

    const request = page.locator('.notification-list > li', { hasText: `your request “${REQUEST}”` }).first();
    await request.waitFor();
    const links = request.locator('.notification-matches a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
    await screenshot(page, 'notifications-account');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    if (unread > 0) {
      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await page.getByRole('status').filter({ hasText: 'All notifications are marked as read.' }).waitFor();
    }
    await page.getByRole('link', { name: 'My account', exact: true }).waitFor();
    expect(await page.locator('.notification-list > li.unread').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Mark as read/ }).count()).toBe(0);
    expect(await unreadOf()).toBe(0);
    // Still no badge after a navigation, which fetches the count afresh.
    await page.getByRole('link', { name: 'Atlas', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/atlas');
    await page.getByRole('link', { name: 'My account', exact: true }).waitFor();
  });

  it('opens the matches of the request on the offers page: counterpart offers with their reasons, and organisations', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await editorPage(width, `/organizations/${ryckId}/offers`);
      const item = page.locator('.item-list > li', { has: page.getByRole('heading', { name: REQUEST }) });
      await item.waitFor();
      await item.locator('summary', { hasText: 'Matches' }).click();
      const offers = item.locator('.offer-matches-list').first().locator('> li');
      await offers.first().waitFor();
      expect(await item.getByRole('heading', { name: 'Offers that answer your request' }).count()).toBe(1);
      expect(await offers.first().locator('a').first().getAttribute('href')).toMatch(/^\/organizations\//);
      expect(await offers.first().locator('.partners-reasons li').count()).toBeGreaterThan(0);
      expect(await item.getByRole('heading', { name: 'Organisations that fit' }).count()).toBe(1);
      await screenshot(page, 'notifications-matches');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.context().close();
    }
  });
});
