// SQL of projects: filtered pages, participants, topics, and who coordinates.
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { ParticipationRole, ProjectsTable } from '#src/db/types.ts';
import { matchesCompetence } from '#src/registry/competence-repo.ts';
import type { ParticipantRow, ProjectRow } from '#src/registry/project-schema.ts';
import { containsPattern } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

export type ProjectFilter = {
  organizationId?: string | undefined;
  competenceId?: string | undefined;
  programme?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
  after?: Array<string | number | null> | undefined;
  limit: number;
};

/** The sort key of the project list: newest start first (undated last), then id. */
export const projectSortKey = (row: ProjectRow) => [row.start_date ?? '0001-01-01', row.id];

/** A page of the projects the viewer may see, newest first. */
export async function findProjects(db: Db, viewer: Viewer, filter: ProjectFilter): Promise<ProjectRow[]> {
  // A project belongs to no single organisation, so only its visibility level counts.
  const levelOnly = { ...viewer, organizationIds: [] };
  let query = db.selectFrom('projects as p').selectAll('p').where(visibleTo(levelOnly, 'p.visibility', 'p.id'));
  if (filter.organizationId) {
    const orgId = filter.organizationId;
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('participations as pa').select('pa.project_id').whereRef('pa.project_id', '=', 'p.id').where('pa.organization_id', '=', orgId)),
    );
  }
  if (filter.competenceId) {
    query = query.where(sql<SqlBool>`exists (select 1 from project_topics pt where pt.project_id = p.id and ${matchesCompetence('pt.competence_id', filter.competenceId)})`);
  }
  if (filter.programme) query = query.where((eb) => eb.or([eb('p.framework_programme', '=', filter.programme!), eb('p.programme', '=', filter.programme!)]));
  if (filter.year !== undefined) query = query.where(sql<SqlBool>`extract(year from p.start_date) = ${filter.year}`);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where(
      sql<SqlBool>`(p.search_vector @@ plainto_tsquery('simple', ${filter.q}) or p.title ilike ${like} or p.acronym ilike ${like})`,
    );
  }
  if (filter.after) {
    const [start, id] = filter.after;
    query = query.where(sql<SqlBool>`(coalesce(p.start_date, date '0001-01-01'), p.id) < (${start}::date, ${id}::uuid)`);
  }
  return query
    .orderBy(sql`coalesce(p.start_date, date '0001-01-01')`, 'desc')
    .orderBy('p.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** One project regardless of visibility. */
export async function findProject(db: Db, id: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The participants of a project whose organisations the viewer may see, coordinator first. */
export async function findParticipants(db: Db, viewer: Viewer, projectId: string): Promise<ParticipantRow[]> {
  return db
    .selectFrom('participations as pa')
    .innerJoin('organizations as o', 'o.id', 'pa.organization_id')
    .select(['pa.organization_id', 'o.name', 'o.country', 'pa.role', 'pa.ec_contribution'])
    .where('pa.project_id', '=', projectId)
    .where(visibleTo(viewer, 'o.visibility', 'o.id'))
    .orderBy(sql`case pa.role when 'coordinator' then 0 when 'participant' then 1 when 'associatedPartner' then 2 else 3 end`)
    .orderBy('pa.position')
    .orderBy('o.name')
    .execute();
}

/** The topics of a project with their labels. */
export async function findTopics(db: Db, projectId: string) {
  return db
    .selectFrom('project_topics as pt')
    .innerJoin('competences as c', 'c.id', 'pt.competence_id')
    .select(['c.id', 'c.label'])
    .where('pt.project_id', '=', projectId)
    .orderBy('c.id')
    .execute();
}

/** The organisations taking part in a project, in any role. */
export async function participantOrganizationIds(db: Db, projectId: string): Promise<string[]> {
  const rows = await db.selectFrom('participations').select('organization_id').distinct().where('project_id', '=', projectId).execute();
  return rows.map((r) => r.organization_id);
}

/** The organisations coordinating a project. */
export async function findCoordinators(db: Db, projectId: string): Promise<string[]> {
  const rows = await db.selectFrom('participations').select('organization_id').where('project_id', '=', projectId).where('role', '=', 'coordinator').execute();
  return rows.map((r) => r.organization_id);
}

/** True when one of `organizationIds` is an active member of one of `clusterIds`. */
export async function anyActiveMember(db: Db, organizationIds: string[], clusterIds: string[]): Promise<boolean> {
  if (organizationIds.length === 0 || clusterIds.length === 0) return false;
  const row = await db
    .selectFrom('memberships')
    .select('organization_id')
    .where('organization_id', 'in', organizationIds)
    .where('cluster_id', 'in', clusterIds)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/** The ids among `ids` that are organisations. */
export async function existingOrganizationIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organizations').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Inserts a project and returns its id. */
export async function insertProject(db: Db, values: Insertable<ProjectsTable>): Promise<string> {
  return (await db.insertInto('projects').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates a project's columns. */
export async function updateProjectRow(db: Db, id: string, values: Updateable<ProjectsTable>, at: Date): Promise<void> {
  await db.updateTable('projects').set({ ...values, updated_at: at }).where('id', '=', id).execute();
}

/** Deletes a project (participations and topics go with it). */
export async function deleteProjectRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('projects').where('id', '=', id).execute();
}

/** Replaces the topics of a project. */
export async function replaceTopics(db: Db, projectId: string, competenceIds: string[]): Promise<void> {
  await db.deleteFrom('project_topics').where('project_id', '=', projectId).execute();
  if (competenceIds.length === 0) return;
  await db.insertInto('project_topics').values([...new Set(competenceIds)].map((competence_id) => ({ project_id: projectId, competence_id }))).execute();
}

/** Adds (or updates the contribution of) one participation. */
export async function upsertParticipant(
  db: Db,
  projectId: string,
  p: { organizationId: string; role: ParticipationRole; ecContribution: number | null },
): Promise<void> {
  await db
    .insertInto('participations')
    .values({ project_id: projectId, organization_id: p.organizationId, role: p.role, ec_contribution: p.ecContribution, position: null })
    .onConflict((oc) => oc.columns(['project_id', 'organization_id', 'role']).doUpdateSet({ ec_contribution: p.ecContribution }))
    .execute();
}

/** Removes an organisation's participations in a project; returns how many went. */
export async function deleteParticipant(db: Db, projectId: string, organizationId: string): Promise<number> {
  const result = await db.deleteFrom('participations').where('project_id', '=', projectId).where('organization_id', '=', organizationId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
