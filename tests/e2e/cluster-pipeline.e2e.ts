// The innovation pipeline and funding end to end: the editor adds a project, moves it through stages on the board with
// the keyboard and sees its history; a demo project shows its product's class and route; the editor follows a call,
// sees who fits it and finds the reminder; visitors see only public projects; every page in English, German and Danish.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const TITLE = 'Plasma wound spray for burns';
const BOARD = '/clusters/biocon-valley/pipeline';
const FUNDING = '/clusters/biocon-valley/funding';
const TOP = 'Top research in life science 2027';
/** An accessible name "label: what", where Chromium may put a space before the colon of a visually hidden suffix. */
const named = (label: string, what: string) => new RegExp(`^${label}\\s*:\\s*${what}$`);

let browser: Browser;
let projectUrl = '';
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const column = (page: Page, stage: string) => page.locator(`section.pipeline-column[data-stage="${stage}"]`);

/** Moves the card `title` to `stage` with the keyboard only: focus the select, choose, Tab to the button, Enter. */
async function moveWithKeyboard(page: Page, title: string, stageLabel: string) {
  const select = page.getByLabel(`Move “${title}” to`);
  await select.focus();
  await select.selectOption({ label: stageLabel });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `“${title}” moved to ${stageLabel}.` }).waitFor();
}

describe('innovation pipeline', () => {
  it('lets the editor add a project for their organisation', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(BOARD);
    await page.getByRole('heading', { name: 'Innovation pipeline', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add a project' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Summary').fill('A cold plasma spray for second-degree burns, tested with the university hospital.');
    await expect.poll(() => page.getByRole('combobox', { name: 'Lead organisation' }).inputValue()).toBe('Ryck Plasma Care GmbH (Demo)');
    await page.getByLabel('Technology readiness level (TRL)').selectOption('3');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'pipeline-pipeline-create-en', { parts: true });
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(/\/clusters\/biocon-valley\/pipeline\/[0-9a-f-]{36}$/);
    projectUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Ryck Plasma Care GmbH (Demo)').first().waitFor();
  });

  it('moves the project through the stages on the board with the keyboard, with counts per stage', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(BOARD);
    const idea = column(page, 'idea');
    await idea.getByRole('link', { name: TITLE }).waitFor();
    const ideaCount = Number(await idea.locator('.pipeline-count').first().evaluate((e) => e.firstChild?.textContent ?? ''));
    await moveWithKeyboard(page, TITLE, 'Concept');
    await column(page, 'concept').getByRole('link', { name: TITLE }).waitFor();
    expect(await idea.getByRole('link', { name: TITLE }).count()).toBe(0);
    expect(Number(await idea.locator('.pipeline-count').first().evaluate((e) => e.firstChild?.textContent ?? ''))).toBe(ideaCount - 1);
    // The focus follows the card into its new column.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(TITLE);
    await moveWithKeyboard(page, TITLE, 'Feasibility / prototype');
    await column(page, 'feasibility').getByRole('link', { name: TITLE }).waitFor();
    const stats = page.locator('.pipeline-stats');
    await stats.getByRole('heading', { name: 'How long projects stay in each stage' }).waitFor();
    expect(await stats.locator('tbody tr').count()).toBe(7);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'pipeline-pipeline-board-en', { parts: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'pipeline-pipeline-board-en', { parts: true });
  });

  it('shows the project’s stage history, and a demo project’s product with its class and conformity route', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(projectUrl);
    const history = page.locator('ol.pipeline-timeline > li');
    await expect.poll(() => history.count()).toBe(3);
    expect(await history.locator('strong').allTextContents()).toEqual(['Idea', 'Concept', 'Feasibility / prototype']);
    await page.goto(BOARD);
    await page.getByRole('link', { name: 'Cold plasma therapy for diabetic foot ulcers' }).click();
    const product = page.locator('section', { has: page.getByRole('heading', { name: 'Medical device' }) });
    await product.getByText('Ryck Plasma Pen').waitFor();
    await product.getByText('MDR Annex IX: quality management system and technical documentation assessment').waitFor();
    expect(await product.locator('.product-class').textContent()).toContain('IIa');
    await page.locator('ol.pipeline-timeline > li').nth(4).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'pipeline-pipeline-project-en', { parts: true });
  });

  it('takes a consortium built from a klynge match into the pipeline, with its partners', async () => {
    const page = await pageAs(browser, EDITOR);
    const found = (await (await page.context().request.get('/api/v1/organizations?q=Ryck&limit=5')).json()) as { items: Array<{ id: string; name: string }> };
    const ryck = found.items.find((o) => o.name === 'Ryck Plasma Care GmbH (Demo)')!;
    await page.goto(`/partners?q=${encodeURIComponent('Cold plasma treatment of chronic diabetic wounds: clinical study')}&requester=${ryck.id}&view=consortium`);
    const step = page.locator('section.consortium-pipeline');
    await step.getByRole('heading', { name: 'Take the consortium into a cluster’s pipeline' }).waitFor({ timeout: 30_000 });
    await step.getByLabel('Cluster').selectOption({ label: 'BioCon Valley' });
    await step.getByLabel('Project title').fill('Plasma study consortium');
    await step.getByRole('button', { name: 'Create pipeline project' }).click();
    await step.getByText('The project “Plasma study consortium” is in the pipeline.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await step.getByRole('link', { name: 'Open the project' }).click();
    await page.getByRole('heading', { name: 'Plasma study consortium', level: 1 }).waitFor();
    await page.getByText('Consortium from a klynge match').waitFor();
    expect(await page.locator('ul.pipeline-partners > li').count()).toBeGreaterThan(2);
  });

  it('filters the board by kind, keeping the filter in the address', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(BOARD);
    const filters = page.getByRole('form', { name: 'Filter the board' });
    await filters.getByLabel('Kind').selectOption({ label: 'Lead project' });
    await filters.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\?kind=lead$/);
    await page.getByRole('heading', { name: 'Board (4 projects)', level: 2 }).waitFor();
    expect(await page.locator('li.pipeline-card').count()).toBe(4);
    await filters.getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL(/\/pipeline$/);
  });

  it('shows visitors only the public lead projects', async () => {
    const page = await pageAs(browser, null);
    await page.goto(BOARD);
    await page.getByText('You see the cluster’s public projects.').waitFor();
    await page.getByRole('link', { name: 'Diabetes competence centre Karlsburg' }).waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a project' }).count()).toBe(0);
  });
});

describe('funding', () => {
  it('lets the editor follow a call sorted by deadline and see who in the cluster fits it', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(FUNDING);
    await page.getByRole('heading', { name: 'Funding', level: 1 }).waitFor();
    await page.locator('li.funding-call').first().waitFor();
    const titles = await page.locator('.funding-call h3').allTextContents();
    expect(titles.slice(0, 2)).toEqual(['ZIM cooperation projects: medical technology', 'Top research in life science 2027']);
    const zim = page.locator('li.funding-call').first();
    await zim.getByText('10 days left').waitFor();
    const top = page.locator('li.funding-call', { has: page.getByRole('heading', { name: 'Top research in life science 2027' }) });
    await top.getByRole('button', { name: named('Follow', TOP) }).click();
    await page.getByText('You follow “Top research in life science 2027”: reminders come 14 and 3 days before the deadline.').waitFor();
    await top.getByRole('button', { name: named('Stop following', TOP) }).waitFor();
    await top.getByRole('button', { name: /^Who fits this call\?/ }).click();
    await top.getByRole('heading', { name: 'Member organisations' }).waitFor();
    await expect.poll(() => top.locator('.funding-match-list li').count()).toBeGreaterThan(0);
    const instruments = page.locator('.funding-instruments');
    for (const name of ['Top research', 'Scientific equipment', 'University construction', 'Entrepreneurship']) await instruments.getByRole('heading', { name, level: 4 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'pipeline-funding-en', { parts: true });
    // After a reload the follow is still there.
    await page.reload();
    await page.getByRole('button', { name: named('Stop following', TOP) }).waitFor();
  });

  it('has the reminder of the followed ZIM call on the account page', async () => {
    const page = await pageAs(browser, EDITOR);
    await expect.poll(async () => {
      const list = (await (await page.context().request.get('/api/v1/me/notifications?limit=50')).json()) as { items: Array<{ kind: string }> };
      return list.items.filter((n) => n.kind === 'funding_call_reminder').length;
    }, { timeout: 45_000 }).toBe(1);
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Deadline in 10 days: “ZIM cooperation projects: medical technology”' }).waitFor();
  });
});

describe('in German and Danish, on a phone', () => {
  for (const [locale, board, funding, stage] of [
    ['de-DE', 'Innovations-Pipeline', 'Förderung', 'Machbarkeit / Prototyp'],
    ['da-DK', 'Innovationspipeline', 'Finansiering', 'Gennemførlighed / prototype'],
  ] as const) {
    it(`shows the board, a project and the funding page in ${locale}`, async () => {
      const page = await pageAs(browser, EDITOR, 'phone', locale);
      await page.goto(BOARD);
      await page.getByRole('heading', { name: board, level: 1 }).waitFor();
      await column(page, 'feasibility').getByRole('heading', { name: new RegExp(`^${stage}`) }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `pipeline-pipeline-board-${locale}`, { parts: true });
      await page.goto(projectUrl);
      await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `pipeline-pipeline-project-${locale}`, { parts: true });
      await page.goto(FUNDING);
      await page.getByRole('heading', { name: funding, level: 1 }).waitFor();
      await page.locator('li.funding-call').first().waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, `pipeline-funding-${locale}`, { parts: true });
    });
  }
});
