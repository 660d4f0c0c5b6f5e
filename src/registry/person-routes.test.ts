// People over HTTP: consent and visibility decide who is listed, contact data only where allowed, editors write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import type { PeopleTable } from '#src/db/types.ts';
import { buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';
import type { Insertable } from 'kysely';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let orgA: string;
let orgB: string;
type Person = { id: string; familyName: string; email: string | null; phone: string | null };
type Page = { items: Person[]; nextCursor: string | null };

const buildPerson = async (overrides: Partial<Insertable<PeopleTable>>) =>
  (await t.db.insertInto('people').values({ given_name: 'Ada', family_name: 'X', email: 'contact@example.org', phone: '+49 431 1', ...overrides }).returning('id').executeTakeFirstOrThrow()).id;
const peopleCount = async () => (await t.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const names = (page: Page) => page.items.map((p) => p.familyName);

beforeAll(async () => {
  t = await createTestDb();
  orgA = await buildOrganization(t.db, { name: 'Alpha' });
  orgB = await buildOrganization(t.db, { name: 'Beta', visibility: 'private' });
  await buildPerson({ organization_id: orgA, family_name: 'P1 listed', consent_listed: true, visibility: 'public' });
  await buildPerson({ organization_id: orgA, family_name: 'P2 no consent', consent_listed: false, visibility: 'public' });
  await buildPerson({ organization_id: orgA, family_name: 'P3 members', consent_listed: true, visibility: 'members' });
  await buildPerson({ organization_id: orgA, family_name: 'P4 private', consent_listed: true, visibility: 'private' });
  await buildPerson({ organization_id: orgB, family_name: 'P5 private org', consent_listed: true, visibility: 'public' });
  call = createTestApp(t.db, {
    admin: userActor([], true),
    member: userActor(),
    editor: userActor([{ role: 'organization_editor', scopeId: orgA }]),
  });
});
afterAll(() => t.close());

describe('reading people', () => {
  it('shows visitors only consenting public people of public organisations, without contact data', async () => {
    const page = (await (await call('GET', '/api/v1/people')).json()) as Page;
    expect(names(page)).toEqual(['P1 listed']);
    expect(page.items[0]).toMatchObject({ email: null, phone: null, organizationName: 'Alpha' });
  });

  it('shows signed-in users public and members-level people, contact data only with consent', async () => {
    const page = (await (await call('GET', '/api/v1/people', { as: 'member' })).json()) as Page;
    expect(page.items.map((p) => [p.familyName, p.email])).toEqual([
      ['P1 listed', 'contact@example.org'],
      ['P2 no consent', null],
      ['P3 members', 'contact@example.org'],
    ]);
  });

  it('shows the organisation’s editors all its people with contact data, and admins everyone', async () => {
    const editor = (await (await call('GET', `/api/v1/people?organization=${orgA}`, { as: 'editor' })).json()) as Page;
    expect(editor.items.map((p) => [p.familyName, p.email])).toEqual([
      ['P1 listed', 'contact@example.org'],
      ['P2 no consent', 'contact@example.org'],
      ['P3 members', 'contact@example.org'],
      ['P4 private', 'contact@example.org'],
    ]);
    expect(names((await (await call('GET', '/api/v1/people', { as: 'admin' })).json()) as Page)).toHaveLength(5);
  });

  it('pages through the list with cursors', async () => {
    const seen: string[] = [];
    let url = '/api/v1/people?limit=2';
    for (;;) {
      const page = (await (await call('GET', url, { as: 'admin' })).json()) as Page;
      seen.push(...names(page));
      if (!page.nextCursor) break;
      url = `/api/v1/people?limit=2&cursor=${page.nextCursor}`;
    }
    expect(seen).toEqual(['P1 listed', 'P2 no consent', 'P3 members', 'P4 private', 'P5 private org']);
    expect((await call('GET', '/api/v1/people?cursor=garbage')).status).toBe(422);
  });

  it('answers a hidden person as not found', async () => {
    const hidden = await buildPerson({ organization_id: orgA, family_name: 'Hidden', consent_listed: false, visibility: 'public' });
    expect((await call('GET', `/api/v1/people/${hidden}`)).status).toBe(404);
    expect((await call('GET', `/api/v1/people/${hidden}`, { as: 'member' })).status).toBe(200);
    await t.db.deleteFrom('people').where('id', '=', hidden).execute();
  });
});

describe('writing people', () => {
  const valid = () => ({ organizationId: orgA, givenName: 'Grace', familyName: 'New', email: 'new@example.org', consentListed: true, visibility: 'public' });

  it('refuses visitors, users without rights and editors of another organisation, writing nothing', async () => {
    const before = await peopleCount();
    expect((await call('POST', '/api/v1/people', { body: valid() })).status).toBe(401);
    expect((await call('POST', '/api/v1/people', { as: 'member', body: valid() })).status).toBe(403);
    expect((await call('POST', '/api/v1/people', { as: 'editor', body: { ...valid(), organizationId: orgB } })).status).toBe(403);
    expect(await peopleCount()).toBe(before);
  });

  it('rejects an invalid body with 422 naming the field, writing nothing', async () => {
    const before = await peopleCount();
    const res = await call('POST', '/api/v1/people', { as: 'editor', body: { ...valid(), email: 'not-an-address' } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field)).toEqual(['email']);
    const unknown = await call('POST', '/api/v1/people', { as: 'admin', body: { ...valid(), organizationId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.status).toBe(422);
    expect(await peopleCount()).toBe(before);
  });

  it('lets an editor create, change and delete a contact of their organisation', async () => {
    const created = await call('POST', '/api/v1/people', { as: 'editor', body: valid() });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Person;
    expect((await call('PATCH', `/api/v1/people/${id}`, { body: { jobTitle: 'CSO' } })).status).toBe(401);
    expect((await call('PATCH', `/api/v1/people/${id}`, { as: 'member', body: { jobTitle: 'CSO' } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/people/${id}`, { as: 'editor', body: { organizationId: orgB } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/people/${id}`, { as: 'editor', body: {} })).status).toBe(422);
    const changed = await call('PATCH', `/api/v1/people/${id}`, { as: 'editor', body: { jobTitle: 'CSO', consentListed: false } });
    expect(await changed.json()).toMatchObject({ jobTitle: 'CSO', consentListed: false, organizationId: orgA });
    expect((await call('GET', `/api/v1/people/${id}`)).status).toBe(404);
    expect((await call('DELETE', `/api/v1/people/${id}`)).status).toBe(401);
    expect((await call('DELETE', `/api/v1/people/${id}`, { as: 'member' })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/people/${id}`, { as: 'editor' })).status).toBe(204);
    expect((await call('GET', `/api/v1/people/${id}`, { as: 'admin' })).status).toBe(404);
  });
});
