// The start-up re-classification of stored products: stale derived columns are replaced, current ones left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import type { DatabaseHandle } from '#src/db/connect.ts';
import { createTestDb } from '#src/db/test-db.ts';
import type { JobProgress } from '#src/db/types.ts';
import type { Job } from '#src/jobs/job-queue.ts';
import { createLogger } from '#src/log.ts';
import { handleProductReclassify } from '#src/regulatory/product-reclassify-jobs.ts';
import { buildRegulatoryWorld, PROFILES, type RegulatoryWorld } from '#src/regulatory/product-test-world.ts';

let handle: DatabaseHandle;
let world: RegulatoryWorld;
beforeAll(async () => {
  handle = await createTestDb();
  world = await buildRegulatoryWorld(handle.db);
});
afterAll(() => handle.close());

async function runJob(): Promise<JobProgress[]> {
  const reports: JobProgress[] = [];
  const ctx = { db: handle.db, actor: system, clock: () => new Date(), log: createLogger('silent') };
  await handleProductReclassify(ctx, {} as Job, async (p) => {
    reports.push(p);
  });
  return reports;
}

async function createProduct(name: string, profile: object): Promise<string> {
  const res = await world.call('POST', `/api/v1/organizations/${world.orgA}/products`, { as: 'editorA', body: { name, profile } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('product re-classification job', () => {
  it('should restore the class, rules and route the engine gives when the stored ones are stale', async () => {
    const id = await createProduct('Cardiac implant', PROFILES.implantIII);
    const before = await handle.db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const updatedAt = before.updated_at;
    // What an older engine version might have stored.
    await handle.db
      .updateTable('products')
      .set({ device_class: 'IIb', rules: JSON.stringify([{ rule: '8', class: 'IIb' }]), notified_body: 'none', route_key: 'old' })
      .where('id', '=', id)
      .execute();

    const reports = await runJob();

    const after = await handle.db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(after.device_class).toBe(before.device_class);
    expect(after.device_class).toBe('III');
    expect(after.rules).toEqual(before.rules);
    expect(after.notified_body).toBe(before.notified_body);
    expect(after.route_key).toBe(before.route_key);
    expect(String(after.updated_at)).toBe(String(updatedAt));
    expect(reports.at(-1)?.message).toMatch(/1 re-classified/);
  });

  it('should change nothing when every stored class is current', async () => {
    await createProduct('Hospital bed', PROFILES.classI);
    const reports = await runJob();
    expect(reports.at(-1)).toMatchObject({ done: 2, total: 2 });
    expect(reports.at(-1)?.message).toMatch(/0 re-classified, 0 unreadable/);
  });

  it('should keep the stored class of a profile the schema now refuses, and count it', async () => {
    const id = await createProduct('Legacy', PROFILES.softwareIIa);
    await handle.db.updateTable('products').set({ profile: JSON.stringify({ regulation: 'MDR', retiredField: true }) }).where('id', '=', id).execute();
    const reports = await runJob();
    const row = await handle.db.selectFrom('products').select('device_class').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.device_class).toBe('IIa');
    expect(reports.at(-1)?.message).toMatch(/1 unreadable/);
  });
});
