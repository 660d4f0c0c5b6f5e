// Saved questionnaires: each user's own, resumed with the class so far, shared read-only by a token that can be
// revoked, and turned into a product of an organisation the user edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildRegulatoryWorld, PROFILES, type RegulatoryWorld } from '#src/regulatory/product-test-world.ts';

type Assessment = {
  id: string;
  name: string;
  regulation: string | null;
  profile: Record<string, unknown>;
  classification: { class: string } | null;
  qualification: { outcome: string | null; next: string | null } | null;
  productId: string | null;
  shared: boolean;
};

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: RegulatoryWorld;
let draft: string;
const SOFTWARE_ANSWERS = { software: true, softwareRole: 'independent', actionOnData: true, individualPatients: true, medicalPurpose: 'medical', ivdInformation: false };

const save = (body: object, as = 'editorA') => w.call('POST', '/api/v1/regulatory/assessments', { as, body });
const get = async (id: string, as = 'editorA') => (await (await w.call('GET', `/api/v1/regulatory/assessments/${id}`, { as })).json()) as Assessment;
const count = async () => (await t.db.selectFrom('assessments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

beforeAll(async () => {
  t = await createTestDb();
  w = await buildRegulatoryWorld(t.db);
  const res = await save({ name: 'Triage app', answers: { software: true }, profile: { regulation: 'MDR', software: {} } });
  expect(res.status).toBe(201);
  draft = ((await res.json()) as Assessment).id;
});
afterAll(() => t.close());

describe('saving and resuming questionnaires', () => {
  it('refuses visitors on every route and other users on someone else’s questionnaire', async () => {
    const routes: Array<[string, string, object?]> = [
      ['GET', '/api/v1/regulatory/assessments'],
      ['POST', '/api/v1/regulatory/assessments', { name: 'x' }],
      ['GET', `/api/v1/regulatory/assessments/${draft}`],
      ['PATCH', `/api/v1/regulatory/assessments/${draft}`, { name: 'x' }],
      ['DELETE', `/api/v1/regulatory/assessments/${draft}`],
      ['POST', `/api/v1/regulatory/assessments/${draft}/share`],
      ['DELETE', `/api/v1/regulatory/assessments/${draft}/share`],
      ['POST', `/api/v1/regulatory/assessments/${draft}/product`, { organizationId: w.orgA }],
    ];
    for (const [method, path, body] of routes) {
      expect((await w.call(method, path, body ? { body } : {})).status).toBe(401);
      if (path.endsWith('/assessments')) continue;
      expect((await w.call(method, path, { as: 'editorB', ...(body ? { body } : {}) })).status).toBe(403);
    }
    expect(await get(draft)).toMatchObject({ name: 'Triage app', shared: false });
  });

  it('lists each user’s own, resumes with the qualification and the class so far, saves new states', async () => {
    expect(((await (await w.call('GET', '/api/v1/regulatory/assessments', { as: 'editorB' })).json()) as { items: unknown[] }).items).toEqual([]);
    const mine = (await (await w.call('GET', '/api/v1/regulatory/assessments', { as: 'editorA' })).json()) as { items: Assessment[] };
    expect(mine.items.map((a) => a.name)).toEqual(['Triage app']);
    // The profile so far is complete enough to classify (software: Rule 11), the qualification still asks.
    expect(await get(draft)).toMatchObject({ classification: { class: 'I' }, qualification: { outcome: null, next: 'softwareRole' } });
    const patched = await w.call('PATCH', `/api/v1/regulatory/assessments/${draft}`, {
      as: 'editorA', body: { answers: SOFTWARE_ANSWERS, profile: PROFILES.softwareIIa, regulation: 'MDR' },
    });
    expect(await patched.json()).toMatchObject({ regulation: 'MDR', classification: { class: 'IIa' }, qualification: { outcome: 'medical-device' } });
    const incomplete = await w.call('PATCH', `/api/v1/regulatory/assessments/${draft}`, { as: 'editorA', body: { profile: { regulation: 'MDR', invasive: 'surgical' } } });
    expect(await incomplete.json()).toMatchObject({ classification: null, profile: { invasive: 'surgical' } });
  });

  it('rejects a nameless state, a non-object profile and a product the user cannot see', async () => {
    const before = await count();
    expect((await save({ name: '' })).status).toBe(422);
    expect((await save({ name: 'x', profile: [1, 2] })).status).toBe(422);
    expect((await save({ name: 'x', productId: '00000000-0000-4000-8000-000000000000' })).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('deletes a questionnaire for its owner only', async () => {
    const id = ((await (await save({ name: 'Scratch' })).json()) as Assessment).id;
    expect((await w.call('DELETE', `/api/v1/regulatory/assessments/${id}`, { as: 'admin' })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/regulatory/assessments/${id}`, { as: 'editorA' })).status).toBe(204);
    expect((await w.call('GET', `/api/v1/regulatory/assessments/${id}`, { as: 'editorA' })).status).toBe(404);
  });
});

describe('sharing questionnaires', () => {
  it('opens a shared questionnaire read-only to anyone with the token, until it is revoked or replaced', async () => {
    await w.call('PATCH', `/api/v1/regulatory/assessments/${draft}`, { as: 'editorA', body: { profile: PROFILES.softwareIIa } });
    const share = await w.call('POST', `/api/v1/regulatory/assessments/${draft}/share`, { as: 'editorA' });
    expect(share.status).toBe(201);
    const { token, path } = (await share.json()) as { token: string; path: string };
    expect(path).toBe(`/api/v1/regulatory/shared/${token}`);
    const shared = await w.call('GET', path);
    expect(shared.status).toBe(200);
    const body = (await shared.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Triage app', classification: { class: 'IIa' } });
    expect(Object.keys(body)).not.toContain('id');
    expect(Object.keys(body)).not.toContain('productId');
    expect((await get(draft)).shared).toBe(true);
    // Only the token's hash is stored.
    expect(JSON.stringify(await t.db.selectFrom('assessments').selectAll().execute())).not.toContain(token);

    const again = (await (await w.call('POST', `/api/v1/regulatory/assessments/${draft}/share`, { as: 'editorA' })).json()) as { token: string; path: string };
    expect((await w.call('GET', path)).status).toBe(404);
    expect((await w.call('GET', again.path)).status).toBe(200);
    expect((await w.call('DELETE', `/api/v1/regulatory/assessments/${draft}/share`, { as: 'editorA' })).status).toBe(204);
    expect((await w.call('GET', again.path)).status).toBe(404);
    expect((await get(draft)).shared).toBe(false);
    expect((await w.call('GET', '/api/v1/regulatory/shared/not-a-token')).status).toBe(422);
  });
});

describe('turning a questionnaire into a product', () => {
  it('creates the product in an organisation the user edits and links the questionnaire to it', async () => {
    await w.call('PATCH', `/api/v1/regulatory/assessments/${draft}`, { as: 'editorA', body: { answers: SOFTWARE_ANSWERS, profile: PROFILES.softwareIIa } });
    expect((await w.call('POST', `/api/v1/regulatory/assessments/${draft}/product`, { as: 'editorA', body: { organizationId: w.orgB } })).status).toBe(403);
    const res = await w.call('POST', `/api/v1/regulatory/assessments/${draft}/product`, { as: 'editorA', body: { organizationId: w.orgA, visibility: 'members' } });
    expect(res.status).toBe(201);
    const product = (await res.json()) as { id: string; name: string; class: string; visibility: string; qualification: { outcome: { outcome: string } } };
    expect(product).toMatchObject({ name: 'Triage app', class: 'IIa', visibility: 'members', qualification: { outcome: { outcome: 'medical-device' } } });
    expect((await get(draft)).productId).toBe(product.id);
  });

  it('refuses an incomplete profile with 422 naming the field', async () => {
    const id = ((await (await save({ name: 'Catheter', profile: { regulation: 'MDR', invasive: 'surgical' } })).json()) as Assessment).id;
    const res = await w.call('POST', `/api/v1/regulatory/assessments/${id}/product`, { as: 'editorA', body: { organizationId: w.orgA } });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field)).toEqual(['$.duration']);
  });
});
