// The partner search on the demo ecosystem: a German idea with a requester, filters, validation, map, network, keyboard.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkRules, type Consortium } from '../../web/src/pages/partners-consortium-data.ts';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations } from './browser.ts';

const IDEA = 'Wundheilung mit kaltem Atmosphärendruckplasma: chronische Wunden wie das diabetische Fußsyndrom behandeln.';
const REQUESTER = 'Universität Greifswald';

let browser: Browser;
let requesterId: string;
beforeAll(async () => {
  const orgs = (await (await fetch(`${inject('baseUrl')}/api/v1/organizations?limit=100`)).json()) as { items: Array<{ id: string; name: string }> };
  requesterId = orgs.items.find((o) => o.name === REQUESTER)!.id;
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const cards = (page: Page) => page.locator('.partners-card');
const requesterField = (page: Page) => page.locator('#partners-requester[role="combobox"]');

/** Waits for a search to finish and returns the number of result cards. */
async function results(page: Page): Promise<number> {
  await page.locator('#partners-status[data-loading="false"] .partners-summary').waitFor({ timeout: 30_000 });
  return cards(page).count();
}

/** The partner page at 1280 px (the brief's laptop width), in a language. */
async function laptop(locale: string): Promise<Page> {
  const page = await openPage(browser, 'laptop', locale);
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

/** Picks the requester in the combobox by typing and the keyboard. */
async function pickRequester(page: Page, typed: string, name: string) {
  const field = requesterField(page);
  await field.fill(typed);
  await page.locator('.partners-option', { hasText: name }).first().waitFor();
  for (let i = 0; i < 10; i++) {
    await field.press('ArrowDown');
    if ((await page.locator('.partners-option.active span').first().textContent()) === name) break;
  }
  await field.press('Enter');
  expect(await field.inputValue()).toBe(name);
}

describe('the partner search', () => {
  it('answers a German idea with a requester with ranked partners and German reasons, kept in the URL', async () => {
    const page = await laptop('de-DE');
    await page.goto('/partners');
    await page.locator('h1', { hasText: 'Partner finden' }).waitFor();
    expect(await page.locator('.partners-examples li').count()).toBe(3);
    await page.getByLabel('Beschreiben Sie Ihre Idee').fill(IDEA);
    expect(await page.locator('#partners-text-counter').textContent()).toBe(`${IDEA.length} von 20.000 Zeichen`);
    await pickRequester(page, 'Greifswald', REQUESTER);
    await page.getByRole('button', { name: 'Partner finden' }).click();
    expect(await results(page)).toBeGreaterThan(3);
    expect(page.url()).toContain(`requester=${requesterId}`);
    expect(decodeURIComponent(page.url())).toContain('Atmosphärendruckplasma');
    expect(await page.locator('.partners-summary').textContent()).toMatch(/^\d+ Partner für Universität Greifswald vorgeschlagen\.$/);
    expect(await page.locator('#partners-status').textContent()).toContain('als Deutsch gelesen');
    // Every card has reasons, worded in German from the data (not the API's English).
    for (const card of await cards(page).all()) expect(await card.locator('.partners-reasons li').count()).toBeGreaterThan(0);
    const reasons = await page.locator('.partners-reasons').allTextContents();
    expect(reasons.join(' ')).toMatch(/Arbeitet zu |gemeinsame[s]? Projekt/);
    expect(reasons.join(' ')).not.toMatch(/works on|joint project/);
    expect(await page.locator('.partners-card [data-reason="topics"]').count()).toBeGreaterThan(0);
    // The topics are the idea's own words, quoted, not the English words it was matched through.
    const topics = (await page.locator('.partners-card [data-reason="topics"]').allTextContents()).join(' ');
    expect(topics).toMatch(/„(Wundheilung|kaltem|Atmosphärendruckplasma|chronische|Wunden|diabetische|Fußsyndrom|behandeln)“/);
    expect(topics).not.toMatch(/\b(wounds?|healing|cold|chronic|diabetic|foot|treat)\b/);
    expect(await cards(page).allTextContents()).not.toContain(REQUESTER);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'partners');

    // The link is shareable: opened afresh it shows the same search and the same first partner.
    const first = await cards(page).first().getAttribute('data-org');
    const again = await openPage(browser, 'laptop', 'de-DE');
    await again.goto(page.url());
    expect(await results(again)).toBeGreaterThan(3);
    expect(await cards(again).first().getAttribute('data-org')).toBe(first);
    expect(await requesterField(again).inputValue()).toBe(REQUESTER);
    await again.context().close();
    await page.context().close();
  });

  it('narrows the results with the kind of partner and the countries, and the back button undoes it', async () => {
    const page = await laptop('en-GB');
    await page.goto(`/partners?q=${encodeURIComponent(IDEA)}`);
    const all = await results(page);
    await page.getByText('Filters and options').click();
    await page.getByLabel('Kind of partner').selectOption('company');
    await page.getByRole('button', { name: 'Find partners' }).click();
    await page.waitForURL(/kind=company/);
    const companies = await results(page);
    expect(companies).toBeGreaterThan(0);
    expect(companies).toBeLessThanOrEqual(all);
    for (const meta of await page.locator('.partners-meta').allTextContents()) expect(meta).toMatch(/^Company · /);

    await page.getByLabel('Countries or regions').fill('dk');
    expect(await page.locator('#partners-regions-hint').textContent()).toBe('Denmark');
    await page.getByLabel('Countries or regions').press('Enter');
    await page.waitForURL(/regions=dk/);
    expect(await results(page)).toBeGreaterThan(0);
    for (const meta of await page.locator('.partners-meta').allTextContents()) expect(meta).toMatch(/^Company · .*Denmark/);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('regions='));
    // The form follows the URL once the page has re-rendered: wait for it rather than read it at once.
    await expect.poll(() => page.getByLabel('Countries or regions').inputValue()).toBe('');
    await expect.poll(() => results(page)).toBe(companies);
    await page.context().close();
  });

  it('says what is wrong next to the field: an empty idea here, an unknown requester from the server', async () => {
    const page = await laptop('en-GB');
    await page.goto('/partners');
    await page.getByRole('button', { name: 'Find partners' }).click();
    const text = page.getByLabel('Describe your idea, need or call topic');
    expect(await page.locator('#partners-text-error').textContent()).toBe('Please describe your idea first.');
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await text.getAttribute('aria-describedby')).toContain('partners-text-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('partners-text');
    expect(new URL(page.url()).search).toBe('');

    // A requester nobody can see: the API answers 422 naming requesterId, shown at the requester field.
    await page.goto(`/partners?q=plasma&requester=00000000-0000-4000-8000-000000000000`);
    const error = page.locator('#partners-requester-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/no organisation you can see has this id/);
    expect(await requesterField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await cards(page).count()).toBe(0);
    await page.context().close();
  });

  it('says that it is searching, and offers to try again when the search fails', async () => {
    const page = await laptop('en-GB');
    let calls = 0;
    await page.route('**/api/v1/match/partners', async (route) => {
      calls += 1;
      if (calls === 1) return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"Internal error"}}' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      return route.continue();
    });
    await page.goto(`/partners?q=${encodeURIComponent(IDEA)}&k=10`);
    await page.locator('.partners-failure', { hasText: 'The search failed: Internal error' }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('#partners-status[data-loading="true"]', { hasText: 'Looking for partners…' }).waitFor();
    expect(await page.locator('.partners-answer').getAttribute('aria-busy')).toBe('true');
    const count = await results(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(10);
    expect(await page.getByLabel('Number of results').inputValue()).toBe('10');
    expect(await page.locator('.partners-failure').count()).toBe(0);
    await page.context().close();
  });

  it('shows the partners on a map and as a network around the requester, at both widths', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = width === 'laptop' ? await laptop('en-GB') : await openPage(browser, 'phone', 'en-GB');
      await page.goto(`/partners?q=${encodeURIComponent(IDEA)}&requester=${requesterId}`);
      const count = await results(page);
      await page.getByRole('tab', { name: 'Map' }).click();
      const map = page.locator('[data-partners-map][data-ready="true"]');
      await map.waitFor({ timeout: 30_000 });
      const markers = Number(await map.getAttribute('data-markers'));
      expect(markers).toBe(count + 1); // every demo organisation has a place, plus the requester's star
      expect(await page.locator('.partners-marker').count()).toBe(markers);
      expect(await page.locator('.partners-marker-requester').getAttribute('aria-label')).toBe(`Your organisation: ${REQUESTER}`);
      await page.locator('.partners-marker-result').first().click();
      await page.locator('.partners-popup .partners-reasons li').first().waitFor();
      // Leaflet fades popups in; axe would measure the contrast of half-transparent text.
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-popup')!).opacity === '1');
      expect(page.url()).toContain('view=map');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'partners-map');

      await page.getByRole('tab', { name: 'Network' }).click();
      const network = page.locator('[data-network][data-ready="true"]');
      await network.waitFor({ timeout: 30_000 });
      expect(Number(await network.getAttribute('data-nodes'))).toBe(count + 1);
      expect(await network.locator('canvas').count()).toBeGreaterThan(0);
      const links = page.locator('.partners-links li');
      expect(await links.count()).toBeGreaterThan(0);
      expect(await links.first().textContent()).toMatch(new RegExp(`${REQUESTER}.*\\d+ joint projects?`));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'partners-network');
      if (width === 'phone') {
        await page.getByRole('tab', { name: 'List' }).click();
        await screenshot(page, 'partners');
      }
      await page.context().close();
    }
  });

  it('works from the keyboard alone: idea, requester, options, search and the views', async () => {
    const page = await laptop('en-GB');
    await page.goto('/partners');
    await page.locator('h1').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || '');
    for (let i = 0; i < 30 && (await focused()) !== 'partners-text'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('partners-text');
    await page.keyboard.type('Telemedizin und eine App für Menschen mit Diabetes');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('partners-requester');
    await page.keyboard.type('Greifswald');
    await page.locator('.partners-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('.partners-option.active span').first().textContent();
    expect(await requesterField(page).getAttribute('aria-activedescendant')).toBe('partners-requester-list-0');
    await page.keyboard.press('Enter'); // chooses, does not submit
    expect(await requesterField(page).inputValue()).toBe(active);
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('Tab'); // the remove button
    await page.keyboard.press('Tab'); // the folded options
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('partners-regions');
    await page.keyboard.type('DE');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('partners-kind');
    await page.keyboard.press('ArrowDown'); // Company
    await page.locator('#partners-regions').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/kind=company/);
    expect(await results(page)).toBeGreaterThan(0);
    for (const meta of await page.locator('.partners-meta').allTextContents()) expect(meta).toMatch(/^Company · .*Germany/);
    await page.getByRole('tab', { name: 'List' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true');
    expect(await focused()).toBe('partners-tab-map');
    await page.locator('[data-partners-map][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('partners-tab-network');
    await page.context().close();
  });

  it('builds a consortium by the call’s rules, swaps in an alternative, checks the rules again and downloads it', async () => {
    const page = await laptop('en-GB');
    await page.goto(`/partners?q=${encodeURIComponent(IDEA)}`);
    await results(page);
    await page.getByRole('tab', { name: 'Consortium' }).click();
    expect(await page.locator('.consortium .notice').textContent()).toMatch(/Choose your organisation in the form first/);

    await page.goto(`/partners?q=${encodeURIComponent(IDEA)}&requester=${requesterId}&view=consortium`);
    const status = page.locator('.consortium-status[data-loading="false"] p').first();
    await status.waitFor({ timeout: 30_000 });
    await page.getByLabel('Clinical sites (hospitals)').fill('1');
    await page.getByLabel('SMEs', { exact: true }).fill('1');
    await page.getByLabel('Members at most').fill('2');
    await page.getByRole('button', { name: 'Build consortium' }).click();
    expect(await page.locator('#consortium-maxPartners-error').textContent()).toBe('At least as many as the minimum, please.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('consortium-maxPartners');
    await page.getByLabel('Members at most').fill('6');
    await page.getByRole('button', { name: 'Build consortium' }).click();
    await page.waitForURL(/croles=sme%3A1%2Cclinical%3A1|croles=sme:1,clinical:1/);
    await page.locator('.consortium-status[data-loading="false"] p').first().waitFor({ timeout: 30_000 });

    const members = page.locator('.consortium-member');
    expect(await members.count()).toBeGreaterThanOrEqual(3);
    expect(await members.count()).toBeLessThanOrEqual(6);
    expect(await members.first().textContent()).toContain(REQUESTER);
    const clinical = page.locator('.consortium-member', { hasText: 'Counts as: Clinical site' });
    expect(await clinical.locator('.partners-meta').textContent()).toMatch(/^Hospital · /);
    expect(await page.locator('.consortium-member', { hasText: 'Counts as: SME' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.consortium-checks [data-rule="role"][data-satisfied="true"]').count()).toBe(2);
    // The demo's partners come from two countries only: the three-country rule fails and says so.
    const countries = page.locator('.consortium-checks [data-rule="minCountries"]');
    expect(await countries.getAttribute('data-satisfied')).toBe('false');
    expect(await countries.textContent()).toMatch(/At least 3 countries: 2.*cannot meet this rule/);
    expect(await page.locator('.consortium-incomplete').textContent()).toBe('Not every rule can be met with the partners found.');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'partners-consortium');

    // Swap the clinical site for its first alternative: the slot changes, the checks are recomputed and still hold.
    const slot = await clinical.getAttribute('data-slot');
    const before = await clinical.locator('h3 a').textContent();
    await clinical.locator('summary').click();
    const alternative = clinical.locator('.consortium-alternatives li').first();
    const name = (await alternative.locator('a').textContent())!;
    await alternative.getByRole('button', { name: `Swap in ${name} for ${before}` }).click();
    const swapped = page.locator(`.consortium-member[data-slot="${slot}"]`);
    expect(await swapped.locator('h3 a').textContent()).toBe(name);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`consortium-slot-${slot}`);
    expect(await page.locator('.consortium-status').textContent()).toContain('You swapped partners');
    expect(await page.locator('.consortium-checks [data-rule="role"][data-satisfied="true"]').count()).toBe(2);
    await swapped.locator('summary').click();
    expect(await swapped.locator('.consortium-alternatives li a').allTextContents()).toContain(before);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('consortium.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.split('\n')[0]).toBe('\uFEFFslot,role,organisation,country,type,sme,score,reasons,alternatives');
    expect(text).toContain(REQUESTER);
    expect(text).toContain(name);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('consortium.json');
    const url = page.url();
    await page.context().close();

    // The rules are part of the link: a phone opening it gets the same consortium.
    const phone = await openPage(browser, 'phone', 'en-GB');
    await phone.goto(url);
    await phone.locator('.consortium-status[data-loading="false"] p').first().waitFor({ timeout: 30_000 });
    expect(await phone.getByLabel('Members at most').inputValue()).toBe('6');
    expect(await phone.locator('.consortium-checks [data-rule="role"]').count()).toBe(2);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await screenshot(phone, 'partners-consortium');
    await phone.context().close();
  });

  it('recomputes the rule checks after a swap as the server checks them', async () => {
    for (const rules of [{ requiredRoles: [{ role: 'clinical', count: 1 }, { role: 'sme', count: 2 }] }, { minCountries: 2, countryScope: ['DE'] }, { countryScope: 'any', maxPartners: 4 }]) {
      const res = await fetch(`${inject('baseUrl')}/api/v1/match/consortium`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: IDEA, requesterId, rules }),
      });
      expect(res.status).toBe(200);
      const c = (await res.json()) as Consortium;
      const strip = (checks: Consortium['checks']) => checks.map(({ detail: _detail, ...rest }) => rest);
      expect(strip(checkRules(c.members, c.rules))).toEqual(strip(c.checks));
    }
  });

  it('starts from an example idea and words the reasons in Danish', async () => {
    const page = await openPage(browser, 'phone', 'da-DK');
    await page.goto('/partners');
    await page.getByRole('link', { name: /Plasmamedicin til kroniske sår/ }).click();
    expect(await results(page)).toBeGreaterThan(0);
    expect(await page.getByLabel('Beskriv jeres idé, behov eller opslagsemne').inputValue()).toMatch(/^Sårheling med koldt atmosfærisk plasma/);
    expect((await page.locator('.partners-reasons').allTextContents()).join(' ')).toMatch(/Arbejder med /);
    expect(await page.locator('#partners-status').textContent()).toContain('læst som dansk');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
