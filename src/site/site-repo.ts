// SQL of the cluster site's own tables: pages, assets (files as bytea) and the contacts of the cluster management.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { AssetKind } from '#src/site/site-files.ts';
import type { AssetMetaRow, PageRow } from '#src/site/site-schema.ts';

const assetMeta = ['id', 'cluster_id', 'kind', 'filename', 'content_type', 'size', 'title', 'listed', 'created_by', 'created_at'] as const;

/** Pages of a cluster in site order; only the published ones unless `drafts`. */
export async function findPages(db: Db, clusterId: string, drafts: boolean): Promise<PageRow[]> {
  let query = db.selectFrom('site_pages').selectAll().where('cluster_id', '=', clusterId);
  if (!drafts) query = query.where('published', '=', true);
  return query.orderBy('position').orderBy('slug').execute();
}

/** One page of a cluster by slug (drafts too: callers decide who may see it). */
export async function findPage(db: Db, clusterId: string, slug: string): Promise<PageRow | undefined> {
  return db.selectFrom('site_pages').selectAll().where('cluster_id', '=', clusterId).where('slug', '=', slug).executeTakeFirst();
}

/** Inserts a page at the end of the site's order. */
export async function insertPage(
  db: Db,
  page: { cluster_id: string; slug: string; title: string; body: string; published: boolean; updated_by: string | null },
  now: Date,
): Promise<void> {
  const last = await db.selectFrom('site_pages').select(sql<number>`coalesce(max(position), -1)`.as('max')).where('cluster_id', '=', page.cluster_id).executeTakeFirstOrThrow();
  await db.insertInto('site_pages').values({ ...page, position: Number(last.max) + 1, created_at: now, updated_at: now }).execute();
}

/** Changes a page's columns (and its updated_at). */
export async function updatePageRow(
  db: Db,
  id: string,
  changes: { slug?: string; title?: string; body?: string; published?: boolean; updated_by: string | null },
  now: Date,
): Promise<void> {
  await db.updateTable('site_pages').set({ ...changes, updated_at: now }).where('id', '=', id).execute();
}

/** Whether another page of the cluster has `slug`. */
export async function pageSlugTaken(db: Db, clusterId: string, slug: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('site_pages').select('id').where('cluster_id', '=', clusterId).where('slug', '=', slug);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function deletePageRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('site_pages').where('id', '=', id).execute();
}

/** Sets the positions of a cluster's pages to their index in `slugs`. */
export async function setPagePositions(db: Db, clusterId: string, slugs: string[]): Promise<void> {
  for (const [position, slug] of slugs.entries()) {
    await db.updateTable('site_pages').set({ position }).where('cluster_id', '=', clusterId).where('slug', '=', slug).execute();
  }
}

/** The assets of a cluster without their bytes, newest first; only listed downloads when `listedDownloads`. */
export async function findAssets(db: Db, clusterId: string, listedDownloads = false): Promise<AssetMetaRow[]> {
  let query = db.selectFrom('site_assets').select(assetMeta).where('cluster_id', '=', clusterId);
  if (listedDownloads) query = query.where('kind', '=', 'download').where('listed', '=', true);
  return query.orderBy('created_at', 'desc').orderBy('filename').execute();
}

/** One asset of a cluster without its bytes. */
export async function findAssetMeta(db: Db, clusterId: string, id: string): Promise<AssetMetaRow | undefined> {
  return db.selectFrom('site_assets').select(assetMeta).where('cluster_id', '=', clusterId).where('id', '=', id).executeTakeFirst();
}

/** One asset of a cluster with its bytes. */
export async function findAssetFile(db: Db, clusterId: string, id: string) {
  return db
    .selectFrom('site_assets')
    .select(['kind', 'filename', 'content_type', 'size', 'data', 'created_at'])
    .where('cluster_id', '=', clusterId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Stores an uploaded file; returns its id. */
export async function insertAsset(
  db: Db,
  asset: { cluster_id: string; kind: AssetKind; filename: string; content_type: string; data: Uint8Array; title: string; listed: boolean; created_by: string | null; created_at: Date },
): Promise<string> {
  const row = await db
    .insertInto('site_assets')
    .values({ ...asset, size: asset.data.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAssetRow(db: Db, id: string, changes: { title?: string; listed?: boolean }): Promise<void> {
  await db.updateTable('site_assets').set(changes).where('id', '=', id).execute();
}

export async function deleteAssetRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('site_assets').where('id', '=', id).execute();
}

export type ContactRow = {
  person_id: string;
  given_name: string;
  family_name: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  consent_listed: boolean;
  organization_name: string | null;
  role: unknown;
};

/** The contacts of a cluster in their order; for the public (`consentedOnly`) only people who consented to be listed. */
export async function findContacts(db: Db, clusterId: string, consentedOnly: boolean): Promise<ContactRow[]> {
  let query = db
    .selectFrom('cluster_contacts as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    // The public site names a contact's organisation only when the organisation itself is public.
    .leftJoin('organizations as o', (join) => (consentedOnly ? join.onRef('o.id', '=', 'p.organization_id').on('o.visibility', '=', 'public') : join.onRef('o.id', '=', 'p.organization_id')))
    .select(['c.person_id', 'p.given_name', 'p.family_name', 'p.job_title', 'p.email', 'p.phone', 'p.consent_listed', 'o.name as organization_name', 'c.role'])
    .where('c.cluster_id', '=', clusterId);
  if (consentedOnly) query = query.where('p.consent_listed', '=', true);
  return query.orderBy('c.position').orderBy('p.family_name').execute();
}

/** Replaces the contacts of a cluster with `contacts`, in that order. */
export async function replaceContacts(db: Db, clusterId: string, contacts: Array<{ personId: string; role: string }>): Promise<void> {
  await db.deleteFrom('cluster_contacts').where('cluster_id', '=', clusterId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('cluster_contacts')
    .values(contacts.map((c, position) => ({ cluster_id: clusterId, person_id: c.personId, role: c.role, position })))
    .execute();
}

/** Which of `ids` are people in the registry. */
export async function existingPeople(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('people').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** People a manager may name as contacts: those of organisations with a membership in `clusterIds` (any status but ended). */
export async function findContactCandidates(db: Db, clusterIds: string[]) {
  return db
    .selectFrom('people as p')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id as person_id', 'p.given_name', 'p.family_name', 'p.job_title', 'p.consent_listed', 'o.name as organization_name'])
    .where('p.organization_id', 'in', db.selectFrom('memberships').select('organization_id').where('cluster_id', 'in', clusterIds).where('status', 'in', ['active', 'applied']))
    .orderBy('o.name')
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .limit(500)
    .execute();
}
