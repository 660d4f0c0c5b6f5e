// The web app's frame: start page, language switch, phone menu, accessibility, unknown paths.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('the web app frame', () => {
  it('shows the start page in the browser language with no serious accessibility violations', async () => {
    const page = await openPage(browser, 'laptop', 'de-DE');
    await page.goto('/');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Wer macht was im Life-Science-Ökosystem');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'home');
    await page.context().close();
  });

  it('switches the interface to Danish and remembers the choice', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/');
    expect(await page.locator('h1').textContent()).toBe('Who does what in the life-science ecosystem');
    await page.getByLabel('Language').selectOption('da');
    await page.locator('h1', { hasText: 'Hvem gør hvad' }).waitFor();
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Hvem gør hvad i life science-økosystemet');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await page.context().close();
  });

  it('opens the navigation from the menu button on a phone', async () => {
    const page = await openPage(browser, 'phone', 'en-GB');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.isVisible()).toBe(true);
    await screenshot(page, 'home');
    await page.context().close();
  });

  it('answers an unknown path with a not-found page', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/no/such/page');
    expect(await page.locator('h1').textContent()).toBe('This page does not exist.');
    await page.context().close();
  });
});
