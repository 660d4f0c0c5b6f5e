// Shared browser plumbing: launch Debian's Chromium headless, open pages at phone and laptop width, screenshots, axe.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const WIDTHS = { phone: { width: 390, height: 844 }, laptop: { width: 1440, height: 900 } } as const;
export type Width = keyof typeof WIDTHS;

const SCREENSHOT_DIR = 'test-results/screenshots';

/** Launches Chromium with the flags this machine needs (no sandbox as root, no background network). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/** Opens a fresh context (own cookies and storage) at a width, in a language. */
export async function openPage(browser: Browser, width: Width = 'laptop', locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ viewport: WIDTHS[width], locale, baseURL: inject('baseUrl') });
  const page = await context.newPage();
  page.on('pageerror', (err) => {
    throw err;
  });
  return page;
}

/** The demo ecosystem's accounts (README: "Demo accounts"). */
export const DEMO_USERS = {
  admin: { email: 'admin@example.org', password: 'klynge-admin-demo' },
  manager: { email: 'manager@example.org', password: 'klynge-manager-demo' },
  editor: { email: 'editor@example.org', password: 'klynge-editor-demo' },
} as const;
export type Credentials = { email: string; password: string };

/** Signs an API client in; a page of the same browser context shares the session. */
export async function signIn(request: APIRequestContext, who: Credentials): Promise<void> {
  const res = await request.post('/api/v1/auth/login', { data: who, headers: { origin: inject('baseUrl') } });
  expect(res.status()).toBe(200);
}

/** Signs in through the sign-in form, as a person does, and waits until the app has returned to `next`. */
export async function signInWithForm(page: Page, who: Credentials, next: string): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === new URL(next, 'http://x').pathname);
}

/** Opens a fresh page signed in as `who`, or anonymous for null. */
export async function pageAs(browser: Browser, who: Credentials | null, width: Width = 'laptop', locale = 'en-GB'): Promise<Page> {
  const page = await openPage(browser, width, locale);
  if (who) await signIn(page.context().request, who);
  return page;
}

/**
 * Saves a full-page screenshot from the top (a sticky header would otherwise sit where the page was scrolled to)
 * under test-results/screenshots/NAME-WIDTH.png; with `parts`, also its first two screens, which are readable at once
 * where a long page is not.
 */
export async function screenshot(page: Page, name: string, { parts = false } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  const { width: w, height: h } = page.viewportSize()!;
  const width = w === WIDTHS.phone.width ? 'phone' : 'laptop';
  const path = `${SCREENSHOT_DIR}/${name}-${width}.png`;
  await page.screenshot({ path, fullPage: true });
  if (parts) for (const [i, y] of [0, h].entries()) await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-${width}-part${i + 1}.png`, fullPage: true, clip: { x: 0, y, width: w, height: h } });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA rules) in the page and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<Array<{ id: string; help: string; nodes: string[] }>> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
