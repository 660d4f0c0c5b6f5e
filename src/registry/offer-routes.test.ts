// Offers and requests over HTTP: expiry, filters, visibility, and writes by the organisation's editors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let orgA: string;
let orgB: string;
let now = new Date('2026-03-01T12:00:00Z');
const ids: Record<string, string> = {};
type Page = { items: Array<{ id: string; title: string }>; nextCursor: string | null };

const titles = async (url: string, as?: string) => ((await (await call('GET', url, as ? { as } : {})).json()) as Page).items.map((o) => o.title);
const count = async () => (await t.db.selectFrom('offers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  orgA = await buildOrganization(t.db, { name: 'Alpha' });
  orgB = await buildOrganization(t.db, { name: 'Beta' });
  await buildCompetences(t.db, [['emdn:Z12', 'emdn:Z', 'instruments'], ['emdn:Z1201', 'emdn:Z12', 'imaging']]);
  call = createTestApp(
    t.db,
    { admin: userActor([], true), member: userActor(), editor: userActor([{ role: 'organization_editor', scopeId: orgA }]) },
    () => now,
  );
  const create = async (key: string, body: object) => {
    const res = await call('POST', '/api/v1/offers', { as: 'editor', body: { organizationId: orgA, ...body } });
    expect(res.status).toBe(201);
    ids[key] = ((await res.json()) as { id: string }).id;
  };
  await create('imaging', { direction: 'offer', kind: 'technology', title: 'O1 imaging platform', competenceIds: ['emdn:Z1201'], expiresAt: '2026-06-30' });
  await create('cdmo', { direction: 'request', kind: 'cdmo', title: 'O2 we seek a CDMO', expiresAt: '2026-03-10' });
  await create('site', { direction: 'offer', kind: 'clinical_site', title: 'O3 clinical site', visibility: 'members' });
});
afterAll(() => t.close());

describe('reading offers and requests', () => {
  it('lists current visible offers newest first, filtered by direction, kind and competence', async () => {
    expect(await titles('/api/v1/offers')).toEqual(['O2 we seek a CDMO', 'O1 imaging platform']);
    expect(await titles('/api/v1/offers', 'member')).toEqual(['O3 clinical site', 'O2 we seek a CDMO', 'O1 imaging platform']);
    expect(await titles('/api/v1/offers?direction=request')).toEqual(['O2 we seek a CDMO']);
    expect(await titles('/api/v1/offers?kind=technology&direction=offer')).toEqual(['O1 imaging platform']);
    expect(await titles('/api/v1/offers?competence=emdn:Z12')).toEqual(['O1 imaging platform']);
    expect(await titles(`/api/v1/offers?organization=${orgB}`)).toEqual([]);
  });

  it('leaves out expired offers unless asked to include them', async () => {
    now = new Date('2026-03-11T08:00:00Z');
    expect(await titles('/api/v1/offers')).toEqual(['O1 imaging platform']);
    expect(await titles('/api/v1/offers?includeExpired=true')).toEqual(['O2 we seek a CDMO', 'O1 imaging platform']);
    now = new Date('2026-03-01T12:00:00Z');
  });

  it('pages with cursors and hides members-only offers from visitors', async () => {
    const first = (await (await call('GET', '/api/v1/offers?limit=1', { as: 'member' })).json()) as Page;
    const rest = (await (await call('GET', `/api/v1/offers?limit=5&cursor=${first.nextCursor}`, { as: 'member' })).json()) as Page;
    expect([...first.items, ...rest.items].map((o) => o.title)).toEqual(['O3 clinical site', 'O2 we seek a CDMO', 'O1 imaging platform']);
    expect((await call('GET', `/api/v1/offers/${ids.site}`)).status).toBe(404);
    expect(await (await call('GET', `/api/v1/offers/${ids.site}`, { as: 'member' })).json()).toMatchObject({ organizationName: 'Alpha', direction: 'offer', kind: 'clinical_site', expiresAt: null });
  });
});

describe('writing offers and requests', () => {
  const body = { organizationId: '', direction: 'offer', kind: 'service', title: 'X', expiresAt: '2026-12-31' };

  it('refuses visitors, users without rights and editors of another organisation, writing nothing', async () => {
    const before = await count();
    expect((await call('POST', '/api/v1/offers', { body: { ...body, organizationId: orgA } })).status).toBe(401);
    expect((await call('POST', '/api/v1/offers', { as: 'member', body: { ...body, organizationId: orgA } })).status).toBe(403);
    expect((await call('POST', '/api/v1/offers', { as: 'editor', body: { ...body, organizationId: orgB } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/offers/${ids.cdmo}`, { as: 'member', body: { title: 'Y' } })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/offers/${ids.cdmo}`)).status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('rejects a past expiry, an unknown direction and an unknown competence with 422 naming the field', async () => {
    const before = await count();
    const past = await call('POST', '/api/v1/offers', { as: 'editor', body: { ...body, organizationId: orgA, expiresAt: '2026-03-01' } });
    expect([past.status, await errorFields(past)]).toEqual([422, ['expiresAt']]);
    const direction = await call('POST', '/api/v1/offers', { as: 'editor', body: { ...body, organizationId: orgA, direction: 'sell' } });
    expect([direction.status, await errorFields(direction)]).toEqual([422, ['direction']]);
    const competence = await call('POST', '/api/v1/offers', { as: 'editor', body: { ...body, organizationId: orgA, competenceIds: ['emdn:Z99'] } });
    expect([competence.status, await errorFields(competence)]).toEqual([422, ['competenceIds.0']]);
    expect(await count()).toBe(before);
  });

  it('lets the editor extend and withdraw an offer', async () => {
    const changed = await call('PATCH', `/api/v1/offers/${ids.cdmo}`, { as: 'editor', body: { expiresAt: '2026-09-30', description: 'GMP fill and finish' } });
    expect(await changed.json()).toMatchObject({ expiresAt: '2026-09-30', description: 'GMP fill and finish' });
    expect((await call('DELETE', `/api/v1/offers/${ids.cdmo}`, { as: 'editor' })).status).toBe(204);
    expect((await call('GET', `/api/v1/offers/${ids.cdmo}`, { as: 'admin' })).status).toBe(404);
  });
});
