// The HTTP frame: the OpenAPI document, the reference page, unknown routes and error bodies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { createApp } from '#src/http/app.ts';
import { createLogger } from '#src/log.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  t = await createTestDb();
  app = createApp({ db: t.db, log: createLogger('silent'), clock: () => new Date() });
});
afterAll(() => t.close());

describe('the HTTP frame', () => {
  it('serves an OpenAPI 3.1 document', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; info: { title: string } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('klynge API');
  });

  it('serves a readable API reference', async () => {
    const res = await app.request('/api/v1/docs');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('openapi.json');
  });

  it('answers an unknown route with a not_found error body', async () => {
    const res = await app.request('/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/v1/no-such-thing' } });
  });
});
