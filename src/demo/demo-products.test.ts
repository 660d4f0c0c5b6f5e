// The demo's products: every class the navigator knows has one, their plans hold the demo checklist items, the
// chosen EMDN codes are stored exactly once the nomenclature is imported, and the cluster manager sees them counted.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { demoProducts } from '#src/demo/demo-products.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { importEmdn } from '#src/importers/emdn-import.ts';
import { createLogger } from '#src/log.ts';
import { getProduct } from '#src/regulatory/product-service.ts';
import { regulatoryOverview } from '#src/regulatory/regulatory-stats-service.ts';

const EMDN = fileURLToPath(new URL('../../../shared/data/nomenclature/emdn-v2.tsv', import.meta.url));
let t: Awaited<ReturnType<typeof createTestDb>>;
let ctx: Ctx;

beforeAll(async () => {
  t = await createTestDb();
  ctx = { db: t.db, actor: system, clock: () => new Date('2026-03-01T12:00:00Z'), log: createLogger('silent') };
  await importEmdn(ctx, EMDN);
  await loadDemoIfEmpty(ctx);
}, 60_000);
afterAll(() => t.close());

describe('the demo products', () => {
  it('cover MDR I, Is, IIa (software too), IIb and III and IVDR B, C and D', async () => {
    const rows = await t.db.selectFrom('products').select(['name', 'regulation', 'device_class', 'subclasses', 'emdn_code']).execute();
    expect(rows).toHaveLength(demoProducts.length);
    const classes = new Set(rows.map((r) => `${r.regulation} ${r.device_class}${r.subclasses.join('')}`));
    for (const c of ['MDR I', 'MDR Is', 'MDR IIa', 'MDR IIb', 'MDR III', 'IVDR B', 'IVDR C', 'IVDR D']) expect(classes).toContain(c);
    expect(rows.find((r) => r.name === 'HerzWacht Telemonitoring-App')).toMatchObject({ device_class: 'IIa' });
    expect(rows.map((r) => r.emdn_code).sort()).toEqual(demoProducts.map((p) => `emdn:${p.emdn}`).sort());
  });

  it('hold checklist items that are in their plans, with the plan counting them', async () => {
    const pen = await t.db.selectFrom('products').select('id').where('name', '=', 'Ryck Plasma Pen').executeTakeFirstOrThrow();
    const product = await getProduct(ctx, pen.id);
    expect(product.documentationPlan.retired).toEqual([]);
    expect(product.documentationPlan.progress.done).toBe(2);
    expect(product.class).toBe('IIa');
  });

  it('show in the overview of the cluster whose manager account the demo has', async () => {
    const cluster = await t.db.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirstOrThrow();
    const overview = await regulatoryOverview(ctx, cluster.id);
    expect(overview.totals.products).toBeGreaterThanOrEqual(5);
    expect(overview.organizations.map((o) => o.name)).toContain('Warnow Implant Works GmbH (Demo)');
    expect(overview.byClass.find((c) => c.class === 'III')?.products).toBe(1);
  });
});
