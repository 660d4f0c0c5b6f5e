// The network page: the demo's collaboration graph draws, a click on a node opens its profile, the lists link, scope in the URL.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

// The demo ecosystem has no projects yet, so without joint projects its network would be empty: until it has
// some, the test adds a few as the demo admin (cross-border, so that bridges exist), named as test data.
const JOINT_PROJECTS = [
  ['Danmarks Tekniske Universitet', 'Københavns Universitet', 'Aarhus Universitet', 'Universität Greifswald'],
  ['Københavns Universitet', 'Region Hovedstaden', 'Øresund Peptide Labs ApS (Demo)'],
  ['Syddansk Universitet', 'Odense Rehab Wearables ApS (Demo)', 'Teknologisk Institut', 'Welfare Tech'],
  ['Aarhus Universitet', 'Aros Bioinformatik ApS (Demo)', 'Danmarks Tekniske Universitet'],
  ['Aalborg Universitet', 'Limfjord Monitoring ApS (Demo)', 'Region Nordjylland', 'Teknologisk Institut'],
  ['Danmarks Tekniske Universitet', 'Teknologisk Institut', 'Syddansk Universitet', 'Universitätsmedizin Rostock'],
];

async function ensureJointProjects(base: string): Promise<void> {
  const network = (await (await fetch(`${base}/api/v1/atlas/network?region=DK`)).json()) as { nodes: unknown[] };
  if (network.nodes.length >= 3) return;
  const headers = { 'content-type': 'application/json', origin: base };
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers, body: JSON.stringify({ email: 'admin@example.org', password: 'klynge-admin-demo' }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const ids = new Map<string, string>();
  for (const country of ['DK', 'DE']) {
    const page = (await (await fetch(`${base}/api/v1/organizations?country=${country}&limit=100`)).json()) as { items: Array<{ id: string; name: string }> };
    for (const o of page.items) ids.set(o.name, o.id);
  }
  for (const [i, members] of JOINT_PROJECTS.entries()) {
    const participants = members.map((name, position) => ({ organizationId: ids.get(name)!, role: position === 0 ? 'coordinator' : 'participant' }));
    const res = await fetch(`${base}/api/v1/projects`, {
      method: 'POST',
      headers: { ...headers, cookie },
      body: JSON.stringify({ title: `Browser-test joint project ${i + 1}`, acronym: `E2E-NET-${i + 1}`, participants }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
}

/** Waits until the graph is drawn and returns how many organisations it shows. */
async function drawnNodes(page: Page): Promise<number> {
  const canvas = page.locator('[data-network][data-ready="true"]');
  await canvas.waitFor({ timeout: 30_000 });
  return Number(await canvas.getAttribute('data-nodes'));
}

let browser: Browser;
beforeAll(async () => {
  await ensureJointProjects(inject('baseUrl'));
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('the network page', () => {
  it('draws the network of a region with its legend, top actors and bridges, without serious accessibility violations', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/network?region=DK');
    expect(await drawnNodes(page)).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Collaboration network');
    expect(await page.locator('[data-list="top"] a').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-list="bridges"] a').count()).toBeGreaterThan(0);
    expect(await page.getByText(/^Community around /).count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'network');
    await page.context().close();
  });

  it('opens the profile of an organisation clicked in the canvas', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/network?region=DK');
    await drawnNodes(page);
    // The largest node's place on screen, from the sigma instance the page hangs on the canvas container.
    const target = await page.evaluate(() => {
      type Display = { x: number; y: number; size: number };
      const container = document.querySelector('[data-network]') as HTMLElement & {
        sigma: { getGraph(): { nodes(): string[] }; getNodeDisplayData(n: string): Display; framedGraphToViewport(p: Display): { x: number; y: number } };
      };
      const sigma = container.sigma;
      const id = sigma.getGraph().nodes().reduce((best, n) => (sigma.getNodeDisplayData(n).size > sigma.getNodeDisplayData(best).size ? n : best));
      return { id, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(id)) };
    });
    const box = (await page.locator('[data-network]').boundingBox())!;
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await page.waitForURL(`**/organizations/${target.id}`);
    await page.context().close();
  });

  it('links the top actors of the list alternative to their profiles', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/network?region=DK');
    await drawnNodes(page);
    const first = page.locator('[data-list="top"] a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    await page.context().close();
  });

  it('keeps the scope in the URL and adds the partners outside it on request', async () => {
    const page = await openPage(browser, 'laptop', 'en-GB');
    await page.goto('/network?region=DK');
    const inside = await drawnNodes(page);
    await page.getByLabel('Include partners outside the scope').check();
    await page.waitForURL(/partners=true/);
    const more = await page.waitForFunction((before) => {
      const canvas = document.querySelector<HTMLElement>('[data-network]');
      return canvas?.dataset.ready === 'true' && Number(canvas.dataset.nodes) > before && Number(canvas.dataset.nodes);
    }, inside);
    expect(await more.jsonValue()).toBeGreaterThan(inside);
    expect(new URL(page.url()).searchParams.get('region')).toBe('DK');
    await page.context().close();
  });

  it('works on a phone, in Danish', async () => {
    const page = await openPage(browser, 'phone', 'da-DK');
    await page.goto('/network?region=DK&partners=true');
    expect(await drawnNodes(page)).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toBe('Samarbejdsnetværk');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'network');
    await page.context().close();
  });
});
