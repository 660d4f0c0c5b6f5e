// SQL of the registry table: bulk look-ups for matching a whole file, memberships by slug, export pages.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { OrganizationRow } from '#src/registry/organization-schema.ts';

/** The organisations with any of these ids or CORDIS ids (one query each, whatever the file's size). */
export async function findOrganizationsByKeys(db: Db, keys: { ids: string[]; cordisIds: string[] }): Promise<OrganizationRow[]> {
  const [byId, byCordis] = await Promise.all([
    keys.ids.length === 0 ? [] : db.selectFrom('organizations').selectAll().where(sql<boolean>`id = any(${keys.ids}::uuid[])`).execute(),
    keys.cordisIds.length === 0
      ? []
      : db.selectFrom('organizations').selectAll().where(sql<boolean>`cordis_id = any(${keys.cordisIds}::text[])`).execute(),
  ]);
  return [...byId, ...byCordis];
}

/** Declared competence ids per organisation, sorted. */
export async function findDeclaredCompetences(db: Db, organizationIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (organizationIds.length === 0) return result;
  const rows = await db
    .selectFrom('organization_competences')
    .select(['organization_id', 'competence_id'])
    .where('source', '=', 'declared')
    .where(sql<boolean>`organization_id = any(${organizationIds}::uuid[])`)
    .orderBy('competence_id')
    .execute();
  for (const r of rows) result.set(r.organization_id, [...(result.get(r.organization_id) ?? []), r.competence_id]);
  return result;
}

/** Active memberships per organisation as cluster ids and slugs, sorted by slug. */
export async function findActiveMemberships(db: Db, organizationIds: string[]): Promise<Map<string, Array<{ id: string; slug: string }>>> {
  const result = new Map<string, Array<{ id: string; slug: string }>>();
  if (organizationIds.length === 0) return result;
  const rows = await db
    .selectFrom('memberships as m')
    .innerJoin('clusters as c', 'c.id', 'm.cluster_id')
    .select(['m.organization_id', 'c.id', 'c.slug'])
    .where('m.status', '=', 'active')
    .where(sql<boolean>`m.organization_id = any(${organizationIds}::uuid[])`)
    .orderBy('c.slug')
    .execute();
  for (const r of rows) result.set(r.organization_id, [...(result.get(r.organization_id) ?? []), { id: r.id, slug: r.slug }]);
  return result;
}

/** Cluster and hub ids by slug, for the slugs that exist. */
export async function findClusterIdsBySlug(db: Db, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('clusters').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** True when a cluster or hub has this id or slug. */
export async function clusterExists(db: Db, idOrSlug: string): Promise<boolean> {
  const row = await db
    .selectFrom('clusters')
    .select('id')
    .where(sql<boolean>`slug = ${idOrSlug} or id::text = ${idOrSlug}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** Makes organisation `id` an active member of each cluster or hub, reopening an ended or pending membership. */
export async function activateMemberships(db: Db, id: string, clusterIds: string[]): Promise<void> {
  if (clusterIds.length === 0) return;
  await db
    .insertInto('memberships')
    .values([...new Set(clusterIds)].map((cluster_id) => ({ organization_id: id, cluster_id, status: 'active' as const })))
    .onConflict((oc) => oc.columns(['organization_id', 'cluster_id']).doUpdateSet({ status: 'active', end_date: null }))
    .execute();
}
