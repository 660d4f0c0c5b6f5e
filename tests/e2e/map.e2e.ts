// The map on the demo ecosystem: markers, a shaded competence, filters from the URL, popups linking to profiles.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapElement } from '../../web/src/pages/Map.tsx';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const canvas = (page: Page) => page.locator('.map-canvas');

/** Waits until the map says its data is drawn and returns how many markers and clusters it drew. */
async function drawn(page: Page): Promise<number> {
  await page.locator('.map-canvas[data-ready="true"]').waitFor({ timeout: 30_000 });
  return Number(await canvas(page).getAttribute('data-drawn'));
}

type Marker = { x: number; y: number; id: string };

/**
 * Individual markers well inside the map, zooming into clusters (by clicking them) until some show; returns
 * the click point of the first and the ids of all markers drawn within reach of it (markers may overlap).
 */
async function findMarker(page: Page): Promise<{ at: Marker; ids: string[] } | 'popup'> {
  const box = (await canvas(page).boundingBox())!;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const markers: Marker[] = await canvas(page).evaluate((el) => (el as MapElement).klyngeMarkers?.() ?? []);
    const inside = markers.find((m) => m.x > 60 && m.y > 60 && m.x < box.width - 60 && m.y < box.height - 60);
    if (inside) {
      const ids = markers.filter((m) => Math.hypot(m.x - inside.x, m.y - inside.y) <= 14).map((m) => m.id);
      return { at: { ...inside, x: box.x + inside.x, y: box.y + inside.y }, ids };
    }
    // Clusters may overlap or still move with the last zoom: send the click to the element itself.
    await page.locator('.map-cluster').first().dispatchEvent('click');
    // A cluster of organisations at one address opens a popup listing them instead of zooming.
    if (await page.locator('.leaflet-popup').isVisible()) return 'popup';
    await page.waitForTimeout(700);
  }
  throw new Error('no individual marker after zooming in');
}

describe('the map', () => {
  it('draws the demo organisations as markers and clusters, at both widths', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await openPage(browser, width, 'en-GB');
      await page.goto('/map');
      expect(await drawn(page)).toBeGreaterThan(0);
      expect(await page.locator('.map-status').textContent()).toMatch(/^\d+ organisations on the map/);
      await screenshot(page, 'map');
      await page.context().close();
    }
  });

  it('shades countries and shows region bubbles for a competence chosen in the picker', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/map');
    await drawn(page);
    await page.getByLabel('Search a competence').fill('medical tech');
    await page.getByRole('button', { name: /Medical technology/ }).first().click();
    await page.waitForURL(/competence=sector%3Amedtech|competence=sector:medtech/);
    await page.locator('.map-canvas[data-ready="true"]').waitFor();
    await page.locator('.map-bubble').first().waitFor();
    expect(Number(await canvas(page).getAttribute('data-shaded'))).toBeGreaterThan(0);
    expect(await page.locator('.map-legend').textContent()).toContain('Organisations with “Medical technology” per country');
    await page.getByRole('button', { name: 'Show as list' }).click();
    const countries = page.getByRole('table', { name: 'Countries' });
    expect(await countries.getByRole('row', { name: /Germany/ }).count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map-competence');
    await page.context().close();
  });

  it('applies a filter given in the URL on load', async () => {
    const page = await openPage(browser, 'phone', 'en-GB');
    const expected = (await (await page.request.get('/api/v1/atlas/points?type=university')).json()) as { total: number };
    const all = (await (await page.request.get('/api/v1/atlas/points')).json()) as { total: number };
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.total).toBeLessThan(all.total);
    await page.goto('/map?type=university&colour=sector');
    await drawn(page);
    expect(await page.locator('.map-status').textContent()).toContain(`${expected.total} organisations on the map`);
    await page.getByRole('button', { name: 'Show filters' }).click();
    expect(await page.getByRole('combobox', { name: 'Type' }).inputValue()).toBe('university');
    expect(await page.getByRole('radio', { name: 'Sector' }).isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map-filters');
    await page.context().close();
  });

  it('filters by a cluster chosen in the panel and keeps it in the URL', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/map');
    await drawn(page);
    const all = Number((await page.locator('.map-status').textContent())!.match(/^\d+/)![0]);
    const select = page.getByRole('combobox', { name: 'Cluster or hub' });
    await select.locator('option').nth(1).waitFor({ state: 'attached' });
    await select.selectOption({ index: 1 });
    await page.waitForURL(/[?&]cluster=/);
    await page.locator('.map-status', { hasNotText: `${all} organisations` }).waitFor();
    const members = Number((await page.locator('.map-status').textContent())!.match(/^\d+/)![0]);
    expect(members).toBeGreaterThan(0);
    expect(members).toBeLessThan(all);
    await page.reload();
    await drawn(page);
    expect(await page.locator('.map-status').textContent()).toMatch(new RegExp(`^${members} organisation`));
    await page.context().close();
  });

  it('opens a marker’s popup with a link to the organisation’s profile', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/map');
    await drawn(page);
    const marker = await findMarker(page);
    if (marker !== 'popup') await page.mouse.click(marker.at.x, marker.at.y);
    const link = page.locator('.leaflet-popup a', { hasText: 'Open profile' }).first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
    if (marker !== 'popup') expect(marker.ids.map((id) => `/organizations/${id}`)).toContain(href);
    await page.waitForTimeout(400); // let the popup fade in before the picture
    await screenshot(page, 'map-popup');
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.context().close();
  });

  it('lists the organisations in view for keyboard and screen-reader users', async () => {
    const page = await openPage(browser, 'laptop', 'de-DE');
    await page.goto('/map');
    await drawn(page);
    await page.getByRole('button', { name: 'Als Liste zeigen' }).click();
    const links = page.locator('#map-list a[href^="/organizations/"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await page.locator('#map-list').textContent()).toMatch(/Organisationen im sichtbaren Ausschnitt/);
    await page.context().close();
  });
});
