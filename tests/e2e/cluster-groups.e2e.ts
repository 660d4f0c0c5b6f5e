// Working groups end to end: the editor joins BioCon Valley's strategy group, the manager plans a workshop, the editor
// registers and finds it in the calendar feed fetched from the page's address, the manager records attendance and
// minutes with a preview; the public sees the groups with their lead only; every page in English, German and Danish.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const GROUP = 'Strategy group I "Life Science"';
const TITLE = 'Lead projects: milestones 2027';

let browser: Browser;
let groupUrl = '';
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

/** An accessible name "label: what", where Chromium puts a space before the colon of a visually hidden suffix. */
const named = (label: string, what: string) => new RegExp(`^${label}\\s*:\\s*${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe('working groups', () => {
  it('lets the editor see their tasks (overdue marked) and join the strategy group', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto('/clusters/biocon-valley/groups');
    await page.getByRole('heading', { name: 'Working groups', level: 1 }).waitFor();
    const tasks = page.locator('section.group-my-tasks');
    await tasks.getByText('Steckbrief für die Landkarte der Bioökonomie einreichen', { exact: true }).waitFor();
    expect(await tasks.locator('li.overdue').count()).toBe(1);
    expect(await tasks.getByText('1 overdue').count()).toBe(1);
    const card = page.locator('li.group-card', { has: page.getByRole('heading', { name: GROUP }) });
    await card.getByText('Universitätsmedizin Greifswald').waitFor();
    await card.getByRole('button', { name: named('Join', GROUP) }).click();
    await card.getByText('You are a member').waitFor();
    await card.getByRole('button', { name: named('Leave', GROUP) }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'groups-groups-list-en');
    groupUrl = (await card.getByRole('link', { name: GROUP }).getAttribute('href'))!;
    expect(groupUrl).toMatch(/^\/clusters\/biocon-valley\/groups\/[0-9a-f-]{36}$/);
  });

  it('lets the manager plan a workshop with an agenda', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(groupUrl);
    await page.getByRole('heading', { name: GROUP, level: 1 }).waitFor();
    await page.getByText('Plan a workshop').click();
    const form = page.locator('details.groups-plan');
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Starts').fill('2027-03-10T10:00');
    await form.getByLabel('Ends').fill('2027-03-10T12:30');
    await form.getByLabel('Place').fill('BioTechnikum Greifswald');
    await form.getByLabel('Agenda', { exact: true }).fill('1. Milestones of the lead projects\n2. **Dates** for 2027\n3. [Slides](https://example.org/slides), not [this](javascript:alert(1))');
    await form.getByRole('button', { name: 'Preview' }).click();
    await form.locator('.markdown-preview strong', { hasText: 'Dates' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Plan workshop' }).click();
    await form.getByText('Workshop planned; the group’s members have been notified.').waitFor();
    const item = page.locator('li.group-workshop', { has: page.getByRole('heading', { name: TITLE }) });
    await item.getByText('planned', { exact: true }).waitFor();
    await item.getByText(/10 Mar 2027, 10:00–12:30/).waitFor();
    await item.locator('.markdown li', { hasText: 'Milestones of the lead projects' }).waitFor();
    // Markdown links go only to web and mail addresses; anything else stays text.
    expect(await item.locator('.markdown a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://example.org/slides']);
    await item.getByText('not [this](javascript:alert(1))').waitFor();
  });

  it('lets the editor register and find the workshop in the calendar feed the page offers', async () => {
    const page = await pageAs(browser, EDITOR);
    await page.goto(groupUrl);
    const item = page.locator('li.group-workshop', { has: page.getByRole('heading', { name: TITLE }) });
    await item.getByRole('button', { name: named('Register', TITLE) }).click();
    await item.getByText('You are registered.').waitFor();
    await item.getByText('1 registered').waitFor();
    const feed = page.locator('section.group-feed');
    await feed.getByRole('button', { name: 'Copy the address' }).waitFor();
    const url = await feed.getByLabel('Your feed address').inputValue();
    expect(url).toMatch(new RegExp(`^${inject('baseUrl')}/api/v1/groups/calendar\\.ics\\?token=[A-Za-z0-9_-]{32}&lang=en$`));
    // A calendar app fetches the address without the session: the token alone opens it.
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = (await res.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`SUMMARY:${GROUP}: ${TITLE}`);
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270310T100000');
    expect(ics).toContain('DTEND;TZID=Europe/Berlin:20270310T123000');
    expect(ics).toContain('LOCATION:BioTechnikum Greifswald');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(ics).toContain('Online-Workshop: Daten teilen in der Life Science');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'groups-group-page-en');
    // The manager's new workshop reached the editor as a notification with a link to the group.
    await page.goto('/account');
    await page.getByRole('heading', { name: `New workshop in ${GROUP}: ${TITLE}` }).waitFor();
    expect(await page.locator('li.notification', { hasText: TITLE }).getByRole('link', { name: 'Open the group' }).getAttribute('href')).toBe(groupUrl);
  });

  it('lets the manager record minutes with a preview and the attendance of a past workshop', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(groupUrl);
    const item = page.locator('li.group-workshop', { has: page.getByRole('heading', { name: TITLE }) });
    await item.getByRole('button', { name: named('Edit agenda and minutes', TITLE) }).click();
    await item.getByLabel('Minutes', { exact: true }).fill('## Results\n\n- Milestones agreed for *all four* lead projects.');
    await item.getByRole('group', { name: 'Show Minutes as' }).getByRole('button', { name: 'Preview' }).click();
    await item.locator('.markdown-preview em', { hasText: 'all four' }).waitFor();
    await item.getByRole('button', { name: named('Save', TITLE) }).click();
    await item.getByText('Saved.', { exact: true }).waitFor();
    await page.reload();
    const saved = page.locator('li.group-workshop', { has: page.getByRole('heading', { name: TITLE }) });
    await saved.locator('.markdown li', { hasText: 'Milestones agreed for all four lead projects.' }).waitFor();

    const past = page.locator('li.group-workshop', { has: page.getByRole('heading', { name: 'Sitzung der Strategiegruppe I' }) });
    await past.getByText('1 of 2 attended').waitFor();
    await past.getByRole('checkbox', { name: /Demo Editor/ }).check();
    await past.getByRole('button', { name: 'Save attendance' }).click();
    await past.getByText('2 of 3 attended').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'groups-group-run-en');
  });

  it('shows the public the groups with their lead, and nothing inside', async () => {
    const page = await pageAs(browser, null, 'phone');
    await page.goto(groupUrl);
    await page.getByRole('heading', { name: GROUP, level: 1 }).waitFor();
    await page.getByText('Universitätsmedizin Greifswald').waitFor();
    await page.getByRole('link', { name: 'Sign in to join groups and see their workshops.' }).waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'groups-group-public-en');
  });

  it('reads in German and Danish at phone and laptop width', async () => {
    const cases = [
      ['de-DE', 'Arbeitsgruppen', 'Meine Aufgaben', 'Strategiegruppe I „Life Science“', 'Kalender-Abonnement', 'Tagesordnung'],
      ['da-DK', 'Arbejdsgrupper', 'Mine opgaver', 'Strategigruppe I "Life Science"', 'Kalenderabonnement', 'Dagsorden'],
    ] as const;
    for (const width of ['phone', 'laptop'] as const) {
      for (const [locale, h1, tasks, group, feed, agenda] of cases) {
        const page = await pageAs(browser, EDITOR, width, locale);
        await page.goto('/clusters/biocon-valley/groups');
        await page.getByRole('heading', { name: h1, level: 1 }).waitFor();
        await page.getByRole('heading', { name: tasks }).waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `groups-groups-list-${locale}`);
        await page.getByRole('link', { name: group }).click();
        await page.getByRole('heading', { name: group, level: 1 }).waitFor();
        await page.getByRole('heading', { name: feed }).waitFor();
        await page.getByRole('heading', { name: agenda }).first().waitFor();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, `groups-group-page-${locale}`);
        await page.context().close();
      }
    }
  });
});
