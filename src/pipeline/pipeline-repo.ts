// SQL of the innovation pipeline: projects with what the board shows, stage changes, partners and funding rows.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { PipelineFundingTable, PipelineProjectsTable, PipelineStage } from '#src/db/types-cluster.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';

function selectProjects(db: Db) {
  return db
    .selectFrom('pipeline_projects as pp')
    .leftJoin('strategy_themes as st', 'st.id', 'pp.theme_id')
    .leftJoin('organizations as lo', 'lo.id', 'pp.lead_organization_id')
    .leftJoin('products as pr', 'pr.id', 'pp.product_id')
    .leftJoin('organizations as po', 'po.id', 'pr.organization_id')
    .selectAll('pp')
    .select([
      'st.title as theme_title', 'lo.name as lead_name', 'lo.visibility as lead_visibility',
      'pr.name as product_name', 'pr.organization_id as product_organization_id', 'pr.regulation as product_regulation',
      'pr.device_class as product_class', 'pr.subclasses as product_subclasses', 'pr.route_key as product_route_key',
      'pr.notified_body as product_notified_body', 'pr.visibility as product_visibility', 'po.visibility as product_organization_visibility',
      (eb) => eb.selectFrom('pipeline_partners as pa').select((e) => e.fn.countAll<number>().as('n')).whereRef('pa.project_id', '=', 'pp.id').as('partner_count'),
      (eb) => eb.selectFrom('pipeline_funding as f').select(sql<number>`coalesce(sum(f.amount_applied), 0)`.as('s')).whereRef('f.project_id', '=', 'pp.id').as('funding_applied'),
      (eb) => eb.selectFrom('pipeline_funding as f').select(sql<number>`coalesce(sum(f.amount_won), 0)`.as('s')).whereRef('f.project_id', '=', 'pp.id').where('f.status', '=', 'won').as('funding_won'),
    ]);
}

/** The projects of these clusters (and hubs) with theme, lead, product and totals, by stage entry (oldest first). */
export async function findProjectsInClusters(db: Db, clusterIds: string[]) {
  if (clusterIds.length === 0) return [];
  return selectProjects(db).where('pp.cluster_id', 'in', clusterIds).orderBy('pp.stage_entered_at').orderBy('pp.id').execute();
}

/** One project with what its page shows in the header. */
export async function findProject(db: Db, id: string) {
  return selectProjects(db).where('pp.id', '=', id).executeTakeFirst();
}

/** Ids of the projects an organisation leads or takes part in, among `projectIds`. */
export async function projectsOfOrganization(db: Db, organizationId: string, projectIds: string[]): Promise<Set<string>> {
  if (projectIds.length === 0) return new Set();
  const rows = await db.selectFrom('pipeline_projects as pp').select('pp.id').where('pp.id', 'in', projectIds)
    .where((eb) => eb.or([
      eb('pp.lead_organization_id', '=', organizationId),
      eb.exists(eb.selectFrom('pipeline_partners as pa').select('pa.project_id').whereRef('pa.project_id', '=', 'pp.id').where('pa.organization_id', '=', organizationId)),
    ]))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Inserts a project and returns its id. */
export async function insertProject(db: Db, values: Insertable<PipelineProjectsTable>): Promise<string> {
  return (await db.insertInto('pipeline_projects').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Changes a project's fields (not its stage). */
export async function updateProjectRow(db: Db, id: string, values: Updateable<PipelineProjectsTable>, at: Date): Promise<void> {
  await db.updateTable('pipeline_projects').set({ ...values, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

/** Deletes a project with its partners, funding rows and history. */
export async function deleteProjectRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('pipeline_projects').where('id', '=', id).execute();
}

/**
 * Moves the project from stage `from` to `to` only if it is in `from` now: one conditional update, so of two
 * concurrent moves from the same stage one finds the row changed (PostgreSQL re-checks the condition after the
 * other's commit) and moves nothing. True when it moved.
 */
export async function moveStageIfAt(db: Db, id: string, from: PipelineStage, to: PipelineStage, at: Date): Promise<boolean> {
  const moved = await db.updateTable('pipeline_projects')
    .set({ stage: to, stage_entered_at: timestampValue(at), updated_at: timestampValue(at) })
    .where('id', '=', id).where('stage', '=', from)
    .returning('id').executeTakeFirst();
  return moved !== undefined;
}

/** Records a change of stage. */
export async function insertStageChange(db: Db, row: { projectId: string; from: PipelineStage | null; to: PipelineStage; at: Date; by: string | null; note: string }): Promise<void> {
  await db.insertInto('pipeline_stage_history').values({
    project_id: row.projectId, from_stage: row.from, to_stage: row.to, changed_at: row.at.toISOString(), changed_by: row.by, note: row.note,
  }).execute();
}

/** The stage changes of these projects, oldest first. */
export async function findStageChanges(db: Db, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db.selectFrom('pipeline_stage_history').selectAll().where('project_id', 'in', projectIds).orderBy('changed_at').orderBy('id').execute();
}

/** The partners of a project with their organisation's name, type and visibility. */
export async function findProjectPartners(db: Db, projectId: string) {
  return db.selectFrom('pipeline_partners as pa').innerJoin('organizations as o', 'o.id', 'pa.organization_id')
    .select(['pa.organization_id', 'pa.role', 'o.name', 'o.type', 'o.visibility'])
    .where('pa.project_id', '=', projectId)
    .orderBy(sql`pa.role = 'lead'`, 'desc').orderBy('o.name')
    .execute();
}

/** Replaces the partners of a project (the lead organisation first, as role `lead`). */
export async function replaceProjectPartners(db: Db, projectId: string, partners: Array<{ organizationId: string; role: 'lead' | 'partner' | 'research' | 'clinical' | 'sme' | 'other' }>): Promise<void> {
  await db.deleteFrom('pipeline_partners').where('project_id', '=', projectId).execute();
  if (partners.length === 0) return;
  await db.insertInto('pipeline_partners').values(partners.map((p) => ({ project_id: projectId, organization_id: p.organizationId, role: p.role }))).execute();
}

/** The funding rows of a project with the call's title and deadline and the organisation's name. */
export async function findProjectFunding(db: Db, projectId: string) {
  return db.selectFrom('pipeline_funding as f')
    .leftJoin('funding_calls as c', 'c.id', 'f.call_id')
    .leftJoin('organizations as o', 'o.id', 'f.organization_id')
    .selectAll('f')
    .select(['c.title as call_title', 'c.deadline as call_deadline', 'o.name as organization_name', 'o.visibility as organization_visibility'])
    .where('f.project_id', '=', projectId)
    .orderBy('f.created_at').orderBy('f.id')
    .execute();
}

/** Inserts a funding row and returns its id. */
export async function insertFunding(db: Db, values: Insertable<PipelineFundingTable>): Promise<string> {
  return (await db.insertInto('pipeline_funding').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** The funding row `id` of project `projectId`. */
export async function findFundingRow(db: Db, projectId: string, id: string) {
  return db.selectFrom('pipeline_funding').selectAll().where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
}

/** Changes a funding row. */
export async function updateFundingRow(db: Db, id: string, values: Updateable<PipelineFundingTable>): Promise<void> {
  await db.updateTable('pipeline_funding').set(values).where('id', '=', id).execute();
}

/** Deletes a funding row of a project; false when there was none. */
export async function deleteFundingRow(db: Db, projectId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('pipeline_funding').where('id', '=', id).where('project_id', '=', projectId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether theme `id` belongs to one of these clusters. */
export async function themeInClusters(db: Db, id: string, clusterIds: string[]): Promise<boolean> {
  const row = await db.selectFrom('strategy_themes').select('id').where('id', '=', id).where('cluster_id', 'in', clusterIds).executeTakeFirst();
  return row !== undefined;
}

/** Whether funding call `id` is a global one or belongs to one of these clusters. */
export async function callInClusters(db: Db, id: string, clusterIds: string[]): Promise<boolean> {
  const row = await db.selectFrom('funding_calls').select('id').where('id', '=', id)
    .where((eb) => eb.or([eb('cluster_id', 'is', null), eb('cluster_id', 'in', clusterIds)])).executeTakeFirst();
  return row !== undefined;
}

/** The ids among `ids` of organisations that exist. */
export async function existingOrganizations(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('organizations').select(['id', 'visibility']).where('id', 'in', ids).execute();
}

/** The strategy themes of a cluster family (for the board's filter and the project form), in their order. */
export async function findThemes(db: Db, clusterIds: string[]) {
  return db.selectFrom('strategy_themes').select(['id', 'title', 'kind']).where('cluster_id', 'in', clusterIds).orderBy('position').orderBy('id').execute();
}

/** The organisations taking part in these projects (lead or partner), once each, by name. */
export async function findParticipatingOrganizations(db: Db, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db.selectFrom('pipeline_partners as pa').innerJoin('organizations as o', 'o.id', 'pa.organization_id')
    .select(['o.id', 'o.name', 'o.visibility']).distinct().where('pa.project_id', 'in', projectIds).orderBy('o.name').orderBy('o.id').execute();
}
