// SQL of product checklists: the saved status of plan items and their upsert.
import type { Insertable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { ChecklistStatus, EvidenceLink, ProductChecklistTable } from '#src/db/types-regulatory.ts';

export type ChecklistRow = {
  item_id: string;
  status: ChecklistStatus;
  evidence: EvidenceLink[];
  note: string;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_at: Date | string;
};

/** The saved checklist entries of products, with the name of who changed each last. */
export async function findChecklists(db: Db, productIds: string[]): Promise<Map<string, ChecklistRow[]>> {
  const found = new Map<string, ChecklistRow[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return found;
  const rows = await db
    .selectFrom('product_checklist as c')
    .leftJoin('users as u', 'u.id', 'c.updated_by')
    .select(['c.product_id', 'c.item_id', 'c.status', 'c.evidence', 'c.note', 'c.updated_by', 'u.name as updated_by_name', 'c.updated_at'])
    .where('c.product_id', 'in', productIds)
    .orderBy('c.item_id')
    .execute();
  for (const { product_id, ...row } of rows) found.get(product_id)?.push(row);
  return found;
}

/** Inserts or replaces the entry of one item. */
export async function upsertChecklistEntry(db: Db, values: Insertable<ProductChecklistTable>): Promise<void> {
  await db
    .insertInto('product_checklist')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['product_id', 'item_id']).doUpdateSet((eb) => ({
        status: eb.ref('excluded.status'),
        evidence: eb.ref('excluded.evidence'),
        note: eb.ref('excluded.note'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
