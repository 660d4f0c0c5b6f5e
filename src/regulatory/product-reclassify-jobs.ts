// Keeps the stored class and route of every product equal to what the engine says now: after an upgrade that
// changes a rule, lists and the cluster manager's counts (which read the stored columns) must not lag behind the
// product pages (which classify afresh). Queued at every start; cheap when nothing changed.
import type { Db } from '#src/db/connect.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { findProductProfiles, updateProductDerived } from '#src/regulatory/product-repo.ts';
import { productProfileColumns } from '#src/regulatory/product-service.ts';

export const PRODUCT_RECLASSIFY = 'product-reclassify';
const PAGE = 500;

/** Queues re-classifying the stored products (once: a queued or running job stands for this one). */
export async function enqueueProductReclassify(db: Db): Promise<boolean> {
  return (await enqueueJob(db, PRODUCT_RECLASSIFY, {}, { dedupeKey: PRODUCT_RECLASSIFY })).created;
}

/** The `product-reclassify` job: recomputes the derived columns of every product whose stored ones differ. */
export const handleProductReclassify: JobHandler = async (ctx, _job, progress) => {
  let afterId: string | null = null;
  let seen = 0;
  let changed = 0;
  let unreadable = 0;
  for (;;) {
    const rows = await findProductProfiles(ctx.db, afterId, PAGE);
    if (rows.length === 0) break;
    for (const row of rows) {
      let derived: ReturnType<typeof productProfileColumns>;
      try {
        derived = productProfileColumns(row.profile);
      } catch (err) {
        // A profile valid when saved but refused by a newer schema keeps its stored class until the user edits it.
        unreadable++;
        ctx.log.warn(`product ${row.id}: stored profile no longer valid (${err instanceof Error ? err.message : String(err)})`);
        continue;
      }
      const same =
        derived.regulation === row.regulation &&
        derived.device_class === row.device_class &&
        derived.subclasses.join(',') === row.subclasses.join(',') &&
        derived.rules === JSON.stringify(row.rules) &&
        derived.notified_body === row.notified_body &&
        derived.route_key === row.route_key;
      if (!same) {
        const { profile: _unchanged, ...columns } = derived;
        await updateProductDerived(ctx.db, row.id, columns);
        changed++;
      }
    }
    seen += rows.length;
    afterId = rows[rows.length - 1]!.id;
    await progress({ done: seen, message: `${seen} products checked, ${changed} re-classified` });
  }
  await progress({ done: seen, total: seen, message: `${seen} products checked, ${changed} re-classified, ${unreadable} unreadable` });
};
