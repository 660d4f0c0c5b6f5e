// Facilities over HTTP: visibility like organisations, filters, and writes by the organisation's editors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCompetences, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
let orgA: string;
let orgB: string;
const ids: Record<string, string> = {};
type Page = { items: Array<{ id: string; name: string }> };

const names = async (url: string, as?: string) => ((await (await call('GET', url, as ? { as } : {})).json()) as Page).items.map((f) => f.name);
const count = async () => (await t.db.selectFrom('facilities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const errorFields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  orgA = await buildOrganization(t.db, { name: 'Alpha' });
  orgB = await buildOrganization(t.db, { name: 'Beta', visibility: 'private' });
  await buildCompetences(t.db, [['esv:/23', null, 'natural sciences'], ['esv:/23/51', 'esv:/23', 'biology']]);
  call = createTestApp(t.db, {
    admin: userActor([], true),
    member: userActor(),
    editor: userActor([{ role: 'organization_editor', scopeId: orgA }]),
  });
  const create = async (key: string, as: string, body: object) => {
    const res = await call('POST', '/api/v1/facilities', { as, body });
    expect(res.status).toBe(201);
    ids[key] = ((await res.json()) as { id: string }).id;
  };
  await create('lab', 'editor', { organizationId: orgA, kind: 'lab', name: 'F1 lab', competenceIds: ['esv:/23/51'], description: { en: 'Mass spectrometry' } });
  await create('biobank', 'editor', { organizationId: orgA, kind: 'biobank', name: 'F2 biobank', visibility: 'members' });
  await create('cleanroom', 'editor', { organizationId: orgA, kind: 'clean_room', name: 'F3 clean room', visibility: 'private' });
  await create('hidden', 'admin', { organizationId: orgB, kind: 'pilot_plant', name: 'F4 of a private organisation' });
});
afterAll(() => t.close());

describe('reading facilities', () => {
  it('shows each caller the facilities their visibility allows', async () => {
    expect(await names('/api/v1/facilities')).toEqual(['F1 lab']);
    expect(await names('/api/v1/facilities', 'member')).toEqual(['F1 lab', 'F2 biobank']);
    expect(await names('/api/v1/facilities', 'editor')).toEqual(['F1 lab', 'F2 biobank', 'F3 clean room']);
    expect(await names('/api/v1/facilities', 'admin')).toHaveLength(4);
  });

  it('filters by kind, organisation and competence (with narrower ones)', async () => {
    expect(await names('/api/v1/facilities?kind=biobank', 'member')).toEqual(['F2 biobank']);
    expect(await names(`/api/v1/facilities?organization=${orgB}`, 'admin')).toEqual(['F4 of a private organisation']);
    expect(await names('/api/v1/facilities?competence=esv:/23')).toEqual(['F1 lab']);
    expect((await call('GET', '/api/v1/facilities?kind=freezer')).status).toBe(422);
  });

  it('answers hidden facilities as not found and presents camelCase objects', async () => {
    expect((await call('GET', `/api/v1/facilities/${ids.cleanroom}`, { as: 'member' })).status).toBe(404);
    expect((await call('GET', `/api/v1/facilities/${ids.hidden}`)).status).toBe(404);
    const lab = await (await call('GET', `/api/v1/facilities/${ids.lab}`)).json();
    expect(lab).toMatchObject({ organizationId: orgA, organizationName: 'Alpha', kind: 'lab', access: 'collaboration', competenceIds: ['esv:/23/51'], description: { en: 'Mass spectrometry' } });
  });
});

describe('writing facilities', () => {
  it('refuses visitors, users without rights and editors of another organisation, writing nothing', async () => {
    const before = await count();
    const body = { organizationId: orgA, kind: 'lab', name: 'X' };
    expect((await call('POST', '/api/v1/facilities', { body })).status).toBe(401);
    expect((await call('POST', '/api/v1/facilities', { as: 'member', body })).status).toBe(403);
    expect((await call('POST', '/api/v1/facilities', { as: 'editor', body: { ...body, organizationId: orgB } })).status).toBe(403);
    expect((await call('PATCH', `/api/v1/facilities/${ids.lab}`, { body: { name: 'Y' } })).status).toBe(401);
    expect((await call('PATCH', `/api/v1/facilities/${ids.lab}`, { as: 'member', body: { name: 'Y' } })).status).toBe(403);
    expect((await call('DELETE', `/api/v1/facilities/${ids.hidden}`, { as: 'editor' })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('rejects invalid bodies with 422 naming the field, writing nothing', async () => {
    const before = await count();
    const kind = await call('POST', '/api/v1/facilities', { as: 'editor', body: { organizationId: orgA, kind: 'freezer', name: 'X' } });
    expect([kind.status, await errorFields(kind)]).toEqual([422, ['kind']]);
    const competence = await call('POST', '/api/v1/facilities', { as: 'editor', body: { organizationId: orgA, kind: 'lab', name: 'X', competenceIds: ['esv:/404'] } });
    expect([competence.status, await errorFields(competence)]).toEqual([422, ['competenceIds.0']]);
    expect(await count()).toBe(before);
  });

  it('lets the editor change and remove a facility', async () => {
    const changed = await call('PATCH', `/api/v1/facilities/${ids.cleanroom}`, { as: 'editor', body: { visibility: 'public', access: 'service' } });
    expect(await changed.json()).toMatchObject({ visibility: 'public', access: 'service' });
    expect(await names('/api/v1/facilities')).toEqual(['F1 lab', 'F3 clean room']);
    expect((await call('DELETE', `/api/v1/facilities/${ids.cleanroom}`)).status).toBe(401);
    expect((await call('DELETE', `/api/v1/facilities/${ids.cleanroom}`, { as: 'editor' })).status).toBe(204);
    expect((await call('GET', `/api/v1/facilities/${ids.cleanroom}`, { as: 'admin' })).status).toBe(404);
  });
});
