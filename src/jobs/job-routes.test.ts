// The job list over HTTP: platform admins only, newest first, with status and progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { enqueueJob, reportProgress } from '#src/jobs/job-queue.ts';
import { createTestApp, userActor } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
type JobList = { items: Array<{ kind: string; status: string; progress: unknown; attempts: number; payload: unknown }> };

beforeAll(async () => {
  t = await createTestDb();
  call = createTestApp(t.db, { admin: userActor([], true), user: userActor(), editor: userActor([{ role: 'organization_editor', scopeId: crypto.randomUUID() }]) });
  const older = await enqueueJob(t.db, 'import-things', { file: 'a.zip' });
  await t.db.updateTable('jobs').set({ created_at: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', older.id).execute();
  const { id } = await enqueueJob(t.db, 'offer-matching', { offerId: crypto.randomUUID() });
  await t.db.updateTable('jobs').set({ status: 'running', attempts: 1 }).where('id', '=', id).execute();
  await reportProgress(t.db, id, { done: 1, total: 3, message: 'comparing' });
});
afterAll(() => t.close());

describe('listing jobs', () => {
  it('refuses visitors and users who are not platform admins', async () => {
    expect((await call('GET', '/api/v1/jobs')).status).toBe(401);
    expect((await call('GET', '/api/v1/jobs', { as: 'user' })).status).toBe(403);
    expect((await call('GET', '/api/v1/jobs', { as: 'editor' })).status).toBe(403);
  });

  it('lists the newest jobs first with status and progress, filtered by status', async () => {
    const res = await call('GET', '/api/v1/jobs', { as: 'admin' });
    expect(res.status).toBe(200);
    const list = (await res.json()) as JobList;
    expect(list.items.map((j) => [j.kind, j.status])).toEqual([['offer-matching', 'running'], ['import-things', 'queued']]);
    expect(list.items[0]).toMatchObject({ progress: { done: 1, total: 3, message: 'comparing' }, attempts: 1 });
    const running = (await (await call('GET', '/api/v1/jobs?status=queued', { as: 'admin' })).json()) as JobList;
    expect(running.items.map((j) => j.kind)).toEqual(['import-things']);
  });

  it('rejects an unknown status with 422', async () => {
    expect((await call('GET', '/api/v1/jobs?status=lost', { as: 'admin' })).status).toBe(422);
  });
});
