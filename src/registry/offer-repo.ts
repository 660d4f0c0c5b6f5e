// SQL of offers and requests: filtered pages visible to a viewer, and writes.
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { OffersTable } from '#src/db/types.ts';
import { arrayMatchesCompetence } from '#src/registry/competence-repo.ts';
import type { OfferRow } from '#src/registry/offer-schema.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

export type OfferFilter = {
  direction?: OfferRow['direction'] | undefined;
  kind?: OfferRow['kind'] | undefined;
  organizationId?: string | undefined;
  competenceId?: string | undefined;
  /** Leave out offers whose last day lies before this date (ISO), when given. */
  validOn?: string | undefined;
  after?: Array<string | number | null> | undefined;
  limit: number;
};

function selectOffers(db: Db, viewer: Viewer) {
  return db
    .selectFrom('offers as f')
    .innerJoin('organizations as o', 'o.id', 'f.organization_id')
    .selectAll('f')
    .select('o.name as organization_name')
    .where(visibleTo(viewer, 'f.visibility', 'f.organization_id'))
    .where(visibleTo(viewer, 'o.visibility', 'o.id'));
}

/** A page of the offers and requests the viewer may see, newest first. */
export async function findOffers(db: Db, viewer: Viewer, filter: OfferFilter): Promise<OfferRow[]> {
  let query = selectOffers(db, viewer);
  if (filter.direction) query = query.where('f.direction', '=', filter.direction);
  if (filter.kind) query = query.where('f.kind', '=', filter.kind);
  if (filter.organizationId) query = query.where('f.organization_id', '=', filter.organizationId);
  if (filter.competenceId) query = query.where(arrayMatchesCompetence('f.competence_ids', filter.competenceId));
  if (filter.validOn) query = query.where(sql<SqlBool>`(f.expires_at is null or f.expires_at >= ${filter.validOn}::date)`);
  if (filter.after) {
    const [createdAt, id] = filter.after;
    query = query.where(sql<SqlBool>`(f.created_at, f.id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return query.orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').limit(filter.limit + 1).execute();
}

/** One offer the viewer may see. */
export async function findVisibleOffer(db: Db, viewer: Viewer, id: string): Promise<OfferRow | undefined> {
  return selectOffers(db, viewer).where('f.id', '=', id).executeTakeFirst();
}

/** The owner of an offer, regardless of visibility (for write checks). */
export async function findOfferOwner(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('offers').select('organization_id').where('id', '=', id).executeTakeFirst())?.organization_id;
}

/** Inserts an offer and returns its id. */
export async function insertOffer(db: Db, values: Insertable<OffersTable>): Promise<string> {
  return (await db.insertInto('offers').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates an offer. */
export async function updateOfferRow(db: Db, id: string, values: Updateable<OffersTable>, at: Date): Promise<void> {
  await db.updateTable('offers').set({ ...values, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

/** Deletes an offer. */
export async function deleteOfferRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('offers').where('id', '=', id).execute();
}
