// The checklist of a product's documentation plan: the status, evidence and note of one item, set by its editors.
import type { Ctx } from '#src/context.ts';
import { invalid, notFound } from '#src/errors.ts';
import { viewerOf } from '#src/registry/visibility.ts';
import { presentEntry } from '#src/regulatory/checklist-merge.ts';
import { findChecklists, upsertChecklistEntry } from '#src/regulatory/checklist-repo.ts';
import type { ChecklistUpdate } from '#src/regulatory/checklist-schema.ts';
import { findVisibleProduct } from '#src/regulatory/product-repo.ts';
import { analyseProfile, requireProductEditor } from '#src/regulatory/product-service.ts';

/**
 * Sets the status of plan item `itemId` of a product. The item must be in the product's plan, or saved before (items
 * a profile change dropped keep their record). Declaring an applying item not applicable needs a note saying why:
 * the technical documentation must explain why a requirement does not apply (MDR Annex II, Section 4(a)).
 */
export async function setChecklistItem(ctx: Ctx, productId: string, itemId: string, input: ChecklistUpdate) {
  await requireProductEditor(ctx, productId);
  const product = await findVisibleProduct(ctx.db, await viewerOf(ctx), productId);
  if (!product) throw notFound('product', productId);
  const { plan } = analyseProfile(product.profile, product.plan_options);
  const item = plan.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  const saved = ((await findChecklists(ctx.db, [productId])).get(productId) ?? []).some((r) => r.item_id === itemId);
  if (!item && !saved) throw notFound(`item ${itemId} of the documentation plan of product`, productId);
  if (input.status === 'not-applicable' && item?.applies && input.note === '') {
    const message = 'say why this requirement does not apply to the device (MDR Annex II, Section 4(a))';
    throw invalid(`note: ${message}`, [{ field: 'note', message }]);
  }
  const actor = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await upsertChecklistEntry(ctx.db, {
    product_id: productId,
    item_id: itemId,
    status: input.status,
    evidence: JSON.stringify(input.evidence),
    note: input.note,
    updated_by: actor,
    updated_at: ctx.clock(),
  });
  const row = ((await findChecklists(ctx.db, [productId])).get(productId) ?? []).find((r) => r.item_id === itemId)!;
  return { id: itemId, inPlan: item !== undefined, applies: item?.applies ?? false, ...presentEntry(row) };
}
