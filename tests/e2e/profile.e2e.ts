// Profiles on the demo ecosystem: an organisation's page (sectors, map, projects, collaborators) and a project's consortium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

// The demo ecosystem has no projects yet: the test adds one as the demo admin (named as test data) so that a
// consortium, its map and the partners' joint projects can be shown.
const CONSORTIUM = ['Universität Greifswald', 'Leibniz-Institut für Plasmaforschung und Technologie e. V.', 'Københavns Universitet'];
const ACRONYM = 'E2E-PROFILE';

type Ids = { project: string; coordinator: string; partner: string };

async function ensureProject(base: string): Promise<Ids> {
  const headers = { 'content-type': 'application/json', origin: base };
  const orgs = (await (await fetch(`${base}/api/v1/organizations?limit=100`)).json()) as { items: Array<{ id: string; name: string }> };
  const [coordinator, partner, third] = CONSORTIUM.map((name) => orgs.items.find((o) => o.name === name)!.id) as [string, string, string];
  const existing = (await (await fetch(`${base}/api/v1/projects?q=${ACRONYM}`)).json()) as { items: Array<{ id: string }> };
  if (existing.items[0]) return { project: existing.items[0].id, coordinator, partner };
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers, body: JSON.stringify({ email: 'admin@example.org', password: 'klynge-admin-demo' }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const res = await fetch(`${base}/api/v1/projects`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: JSON.stringify({
      title: 'Browser-test project: cold plasma for chronic wounds', acronym: ACRONYM, startDate: '2023-01-01', endDate: '2026-12-31',
      frameworkProgramme: 'HORIZON', ecContribution: 2_400_000, totalCost: 3_000_000, objective: 'A project made by the browser tests.',
      participants: [
        { organizationId: coordinator, role: 'coordinator', ecContribution: 1_200_000 },
        { organizationId: partner, role: 'participant', ecContribution: 800_000 },
        { organizationId: third, role: 'participant', ecContribution: 400_000 },
      ],
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return { project: ((await res.json()) as { id: string }).id, coordinator, partner };
}

let browser: Browser;
let ids: Ids;
beforeAll(async () => {
  ids = await ensureProject(inject('baseUrl'));
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const mapReady = (page: Page) => page.locator('.place-map[data-ready="true"]').waitFor();

describe('an organisation’s profile', () => {
  it('shows name, sectors, competences, place on a map, projects and closest collaborators, at both widths', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await openPage(browser, width, 'en-GB');
      await page.goto(`/organizations/${ids.coordinator}`);
      await page.locator('h1', { hasText: 'Universität Greifswald' }).waitFor();
      expect(await page.getByRole('list', { name: 'Sectors' }).locator('li').count()).toBeGreaterThan(0);
      await mapReady(page);
      expect(await page.locator('.place-map').getAttribute('data-markers')).toBe('1');
      const projects = page.locator('section:has(#projects)');
      expect(await projects.getByRole('link', { name: new RegExp(ACRONYM) }).count()).toBe(1);
      expect(await projects.textContent()).toMatch(/1 Jan 2023 – 31 Dec 2026 · HORIZON · Coordinator · EU contribution: €1\.2m · 3 organisations in the consortium/);
      const collaborators = page.locator('section:has(#collaborators) li');
      expect(await collaborators.count()).toBeGreaterThanOrEqual(2);
      expect(await collaborators.first().textContent()).toMatch(/\d+ joint projects?/);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'organization');
      await page.context().close();
    }
  });

  it('follows a collaborator to its profile and speaks Danish with dates and money in Danish', async () => {
    const page = await openPage(browser, 'laptop', 'da-DK');
    await page.goto(`/organizations/${ids.coordinator}`);
    await page.locator('section:has(#collaborators) a', { hasText: 'Leibniz-Institut' }).click();
    await page.waitForURL(`**/organizations/${ids.partner}`);
    await page.locator('h2', { hasText: 'Tætteste samarbejdspartnere' }).waitFor();
    expect(await page.locator('section:has(#projects)').textContent()).toMatch(/1\. jan\. 2023 – 31\. dec\. 2026 · HORIZON · Partner · EU-tilskud: 800\st\s€/);
    await page.context().close();
  });

  it('lists similar organisations and likely partners with reasons once they scroll into view, and links to the partner search', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await openPage(browser, width, width === 'laptop' ? 'en-GB' : 'de-DE');
      const listed: string[] = [];
      page.on('request', (r) => /\/(similar|likely-partners)\?/.test(r.url()) && listed.push(r.url()));
      await page.goto(`/organizations/${ids.coordinator}`);
      await page.locator('h1', { hasText: 'Universität Greifswald' }).waitFor();
      await mapReady(page);
      // Below the fold on a phone: nothing asked until the reader gets there.
      if (width === 'phone') expect(listed).toEqual([]);
      for (const list of ['similar', 'likely-partners']) {
        const section = page.locator(`[data-match-list="${list}"]`);
        await section.scrollIntoViewIfNeeded();
        await section.locator('li a').first().waitFor({ timeout: 30_000 });
        const items = section.locator('.partners-profile-list > li');
        expect(await items.count()).toBeGreaterThan(0);
        expect(await items.count()).toBeLessThanOrEqual(5);
        expect(await items.allTextContents()).not.toContain('Universität Greifswald');
        const reasons = await section.locator('.partners-reasons li').allTextContents();
        expect(reasons.length).toBeGreaterThan(0);
        expect(reasons.join(' ')).toMatch(width === 'laptop' ? /Works on |Took part in |Has worked with / : /Arbeitet zu |Beteiligt an |Hat mit /);
      }
      expect(listed).toHaveLength(2);
      if (width === 'laptop') {
        expect(await page.locator('[data-match-list="similar"] h2').textContent()).toBe('Similar organisations');
        expect(await page.locator('[data-match-list="likely-partners"] h2').textContent()).toBe('Likely partners');
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, 'organization-matches');
        await page.locator('.profile-actions').getByRole('link', { name: 'Find partners for this organisation' }).click();
        await page.waitForURL(`**/partners?requester=${ids.coordinator}`);
        await page.locator('#partners-requester[role="combobox"]').waitFor();
        await expect.poll(() => page.locator('#partners-requester').inputValue()).toBe('Universität Greifswald');
      }
      await page.context().close();
    }
  });

  it('answers an unknown or malformed organisation with a not-found page', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/organizations/00000000-0000-4000-8000-000000000000');
    await page.locator('h1', { hasText: 'This page does not exist.' }).waitFor();
    await page.goto('/organizations/not-an-id');
    await page.locator('h1', { hasText: 'This page does not exist.' }).waitFor();
    await page.context().close();
  });
});

describe('a project’s page', () => {
  it('shows its facts and its consortium as a table and on a map with the coordinator highlighted, at both widths', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await openPage(browser, width, 'en-GB');
      await page.goto(`/projects/${ids.project}`);
      await page.locator('h1', { hasText: ACRONYM }).waitFor();
      const rows = page.getByRole('region', { name: 'Partners of the consortium' }).locator('tbody tr');
      expect(await rows.count()).toBe(3);
      expect(await rows.first().getAttribute('data-role')).toBe('coordinator');
      expect(await rows.first().textContent()).toContain('Universität Greifswald');
      await mapReady(page);
      expect(await page.locator('.place-map').getAttribute('data-markers')).toBe('3');
      expect(await page.locator('.profile-facts').textContent()).toContain('1 Jan 2023 – 31 Dec 2026');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'project');
      await page.context().close();
    }
  });
});
