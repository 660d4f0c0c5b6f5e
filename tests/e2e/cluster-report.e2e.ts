// The funder report end to end: the manager opens BioCon Valley's report, changes the period (presets and a custom
// span, a refused one), sees every figure with its definition in English, German and Danish, and downloads the CSV
// and the PDF; members and visitors see why they cannot.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations } from './browser.ts';

const MANAGER = DEMO_USERS.manager;
const EDITOR = DEMO_USERS.editor;
const CLUSTER = 'biocon-valley';
const FIGURE_KEYS = ['members', 'newMembers', 'smeMembers', 'projectsInitiated', 'projectPartners', 'consortiaFromMatches', 'workshopsHeld', 'workshopParticipants',
  'workshopAttendances', 'eventsHeld', 'meetingsHeld', 'smesGuided', 'fundingWon', 'fundingApplied', 'startupsFounded', 'youngStartups', 'ideasContributed'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** Waits for the figures of the URL's period. */
const ready = (page: Page) => page.locator('.report[data-ready="true"]').waitFor({ timeout: 30_000 });
const value = (page: Page, key: string) => page.locator(`[data-figure="${key}"] .report-value`).getAttribute('data-value');

type ApiReport = { period: { from: string; to: string }; figures: Array<{ key: string; total: number; definition: Record<string, string> }> };
async function apiReport(page: Page, from: string, to: string): Promise<ApiReport> {
  const res = await page.context().request.get(`/api/v1/clusters/${CLUSTER}/report?from=${from}&to=${to}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ApiReport;
}

describe('the funder report', () => {
  it('shows the manager every figure with its definition beside it, as the API counts it', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/clusters/${CLUSTER}/report`);
    await page.getByRole('heading', { name: 'Funder report', level: 1 }).waitFor();
    await ready(page);
    expect(await page.locator('[data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')))).toEqual(FIGURE_KEYS);
    const from = await page.getByLabel('Period', { exact: true }).inputValue();
    expect(['thisYear', 'lastYear']).toContain(from);
    const year = new Date().getFullYear();
    const api = await apiReport(page, from === 'thisYear' ? `${year}-01-01` : `${year - 1}-01-01`, from === 'thisYear' ? await todayIn(page) : `${year - 1}-12-31`);
    for (const f of api.figures) {
      expect(await value(page, f.key), f.key).toBe(String(f.total));
      expect(await page.locator(`[data-figure="${f.key}"] .report-definition`).textContent()).toBe(`Definition: ${f.definition.en}`);
    }
    expect(Number(await value(page, 'members'))).toBeGreaterThan(5);
    expect(await page.locator('[data-figure="members"] svg[role="img"] .report-column').count()).toBeGreaterThan(1);
    expect(await page.locator('table[data-table="series"] tbody tr').count()).toBe(FIGURE_KEYS.length);
    expect(await page.locator('table[data-table="themes"] tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'cluster-report-manager', { parts: true });
  });

  it('changes the period by preset and by custom days, and names the field of a refused period', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/clusters/${CLUSTER}/report`);
    await ready(page);
    const year = new Date().getFullYear() - 1;
    await page.getByLabel('Period', { exact: true }).selectOption('lastYear');
    await page.waitForURL(new RegExp(`from=${year}-01-01&to=${year}-12-31`));
    await ready(page);
    const lastYear = await apiReport(page, `${year}-01-01`, `${year}-12-31`);
    const meetings = lastYear.figures.find((f) => f.key === 'meetingsHeld')!.total;
    expect(meetings).toBeGreaterThan(0); // the demo's partnering day of last year
    // The demo's history of the last year and a half gives every figure of last year a value, and the page shows it.
    for (const f of lastYear.figures) {
      expect(f.total, f.key).toBeGreaterThan(0);
      expect(await value(page, f.key), f.key).toBe(String(f.total));
    }
    await screenshot(page, 'cluster-report-last-year', { parts: true });
    const phone = await pageAs(browser, MANAGER, 'phone');
    await phone.goto(page.url());
    await ready(phone);
    expect(await value(phone, 'workshopsHeld')).toBe(String(lastYear.figures.find((f) => f.key === 'workshopsHeld')!.total));
    await screenshot(phone, 'cluster-report-last-year', { parts: true });
    await phone.context().close();
    expect(await page.locator('table[data-table="series"] thead th').count()).toBe(13);

    await page.getByLabel('Time series by').selectOption('quarter');
    await page.waitForURL(/interval=quarter/);
    await ready(page);
    expect(await page.locator('table[data-table="series"] thead th').allTextContents()).toEqual(['Figure', `Q1 ${year}`, `Q2 ${year}`, `Q3 ${year}`, `Q4 ${year}`]);

    await page.getByLabel('Period', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill(`${year}-07-01`);
    await page.getByLabel('To', { exact: true }).fill(`${year}-09-30`);
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(new RegExp(`from=${year}-07-01&to=${year}-09-30`));
    await ready(page);
    expect(await value(page, 'meetingsHeld')).toBe(String(meetings)); // the partnering day is in September
    expect(await page.locator('.report-summary').textContent()).toMatch(new RegExp(`^1 Jul ${year} to 30 Sept? ${year} · time series by quarter`));

    await page.getByLabel('From', { exact: true }).fill(`${year}-10-01`);
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.getByText('must be on or after from').waitFor();
    expect(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  for (const [locale, lang, heading, definition] of [
    ['de-DE', 'de', 'Bericht an Fördergeber', 'Definition: Organisationen mit einer am letzten Tag des Zeitraums gültigen Mitgliedschaft'],
    ['da-DK', 'da', 'Rapport til bevillingsgivere', 'Definition: Organisationer med et medlemskab, der gælder på periodens sidste dag'],
    ['en-GB', 'en', 'Funder report', 'Definition: Organisations with a membership in force on the last day of the period'],
  ] as const) {
    it(`speaks ${lang} at phone and laptop width`, async () => {
      for (const width of ['laptop', 'phone'] as const) {
        const page = await pageAs(browser, MANAGER, width, locale);
        await page.goto(`/clusters/${CLUSTER}/report`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await ready(page);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        expect(await page.locator('[data-figure="members"] .report-definition').textContent()).toMatch(new RegExp(`^${definition}`));
        expect(await page.locator('[data-download="pdf"]').getAttribute('href')).toContain(`lang=${lang}`);
        // Nothing wider than the screen but the tables, which scroll in their own region.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, lang, { parts: true });
        await page.context().close();
      }
    });
  }

  it('downloads the CSV with every figure per period and its definition, and the PDF', async () => {
    const page = await pageAs(browser, MANAGER);
    const year = new Date().getFullYear() - 1;
    await page.goto(`/clusters/${CLUSTER}/report?from=${year}-01-01&to=${year}-12-31&interval=quarter`);
    await ready(page);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe(`report-${CLUSTER}-${year}-01-01-${year}-12-31.csv`);
    const text = readFileSync((await csv.path())!, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('cluster,figure,title,row,part,from,to,value,unit,definition');
    const meetings = lines.filter((l) => l.startsWith(`${CLUSTER},meetingsHeld,One-to-one meetings held,`));
    expect(meetings).toHaveLength(5);
    expect(meetings[0]).toContain(`,period,,${year}-01-01,${year}-12-31,`);
    expect(meetings[3]).toContain(`,quarter,,${year}-07-01,${year}-09-30,`);
    expect(text).toContain('Meetings of the cluster\'s partnering events placed in the published schedule');
    for (const key of FIGURE_KEYS) expect(lines.filter((l) => l.startsWith(`${CLUSTER},${key},`)).length, key).toBeGreaterThanOrEqual(5);

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="pdf"]').click()]);
    expect(pdf.suggestedFilename()).toBe(`report-${CLUSTER}-${year}-01-01-${year}-12-31.pdf`);
    const bytes = readFileSync((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);
    const res = await page.context().request.get((await page.locator('[data-download="pdf"]').getAttribute('href'))!);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).length).toBe(bytes.length);
  });

  it('tells a member that only managers see the report, and a visitor to sign in', async () => {
    const member = await pageAs(browser, EDITOR);
    await member.goto(`/clusters/${CLUSTER}/report`);
    await member.getByText('Only the managers of this cluster see its funder report.').waitFor();
    expect((await member.context().request.get(`/api/v1/clusters/${CLUSTER}/report?from=2025-01-01&to=2025-12-31`)).status()).toBe(403);
    const visitor = await pageAs(browser, null);
    await visitor.goto(`/clusters/${CLUSTER}/report`);
    await visitor.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(await seriousAccessibilityViolations(visitor)).toEqual([]);
  });
});

/** Today in the browser's calendar, as the page computes "this year". */
function todayIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}
