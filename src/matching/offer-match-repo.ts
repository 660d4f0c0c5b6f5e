// SQL of offer matching: the offers to compare, the stored matches and runs, and the editors to notify.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { OrganizationType, Visibility } from '#src/db/types.ts';
import type { OfferDirection, OfferKind } from '#src/matching/offer-match-similarity.ts';
import { uuidList } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

export type MatchableOffer = {
  id: string;
  organizationId: string;
  organizationName: string;
  organizationVisibility: Visibility;
  direction: OfferDirection;
  kind: OfferKind;
  title: string;
  description: string;
  visibility: Visibility;
  expiresAt: string | null;
  updatedAt: Date;
};

function selectMatchable(db: Db) {
  return db
    .selectFrom('offers as f')
    .innerJoin('organizations as o', 'o.id', 'f.organization_id')
    .select([
      'f.id', 'f.organization_id as organizationId', 'o.name as organizationName', 'o.visibility as organizationVisibility',
      'f.direction', 'f.kind', 'f.title', 'f.description', 'f.visibility', 'f.expires_at as expiresAt', 'f.updated_at as updatedAt',
    ]);
}

const current = (today: string) => sql<SqlBool>`(f.expires_at is null or f.expires_at >= ${today}::date)`;

/** One offer or request with its organisation, whatever its visibility. */
export async function findMatchableOffer(db: Db, id: string): Promise<MatchableOffer | undefined> {
  return selectMatchable(db).where('f.id', '=', id).executeTakeFirst();
}

/**
 * The offers and requests that may be shown to any organisation's editors: current, not private, of organisations
 * that are not private (the candidates of every run, and the corpus their idf comes from).
 */
export async function findShareableOffers(db: Db, today: string): Promise<MatchableOffer[]> {
  return selectMatchable(db)
    .where('f.visibility', '<>', 'private')
    .where('o.visibility', '<>', 'private')
    .where(current(today))
    .orderBy('f.id')
    .execute();
}

/** The visibility of each of these organisations. */
export async function findOrganizationVisibilities(db: Db, ids: string[]): Promise<Map<string, Visibility>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organizations').select(['id', 'visibility']).where('id', 'in', uuidList(ids)).execute();
  return new Map(rows.map((r) => [r.id, r.visibility]));
}

export type NewMatch = { offerId: string; matchedOfferId?: string; matchedOrganizationId?: string; score: number; reasons: unknown[] };
export type StoredMatch = { id: string; offerId: string; matchedOfferId: string | null; matchedOrganizationId: string | null; inserted: boolean };

/**
 * Stores matches: new pairs are inserted, known pairs get the new score and reasons. `inserted` tells which were
 * new (xmax is 0 only on a row this statement inserted), so a pair two runs store at once is new to one of them.
 */
export async function upsertMatches(db: Db, matches: NewMatch[], at: Date): Promise<StoredMatch[]> {
  const out: StoredMatch[] = [];
  for (const target of ['matched_organization_id', 'matched_offer_id'] as const) {
    const rows = matches.filter((m) => (target === 'matched_offer_id' ? m.matchedOfferId : m.matchedOrganizationId) !== undefined);
    if (rows.length === 0) continue;
    const stored = await db
      .insertInto('offer_matches')
      .values(rows.map((m) => ({
        offer_id: m.offerId,
        matched_offer_id: m.matchedOfferId ?? null,
        matched_organization_id: m.matchedOrganizationId ?? null,
        score: m.score,
        reasons: JSON.stringify(m.reasons),
        created_at: at.toISOString(),
      })))
      .onConflict((oc) =>
        oc.columns(['offer_id', target]).where(target, 'is not', null).doUpdateSet((eb) => ({ score: eb.ref('excluded.score'), reasons: eb.ref('excluded.reasons') })),
      )
      .returning(['id', 'offer_id as offerId', 'matched_offer_id as matchedOfferId', 'matched_organization_id as matchedOrganizationId', sql<boolean>`xmax = 0`.as('inserted')])
      .execute();
    out.push(...stored);
  }
  return out;
}

/**
 * Deletes what a run no longer finds: organisations of the offer outside `organizationIds`, counterparts outside
 * `offerIds`, and the reverse rows of counterparts outside `reverseOfferIds`.
 */
export async function deleteStaleMatches(
  db: Db,
  offerId: string,
  keep: { organizationIds: string[]; offerIds: string[]; reverseOfferIds: string[] },
): Promise<void> {
  const outside = (column: 'matched_organization_id' | 'matched_offer_id' | 'offer_id', ids: string[]) =>
    ids.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`${sql.ref(column)} not in ${uuidList(ids)}`;
  await db.deleteFrom('offer_matches').where('offer_id', '=', offerId).where('matched_organization_id', 'is not', null)
    .where(outside('matched_organization_id', keep.organizationIds)).execute();
  await db.deleteFrom('offer_matches').where('offer_id', '=', offerId).where('matched_offer_id', 'is not', null)
    .where(outside('matched_offer_id', keep.offerIds)).execute();
  await db.deleteFrom('offer_matches').where('matched_offer_id', '=', offerId).where(outside('offer_id', keep.reverseOfferIds)).execute();
}

/** Records that the owners were told about these matches. */
export async function markMatchesNotified(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('offer_matches').set({ notified_at: at.toISOString() }).where('id', 'in', uuidList(ids)).execute();
}

/** The active users who edit each of these organisations (role organization_editor scoped to it). */
export async function findOrganizationEditors(db: Db, organizationIds: string[]): Promise<Array<{ organizationId: string; userId: string }>> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.scope_id as organizationId', 'r.user_id as userId'])
    .where('r.role', '=', 'organization_editor')
    .where('r.scope_id', 'in', uuidList(organizationIds))
    .where('u.disabled', '=', false)
    .orderBy('r.user_id')
    .execute();
}

/** Records a finished run of an offer and the version of the offer it matched. */
export async function recordMatchRun(db: Db, offerId: string, offerUpdatedAt: Date, at: Date): Promise<void> {
  const values = { offer_id: offerId, offer_updated_at: offerUpdatedAt.toISOString(), ran_at: at.toISOString() };
  await db
    .insertInto('offer_match_runs')
    .values(values)
    .onConflict((oc) => oc.column('offer_id').doUpdateSet({ offer_updated_at: values.offer_updated_at, ran_at: values.ran_at }))
    .execute();
}

/** The current offers never matched, or changed since their last run. */
export async function findOffersToMatch(db: Db, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('offers as f')
    .leftJoin('offer_match_runs as r', 'r.offer_id', 'f.id')
    .select('f.id')
    .where(current(today))
    // Runs record the version as read into JavaScript (milliseconds); PostgreSQL keeps microseconds.
    .where(sql<SqlBool>`(r.offer_id is null or r.offer_updated_at < date_trunc('milliseconds', f.updated_at))`)
    .orderBy('f.created_at')
    .execute();
  return rows.map((r) => r.id);
}

/** When the offer was last matched, if ever. */
export async function findMatchRun(db: Db, offerId: string): Promise<Date | undefined> {
  return (await db.selectFrom('offer_match_runs').select('ran_at').where('offer_id', '=', offerId).executeTakeFirst())?.ran_at;
}

export type OrganizationMatchRow = {
  id: string; score: number; reasons: unknown[]; createdAt: Date;
  organizationId: string; name: string; type: OrganizationType; country: string | null; city: string | null;
};

/** The organisations matched to an offer that the viewer may see, best first. */
export async function findOrganizationMatches(db: Db, viewer: Viewer, offerId: string): Promise<OrganizationMatchRow[]> {
  return db
    .selectFrom('offer_matches as m')
    .innerJoin('organizations as o', 'o.id', 'm.matched_organization_id')
    .select(['m.id', 'm.score', 'm.reasons', 'm.created_at as createdAt', 'o.id as organizationId', 'o.name', 'o.type', 'o.country', 'o.city'])
    .where('m.offer_id', '=', offerId)
    .where(visibleTo(viewer, 'o.visibility', 'o.id'))
    .orderBy('m.score', 'desc')
    .orderBy('o.name')
    .execute();
}

export type OfferMatchRow = {
  id: string; score: number; reasons: unknown[]; createdAt: Date;
  offerId: string; title: string; direction: OfferDirection; kind: OfferKind; expiresAt: string | null;
  organizationId: string; organizationName: string;
};

/** The current counterparts matched to an offer that the viewer may see, best first. */
export async function findOfferMatches(db: Db, viewer: Viewer, offerId: string, today: string): Promise<OfferMatchRow[]> {
  return db
    .selectFrom('offer_matches as m')
    .innerJoin('offers as f', 'f.id', 'm.matched_offer_id')
    .innerJoin('organizations as o', 'o.id', 'f.organization_id')
    .select([
      'm.id', 'm.score', 'm.reasons', 'm.created_at as createdAt', 'f.id as offerId', 'f.title', 'f.direction', 'f.kind',
      'f.expires_at as expiresAt', 'o.id as organizationId', 'o.name as organizationName',
    ])
    .where('m.offer_id', '=', offerId)
    .where(current(today))
    .where(visibleTo(viewer, 'f.visibility', 'f.organization_id'))
    .where(visibleTo(viewer, 'o.visibility', 'o.id'))
    .orderBy('m.score', 'desc')
    .orderBy('f.title')
    .execute();
}
