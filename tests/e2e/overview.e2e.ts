// The overview page on the demo ecosystem: charts with figures for the whole registry and a cluster, Danish, tables.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

const CLUSTER = 'biocon-valley';

// The demo ecosystem's projects carry no EU contributions and its memberships no start dates, so funding per year
// and membership growth would be empty: until it has them, the test adds both as the demo admin, named as test data.
const PROJECTS = [
  { startDate: '2022-02-01', shares: [1_250_000, 480_000] },
  { startDate: '2023-09-01', shares: [2_100_000] },
  { startDate: '2024-01-15', shares: [640_000, 310_000, 95_000] },
];

async function ensureDatedData(base: string): Promise<void> {
  type Figures = { totals: { ecContribution: number }; membershipGrowth: { years: unknown[] } };
  const now = (await (await fetch(`${base}/api/v1/atlas/overview?cluster=${CLUSTER}`)).json()) as Figures;
  if (now.totals.ecContribution > 0 && now.membershipGrowth.years.length > 0) return;
  const headers = { 'content-type': 'application/json', origin: base };
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers, body: JSON.stringify({ email: 'admin@example.org', password: 'klynge-admin-demo' }) });
  expect(login.status).toBe(200);
  const authorised = { ...headers, cookie: login.headers.get('set-cookie')!.split(';')[0]! };
  // The cluster's members are those of the cluster itself and of its hubs.
  const cluster = (await (await fetch(`${base}/api/v1/clusters/${CLUSTER}`)).json()) as { slug: string; hubs: Array<{ slug: string }> };
  const members = { items: [] as Array<{ clusterId: string; organizationId: string }> };
  for (const ref of [cluster.slug, ...cluster.hubs.map((h) => h.slug)]) {
    const listed = (await (await fetch(`${base}/api/v1/clusters/${ref}/members`, { headers: authorised })).json()) as typeof members;
    members.items.push(...listed.items);
  }
  expect(members.items.length).toBeGreaterThan(3);
  for (const [i, m] of now.membershipGrowth.years.length > 0 ? [] : members.items.entries()) {
    const startDate = `${2012 + ((i * 3) % 13)}-0${1 + (i % 9)}-01`;
    const res = await fetch(`${base}/api/v1/clusters/${m.clusterId}/members/${m.organizationId}`, { method: 'PUT', headers: authorised, body: JSON.stringify({ startDate }) });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  }
  for (const [i, project] of now.totals.ecContribution > 0 ? [] : PROJECTS.entries()) {
    const participants = project.shares.map((ecContribution, position) => ({
      organizationId: members.items[(i + position) % members.items.length]!.organizationId,
      role: position === 0 ? 'coordinator' : 'participant',
      ecContribution,
    }));
    const res = await fetch(`${base}/api/v1/projects`, {
      method: 'POST',
      headers: authorised,
      body: JSON.stringify({ title: `Browser-test overview project ${i + 1}`, acronym: `E2E-OV-${i + 1}`, startDate: project.startDate, participants }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

/** Waits until the figures of the URL's scope are shown. */
async function ready(page: Page): Promise<void> {
  await page.locator('.overview-page[data-ready="true"]').waitFor({ timeout: 30_000 });
}

/** The number on a key-figure tile, as shown. */
const tile = (page: Page, key: string) => page.locator(`[data-tile="${key}"] dd`).textContent();
const bars = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"] svg .overview-bar rect`).count();

let browser: Browser;
beforeAll(async () => {
  await ensureDatedData(inject('baseUrl'));
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('the overview page', () => {
  it('charts the whole registry at both widths with no serious accessibility violations', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await openPage(browser, width, 'en-GB');
      await page.goto('/overview');
      await ready(page);
      expect(await page.locator('h1').textContent()).toBe('The ecosystem in numbers');
      expect(await page.locator('.overview-summary').textContent()).toBe('Figures for: Whole registry');
      expect(Number((await tile(page, 'organizations'))!.replace(/\D/g, ''))).toBeGreaterThan(20);
      for (const chart of ['overview-types', 'overview-sectors', 'overview-projects', 'overview-countries']) {
        expect(await bars(page, chart), chart).toBeGreaterThan(0);
      }
      expect(await page.locator('[data-chart="overview-competences"] li').count()).toBeGreaterThan(0);
      expect(await page.getByText('Choose a cluster or hub to see how its membership has grown.').isVisible()).toBe(true);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'overview');
      await page.context().close();
    }
  });

  it('charts one cluster chosen in the picker, with its membership growth, and keeps it in the URL', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/overview');
    await ready(page);
    const whole = Number((await tile(page, 'organizations'))!.replace(/\D/g, ''));
    await page.getByLabel('Cluster or hub').selectOption({ label: 'BioCon Valley' });
    await page.waitForURL(`**/overview?cluster=${CLUSTER}`);
    await ready(page);
    expect(await page.locator('.overview-summary').textContent()).toBe('Figures for: BioCon Valley');
    const members = Number((await tile(page, 'organizations'))!.replace(/\D/g, ''));
    expect(members).toBeGreaterThan(0);
    expect(members).toBeLessThan(whole);
    expect(await bars(page, 'overview-growth')).toBeGreaterThan(0);
    expect(await bars(page, 'overview-projects')).toBeGreaterThan(0);
    expect(await page.locator('[data-chart="overview-growth"] .overview-line').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overview-cluster');
    await page.context().close();
  });

  it('shows a chart as a table on request, with the same figures', async () => {
    const page = await openPage(browser, 'phone', 'en-GB');
    await page.goto(`/overview?cluster=${CLUSTER}`);
    await ready(page);
    const growth = page.locator('[data-chart="overview-growth"]');
    await growth.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByRole('table', { name: 'Membership growth' });
    expect(await table.isVisible()).toBe(true);
    expect(await growth.locator('svg').isVisible()).toBe(false);
    const api = (await (await page.request.get(`/api/v1/atlas/overview?cluster=${CLUSTER}`)).json()) as { membershipGrowth: { years: Array<{ year: number; members: number }> } };
    const last = api.membershipGrowth.years.at(-1)!;
    expect(await table.getByRole('row', { name: new RegExp(`^${last.year} `) }).locator('td').last().textContent()).toBe(String(last.members));
    expect(await growth.getByRole('button', { name: 'Show as chart' }).getAttribute('aria-expanded')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overview-cluster');
    await page.context().close();
  });

  it('switches chart titles and number formats to Danish', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto(`/overview?cluster=${CLUSTER}`);
    await ready(page);
    expect(await page.locator('#overview-types-title').textContent()).toBe('Organisations by type');
    expect(await tile(page, 'ecContribution')).toMatch(/^€\d+(\.\d)?m$/);
    const englishTicks = await page.locator('[data-chart="overview-projects"] .overview-line-tick').allTextContents();
    expect(englishTicks.some((tick) => /^€\d+(\.\d)?m$/.test(tick))).toBe(true);
    await page.getByLabel('Language').selectOption('da');
    await page.locator('#overview-types-title', { hasText: 'Organisationer efter type' }).waitFor();
    expect(await page.locator('#overview-projects-title').textContent()).toBe('EU-projekter og støtte efter startår');
    expect(await tile(page, 'ecContribution')).toMatch(/^\d+(,\d)?\smio\.\s€$/);
    const danishTicks = await page.locator('[data-chart="overview-projects"] .overview-line-tick').allTextContents();
    expect(danishTicks.some((tick) => /^\d+(,\d)?\smio\.\s€$/.test(tick))).toBe(true);
    expect(await page.locator('.overview-summary').textContent()).toBe('Tal for: BioCon Valley');
    await screenshot(page, 'overview-danish');
    await page.context().close();
  });
});
