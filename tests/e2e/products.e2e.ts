// Products in the browser: the demo editor opens a demo product, ticks its checklist with evidence, picks an EMDN
// code, exports the plan, adds and deletes a product; the demo manager sees the counts; German and Danish, phone and laptop.
import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations, signIn } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const RYCK = 'Ryck Plasma Care GmbH (Demo)';
const PEN = 'Ryck Plasma Pen';
const PAD = 'Ryck Absorb sterile foam pad';

type Entry = { status: string; evidence: Array<{ url: string; label?: string }>; note: string };
type Item = Entry & { id: string; applies: boolean };
type Detail = {
  id: string; name: string; class: string; subclasses: string[]; emdn: { id: string; code: string } | null; regulation: string;
  documentationPlan: { sections: Array<{ items: Item[] }>; progress: { done: number } };
};

let browser: Browser;
let ryckId = '';
let bcvId = '';
let pen: Detail;

/** A screenshot of one part of the page, cut from the whole page (an element shot would catch the sticky header). */
async function partScreenshot(page: Page, selector: string, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = (await page.locator(selector).boundingBox())!;
  const width = page.viewportSize()?.width === 390 ? 'phone' : 'laptop';
  await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true, clip: box });
}

const items = (d: Detail) => d.documentationPlan.sections.flatMap((s) => s.items);
const getDetail = async (request: APIRequestContext, id: string) => (await (await request.get(`/api/v1/products/${id}`)).json()) as Detail;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: inject('baseUrl') });
  const found = (await (await context.request.get(`/api/v1/organizations?q=${encodeURIComponent('Ryck Plasma')}`)).json()) as { items: Array<{ id: string; name: string }> };
  ryckId = found.items.find((o) => o.name === RYCK)!.id;
  bcvId = ((await (await context.request.get('/api/v1/clusters/biocon-valley')).json()) as { id: string }).id;
  await signIn(context.request, EDITOR);
  const list = (await (await context.request.get(`/api/v1/organizations/${ryckId}/products`)).json()) as { items: Array<{ id: string; name: string }> };
  const penId = list.items.find((p) => p.name === PEN)?.id;
  if (!penId) throw new Error('the demo products of the demo editor are missing');
  pen = await getDetail(context.request, penId);
  await context.close();
});

afterAll(async () => {
  // Other browser tests share this server: put the demo product back as it was, remove what this test added.
  const context = await browser.newContext({ baseURL: inject('baseUrl'), extraHTTPHeaders: { origin: inject('baseUrl') } });
  await signIn(context.request, EDITOR);
  const now = await getDetail(context.request, pen.id);
  const before = new Map(items(pen).map((i) => [i.id, i]));
  for (const item of items(now)) {
    const old = before.get(item.id)!;
    if (item.status === old.status && item.note === old.note && JSON.stringify(item.evidence) === JSON.stringify(old.evidence)) continue;
    await context.request.put(`/api/v1/products/${pen.id}/checklist/${item.id}`, { data: { status: old.status, evidence: old.evidence, note: old.note } });
  }
  await context.request.patch(`/api/v1/products/${pen.id}`, { data: { emdnCode: pen.emdn?.id ?? null } });
  const list = (await (await context.request.get(`/api/v1/organizations/${ryckId}/products`)).json()) as { items: Array<{ id: string; name: string }> };
  for (const p of list.items.filter((x) => x.name.startsWith('E2E '))) await context.request.delete(`/api/v1/products/${p.id}`);
  await context.close();
  await browser.close();
});

describe('an organisation’s products', () => {
  it('leads the editor from the organisation page to the products list and a product with its class and reasons', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(`/organizations/${ryckId}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Products', exact: true }) });
    await section.getByRole('link', { name: PEN }).waitFor();
    // The list answer holds each product's checklist progress: no product is asked for on its own.
    const productRequests: string[] = [];
    page.on('request', (r) => {
      if (/^\/api\/v1\/products\/[^/]+$/.test(new URL(r.url()).pathname)) productRequests.push(r.url());
    });
    await section.getByRole('link', { name: 'Products and their classification' }).click();
    await page.getByRole('heading', { level: 1, name: `Products of ${RYCK}` }).waitFor();
    const padRow = page.locator('tr', { has: page.getByRole('link', { name: PAD }) });
    expect(await padRow.locator('.product-class [aria-hidden="true"]').innerText()).toBe('Is');
    expect(await padRow.locator('.product-class').textContent()).toBe('Class IsIs');
    expect(await padRow.locator('td').nth(2).innerText()).toContain('M04040601');
    const penRow = page.locator('tr', { has: page.getByRole('link', { name: PEN }) });
    await expect.poll(() => penRow.locator('.product-progress-text').count()).toBe(1);
    expect(await penRow.locator('.product-progress-text').innerText()).toMatch(new RegExp(`^${pen.documentationPlan.progress.done} of \\d+ done`));
    expect(productRequests).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'products-list');

    await penRow.getByRole('link', { name: PEN }).click();
    await page.getByRole('heading', { level: 1, name: PEN }).waitFor();
    const cls = `${pen.class}${pen.subclasses.join('')}`;
    expect(await page.locator('.product-verdict-class').innerText()).toBe(`Class ${cls} under the MDR`);
    expect(await page.locator('.product-verdict-rule').innerText()).toMatch(/^Decided by Rule \d+: /);
    // Every applying rule with its reason and the quoted sentence of the regulation.
    const rules = page.locator('#why .regulatory-rules > li');
    expect(await rules.count()).toBeGreaterThan(0);
    for (const rule of await rules.all()) {
      expect(await rule.locator('blockquote').innerText()).not.toBe('');
      expect(await rule.locator('cite').innerText()).toMatch(/^MDR Annex VIII/);
    }
    expect(await page.locator('#route .product-options > li').count()).toBeGreaterThan(0);
    expect(await page.locator('#route [data-obligation]').count()).toBeGreaterThan(3);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'product');
    await page.context().close();
  });

  it('ticks checklist items and adds an evidence link, kept after a reload, and filters the open items', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(`/products/${pen.id}`);
    const open = page.locator('#plan .product-item[data-status="open"]');
    await open.first().waitFor();
    const [first, second] = await Promise.all([open.nth(0).getAttribute('data-item'), open.nth(1).getAttribute('data-item')]);
    const item = (id: string | null) => page.locator(`#plan .product-item[data-item="${id}"]`);

    await item(first).getByLabel(/^Status/).selectOption('done');
    await page.getByRole('status').filter({ hasText: ': Done. Saved.' }).waitFor();
    // The second by keyboard alone: focus the status and step down to "Done".
    const status = item(second).getByLabel(/^Status/);
    await status.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => item(second).getAttribute('data-status')).toBe('done');
    await expect.poll(() => page.locator('#plan-progress-label').innerText()).toContain(`${pen.documentationPlan.progress.done + 2} of`);

    await item(first).locator('summary').click();
    const url = item(first).getByLabel('Link to the evidence');
    await url.fill('not a link');
    await item(first).getByRole('button', { name: 'Add the link' }).click();
    expect(await item(first).locator('.field-error').innerText()).toContain('web address');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    await url.fill('https://example.org/e2e/biocompatibility.pdf');
    await item(first).getByLabel('Name of the link (optional)').fill('E2E biocompatibility report');
    await item(first).getByRole('button', { name: 'Add the link' }).click();
    await page.getByRole('status').filter({ hasText: 'link added' }).waitFor();
    await item(first).getByLabel('Note').fill('Checked in the design review.');
    await item(first).getByRole('button', { name: 'Save the note' }).click();
    await page.getByRole('status').filter({ hasText: 'note saved' }).waitFor();

    await page.reload();
    await item(first).waitFor();
    expect(await item(first).getAttribute('data-status')).toBe('done');
    expect(await item(second).getAttribute('data-status')).toBe('done');
    expect(await item(first).getByRole('link', { name: 'E2E biocompatibility report' }).getAttribute('href')).toBe('https://example.org/e2e/biocompatibility.pdf');
    expect(await item(first).getByLabel('Note').inputValue()).toBe('Checked in the design review.');
    const saved = items(await getDetail(page.context().request, pen.id)).find((i) => i.id === first)!;
    expect(saved).toMatchObject({ status: 'done', evidence: [{ url: 'https://example.org/e2e/biocompatibility.pdf', label: 'E2E biocompatibility report' }] });

    // Only the open items: the ticked ones leave, and the filter is in the address.
    await partScreenshot(page, '#plan', 'product-plan');
    await page.getByLabel(/^Open items/).check();
    await page.waitForURL(/show=open/);
    expect(await item(first).count()).toBe(0);
    await page.reload();
    await open.first().waitFor();
    expect(await item(second).count()).toBe(0);
    expect(await page.locator('#plan .product-item[data-status="done"]').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('picks an EMDN code from the suggestions for the product’s own words, and browses the tree', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(`/products/${pen.id}`);
    await page.getByText('Choose another EMDN code').click();
    const suggestions = page.locator('.emdn-suggestions > li');
    await suggestions.first().waitFor();
    expect(await suggestions.first().locator('.emdn-trail li').count()).toBeGreaterThan(0);
    const pick = suggestions.filter({ has: page.locator('.emdn-choose:not([disabled])') }).first();
    const code = await pick.getAttribute('data-code');
    await pick.getByRole('button', { name: /^Choose/ }).click();
    await page.getByRole('status').filter({ hasText: `EMDN code ${code} ` }).waitFor();
    expect(await page.locator('.emdn-current').getAttribute('data-code')).toBe(code);
    await page.reload();
    await page.locator(`.emdn-current[data-code="${code}"]`).waitFor();
    expect((await getDetail(page.context().request, pen.id)).emdn?.code).toBe(code);

    // The tree opens level by level; a leaf (Z110205 radioisotope scanners) has nothing to open, only to choose.
    await page.getByText('Choose another EMDN code').click();
    const node = (code: string) => page.locator(`.emdn-roots li[data-code="${code}"]`);
    for (const code of ['Z', 'Z11', 'Z1102']) {
      await node(code).locator('> .emdn-node .emdn-toggle').click();
      expect(await node(code).locator('> .emdn-node .emdn-toggle').getAttribute('aria-expanded')).toBe('true');
    }
    await node('Z110205').waitFor();
    expect(await node('Z110205').locator('.emdn-toggle').count()).toBe(0);
    expect(await node('Z110205').locator('.emdn-choose').count()).toBe(1);
    expect(await node('Z110201').locator('> .emdn-node .emdn-toggle').count()).toBe(1);
    // The search reads words as the suggestions do: "wound dressing" is no substring of any term, yet finds dressings.
    await page.getByLabel('Search terms and codes').fill('wound dressing');
    await page.locator('.emdn-results > li').first().waitFor();
    expect(await page.locator('#emdn-search-status').innerText()).toMatch(/^\d+ codes? found\.$/);
    const terms = await page.locator('.emdn-results > li .emdn-node-label > span[lang="en"]').allInnerTexts();
    expect(terms.slice(0, 5).filter((term) => /DRESSING/.test(term)).length).toBeGreaterThan(0);
    await page.getByLabel('Search terms and codes').fill('Z110205');
    await page.locator('#emdn-search-status', { hasText: /^1 code found\.$/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await partScreenshot(page, '#emdn', 'product-emdn');
    await page.context().close();
  });

  it('downloads the documentation plan as Markdown and as PDF', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(`/products/${pen.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#plan a[data-export="md"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.startsWith('#')).toBe(true);
    expect(markdown).toContain(PEN);
    const md = await page.context().request.get(`/api/v1/products/${pen.id}/documentation-plan.md`);
    expect(md.headers()['content-type']).toMatch(/^text\/markdown/);
    const pdf = await page.context().request.get(`/api/v1/products/${pen.id}/documentation-plan.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.locator('#plan a[data-export="pdf"]').click()]);
    expect(pdfDownload.suggestedFilename()).toMatch(/\.pdf$/);
    expect(readFileSync((await pdfDownload.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });

  it('adds a product, classifies it from a pasted profile and deletes it with confirmation', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(`/organizations/${ryckId}/products`);
    await page.getByRole('button', { name: 'Add and state the device facts' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please correct 1 field' }).waitFor();
    await page.getByLabel('Product name').fill('E2E Plasma Spacer');
    await page.getByLabel('Description').fill('Single-use sterile spacer for the plasma pen.');
    await page.getByRole('button', { name: 'Add and state the device facts' }).click();
    await page.waitForURL(/\/products\/[0-9a-f-]+\?edit=facts$/);
    await page.locator('[data-facts="defaults"]').waitFor();
    await page.locator('.regulatory-question').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await partScreenshot(page, '#facts', 'product-facts-editor');
    await page.getByText('Paste or edit the device profile as JSON').click();
    await page.getByLabel('Device profile (JSON)').fill('{"regulation": "MDR", "invasive": "surgical", "duration": "wrong"}');
    await page.getByRole('button', { name: 'Save this profile' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'duration' }).innerText()).toMatch(/^Not saved: /);
    await page.getByLabel('Device profile (JSON)').fill('{"regulation": "MDR", "invasive": "surgical", "duration": "transient"}');
    await page.getByRole('button', { name: 'Save this profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved. The product is now class IIa.' }).waitFor();
    expect(await page.locator('.product-verdict-class').innerText()).toBe('Class IIa under the MDR');
    expect(await page.locator('[data-facts="defaults"]').count()).toBe(0);

    await page.goto(`/organizations/${ryckId}/products`);
    await page.getByRole('button', { name: 'Delete E2E Plasma Spacer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete the product' }).click();
    await page.getByRole('status').filter({ hasText: '“E2E Plasma Spacer” was deleted.' }).waitFor();
    expect(await page.getByRole('link', { name: 'E2E Plasma Spacer' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('the cluster manager’s regulatory overview', () => {
  it('counts the members’ products per class, route and regulation, and lists each member’s products', async () => {
    const page = await pageAs(browser, MANAGER);
    const overview = (await (await page.context().request.get(`/api/v1/clusters/${bcvId}/regulatory-overview`)).json()) as {
      byClass: Array<{ regulation: string; class: string; products: number }>; totals: { products: number };
    };
    expect(overview.totals.products).toBeGreaterThan(0);
    await page.goto(`/manage/${bcvId}`);
    const section = page.locator('section.manage-regulatory');
    await section.locator('#stats-class').waitFor();
    for (const c of overview.byClass) {
      expect(await section.locator(`#stats-class tr[data-key="${c.regulation}-${c.class}"] .stats-value`).innerText()).toBe(String(c.products));
    }
    const ryck = section.locator('.stats-members > li', { has: page.getByRole('link', { name: RYCK }) });
    await ryck.getByRole('link', { name: PEN }).click();
    await page.getByRole('heading', { level: 1, name: PEN }).waitFor();
    await page.context().close();
  });
});

describe('in German and Danish, on a phone and a laptop', () => {
  for (const [locale, lang, texts] of [
    ['de-DE', 'de', { cls: 'nach der MDR', plan: 'Dokumentationsplan', manage: 'Regulatorische Übersicht: MDR- und IVDR-Produkte im Cluster' }],
    ['da-DK', 'da', { cls: 'efter MDR', plan: 'Dokumentationsplan', manage: 'Regulatorisk overblik: klyngens MDR- og IVDR-produkter' }],
  ] as const) {
    for (const width of ['phone', 'laptop'] as const) {
      it(`shows the product, the list and the manager's counts in ${lang} at ${width} width, accessibly`, async () => {
        const page = await pageAs(browser, EDITOR, width, locale);
        await page.goto(`/products/${pen.id}`);
        await page.locator('.product-verdict-class', { hasText: texts.cls }).waitFor();
        expect(await page.locator('#plan-title').innerText()).toBe(texts.plan);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        // Every plan item's title and reason, the route and the obligations are in the page language, none left English.
        await page.locator('.product-why').first().waitFor();
        expect(await page.locator('.product-why').count()).toBeGreaterThan(20);
        expect(await page.locator('.product-why [lang="en"], #plan-title ~ * h3 [lang="en"]').allInnerTexts()).toEqual([]);
        expect(await page.locator('#route [lang="en"]:not(blockquote, blockquote *)').allInnerTexts()).toEqual([]);
        expect(await page.locator('#route summary cite').first().innerText()).toMatch(lang === 'de' ? /^MDR Art\. \d+ Abs\. \d+/ : /^MDR art\. \d+, stk\. \d+/);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `product-${lang}`);
        await page.goto(`/organizations/${ryckId}/products`);
        await page.locator('tr', { hasText: PEN }).locator('.product-progress-text').waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `products-list-${lang}`);
        await page.context().close();

        const manager = await pageAs(browser, MANAGER, width, locale);
        await manager.goto(`/manage/${bcvId}`);
        await manager.getByRole('heading', { name: texts.manage }).waitFor();
        await manager.locator('#stats-class').waitFor();
        expect(await seriousAccessibilityViolations(manager)).toEqual([]);
        await partScreenshot(manager, 'section.manage-regulatory', `products-manage-${lang}`);
        await manager.context().close();
      });
    }
  }
});
