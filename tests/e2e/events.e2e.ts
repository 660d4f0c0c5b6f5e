// Partnering events end to end: the manager sets up an event, two participants register, request and accept a
// meeting, the manager schedules and publishes, the participant sees the agenda with a table and its iCalendar feed;
// after publishing the manager moves and cancels the meeting and the participant changes their days and limits.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, seriousAccessibilityViolations, type Width } from './browser.ts';

const EDITOR = { email: 'editor@example.org', password: 'klynge-editor-demo' };
const MANAGER = { email: 'manager@example.org', password: 'klynge-manager-demo' };
const ADMIN = { email: 'admin@example.org', password: 'klynge-admin-demo' };
const CLINIC = { email: 'clinic-events@example.org', password: 'klynge-clinic-demo-1' };
const CLINIC_ORG = 'Universitätsmedizin Greifswald';
const TITLE = 'Partnering Day Greifswald';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // A second participant: an editor of a clinic, created by the admin as an operator would.
  const admin = await pageAs(ADMIN);
  const orgs = (await (await admin.context().request.get('/api/v1/organizations?limit=100')).json()) as { items: Array<{ id: string; name: string }> };
  const clinic = orgs.items.find((o) => o.name === CLINIC_ORG)!;
  const created = await admin.context().request.post('/api/v1/users', {
    data: { ...CLINIC, name: 'Dr. Lena Hansen', roles: [{ role: 'organization_editor', scopeId: clinic.id }] },
    headers: { origin: inject('baseUrl') },
  });
  expect(created.status()).toBe(201);
  await admin.context().close();
});
afterAll(() => browser.close());

/** A page signed in as `who` (the login goes through the page's own cookie jar), in a language and width. */
async function pageAs(who: typeof EDITOR, width: Width = 'laptop', locale = 'en-GB'): Promise<Page> {
  const page = await openPage(browser, width, locale);
  const res = await page.context().request.post('/api/v1/auth/login', { data: who, headers: { origin: inject('baseUrl') } });
  expect(res.status()).toBe(200);
  return page;
}

async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

describe('partnering events', () => {
  let eventId = '';

  it('lets a manager create an event, lay out slots and tables and open registration', async () => {
    const page = await pageAs(MANAGER);
    await page.goto('/events');
    await page.getByRole('heading', { name: 'Partnering events', level: 1 }).waitFor();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Venue').fill('Stadthalle Greifswald');
    await page.getByRole('button', { name: 'Create event' }).click();
    await page.waitForURL(/\/events\/[0-9a-f-]+\/organise$/);
    eventId = /\/events\/([0-9a-f-]+)\/organise/.exec(page.url())![1]!;
    await page.getByLabel('Days (one date per line, YYYY-MM-DD)').fill('2027-03-10');
    await page.getByRole('button', { name: 'Generate slots' }).click();
    await expect.poll(() => page.locator('#organise-slots + p').textContent()).toMatch(/^[1-9]\d* meeting slots$/);
    await page.getByLabel('Table labels (one per line)').fill('T1\nT2');
    await page.getByRole('button', { name: 'Save tables' }).click();
    await page.getByText('2 tables: T1, T2').waitFor();
    await page.getByRole('button', { name: 'Open registration' }).click();
    await page.getByText('Status: Registration open').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lets two participants register, one ask for a meeting and the other accept it', async () => {
    const editor = await pageAs(EDITOR);
    await editor.goto(`/events/${eventId}`);
    await editor.getByRole('heading', { name: TITLE }).waitFor();
    await editor.getByLabel('What you offer').fill('Cold plasma wound care devices');
    await editor.getByLabel('What you seek').fill('Clinical partners for a wound study');
    await editor.getByRole('button', { name: 'Register' }).click();
    await editor.getByText(/^You are registered for /).waitFor();

    const clinic = await pageAs(CLINIC);
    await clinic.goto(`/events/${eventId}`);
    await clinic.getByLabel('What you seek').fill('Start-ups in wound care');
    await clinic.getByRole('button', { name: 'Register' }).click();
    await clinic.getByText(`You are registered for ${CLINIC_ORG}.`).waitFor();

    await editor.reload();
    const people = editor.locator('section[aria-labelledby="event-people"]');
    await people.getByText('2 participants').waitFor();
    // By keyboard: the button opens the form with the focus in the message.
    await people.getByRole('button', { name: /^Ask for a meeting\s*:\s*Dr. Lena Hansen$/ }).first().focus();
    await editor.keyboard.press('Enter');
    await expect.poll(() => people.getByLabel('Message to Dr. Lena Hansen').evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.keyboard.type('Could we talk about a clinical study?');
    await people.getByLabel('Matters most to me (star)').check();
    await people.getByRole('button', { name: 'Send request' }).click();
    await people.getByText('Request sent', { exact: true }).waitFor();
    await editor.locator('#event-requests ~ div').getByText('pending').waitFor();

    await clinic.reload();
    const received = clinic.locator('section.event-mine');
    await received.getByText('Could we talk about a clinical study?').waitFor();
    await received.getByRole('button', { name: 'Accept' }).click();
    await received.getByText('accepted').waitFor();
    expect(await seriousAccessibilityViolations(clinic)).toEqual([]);
  });

  it('lets the manager run the scheduler, review the draft and publish it', async () => {
    const page = await pageAs(MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    await page.getByLabel('Search time (seconds)').fill('1');
    await page.getByRole('button', { name: 'Run the scheduler' }).click();
    await page.locator('.event-draft').waitFor({ timeout: 45_000 });
    const figures = await page.locator('.event-draft .figures').textContent();
    expect(figures).toContain('Scheduled meetings1');
    expect(figures).toMatch(/(\d+) of at most \1 \(100%\)/);
    expect(await page.getByText('No conflicts.').count()).toBe(1);
    await page.getByRole('button', { name: 'Publish the agenda' }).click();
    await page.getByText('Published: participants see their agenda.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows the participant the agenda with a table and a working iCalendar feed', async () => {
    const page = await pageAs(EDITOR);
    await page.goto(`/events/${eventId}`);
    const agenda = page.locator('section.event-agenda');
    await agenda.locator('tbody tr').first().waitFor();
    expect(await agenda.locator('tbody tr').count()).toBe(1);
    expect(await agenda.locator('.event-table-label').textContent()).toMatch(/^T[12]$/);
    const feed = await agenda.getByLabel('Calendar feed (iCalendar)').inputValue();
    const res = await fetch(feed);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(await res.text()).toContain('BEGIN:VEVENT');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('reads in German and Danish at phone and laptop width', async () => {
    for (const width of ['phone', 'laptop'] as const) {
      const de = await pageAs(EDITOR, width, 'de-DE');
      await de.goto(`/events/${eventId}`);
      await de.getByRole('heading', { name: 'Meine Agenda' }).waitFor();
      await de.getByText('Tisch', { exact: true }).waitFor();
      expect(await seriousAccessibilityViolations(de)).toEqual([]);
      await shoot(de, 'events-participant-de');

      const da = await pageAs(MANAGER, width, 'da-DK');
      await da.goto(`/events/${eventId}/organise`);
      await da.getByRole('heading', { name: 'Mødeplan', level: 2 }).waitFor();
      await da.getByText('Ingen konflikter.').waitFor();
      expect(await seriousAccessibilityViolations(da)).toEqual([]);
      await shoot(da, 'events-organise-da');

      const list = await pageAs(MANAGER, width, 'da-DK');
      await list.goto('/events');
      await list.getByRole('link', { name: TITLE }).waitFor();
      await shoot(list, 'events-list-da');
    }
  });

  it('lets the manager move the published meeting by keyboard; the participant sees the new time', async () => {
    const page = await pageAs(MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    const agenda = page.locator('section[aria-labelledby="organise-agenda"]');
    const row = agenda.locator('tbody tr').first();
    await row.waitFor();
    const before = (await row.locator('td').first().textContent())!;
    await agenda.getByRole('button', { name: /^Move the meeting at / }).focus();
    await page.keyboard.press('Enter');
    const slot = agenda.getByLabel('New time');
    await expect.poll(() => slot.evaluate((el) => el === document.activeElement)).toBe(true);
    const target = (await slot.locator('option').allTextContents()).find((o) => o !== before)!;
    await slot.selectOption({ label: target });
    await agenda.getByRole('button', { name: 'Move the meeting', exact: true }).click();
    await expect.poll(() => agenda.getByRole('status').textContent()).toMatch(new RegExp(`^Moved: the meeting of .+ is now at ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, table T[12]\\.$`));
    await expect.poll(() => agenda.locator('tbody tr td').first().textContent()).toBe(target);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await shoot(page, 'events-agenda-en');

    const editor = await pageAs(EDITOR);
    await editor.goto(`/events/${eventId}`);
    const mine = editor.locator('section.event-agenda');
    await mine.locator('tbody tr').first().waitFor();
    expect(await mine.locator('tbody tr td').first().textContent()).toBe(target);

    const de = await pageAs(MANAGER, 'phone', 'de-DE');
    await de.goto(`/events/${eventId}/organise`);
    await de.getByRole('heading', { name: 'Veröffentlichte Agenda' }).waitFor();
    await de.getByRole('button', { name: /^Absagen: Termin am / }).click();
    await de.getByLabel('Frei gewordenes Zeitfenster mit einem wartenden Termin belegen').waitFor();
    expect(await seriousAccessibilityViolations(de)).toEqual([]);
    await screenshot(de, 'events-agenda-cancel-de');
  });

  it('lets the participant change their days and limits', async () => {
    const page = await pageAs(EDITOR);
    await page.goto(`/events/${eventId}`);
    const form = page.locator('section[aria-labelledby="event-availability"]');
    await form.getByRole('heading', { name: 'Change my availability and limits' }).waitFor();
    await form.getByLabel('Most meetings per day').fill('3');
    await form.getByLabel('Most open requests').fill('5');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('Saved: your availability and limits are updated.').waitFor();
    await page.reload();
    await expect.poll(() => form.getByLabel('Most meetings per day').inputValue()).toBe('3');
    expect(await form.getByLabel('Most open requests').inputValue()).toBe('5');
    expect(await form.getByRole('checkbox').isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lets the manager cancel the meeting, trying to fill the slot; the participant’s agenda is then empty', async () => {
    const page = await pageAs(MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    const agenda = page.locator('section[aria-labelledby="organise-agenda"]');
    await agenda.getByRole('button', { name: /^Cancel the meeting at / }).focus();
    await page.keyboard.press('Enter');
    await agenda.getByLabel('Fill the freed slot with a waiting meeting').check();
    await agenda.getByRole('button', { name: 'Cancel the meeting', exact: true }).click();
    await expect.poll(() => agenda.getByRole('status').textContent()).toMatch(/^Cancelled: the meeting of .+\. No waiting meeting fits the freed slot\.$/);
    await agenda.getByText('No meeting is placed.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const editor = await pageAs(EDITOR);
    await editor.goto(`/events/${eventId}`);
    await editor.locator('section.event-agenda').getByText('No meetings in your agenda.').waitFor();
  });
});
