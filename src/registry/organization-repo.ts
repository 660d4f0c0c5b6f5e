// SQL of organisations: one organisation with what belongs to it, writes, declared competences, memberships.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { NewOrganization, OrganizationUpdate } from '#src/db/types.ts';
import type { OrganizationDetailRows, OrganizationRow } from '#src/registry/organization-schema.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

/** The organisation `id` if the viewer may see it. */
export async function findOrganization(db: Db, id: string, viewer: Viewer): Promise<OrganizationRow | undefined> {
  return db
    .selectFrom('organizations as o')
    .selectAll()
    .where('o.id', '=', id)
    .where(visibleTo(viewer, 'o.visibility', 'o.id'))
    .executeTakeFirst();
}

/** Competences (with labels), memberships (with cluster names) and counts of projects, facilities and offers. */
export async function findOrganizationDetail(db: Db, id: string): Promise<OrganizationDetailRows> {
  const [competences, memberships, counts] = await Promise.all([
    db
      .selectFrom('organization_competences as oc')
      .innerJoin('competences as c', 'c.id', 'oc.competence_id')
      .select(['oc.competence_id', 'c.label', 'oc.source', 'oc.weight'])
      .where('oc.organization_id', '=', id)
      .orderBy('oc.source')
      .orderBy('oc.weight', 'desc')
      .orderBy('oc.competence_id')
      .execute(),
    db
      .selectFrom('memberships as m')
      .innerJoin('clusters as c', 'c.id', 'm.cluster_id')
      .select(['m.cluster_id', 'c.slug', 'c.name', 'c.parent_id', 'm.type', 'm.status'])
      .where('m.organization_id', '=', id)
      .orderBy('c.name')
      .execute(),
    sql<OrganizationDetailRows['counts']>`select
        (select count(distinct project_id) from participations where organization_id = ${id}) as projects,
        (select count(*) from facilities where organization_id = ${id}) as facilities,
        (select count(*) from offers where organization_id = ${id}) as offers`.execute(db),
  ]);
  return { competences, memberships, counts: counts.rows[0] ?? { projects: 0, facilities: 0, offers: 0 } };
}

/** Inserts an organisation and returns its id; a taken CORDIS id is reported by the caller's check. */
export async function insertOrganization(db: Db, row: NewOrganization): Promise<string> {
  const inserted = await db.insertInto('organizations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** Changes the columns of organisation `id` and stamps `updated_at`. */
export async function updateOrganizationRow(db: Db, id: string, columns: OrganizationUpdate, at: Date): Promise<void> {
  await db.updateTable('organizations').set({ ...columns, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

/** Deletes organisation `id` (its competences, memberships, participations, facilities and offers go with it). */
export async function deleteOrganizationRow(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('organizations').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Replaces the declared competences of organisation `id` (derived ones stay). */
export async function replaceDeclaredCompetences(db: Db, id: string, competenceIds: string[]): Promise<void> {
  await db.deleteFrom('organization_competences').where('organization_id', '=', id).where('source', '=', 'declared').execute();
  if (competenceIds.length === 0) return;
  await db
    .insertInto('organization_competences')
    .values([...new Set(competenceIds)].map((competence_id) => ({ organization_id: id, competence_id, source: 'declared' as const })))
    .execute();
}

/** Makes organisation `id` an active full member of each cluster or hub in `clusterIds`. */
export async function insertMemberships(db: Db, id: string, clusterIds: string[]): Promise<void> {
  if (clusterIds.length === 0) return;
  await db
    .insertInto('memberships')
    .values([...new Set(clusterIds)].map((cluster_id) => ({ organization_id: id, cluster_id })))
    .onConflict((oc) => oc.columns(['organization_id', 'cluster_id']).doNothing())
    .execute();
}

/** The ids among `ids` that name existing clusters or hubs. */
export async function existingClusterIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('clusters').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The clusters and hubs organisation `id` has a membership in (any status). */
export async function membershipClusterIds(db: Db, id: string): Promise<string[]> {
  const rows = await db.selectFrom('memberships').select('cluster_id').where('organization_id', '=', id).execute();
  return rows.map((r) => r.cluster_id);
}

/** The organisation (other than `exceptId`) holding CORDIS id `cordisId`, if any. */
export async function findByCordisId(db: Db, cordisId: string, exceptId?: string): Promise<string | undefined> {
  let query = db.selectFrom('organizations').select('id').where('cordis_id', '=', cordisId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst())?.id;
}
