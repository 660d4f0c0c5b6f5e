// Editing in the browser: an editor changes their profile, errors show at the field, visitors are kept out, a manager approves.
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEMO_USERS, launchBrowser, openPage, screenshot, seriousAccessibilityViolations, signIn, signInWithForm, type Width } from './browser.ts';

const EDITOR = DEMO_USERS.editor;
const MANAGER = DEMO_USERS.manager;
const RYCK = 'Ryck Plasma Care GmbH (Demo)';

type Org = { id: string; name: string; sectors: string[]; description: Record<string, string>; website: string | null };
let browser: Browser;
let ryck: Org;
let bcvId = '';

/** An API client signed in as `who` (cookie session, same-origin header as the web app sends). */
async function apiAs(who: { email: string; password: string } | null): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), extraHTTPHeaders: { origin: inject('baseUrl') } });
  if (who) await signIn(context.request, who);
  return context.request;
}

async function editorPage(width: Width = 'laptop', path = `/organizations/${ryck.id}/edit`): Promise<Page> {
  const page = await openPage(browser, width);
  await signInWithForm(page, EDITOR, path);
  await page.locator('h1', { hasText: RYCK }).waitFor();
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const anonymous = await apiAs(null);
  const found = (await (await anonymous.get(`/api/v1/organizations?q=${encodeURIComponent('Ryck Plasma')}`)).json()) as { items: Org[] };
  const id = found.items.find((o) => o.name === RYCK)?.id;
  if (!id) throw new Error('the demo organisation of the editor is missing');
  ryck = (await (await anonymous.get(`/api/v1/organizations/${id}`)).json()) as Org;
  bcvId = ((await (await anonymous.get('/api/v1/clusters/biocon-valley')).json()) as { id: string }).id;
});

afterAll(async () => {
  // Other browser tests share this server: put the demo organisation back as it was.
  const editor = await apiAs(EDITOR);
  await editor.patch(`/api/v1/organizations/${ryck.id}`, { data: { description: ryck.description, sectors: ryck.sectors, website: ryck.website } });
  await (await apiAs(MANAGER)).delete(`/api/v1/clusters/${bcvId}/members/${ryck.id}`);
  await browser.close();
});

describe('editing an organisation', () => {
  it('sends a visitor to sign in and back; the editor changes the English description and a sector, and a visitor sees it', async () => {
    const page = await openPage(browser, 'laptop');
    await page.goto(`/organizations/${ryck.id}/edit`);
    await page.waitForFunction(() => location.pathname === '/sign-in');
    await page.getByLabel('E-mail address').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('h1', { hasText: `Edit: ${RYCK}` }).waitFor();

    const text = 'Develops a cold-plasma device for chronic wounds; now also testing it in veterinary care.';
    await page.getByRole('tab', { name: 'English' }).click();
    await page.getByLabel('Description (English)').fill(text);
    await page.getByRole('checkbox', { name: 'Diagnostics' }).check();
    expect(await page.getByRole('status').filter({ hasText: 'Unsaved changes' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    const visitor = await openPage(browser, 'laptop');
    await visitor.goto(`/organizations/${ryck.id}`);
    await visitor.getByText(text).waitFor();
    expect(await visitor.getByRole('list', { name: 'Sectors' }).textContent()).toContain('Diagnostics');
    expect(await visitor.getByRole('link', { name: `Edit ${RYCK}` }).count()).toBe(0);
    await visitor.context().close();

    // The editor sees the Edit link on their profile.
    await page.goto(`/organizations/${ryck.id}`);
    await page.getByRole('link', { name: `Edit ${RYCK}` }).waitFor();
    await page.context().close();
  });

  it('shows a wrong website next to the field as you type, after submit, and when the server refuses it', async () => {
    const page = await editorPage();
    const website = page.getByLabel('Website');
    await website.fill('not a url');
    const error = page.locator('#org-website-error');
    expect(await error.textContent()).toContain('web address');
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    expect(await website.getAttribute('aria-describedby')).toContain('org-website-error');

    await page.getByRole('button', { name: 'Save' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Please correct 1 field' });
    await summary.waitFor();
    expect(await error.isVisible()).toBe(true);
    await summary.getByRole('link').click();
    expect(await website.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'edit-organization-errors');

    // The server's own 422: the browser sends a valid form, the request arrives with a bad website.
    await website.fill('https://ryck-plasma.example.org');
    expect(await error.count()).toBe(0);
    await page.route('**/api/v1/organizations/*', (route) =>
      route.request().method() === 'PATCH'
        ? route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), website: 'not a url' }) })
        : route.continue(),
    );
    await page.getByRole('button', { name: 'Save' }).click();
    await error.waitFor();
    expect(await website.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').filter({ hasText: 'Please correct 1 field' }).count()).toBe(1);
    await page.unrouteAll();

    // Leaving with unsaved changes asks first; staying keeps the page.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: 'Facilities' }).click();
    expect(new URL(page.url()).pathname).toBe(`/organizations/${ryck.id}/edit`);
    await page.context().close();
  });

  it('lets the editor add, change and delete a facility and an offer', async () => {
    const page = await editorPage('laptop', `/organizations/${ryck.id}/facilities`);
    await page.getByRole('button', { name: 'Add a facility' }).click();
    await page.getByLabel('Name').fill('Plasma test bench');
    await page.getByLabel('Kind').selectOption('equipment');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: '“Plasma test bench” was saved.' }).waitFor();
    await page.getByRole('button', { name: 'Edit Plasma test bench' }).click();
    await page.getByLabel('Name').fill('Plasma test bench II');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Plasma test bench II' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'edit-facilities');
    await page.getByRole('button', { name: 'Delete Plasma test bench II' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete Plasma test bench II' }).click();
    await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();

    await page.getByRole('link', { name: 'Offers and requests' }).click();
    await page.getByRole('button', { name: 'Add an offer or request' }).click();
    await page.getByLabel('Title').fill('Wound-care study partner wanted');
    await page.getByLabel('Offer or request', { exact: true }).selectOption('request');
    await page.getByLabel('Valid until').fill('2001-01-01');
    await page.getByLabel('Valid until').blur();
    expect(await page.locator('#offer-expiresAt-error').textContent()).toContain('after today');
    await page.getByLabel('Valid until').fill('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'edit-offers');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Wound-care study partner wanted' }).waitFor();
    await page.getByRole('button', { name: 'Delete Wound-care study partner wanted' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete Wound-care study partner wanted' }).click();
    await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();
    await page.context().close();
  });

  it('shows the edit form usably on a phone', async () => {
    const page = await editorPage('phone');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'edit-organization');
    await page.context().close();
    const laptop = await editorPage('laptop');
    await screenshot(laptop, 'edit-organization');
    await laptop.context().close();
  });
});

describe('who may edit', () => {
  it('keeps anonymous visitors out of edit, manage and account pages, and the API refuses them too', async () => {
    const page = await openPage(browser, 'laptop');
    for (const path of [`/organizations/${ryck.id}/edit`, `/organizations/${ryck.id}/offers`, `/manage/${bcvId}`, '/account']) {
      await page.goto(path);
      // The app redirects on the client (history.replaceState): poll the address rather than wait for a navigation.
      await page.waitForFunction((p) => location.pathname === '/sign-in' && new URLSearchParams(location.search).get('next') === p, path);
    }
    expect(await page.getByLabel('Website').count()).toBe(0);
    const anonymous = await apiAs(null);
    expect((await anonymous.patch(`/api/v1/organizations/${ryck.id}`, { data: { name: 'Taken over' } })).status()).toBe(401);
    expect((await anonymous.get('/api/v1/auth/tokens')).status()).toBe(401);
    expect((await anonymous.get('/api/v1/auth/me')).status()).toBe(401);
    const members = (await (await anonymous.get(`/api/v1/clusters/${bcvId}/members?status=applied`)).json()) as { items: Array<{ status: string }> };
    expect(members.items.every((m) => m.status === 'active')).toBe(true);
    await page.context().close();
  });

  it('tells a signed-in user without the right that they may not, without showing the form', async () => {
    const anonymous = await apiAs(null);
    const other = ((await (await anonymous.get('/api/v1/organizations?q=Bodden')).json()) as { items: Org[] }).items[0];
    const page = await openPage(browser, 'phone');
    await signInWithForm(page, EDITOR, `/organizations/${other?.id}/edit`);
    await page.locator('h1', { hasText: 'You may not change this' }).waitFor();
    expect(await page.getByLabel('Website').count()).toBe(0);
    await page.goto('/manage');
    await page.locator('h1', { hasText: 'You may not change this' }).waitFor();
    await screenshot(page, 'edit-not-allowed');
    const editor = await apiAs(EDITOR);
    expect((await editor.patch(`/api/v1/organizations/${other?.id}`, { data: { name: 'Taken over' } })).status()).toBe(403);
    await page.context().close();
  });
});

describe('managing a cluster', () => {
  it('lets the manager approve a membership application', async () => {
    const editor = await apiAs(EDITOR);
    const applied = await editor.post('/api/v1/clusters/biocon-valley/applications', { data: { organizationId: ryck.id } });
    expect(applied.status()).toBe(201);

    const page = await openPage(browser, 'laptop');
    await signInWithForm(page, MANAGER, '/manage');
    await page.getByRole('link', { name: 'BioCon Valley', exact: true }).click();
    await page.getByLabel('Show').selectOption('applied');
    await page.getByRole('button', { name: `Approve ${RYCK}` }).click();
    await page.getByRole('status').filter({ hasText: `${RYCK} is now an active member.` }).waitFor();
    const members = (await (await editor.get(`/api/v1/clusters/${bcvId}/members`)).json()) as { items: Array<{ organizationId: string; status: string }> };
    expect(members.items.find((m) => m.organizationId === ryck.id)?.status).toBe('active');
    await page.getByLabel('Show').selectOption('');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'manage-cluster');
    await page.goto('/manage');
    await page.locator('h1', { hasText: 'Manage clusters' }).waitFor();
    await screenshot(page, 'manage');
    await page.context().close();

    const phone = await openPage(browser, 'phone');
    await signInWithForm(phone, MANAGER, `/manage/${bcvId}`);
    await phone.getByRole('heading', { name: 'Members' }).waitFor();
    await screenshot(phone, 'manage-cluster');
    await phone.goto('/manage');
    await phone.locator('h1', { hasText: 'Manage clusters' }).waitFor();
    await screenshot(phone, 'manage');
    await phone.context().close();
  });

  it('lets the manager create a new organisation in their cluster and go on editing it', async () => {
    const page = await openPage(browser, 'laptop');
    await signInWithForm(page, MANAGER, `/manage/${bcvId}`);
    await page.getByRole('link', { name: 'Add a new organisation' }).click();
    await page.locator('h1', { hasText: 'New organisation in BioCon Valley' }).waitFor();
    await page.getByLabel('Name (required)').fill('Boddenblick Biotech GmbH (E2E)');
    await page.getByLabel('Country code').fill('XY');
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please correct 1 field' }).waitFor();
    await page.getByLabel('Country code').fill('DE');
    await page.getByRole('button', { name: 'Create the organisation' }).click();
    await page.locator('h1', { hasText: 'Edit: Boddenblick Biotech GmbH (E2E)' }).waitFor();
    const id = new URL(page.url()).pathname.split('/')[2];
    const manager = await apiAs(MANAGER);
    const created = (await (await manager.get(`/api/v1/organizations/${id}`)).json()) as { memberships: Array<{ clusterId: string }> };
    expect(created.memberships.map((m) => m.clusterId)).toEqual([bcvId]);
    expect((await manager.delete(`/api/v1/organizations/${id}`)).status()).toBe(204);
    await page.context().close();
  });

  it('shows the account with roles and issues an API token once', async () => {
    for (const width of ['laptop', 'phone'] as const) {
      const page = await openPage(browser, width);
      await signInWithForm(page, MANAGER, '/account');
      await page.getByText('Cluster manager of BioCon Valley').waitFor();
      if (width === 'laptop') {
        await page.getByLabel('Name of the token').fill('e2e script');
        await page.getByRole('button', { name: 'Create a token' }).click();
        const token = await page.getByLabel('New token').inputValue();
        const tokenApi = await browser.newContext({ baseURL: inject('baseUrl') });
        const me = await tokenApi.request.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
        expect(((await me.json()) as { email: string }).email).toBe(MANAGER.email);
        await tokenApi.close();
        await page.getByRole('button', { name: 'Revoke e2e script' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
        await page.getByRole('status').filter({ hasText: 'was revoked' }).waitFor();
        expect(await page.getByLabel('New token').count()).toBe(0);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      }
      await screenshot(page, 'account');
      await page.context().close();
    }
  });
});
