// POST /api/v1/regulatory/classify: public, the classification with citations, 422 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  t = await createTestDb();
  call = createTestApp(t.db, { user: userActor() });
});
afterAll(() => t.close());

describe('POST /api/v1/regulatory/classify', () => {
  it('classifies for anyone, signed in or not, with the sentence of the Regulation behind each rule', async () => {
    const body = { regulation: 'MDR', id: 'stent', invasive: 'implantable', directContactHeartCirculationOrCNS: true, ancillaryMedicinalSubstance: true };
    for (const as of [undefined, 'user']) {
      const res = await call('POST', '/api/v1/regulatory/classify', { body, ...(as ? { as } : {}) });
      expect(res.status).toBe(200);
      const c = (await res.json()) as { id: string; class: string; rules: Array<{ rule: string; citation: { ref: string; text: string } }>; route: { notifiedBody: boolean } };
      expect([c.id, c.class, c.route.notifiedBody]).toEqual(['stent', 'III', true]);
      expect(c.rules.map((r) => r.rule)).toEqual(['8', '14']);
      expect(c.rules[1]!.citation.ref).toBe('MDR Annex VIII, Rule 14');
      expect(c.rules[1]!.citation.text).toMatch(/^All devices incorporating, as an integral part, a substance/);
    }
  });

  it('answers 422 naming the field and the allowed values for a bad profile', async () => {
    const res = await call('POST', '/api/v1/regulatory/classify', { body: { regulation: 'MDR', invasive: 'surgical', duration: 'weeks' } });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string; details: Array<{ field: string }> } };
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('$.duration must be one of: transient, short-term, long-term');
    expect(error.details).toEqual([expect.objectContaining({ field: '$.duration' })]);
  });

  it('answers 422 for an inconsistent profile and for a body that is not an object', async () => {
    const inactive = await call('POST', '/api/v1/regulatory/classify', { body: { regulation: 'MDR', therapeuticEnergy: 'yes' } });
    expect(inactive.status).toBe(422);
    expect(((await inactive.json()) as { error: { message: string } }).error.message).toContain('needs "active": true');
    const list = await call('POST', '/api/v1/regulatory/classify', { body: [{ regulation: 'MDR' }] });
    expect(list.status).toBe(422);
  });

  it('is described in the OpenAPI document', async () => {
    const res = await call('GET', '/api/v1/openapi.json');
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/regulatory/classify']).toHaveProperty('post');
  });
});
