// Strategy and roadmap end to end on the demo: the public reads BioCon Valley's fields of action; a member posts an
// idea, comments and votes within the open round's budget; the manager closes the round, the results show, the manager
// generates, edits and exports the paper; the roadmap shows a late milestone. Every page in German, English and Danish.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations, type Width } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const IDEA = 'Plasma wound registry for Mecklenburg-Vorpommern';
const STRATEGY = '/clusters/biocon-valley/strategy';
const ROADMAP = '/clusters/biocon-valley/roadmap';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** An accessible name "action: what", where "what" is visually hidden (Playwright reads a space before the colon). */
const named = (action: string, what: string) => new RegExp(`^${esc(action)}\\s*:\\s*${esc(what)}$`);
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const idea = (page: Page, title: string) => page.locator('li.strategy-idea').filter({ has: page.getByRole('heading', { name: title, level: 4 }) });

/** A page that accepts confirmation dialogs (closing a round asks first). */
async function strategyPage(who: Credentials | null, width: Width = 'laptop', locale = 'en-GB'): Promise<Page> {
  const page = await pageAs(browser, who, width, locale);
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

describe('strategy', () => {
  it('shows the public the five fields of action with goals and milestones, and a sign-in hint, in German and Danish', async () => {
    const de = await strategyPage(null, 'laptop', 'de-DE');
    await de.goto(STRATEGY);
    await de.getByRole('heading', { name: 'Handlungsfelder und Fokusthemen', level: 2 }).waitFor();
    expect(await de.locator('section.strategy-theme h2').allTextContents()).toEqual([
      'Innovative Diagnoseverfahren und Produkte', 'Medizintechnik, innovative Medizinprodukte und -verfahren', 'Bioinformatik', 'Biotechnologie und Wirkstoffe', 'Präventive und individualisierte Medizin',
    ]);
    await de.getByText('IT-Infrastruktur für Prävention, Diagnostik und Therapie').waitFor();
    await de.locator('.notice').getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await de.locator('.strategy-ideas').count()).toBe(0);
    expect(await seriousAccessibilityViolations(de)).toEqual([]);
    await screenshot(de, 'strategy-strategy-public-de');
    const da = await strategyPage(null, 'phone', 'da-DK');
    await da.goto('/clusters/life-science-nord/strategy');
    await da.getByRole('heading', { name: 'Indsatsområder og fokustemaer', level: 2 }).waitFor();
    expect(await da.locator('section.strategy-theme h2').count()).toBe(7);
    expect(await seriousAccessibilityViolations(da)).toEqual([]);
    await screenshot(da, 'strategy-strategy-public-da');
  });

  it('lets a member post an idea, comment and vote within the budget of the open round', async () => {
    const page = await strategyPage(EDITOR);
    await page.goto(STRATEGY);
    const round = page.locator('li.strategy-round').filter({ hasText: 'Updating the masterplan' });
    await round.getByText('5 of 5 votes left').waitFor();
    await round.getByText('You vote for Ryck Plasma Care GmbH (Demo).').waitFor();
    const theme = page.locator('section.strategy-theme').filter({ has: page.getByRole('heading', { name: 'Preventive and individualised medicine', level: 2 }) });
    await theme.getByRole('button', { name: named('Add an idea', 'Preventive and individualised medicine') }).click();
    await theme.getByLabel('Title of the idea').fill(IDEA);
    await theme.getByLabel('What is the idea?').fill('A shared registry of chronic wounds treated with cold plasma, open to clinics and members.');
    await theme.getByRole('button', { name: 'Post the idea' }).click();
    const mine = idea(page, IDEA);
    await mine.waitFor();
    await mine.getByText('Demo Editor, Ryck Plasma Care GmbH (Demo)').waitFor();
    // Comment on another member's idea, by keyboard.
    const biobank = idea(page, 'Biobankproben für Studien von KMU öffnen');
    await biobank.locator('summary').focus();
    await page.keyboard.press('Enter');
    await biobank.getByLabel('Your comment').fill('We would bring wound samples.');
    await biobank.getByRole('button', { name: 'Comment' }).click();
    await biobank.getByText('We would bring wound samples.').waitFor();
    await biobank.getByText('1 comment').waitFor();
    // Three votes for one's own idea, two for the biobank: the budget is spent and "+" is off.
    for (let i = 0; i < 3; i++) await mine.getByRole('button', { name: `One more vote for “${IDEA}”` }).click();
    await mine.getByText('3 votes').waitFor();
    for (let i = 0; i < 2; i++) await biobank.getByRole('button', { name: 'One more vote for “Biobankproben für Studien von KMU öffnen”' }).click();
    await round.getByText('0 of 5 votes left').waitFor();
    expect(await mine.getByRole('button', { name: `One more vote for “${IDEA}”` }).isDisabled()).toBe(true);
    await mine.getByRole('button', { name: `One vote less for “${IDEA}”` }).click();
    await round.getByText('1 of 5 votes left').waitFor();
    expect(await round.getByRole('button', { name: /^Show the results/ }).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'strategy-strategy-member-en');
    const phone = await strategyPage(EDITOR, 'phone', 'de-DE');
    await phone.goto(STRATEGY);
    await phone.getByText('1 von 5 Stimmen übrig').waitFor();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await screenshot(phone, 'strategy-strategy-member-de');
  });

  it('lets the manager close the round; the member then sees the exact results', async () => {
    const page = await strategyPage(MANAGER);
    await page.goto(STRATEGY);
    const round = page.locator('li.strategy-round').filter({ hasText: 'Updating the masterplan' });
    await round.getByRole('button', { name: named('Close the round now', 'Updating the masterplan') }).click();
    await round.getByText('Closed', { exact: true }).waitFor();
    const editor = await strategyPage(EDITOR, 'laptop', 'da-DK');
    await editor.goto(STRATEGY);
    const closed = editor.locator('li.strategy-round').filter({ hasText: 'Opdatering af masterplanen' });
    await closed.getByRole('button', { name: named('Vis resultaterne', 'Opdatering af masterplanen') }).click();
    const rows = closed.locator('table.strategy-results tbody tr');
    await rows.first().waitFor();
    const table = (await rows.allTextContents()).join('\n');
    // Demo votes: biobank 2 + 4 + the editor's 2 = 8 from three parties; the editor's idea 2 from one.
    expect(table).toContain('1Biobankproben für Studien von KMU öffnenBodden Omics Lab GmbH (Demo)83');
    expect(table).toContain(`${IDEA}Ryck Plasma Care GmbH (Demo)21`);
    expect(await seriousAccessibilityViolations(editor)).toEqual([]);
    await screenshot(editor, 'strategy-strategy-results-da');
  });

  it('lets the manager generate a paper from the closed round, edit it beside its preview and export it', async () => {
    const page = await strategyPage(MANAGER);
    await page.goto(STRATEGY);
    const round = page.locator('li.strategy-round').filter({ hasText: 'Updating the masterplan' });
    await round.getByLabel('Language of the draft').selectOption('en');
    await round.getByRole('button', { name: named('Generate a paper draft', 'Updating the masterplan') }).click();
    const paper = page.locator('li.strategy-paper').filter({ has: page.getByRole('heading', { name: 'Strategy paper: Updating the masterplan', level: 3 }) });
    await paper.getByRole('button', { name: named('Edit', 'Strategy paper: Updating the masterplan') }).click();
    const text = paper.getByLabel('Text (Markdown)');
    const body = await text.inputValue();
    expect(body).toContain('[I1] Biobankproben für Studien von KMU öffnen');
    expect(body).toContain(`[I4] ${IDEA}`);
    await text.fill(`${body}\n## Next steps\n\n- Workshop in **May** with Ærøskøbing and Größenwahn GmbH\n`);
    await paper.locator('.strategy-paper-preview').getByRole('heading', { name: 'Next steps' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'strategy-strategy-paper-en');
    await paper.getByLabel('Status').selectOption('final');
    await paper.getByRole('button', { name: 'Save the paper' }).click();
    await paper.getByText('Final', { exact: true }).waitFor();
    const id = /strategy-papers\/([0-9a-f-]+)\/paper\.md/.exec((await paper.getByRole('link', { name: /^Markdown/ }).getAttribute('href'))!)![1]!;
    const md = await page.context().request.get(`/api/v1/strategy-papers/${id}/paper.md`);
    expect(md.status()).toBe(200);
    expect(await md.text()).toContain('Workshop in **May** with Ærøskøbing and Größenwahn GmbH');
    const pdf = await page.context().request.get(`/api/v1/strategy-papers/${id}/paper.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The member now reads the final paper.
    const editor = await strategyPage(EDITOR);
    await editor.goto(STRATEGY);
    await editor.getByRole('heading', { name: 'Strategy paper: Updating the masterplan', level: 3 }).waitFor();
  });
});

describe('roadmap', () => {
  it('shows the milestones over time with the late ones marked, filters them, in three languages', async () => {
    const page = await strategyPage(null);
    await page.goto(ROADMAP);
    const late = page.locator('table.roadmap-table tbody tr.late');
    await late.first().waitFor();
    expect(await late.locator('th').allTextContents()).toEqual([
      'Centre for life science and plasma technology in operation', 'IT infrastructure for prevention, diagnostics and therapy', 'Focus on innovative research activities',
    ]);
    expect(await late.first().getByText('Late').count()).toBe(1);
    await page.locator('.roadmap-mark.late').first().waitFor();
    await page.getByLabel('Only late milestones').check();
    await page.getByText('3 of 10 milestones shown.').waitFor();
    expect(page.url()).toContain('late=true');
    await page.getByLabel('Status').selectOption('at_risk');
    await page.getByText('2 of 10 milestones shown.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'strategy-roadmap-en');
    for (const [locale, width, heading, lateWord] of [['de-DE', 'phone', 'Zeitleiste', 'Verzug'], ['da-DK', 'laptop', 'Tidslinje', 'Forsinket']] as const) {
      const other = await strategyPage(null, width, locale);
      await other.goto(`${ROADMAP}?group=theme`);
      await other.getByRole('heading', { name: heading }).waitFor();
      expect(await other.locator('table.roadmap-table tbody tr.late').first().getByText(lateWord).count()).toBe(1);
      expect(await seriousAccessibilityViolations(other)).toEqual([]);
      await screenshot(other, `strategy-roadmap-${locale.slice(0, 2)}`);
    }
  });
});
