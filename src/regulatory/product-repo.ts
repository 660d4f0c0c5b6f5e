// SQL of products: the products a viewer may see, writes, and the EMDN code check.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { ProductsTable } from '#src/db/types-regulatory.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';
import type { ProductRow } from '#src/regulatory/product-schema.ts';

function selectProducts(db: Db, viewer: Viewer) {
  return db
    .selectFrom('products as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('competences as e', 'e.id', 'p.emdn_code')
    .selectAll('p')
    .select(['o.name as organization_name', (eb) => eb.ref('e.label').$castTo<{ en?: string } | null>().as('emdn_label')])
    .where(visibleTo(viewer, 'p.visibility', 'p.organization_id'))
    .where(visibleTo(viewer, 'o.visibility', 'o.id'));
}

type RawRow = Omit<ProductRow, 'emdn_term'> & { emdn_label: { en?: string } | null };
const withTerm = ({ emdn_label, ...row }: RawRow): ProductRow => ({ ...row, emdn_term: emdn_label?.en ?? null });

/** The products of an organisation the viewer may see, by name. */
export async function findOrganizationProducts(db: Db, viewer: Viewer, organizationId: string): Promise<ProductRow[]> {
  const rows = await selectProducts(db, viewer).where('p.organization_id', '=', organizationId).orderBy('p.name').orderBy('p.id').execute();
  return rows.map(withTerm);
}

/** One product the viewer may see. */
export async function findVisibleProduct(db: Db, viewer: Viewer, id: string): Promise<ProductRow | undefined> {
  const row = await selectProducts(db, viewer).where('p.id', '=', id).executeTakeFirst();
  return row && withTerm(row);
}

/** The organisation, regulation and qualification answers of a product, regardless of visibility (for writes). */
export async function findProductBasics(db: Db, id: string) {
  return db.selectFrom('products').select(['organization_id', 'regulation', 'qualification_answers']).where('id', '=', id).executeTakeFirst();
}

/** Whether the viewer may see organisation `id` (products are listed under it). */
export async function organizationVisible(db: Db, viewer: Viewer, id: string): Promise<boolean> {
  const row = await db.selectFrom('organizations as o').select('o.id').where('o.id', '=', id).where(visibleTo(viewer, 'o.visibility', 'o.id')).executeTakeFirst();
  return row !== undefined;
}

/** Inserts a product and returns its id. */
export async function insertProduct(db: Db, values: Insertable<ProductsTable>): Promise<string> {
  return (await db.insertInto('products').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a product. */
export async function updateProductRow(db: Db, id: string, values: Updateable<ProductsTable>, at: Date): Promise<void> {
  await db.updateTable('products').set({ ...values, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

/** Deletes a product (its checklist goes with it; assessments linked to it lose the link). */
export async function deleteProductRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('products').where('id', '=', id).execute();
}

/** Whether `id` is an EMDN code of the taxonomy. */
export async function emdnCodeExists(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('competences').select('id').where('id', '=', id).where('scheme', '=', 'emdn').executeTakeFirst();
  return row !== undefined;
}

/** A page of products with their stored profile and derived columns, by id (for re-classification). */
export async function findProductProfiles(db: Db, afterId: string | null, limit: number) {
  let query = db
    .selectFrom('products')
    .select(['id', 'profile', 'regulation', 'device_class', 'subclasses', 'rules', 'notified_body', 'route_key'])
    .orderBy('id')
    .limit(limit);
  if (afterId !== null) query = query.where('id', '>', afterId);
  return query.execute();
}

/** Replaces the columns derived from a product's profile, leaving `updated_at` (the user's last edit) alone. */
export async function updateProductDerived(db: Db, id: string, values: Updateable<ProductsTable>): Promise<void> {
  await db.updateTable('products').set(values).where('id', '=', id).execute();
}
