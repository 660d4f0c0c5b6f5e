// Epidemic readiness and membership end to end: the manager asks who can make 100,000 swabs a week within four weeks
// and downloads the answer as CSV and PDF; the editor declares a capacity with a suggested EMDN code, which the query
// then finds; the editor applies for a hub and the manager approves; every page in English, German and Danish.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const RYCK = 'Ryck Plasma Care GmbH (Demo)';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('epidemic readiness', () => {
  it('answers the manager who can make 100,000 swabs a week within four weeks, and exports it', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto('/clusters/biocon-valley/readiness');
    await page.getByRole('heading', { name: 'Epidemic readiness', level: 1 }).waitFor();
    await page.getByLabel('Product', { exact: true }).fill('swabs');
    await page.getByLabel('Needed per week').fill('100000');
    await page.getByLabel('Lead time at most (weeks)').fill('4');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByText('No organisation makes 100,000 pieces per week on its own; together the 3 organisations make 125,000, and the 2 largest suffice.').waitFor();
    const matches = page.locator('.readiness-match h4 a');
    expect(await matches.allTextContents()).toEqual(['Warnow Implant Works GmbH (Demo)', 'Bodden Omics Lab GmbH (Demo)', RYCK]);
    await page.getByRole('link', { name: 'production@example.org' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'readiness-readiness-answer-en');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^readiness-biocon-valley-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain('Answer,"No organisation makes 100,000 pieces per week on its own; together the 3 organisations make 125,000, and the 2 largest suffice."');
    expect(text).toContain('Warnow Implant Works GmbH (Demo),Rostock,DE,Flocked nasopharyngeal swab (Abstrichtupfer),A1101,60000,pieces,3,ISO 13485; CE,Henrik Musterhaus');
    await page.getByLabel('Language of the export').selectOption('de');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the query in German and Danish, at phone width too', async () => {
    for (const [locale, heading, button, answer] of [
      ['de-DE', 'Pandemievorsorge', 'Abfragen', 'Keine Organisation schafft allein 100.000 pieces pro Woche; zusammen stellen die 3 Organisationen 125.000 her, die 2 größten genügen.'],
      ['da-DK', 'Epidemiberedskab', 'Spørg', 'Ingen organisation fremstiller alene 100.000 pieces pr. uge; tilsammen fremstiller de 3 organisationer 125.000, og de 2 største er nok.'],
    ] as const) {
      for (const width of ['laptop', 'phone'] as const) {
        const page = await pageAs(browser, MANAGER, width, locale);
        await page.goto('/clusters/biocon-valley/readiness');
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.locator('#rq-product').fill('swabs');
        await page.locator('#rq-quantity').fill('100000');
        await page.locator('#rq-weeks').fill('4');
        await page.getByRole('button', { name: button }).click();
        await page.getByText(answer).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `readiness-readiness-answer-${locale}`);
        await page.context().close();
      }
    }
  });

  it('lets the editor declare a capacity with a suggested EMDN code, which the manager’s query then finds', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto('/clusters/biocon-valley/readiness');
    await page.getByRole('heading', { name: `Capacities of ${RYCK}` }).waitFor();
    await page.getByRole('heading', { name: 'Sterile sampling swab' }).waitFor();
    await page.getByRole('button', { name: 'Declare a capacity' }).click();
    await page.getByLabel('Product', { exact: true }).fill('Medical face masks');
    await page.getByRole('button', { name: 'Suggest EMDN codes from the product name' }).click();
    await page.locator('.readiness-suggestions button').first().waitFor();
    await page.locator('.readiness-suggestions button', { hasText: 'T0206' }).first().click();
    expect(await page.locator('#cap-emdn').inputValue()).toMatch(/^T0206/);
    await page.getByLabel('Capacity per week').fill('abc');
    await page.getByLabel('Lead time to scale up (weeks)').fill('1');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('A whole number, 0 or more.').waitFor();
    await page.getByLabel('Capacity per week').fill('20000');
    await page.getByLabel('Certifications').fill('CE, ISO 13485');
    await page.getByLabel('Contact person').selectOption({ label: 'Tom Testmann, Geschäftsführer' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'readiness-readiness-capacity-form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('heading', { name: 'Medical face masks', level: 3 }).waitFor();

    const manager = await pageAs(browser, MANAGER);
    const answer = await (await manager.context().request.get('/api/v1/clusters/biocon-valley/readiness?emdn=T0206&withinWeeks=1&certifications=ISO%2013485')).json() as
      { matches: Array<{ organizationName: string; capacityPerWeek: number }> };
    expect(answer.matches.map((m) => `${m.organizationName}:${m.capacityPerWeek}`)).toEqual([`${RYCK}:20000`]);
  });
});

describe('membership', () => {
  it('lets the editor apply for a hub and the manager approve; the member list of the hub then names it', async () => {
    const editor = await pageAs(browser, EDITOR);
    await editor.goto('/clusters/biocon-valley/members');
    await editor.getByRole('heading', { name: 'Apply for membership' }).waitFor();
    await editor.getByLabel('Cluster or hub').selectOption({ label: 'BioCon Valley Rostock' });
    await editor.getByLabel('Type of membership').selectOption('associate');
    await editor.getByLabel('Message to the cluster management').fill('We would like to work with the medical-technology competence centre.');
    await editor.getByRole('button', { name: 'Send application' }).click();
    await editor.getByText('Your application was sent.', { exact: false }).waitFor();
    await editor.locator('.members-mine').getByText('Applied').waitFor();
    expect(await seriousAccessibilityViolations(editor)).toEqual([]);
    await screenshot(editor, 'readiness-members-applied');

    const manager = await pageAs(browser, MANAGER);
    await manager.goto('/clusters/biocon-valley/members');
    const card = manager.locator('.members-applications li', { hasText: RYCK });
    await card.getByText('We would like to work with the medical-technology competence centre.').waitFor();
    expect(await manager.locator('.members-applications li h3').allTextContents()).toContain('DST Diagnostische Systeme & Technologien GmbH');
    await card.getByRole('button', { name: /^Approve/ }).click();
    await card.getByLabel('Start date').fill('2026-12-01');
    await card.getByLabel('Type of membership').selectOption('associate');
    expect(await seriousAccessibilityViolations(manager)).toEqual([]);
    await screenshot(manager, 'readiness-members-approve');
    await card.getByRole('button', { name: 'Approve membership' }).click();
    await manager.getByText(`${RYCK} is now a member.`).waitFor();
    const rostock = manager.locator('.members-hub', { has: manager.getByRole('heading', { name: /^BioCon Valley Rostock/ }) });
    await rostock.getByRole('row', { name: new RegExp(RYCK.replace(/[()]/g, '\\$&')) }).getByText('Associate member').waitFor();

    await editor.reload();
    await editor.locator('.members-mine').getByText('BioCon Valley Rostock').waitFor();
    expect(await editor.locator('.members-mine li', { hasText: 'BioCon Valley Rostock' }).textContent()).toMatch(/Active.*Associate member.*since/);
    const inbox = await (await editor.context().request.get('/api/v1/me/notifications')).json() as { items: Array<{ kind: string; payload: { decision?: string } }> };
    expect(inbox.items.some((n) => n.kind === 'membership_decided' && n.payload.decision === 'approved')).toBe(true);
    await editor.goto('/account');
    await editor.getByRole('heading', { name: `The membership of ${RYCK} in BioCon Valley Rostock was approved` }).waitFor();
  });

  it('shows the member lists per hub in German and Danish with a period filter', async () => {
    for (const [locale, heading, filter] of [['de-DE', 'Mitglieder', 'Anzeigen'], ['da-DK', 'Medlemmer', 'Vis']] as const) {
      for (const width of ['laptop', 'phone'] as const) {
        const page = await pageAs(browser, null, width, locale);
        await page.goto('/clusters/biocon-valley/members');
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await page.locator('.members-hub').first().waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `readiness-members-${locale}`);
        await page.locator('#filter-from').fill('2026-12-01');
        await page.locator('#filter-to').fill('2026-12-31');
        await page.getByRole('button', { name: filter }).click();
        await expect.poll(() => page.locator('.members-table tbody tr').count()).toBe(1);
        await page.context().close();
      }
    }
  });
});
