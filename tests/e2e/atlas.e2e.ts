// The atlas search on the demo ecosystem: results as you type, facets kept in the URL, other kinds, a profile.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const status = (page: Page) => page.locator('#atlas-status');
const cards = (page: Page) => page.locator('.atlas-results > li');

/** Waits until the search has answered and returns the status line. */
async function answered(page: Page): Promise<string> {
  await page.locator('#atlas-status[data-loading="false"]').waitFor();
  return (await status(page).textContent()) ?? '';
}

describe('the atlas search', () => {
  it('shows results while typing, without pressing Enter, and announces the count', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/atlas');
    const all = Number((await answered(page)).match(/^(\d+) organisations found/)![1]);
    expect(all).toBeGreaterThan(10);
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await page.getByLabel('Search the atlas').pressSequentially('plasma', { delay: 40 });
    await page.waitForURL(/[?&]q=plasma/);
    await status(page).filter({ hasNotText: `${all} organisations` }).waitFor();
    const found = Number((await answered(page)).match(/^(\d+) organisation/)![1]);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(all);
    expect(await cards(page).count()).toBe(found);
    expect(await cards(page).first().textContent()).toMatch(/plasma/i);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'atlas');
    await page.context().close();
  });

  it('narrows by a facet kept in the URL, survives a reload, goes back, and opens a profile', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/atlas?q=plasma');
    const before = await answered(page);
    const sector = page.locator('[data-facet="sector"] .atlas-facet-value', { hasText: 'Medical technology' });
    await sector.click();
    await page.waitForURL(/sector=medtech/);
    await status(page).filter({ hasNotText: before }).waitFor();
    const narrowed = await answered(page);
    expect(await sector.getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    expect(await answered(page)).toBe(narrowed);
    expect(await page.getByLabel('Search the atlas').inputValue()).toBe('plasma');
    expect(await page.locator('[data-facet="sector"] [aria-pressed="true"]').textContent()).toContain('Medical technology');

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('sector='));
    await status(page).filter({ hasText: before }).waitFor();
    expect(await page.locator('[data-facet="sector"] [aria-pressed="true"]').count()).toBe(0);
    await page.goForward();
    await page.waitForURL(/sector=medtech/);
    await status(page).filter({ hasText: narrowed }).waitFor();

    const first = cards(page).first().locator('h3 a');
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.locator('h1', { hasText: name }).waitFor();
    expect(await page.getByRole('list', { name: 'Sectors' }).textContent()).toContain('Medical technology');
    await page.locator('.place-map[data-ready="true"]').waitFor();
    expect(await page.locator('.place-map').getAttribute('data-markers')).toBe('1');
    await page.context().close();
  });

  it('lists facilities, offers and requests on their own tabs', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/atlas');
    await answered(page);
    await page.getByRole('navigation', { name: 'Kinds of results' }).getByRole('link', { name: /Facilities/ }).click();
    await page.waitForURL(/kind=facilities/);
    expect(await answered(page)).toMatch(/^\d+ facilit(y|ies) found/);
    expect(await cards(page).count()).toBeGreaterThan(0);
    expect(await page.locator('.atlas-note').isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Kinds of results' }).getByRole('link', { name: /Offers and requests/ }).click();
    await page.waitForURL(/kind=offers/);
    expect(await answered(page)).toMatch(/^\d+ offers? (and|or) requests? found/);
    expect(await cards(page).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('folds the facets on a phone and says so when nothing is found, in German', async () => {
    const page = await openPage(browser, 'phone', 'de-DE');
    await page.goto('/atlas?q=xyzzyquux');
    expect(await answered(page)).toBe('0 Organisationen gefunden');
    expect(await page.locator('.atlas-empty').textContent()).toContain('Nichts gefunden.');
    await page.goto('/atlas?sector=biotech');
    await answered(page);
    const panel = page.locator('#atlas-panel-body');
    expect(await panel.isVisible()).toBe(false);
    await page.getByRole('button', { name: /Filter anzeigen/ }).click();
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator('[data-facet="sector"] [aria-pressed="true"]').textContent()).toContain('Biotechnologie');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'atlas');
    await page.context().close();
  });
});
