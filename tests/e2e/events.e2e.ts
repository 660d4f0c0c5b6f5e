// Partnering events end to end: the manager sets up an event (a table with a room, there only in the morning),
// participants register, request and accept a meeting, the manager schedules (watching its progress) and publishes,
// the participant sees the agenda with a table and its iCalendar feed; after publishing the manager moves the
// meeting, adds a colleague to it, changes one slot, is told which meetings a slot holds before deleting it, takes
// the meeting out with the slot, schedules again around the published agenda, and cancels the meeting; the
// participant changes their days and limits.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS, launchBrowser, pageAs, screenshot, seriousAccessibilityViolations } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const ADMIN = DEMO_USERS.admin;
const CLINIC = { email: 'clinic-events@example.org', password: 'klynge-clinic-demo-1' };
const COLLEAGUE = { email: 'colleague-events@example.org', password: 'klynge-clinic-demo-2' };
const CLINIC_ORG = 'Universitätsmedizin Greifswald';
let clinicId = '';
const TITLE = 'Partnering Day Greifswald';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // A second participant: an editor of a clinic, created by the admin as an operator would.
  const admin = await pageAs(browser, ADMIN);
  const orgs = (await (await admin.context().request.get('/api/v1/organizations?limit=100')).json()) as { items: Array<{ id: string; name: string }> };
  const clinic = orgs.items.find((o) => o.name === CLINIC_ORG)!;
  clinicId = clinic.id;
  // And her colleague at the same clinic, who will join her meeting (a team meeting).
  for (const [who, name] of [[CLINIC, 'Dr. Lena Hansen'], [COLLEAGUE, 'Dr. Jonas Berg']] as const) {
    const created = await admin.context().request.post('/api/v1/users', {
      data: { ...who, name, roles: [{ role: 'organization_editor', scopeId: clinic.id }] },
      headers: { origin: inject('baseUrl') },
    });
    expect(created.status()).toBe(201);
  }
  await admin.context().close();
});
afterAll(() => browser.close());

describe('partnering events', () => {
  let eventId = '';

  it('lets a manager create an event, lay out slots and tables and open registration', async () => {
    const page = await pageAs(browser, MANAGER);
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

  it('lets the manager give a table a room and set it up only in the morning', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    const tables = page.locator('section[aria-labelledby="organise-tables"]');
    await tables.getByRole('button', { name: 'Edit table T2' }).click();
    await expect.poll(() => tables.getByLabel('Room').evaluate((el) => el === document.activeElement)).toBe(true);
    await tables.getByLabel('Room').fill('Hall B');
    await tables.getByLabel('Only in the slots chosen below').check();
    // The afternoon session off as a whole; one morning slot off on its own (its session is then mixed).
    await tables.getByLabel('All of 13:00–17:00').uncheck();
    await tables.getByLabel('11:15–11:45').uncheck();
    expect(await tables.getByLabel('All of 10:45–11:45').evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await tables.getByRole('button', { name: 'Save table T2' }).click();
    await expect.poll(() => tables.getByRole('status').textContent()).toBe('Saved table T2.');
    const row = tables.locator('tbody tr', { hasText: 'Hall B' });
    await expect.poll(() => row.locator('td').allTextContents()).toEqual(['T2', 'Hall B', 'In 4 of 13 slots', 'Edit']);
    const saved = (await (await page.context().request.get(`/api/v1/events/${eventId}/tables`)).json()) as { items: Array<{ label: string; slotIds: string[] | null }> };
    expect(saved.items.find((x) => x.label === 'T1')!.slotIds).toBeNull();
    expect(saved.items.find((x) => x.label === 'T2')!.slotIds).toHaveLength(4);
    await tables.getByRole('button', { name: 'Edit table T2' }).click();
    await screenshot(page, 'events-tables-en');
    const phone = await pageAs(browser, MANAGER, 'phone');
    await phone.goto(`/events/${eventId}/organise`);
    await phone.locator('section[aria-labelledby="organise-tables"]').getByRole('button', { name: 'Edit table T2' }).click();
    await phone.getByLabel('All of 09:00–10:30').waitFor();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.locator('section[aria-labelledby="organise-tables"]').screenshot({ path: 'test-results/screenshots/events-tables-en-phone.png' });
  });

  it('lets two participants register, one ask for a meeting and the other accept it', async () => {
    const editor = await pageAs(browser, EDITOR);
    await editor.goto(`/events/${eventId}`);
    await editor.getByRole('heading', { name: TITLE }).waitFor();
    await editor.getByLabel('What you offer').fill('Cold plasma wound care devices');
    await editor.getByLabel('What you seek').fill('Clinical partners for a wound study');
    await editor.getByRole('button', { name: 'Register' }).click();
    await editor.getByText(/^You are registered for /).waitFor();

    const clinic = await pageAs(browser, CLINIC);
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

    // Her colleague registers too (through the API: the form is the one above).
    const colleague = await pageAs(browser, COLLEAGUE);
    const registered = await colleague.context().request.post(`/api/v1/events/${eventId}/participants`, { data: { organizationId: clinicId }, headers: { origin: inject('baseUrl') } });
    expect(registered.status()).toBe(201);
  });

  it('lets the manager run the scheduler, review the draft and publish it', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    await page.getByLabel('Search time (seconds)').fill('1');
    // Before anything is published there is nothing to keep in place: no choice to rebuild from scratch.
    expect(await page.getByLabel(/^Rebuild from scratch/).count()).toBe(0);
    await page.getByRole('button', { name: 'Run the scheduler' }).click();
    // The job's progress shows while it runs, then says it is done.
    const bar = page.getByRole('progressbar', { name: 'Scheduler progress' });
    await bar.waitFor({ timeout: 20_000 });
    await page.locator('.event-progress').getByText('Done: the draft is ready.').waitFor({ timeout: 45_000 });
    expect(await bar.getAttribute('value')).toBe('1');
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
    const page = await pageAs(browser, EDITOR);
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
      const de = await pageAs(browser, EDITOR, width, 'de-DE');
      await de.goto(`/events/${eventId}`);
      await de.getByRole('heading', { name: 'Meine Agenda' }).waitFor();
      await de.getByText('Tisch', { exact: true }).waitFor();
      expect(await seriousAccessibilityViolations(de)).toEqual([]);
      await screenshot(de, 'events-participant-de');

      const da = await pageAs(browser, MANAGER, width, 'da-DK');
      await da.goto(`/events/${eventId}/organise`);
      await da.getByRole('heading', { name: 'Mødeplan', level: 2 }).waitFor();
      await da.getByText('Ingen konflikter.').waitFor();
      expect(await seriousAccessibilityViolations(da)).toEqual([]);
      await screenshot(da, 'events-organise-da');

      const list = await pageAs(browser, MANAGER, width, 'da-DK');
      await list.goto('/events');
      await list.getByRole('link', { name: TITLE }).waitFor();
      await screenshot(list, 'events-list-da');
    }
  });

  it('lets the manager move the published meeting by keyboard; the participant sees the new time', async () => {
    const page = await pageAs(browser, MANAGER);
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
    await screenshot(page, 'events-agenda-en');

    const editor = await pageAs(browser, EDITOR);
    await editor.goto(`/events/${eventId}`);
    const mine = editor.locator('section.event-agenda');
    await mine.locator('tbody tr').first().waitFor();
    expect(await mine.locator('tbody tr td').first().textContent()).toBe(target);

    const de = await pageAs(browser, MANAGER, 'phone', 'de-DE');
    await de.goto(`/events/${eventId}/organise`);
    await de.getByRole('heading', { name: 'Veröffentlichte Agenda' }).waitFor();
    await de.getByRole('button', { name: /^Absagen: Termin am / }).click();
    await de.getByLabel('Frei gewordenes Zeitfenster mit einem wartenden Termin belegen').waitFor();
    expect(await seriousAccessibilityViolations(de)).toEqual([]);
    await screenshot(de, 'events-agenda-cancel-de');
  });

  it('lets the manager add a colleague to the published meeting, making it a team meeting', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    const team = page.locator('section[aria-labelledby="organise-team"]');
    await team.getByRole('combobox', { name: /^Meeting/ }).selectOption({ index: 1 });
    await team.getByLabel('Who joins').selectOption({ label: 'Dr. Jonas Berg' });
    await team.getByRole('button', { name: 'Add to the meeting' }).click();
    await expect.poll(() => team.getByRole('status').textContent()).toMatch(
      new RegExp(`^Added: Dr\\. Jonas Berg \\(${CLINIC_ORG}\\) now meets with .*Dr\\. Lena Hansen.*, at the same time and table\\.$`),
    );
    await team.locator('.event-teams li', { hasText: 'Dr. Jonas Berg' }).getByText(/, table T[12]$/).waitFor();
    const agenda = page.locator('section[aria-labelledby="organise-agenda"]');
    await agenda.locator('tbody tr', { hasText: 'Dr. Jonas Berg' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const jonas = await pageAs(browser, COLLEAGUE);
    await jonas.goto(`/events/${eventId}`);
    await jonas.locator('section.event-agenda tbody tr').first().waitFor();
  });

  it('lets the manager change one slot, tells which meetings a slot holds before deleting it, and schedules again around the agenda', async () => {
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    const slots = page.locator('section[aria-labelledby="organise-slots"]');
    await slots.getByText('The slots, day by day').click();
    // A free slot gets a new end.
    await slots.getByRole('button', { name: 'Edit the slot at 16:30–17:00' }).click();
    await slots.getByLabel('Ends').fill('16:55');
    await slots.getByRole('button', { name: 'Save the slot' }).click();
    const said = slots.locator('.event-slot-list').getByRole('status');
    await expect.poll(() => said.textContent()).toBe('Saved: the slot is now 16:30–16:55.');
    await slots.getByRole('button', { name: 'Edit the slot at 16:30–16:55' }).waitFor();

    // The slot of the published meeting: deleting it first says what it holds, and keeping it changes nothing.
    const agenda = page.locator('section[aria-labelledby="organise-agenda"]');
    const when = (await agenda.locator('tbody tr td').first().textContent())!;
    const time = /(\d{2}:\d{2}–\d{2}:\d{2})$/.exec(when)![1]!;
    await slots.getByRole('button', { name: `Delete the slot at ${time}` }).click();
    const held = slots.getByRole('alert');
    await held.getByText(`The slot at ${time} holds 1 published meeting:`).waitFor();
    await held.getByText(/Dr\. Jonas Berg/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'events-slot-held-en');
    await held.getByRole('button', { name: 'Keep the slot' }).click();
    expect(await slots.getByRole('alert').count()).toBe(0);
    expect(await agenda.locator('tbody tr td').first().textContent()).toBe(when);

    // Now for real: the meeting leaves the agenda with the slot, and waits.
    await slots.getByRole('button', { name: `Delete the slot at ${time}` }).click();
    await slots.getByRole('button', { name: 'Delete the slot and take the meetings out' }).click();
    await expect.poll(() => said.textContent()).toMatch(new RegExp(`^Deleted the slot at ${time}\\. 1 meeting waits for a new slot: .*Dr\\. Jonas Berg.*\\. Run the scheduler to place it`));
    await agenda.getByText('No meeting is placed.').waitFor();
    await agenda.getByText('1 meeting is waiting for a slot.').waitFor();

    // Scheduling again (around the published agenda: the choice to rebuild is there, left off) places it again.
    const schedule = page.locator('section[aria-labelledby="organise-schedule"]');
    await schedule.getByLabel(/^Rebuild from scratch/).waitFor();
    await schedule.getByLabel('Search time (seconds)').fill('1');
    await schedule.getByRole('button', { name: 'Run the scheduler' }).click();
    await schedule.getByText('Done: the draft is ready.').waitFor({ timeout: 45_000 });
    await schedule.getByText('No conflicts.').waitFor();
    await schedule.getByRole('button', { name: 'Publish the agenda' }).click();
    await schedule.getByText('Published: participants see their agenda.').waitFor();
    await agenda.locator('tbody tr', { hasText: 'Dr. Jonas Berg' }).waitFor();
    expect(await agenda.locator('tbody tr td').first().textContent()).not.toContain(time);

    const phone = await pageAs(browser, MANAGER, 'phone');
    await phone.goto(`/events/${eventId}/organise`);
    await phone.getByText('The slots, day by day').click();
    await phone.getByRole('button', { name: 'Edit the slot at 16:30–16:55' }).click();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.locator('section[aria-labelledby="organise-slots"]').screenshot({ path: 'test-results/screenshots/events-slots-en-phone.png' });
    await screenshot(phone, 'events-organise-en');
  });

  it('lets the participant change their days and limits', async () => {
    const page = await pageAs(browser, EDITOR);
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
    const page = await pageAs(browser, MANAGER);
    await page.goto(`/events/${eventId}/organise`);
    const agenda = page.locator('section[aria-labelledby="organise-agenda"]');
    await agenda.getByRole('button', { name: /^Cancel the meeting at / }).focus();
    await page.keyboard.press('Enter');
    await agenda.getByLabel('Fill the freed slot with a waiting meeting').check();
    await agenda.getByRole('button', { name: 'Cancel the meeting', exact: true }).click();
    await expect.poll(() => agenda.getByRole('status').textContent()).toMatch(/^Cancelled: the meeting of .+\. No waiting meeting fits the freed slot\.$/);
    await agenda.getByText('No meeting is placed.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const editor = await pageAs(browser, EDITOR);
    await editor.goto(`/events/${eventId}`);
    await editor.locator('section.event-agenda').getByText('No meetings in your agenda.').waitFor();
  });
});
