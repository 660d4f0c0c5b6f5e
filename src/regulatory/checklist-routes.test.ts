// The checklist of a product's documentation plan: status transitions, evidence links, justification of
// non-applicability, and items that a profile change drops kept as no longer applicable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildRegulatoryWorld, PROFILES, type RegulatoryWorld } from '#src/regulatory/product-test-world.ts';

type Item = { id: string; applies: boolean; status: string; evidence: Array<{ url: string; label?: string }>; note: string; updatedBy: { name: string } | null; updatedAt: string | null };
type Plan = { sections: Array<{ items: Item[] }>; retired: Item[]; progress: { applicable: number; done: number; inProgress: number; open: number; notApplicable: number } };

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: RegulatoryWorld;
let product: string;
const now = new Date('2026-05-04T10:00:00Z');

const put = (itemId: string, body: object, as: string | null = 'editorA') =>
  w.call('PUT', `/api/v1/products/${product}/checklist/${itemId}`, as ? { as, body } : { body });
const plan = async () => ((await (await w.call('GET', `/api/v1/products/${product}`, { as: 'editorA' })).json()) as { documentationPlan: Plan }).documentationPlan;
const item = async (id: string) => (await plan()).sections.flatMap((s) => s.items).find((i) => i.id === id);
const fields = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  w = await buildRegulatoryWorld(t.db, () => now);
  const res = await w.call('POST', `/api/v1/organizations/${w.orgA}/products`, { as: 'editorA', body: { name: 'Triage app', profile: PROFILES.softwareIIa } });
  product = ((await res.json()) as { id: string }).id;
});
afterAll(() => t.close());

describe('the checklist of a product', () => {
  it('refuses visitors and users who do not edit the organisation, saving nothing', async () => {
    expect((await put('gspr-17.2', { status: 'done' }, null)).status).toBe(401);
    for (const as of ['member', 'editorB', 'otherManager']) expect((await put('gspr-17.2', { status: 'done' }, as)).status).toBe(403);
    expect(await t.db.selectFrom('product_checklist').selectAll().execute()).toEqual([]);
  });

  it('moves an item from open to in progress to done and back, recording who and when', async () => {
    expect(await item('gspr-17.2')).toMatchObject({ status: 'open', updatedBy: null, updatedAt: null });
    const started = await put('gspr-17.2', { status: 'in-progress', note: 'IEC 62304 lifecycle being set up' });
    expect(await started.json()).toMatchObject({ id: 'gspr-17.2', inPlan: true, applies: true, status: 'in-progress', updatedBy: { name: 'editorA' }, updatedAt: now.toISOString() });
    const evidence = [{ url: 'https://qms.example.org/docs/SDP-001.pdf', label: 'Software development plan' }, { url: 'http://intranet/sop/12' }];
    await put('gspr-17.2', { status: 'done', evidence, note: 'Released with v1.0' });
    expect(await item('gspr-17.2')).toMatchObject({ status: 'done', evidence, note: 'Released with v1.0' });
    const progress = (await plan()).progress;
    expect([progress.done, progress.open]).toEqual([1, progress.applicable - 1]);
    await put('gspr-17.2', { status: 'open' });
    expect(await item('gspr-17.2')).toMatchObject({ status: 'open', evidence: [], note: '' });
  });

  it('needs a note to declare an applying requirement not applicable (MDR Annex II, Section 4(a))', async () => {
    const bare = await put('gspr-17.4', { status: 'not-applicable' });
    expect([bare.status, await fields(bare)]).toEqual([422, ['note']]);
    expect((await put('gspr-17.4', { status: 'not-applicable', note: 'No mobile platform is used' })).status).toBe(200);
    expect((await put('gspr-16.1', { status: 'not-applicable' })).status).toBe(200);
    expect((await plan()).progress.notApplicable).toBe(1);
  });

  it('rejects evidence that is not an http(s) link, unknown statuses and items outside the plan', async () => {
    const script = await put('gspr-17.2', { status: 'done', evidence: [{ url: 'javascript:alert(1)' }] });
    expect([script.status, await fields(script)]).toEqual([422, ['evidence.0.url']]);
    const status = await put('gspr-17.2', { status: 'finished' });
    expect([status.status, await fields(status)]).toEqual([422, ['status']]);
    expect((await put('gspr-99.9', { status: 'done' })).status).toBe(404);
    expect((await put('gspr-17.2', { status: 'done' }, 'admin')).status).toBe(200);
  });

  it('keeps the saved items a profile change drops from the plan, reported as no longer applicable', async () => {
    await put('gspr-17.2', { status: 'done', evidence: [{ url: 'https://qms.example.org/v' }] });
    await put('gspr-17.1', { status: 'in-progress' });
    // The same device as a self-test IVD: the plan of the IVDR has no item gspr-17.2.
    await w.call('PATCH', `/api/v1/products/${product}`, { as: 'editorA', body: { profile: PROFILES.selfTestC } });
    const retired = (await plan()).retired;
    expect(retired.map((i) => [i.id, i.status])).toEqual(expect.arrayContaining([['gspr-17.2', 'done'], ['gspr-17.1', 'in-progress']]));
    expect(retired.find((i) => i.id === 'gspr-17.2')?.evidence).toEqual([{ url: 'https://qms.example.org/v' }]);
    const note = await put('gspr-17.2', { status: 'done', note: 'kept for the MDR variant' });
    expect(await note.json()).toMatchObject({ inPlan: false, applies: false, note: 'kept for the MDR variant' });
    // Back to the MDR software profile: the work is there again.
    await w.call('PATCH', `/api/v1/products/${product}`, { as: 'editorA', body: { profile: PROFILES.softwareIIa } });
    expect(await item('gspr-17.2')).toMatchObject({ applies: true, status: 'done' });
  });
});
