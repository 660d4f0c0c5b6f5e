// Products over HTTP: written by the organisation's editors, read as visibility allows, profiles validated and
// classified on every write, the EMDN code checked, the qualification agreeing with the regulation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildCompetences } from '#src/registry/test-builders.ts';
import { buildRegulatoryWorld, PROFILES, type RegulatoryWorld } from '#src/regulatory/product-test-world.ts';

type Product = {
  id: string;
  name: string;
  class: string;
  regulation: string;
  rules: Array<{ rule: string; class: string }>;
  notifiedBody: string;
  routeKey: string;
  emdn: { id: string; code: string; term: string } | null;
  canEdit: boolean;
  classification: { class: string; rules: Array<{ rule: string; citation: { ref: string; text: string } }> };
  conformityRoute: { options: Array<{ id: string }>; obligations: unknown[] };
  documentationPlan: { sections: Array<{ items: Array<{ id: string; applies: boolean; status: string }> }>; progress: { applicable: number; open: number } };
  qualification: { answers: object; outcome: { outcome: string | null } } | null;
};

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: RegulatoryWorld;
const ids: Record<string, string> = {};

const count = async () => (await t.db.selectFrom('products').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
const errorOf = async (res: Response) => ((await res.json()) as { error: { message: string; details: Array<{ field: string }> } }).error;
const create = async (org: string, body: object, as = 'editorA') => w.call('POST', `/api/v1/organizations/${org}/products`, { as, body });
const names = async (org: string, as?: string) =>
  ((await (await w.call('GET', `/api/v1/organizations/${org}/products`, as ? { as } : {})).json()) as { items: Product[] }).items.map((p) => p.name);

beforeAll(async () => {
  t = await createTestDb();
  w = await buildRegulatoryWorld(t.db);
  await buildCompetences(t.db, [['emdn:Z', null, 'MEDICAL EQUIPMENT'], ['emdn:Z12', 'emdn:Z', 'INSTRUMENTS'], ['emdn:Z1203', 'emdn:Z12', 'PUMPS']]);
  for (const [key, body] of Object.entries({
    app: { name: 'Dermatology triage app', profile: PROFILES.softwareIIa, visibility: 'private' },
    bed: { name: 'Ward bed', profile: PROFILES.classI, visibility: 'public' },
    valve: { name: 'Heart valve', profile: PROFILES.implantIII, visibility: 'members' },
  })) {
    const res = await create(w.orgA, body);
    expect(res.status).toBe(201);
    ids[key] = ((await res.json()) as Product).id;
  }
});
afterAll(() => t.close());

describe('adding products', () => {
  it('refuses visitors, users without rights and editors of another organisation, writing nothing', async () => {
    const before = await count();
    const body = { name: 'X', profile: PROFILES.classI };
    expect((await w.call('POST', `/api/v1/organizations/${w.orgA}/products`, { body })).status).toBe(401);
    expect((await create(w.orgA, body, 'member')).status).toBe(403);
    expect((await create(w.orgA, body, 'editorB')).status).toBe(403);
    expect((await create(w.orgA, body, 'otherManager')).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('classifies the profile: class, every applying rule with its sentence, the route and the plan with open items', async () => {
    const res = await w.call('GET', `/api/v1/products/${ids.app}`, { as: 'editorA' });
    const product = (await res.json()) as Product;
    expect(product).toMatchObject({ name: 'Dermatology triage app', regulation: 'MDR', class: 'IIa', notifiedBody: 'full', routeKey: 'mdr-annex-ix', canEdit: true });
    expect(product.rules).toEqual([{ rule: '11', class: 'IIa' }]);
    expect(product.classification.rules[0]?.citation.ref).toMatch(/^MDR Annex VIII, Rule 11/);
    expect(product.classification.rules[0]?.citation.text.length).toBeGreaterThan(40);
    expect(product.conformityRoute.options.map((o) => o.id)).toContain('mdr-annex-ix');
    expect(product.conformityRoute.obligations.length).toBeGreaterThan(0);
    const items = product.documentationPlan.sections.flatMap((s) => s.items);
    expect(items.find((i) => i.id === 'gspr-17.2')).toMatchObject({ applies: true, status: 'open' });
    expect(items.find((i) => i.id === 'gspr-16.1')).toMatchObject({ applies: false, status: 'not-applicable' });
    expect(product.documentationPlan.progress.open).toBe(product.documentationPlan.progress.applicable);
  });

  it('admins and the managers of a cluster the organisation belongs to (through a hub) may add products too', async () => {
    expect((await create(w.orgA, { name: 'Admin bed', profile: PROFILES.classI }, 'admin')).status).toBe(201);
    const managed = await create(w.orgA, { name: 'Managed bed', profile: PROFILES.classI }, 'manager');
    expect(managed.status).toBe(201);
    expect((await create(w.orgB, { name: 'Foreign bed', profile: PROFILES.classI }, 'manager')).status).toBe(403);
  });

  it('rejects a bad profile with 422 naming the JSON path, writing nothing', async () => {
    const before = await count();
    const missing = await create(w.orgA, { name: 'Catheter', profile: { regulation: 'MDR', invasive: 'surgical' } });
    expect(missing.status).toBe(422);
    const error = await errorOf(missing);
    expect(error.details.map((d) => d.field)).toContain('$.duration');
    expect(error.message).toContain('$.duration');
    const unknown = await create(w.orgA, { name: 'Bed', profile: { regulation: 'MDR', colour: 'red' } });
    expect([unknown.status, (await errorOf(unknown)).details.map((d) => d.field)]).toEqual([422, ['$.colour']]);
    const regulation = await create(w.orgA, { name: 'Bed', profile: { regulation: 'FDA' } });
    expect([regulation.status, (await errorOf(regulation)).details.map((d) => d.field)]).toEqual([422, ['$.regulation']]);
    expect(await count()).toBe(before);
  });

  it('rejects an unknown EMDN code, a bad qualification answer and answers that qualify the product otherwise', async () => {
    const before = await count();
    const emdn = await create(w.orgA, { name: 'Pump', profile: PROFILES.classI, emdnCode: 'emdn:Z99' });
    expect([emdn.status, (await errorOf(emdn)).details.map((d) => d.field)]).toEqual([422, ['emdnCode']]);
    const answer = await create(w.orgA, { name: 'App', profile: PROFILES.softwareIIa, qualification: { software: 'maybe' } });
    expect([answer.status, (await errorOf(answer)).details.map((d) => d.field)]).toEqual([422, ['qualification.software']]);
    const ivd = { software: false, medicalPurpose: 'medical', inVitroExamination: true, ivdrExclusion: 'none' };
    const mismatch = await create(w.orgA, { name: 'Assay', profile: PROFILES.classI, qualification: ivd });
    expect([mismatch.status, (await errorOf(mismatch)).details.map((d) => d.field)]).toEqual([422, ['qualification']]);
    expect(await count()).toBe(before);
    const fitting = await create(w.orgA, { name: 'Self-test', profile: PROFILES.selfTestC, qualification: ivd, emdnCode: 'emdn:Z1203' });
    expect(fitting.status).toBe(201);
    expect(await fitting.json()).toMatchObject({ class: 'C', qualification: { answers: ivd, outcome: { outcome: 'ivd' } }, emdn: { code: 'Z1203', term: 'PUMPS' } });
  });
});

describe('reading products', () => {
  it('shows private products to the organisation’s editors, the managers of its clusters and admins only', async () => {
    for (const as of ['editorA', 'manager', 'admin']) expect((await w.call('GET', `/api/v1/products/${ids.app}`, { as })).status).toBe(200);
    for (const as of [undefined, 'member', 'editorB', 'otherManager']) {
      expect((await w.call('GET', `/api/v1/products/${ids.app}`, as ? { as } : {})).status).toBe(404);
    }
    expect(((await (await w.call('GET', `/api/v1/products/${ids.app}`, { as: 'manager' })).json()) as Product).canEdit).toBe(true);
  });

  it('shows members-only products to signed-in users and public ones to everyone, in the organisation’s list too', async () => {
    expect((await w.call('GET', `/api/v1/products/${ids.valve}`)).status).toBe(404);
    expect(await (await w.call('GET', `/api/v1/products/${ids.valve}`, { as: 'member' })).json()).toMatchObject({ class: 'III', canEdit: false });
    expect((await w.call('GET', `/api/v1/products/${ids.bed}`)).status).toBe(200);
    expect(await names(w.orgA)).toEqual(['Ward bed']);
    expect(await names(w.orgA, 'member')).toEqual(['Heart valve', 'Ward bed']);
    expect(await names(w.orgA, 'editorA')).toContain('Dermatology triage app');
    expect((await w.call('GET', `/api/v1/organizations/00000000-0000-4000-8000-000000000000/products`)).status).toBe(404);
  });
});

describe('the organisation’s product list', () => {
  it('gives each product its checklist progress, counted as the product page counts it', async () => {
    const put = (product: string, item: string, status: string) =>
      w.call('PUT', `/api/v1/products/${product}/checklist/${item}`, { as: 'editorA', body: { status } });
    expect((await put(ids.app!, 'annex-ii-1.1', 'done')).status).toBe(200);
    expect((await put(ids.app!, 'gspr-1', 'in-progress')).status).toBe(200);
    const listed = ((await (await w.call('GET', `/api/v1/organizations/${w.orgA}/products`, { as: 'editorA' })).json()) as {
      items: Array<{ id: string; progress: Product['documentationPlan']['progress'] & { done: number; inProgress: number } }>;
    }).items;
    expect(listed.map((p) => p.id)).toEqual(expect.arrayContaining([ids.app, ids.bed, ids.valve]));
    for (const item of listed) {
      const detail = (await (await w.call('GET', `/api/v1/products/${item.id}`, { as: 'editorA' })).json()) as Product;
      expect(item.progress).toEqual(detail.documentationPlan.progress);
    }
    const app = listed.find((p) => p.id === ids.app)!.progress;
    expect([app.done, app.inProgress, app.open]).toEqual([1, 1, app.applicable - 2]);
    expect(listed.find((p) => p.id === ids.valve)!.progress).toMatchObject({ done: 0, inProgress: 0 });
  });
});

describe('changing products', () => {
  it('refuses visitors and non-editors, changing nothing', async () => {
    expect((await w.call('PATCH', `/api/v1/products/${ids.bed}`, { body: { name: 'Y' } })).status).toBe(401);
    expect((await w.call('PATCH', `/api/v1/products/${ids.bed}`, { as: 'member', body: { name: 'Y' } })).status).toBe(403);
    expect((await w.call('PATCH', `/api/v1/products/${ids.bed}`, { as: 'editorB', body: { name: 'Y' } })).status).toBe(403);
    expect((await w.call('DELETE', `/api/v1/products/${ids.bed}`)).status).toBe(401);
    expect((await w.call('DELETE', `/api/v1/products/${ids.bed}`, { as: 'otherManager' })).status).toBe(403);
    expect(await names(w.orgA)).toEqual(['Ward bed']);
  });

  it('classifies a changed profile again and keeps the stored class for lists in step', async () => {
    const res = await w.call('PATCH', `/api/v1/products/${ids.bed}`, { as: 'editorA', body: { profile: { ...PROFILES.classI, sterile: true, measuringFunction: true } } });
    expect(await res.json()).toMatchObject({ class: 'I', subclasses: ['s', 'm'], notifiedBody: 'limited' });
    const bad = await w.call('PATCH', `/api/v1/products/${ids.bed}`, { as: 'editorA', body: { profile: { regulation: 'MDR', duration: 'forever' } } });
    expect([bad.status, (await errorOf(bad)).details.map((d) => d.field)]).toEqual([422, ['$.duration']]);
    const listed = ((await (await w.call('GET', `/api/v1/organizations/${w.orgA}/products`)).json()) as { items: Array<Product & { subclasses: string[] }> }).items;
    expect(listed.map((p) => [p.name, p.class, p.subclasses, p.notifiedBody])).toEqual([['Ward bed', 'I', ['s', 'm'], 'limited']]);
  });

  it('stores a chosen EMDN code, clears it with null, and removes a product with its checklist', async () => {
    expect(await (await w.call('PATCH', `/api/v1/products/${ids.valve}`, { as: 'editorA', body: { emdnCode: 'emdn:Z12' } })).json()).toMatchObject({ emdn: { id: 'emdn:Z12', term: 'INSTRUMENTS' } });
    expect(await (await w.call('PATCH', `/api/v1/products/${ids.valve}`, { as: 'editorA', body: { emdnCode: null } })).json()).toMatchObject({ emdn: null });
    expect((await w.call('PUT', `/api/v1/products/${ids.valve}/checklist/annex-ii-1.1`, { as: 'editorA', body: { status: 'done' } })).status).toBe(200);
    expect((await w.call('DELETE', `/api/v1/products/${ids.valve}`, { as: 'editorA' })).status).toBe(204);
    expect((await w.call('GET', `/api/v1/products/${ids.valve}`, { as: 'admin' })).status).toBe(404);
    expect(await t.db.selectFrom('product_checklist').selectAll().where('product_id', '=', ids.valve!).execute()).toEqual([]);
  });
});
