// The innovation pipeline's projects: the board of a cluster with its stage statistics, a project's page, and
// creating, changing and deleting projects (members for organisations they edit, managers for all).
import { clusterFamily, requireClusterMember } from '#src/auth/cluster-access.ts';
import { requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { forbidden, invalid, notFound } from '#src/errors.ts';
import { boardScope, canReadProject, editableProject, readableProject, standingOf, viewerSees, type Standing } from '#src/pipeline/pipeline-access.ts';
import { stageStatistics } from '#src/pipeline/pipeline-durations.ts';
import { presentProjectDetail, presentProjectSummary } from '#src/pipeline/pipeline-present.ts';
import {
  deleteProjectRow,
  findProject,
  findProjectFunding,
  findProjectPartners,
  findParticipatingOrganizations,
  findProjectsInClusters,
  findStageChanges,
  findThemes,
  insertProject,
  insertStageChange,
  projectsOfOrganization,
  replaceProjectPartners,
  updateProjectRow,
} from '#src/pipeline/pipeline-repo.ts';
import { PIPELINE_STAGES, type BoardQuery, type ProjectCreate, type ProjectUpdate } from '#src/pipeline/pipeline-schema.ts';
import { requireLinks, requirePartners } from '#src/pipeline/pipeline-validate.ts';
import { findCluster } from '#src/registry/cluster-service.ts';

const field = (name: string, message: string) => invalid(`${name}: ${message}`, [{ field: name, message }]);

/** The board of a cluster (with its hubs): the projects the actor may read, filtered, with counts and stage statistics. */
export async function getBoard(ctx: Ctx, ref: string, query: BoardQuery) {
  const cluster = await findCluster(ctx, ref);
  if (query.trlMin !== undefined && query.trlMax !== undefined && query.trlMax < query.trlMin) throw field('trlMax', 'must not be below trlMin');
  const s = await standingOf(ctx);
  const { clusters, family } = await boardScope(ctx, cluster);
  let rows = (await findProjectsInClusters(ctx.db, clusters)).filter((r) => canReadProject(s, r));
  const visibleIds = rows.map((r) => r.id);
  if (query.theme) rows = rows.filter((r) => r.theme_id === query.theme);
  if (query.kind) rows = rows.filter((r) => r.kind === query.kind);
  if (query.trlMin !== undefined) rows = rows.filter((r) => r.trl !== null && r.trl >= query.trlMin!);
  if (query.trlMax !== undefined) rows = rows.filter((r) => r.trl !== null && r.trl <= query.trlMax!);
  if (query.organization) {
    const ids = await projectsOfOrganization(ctx.db, query.organization, rows.map((r) => r.id));
    rows = rows.filter((r) => ids.has(r.id));
  }
  const [changes, themes, organizations] = await Promise.all([
    findStageChanges(ctx.db, rows.map((r) => r.id)), findThemes(ctx.db, family), findParticipatingOrganizations(ctx.db, visibleIds),
  ]);
  const now = ctx.clock();
  const access = s.manages(cluster.id) ? 'manager' : s.belongs(cluster.id) ? 'member' : 'public';
  return {
    clusterId: cluster.id,
    access,
    canCreate: access !== 'public',
    themes: themes.map((th) => ({ id: th.id, kind: th.kind, title: th.title })),
    organizations: organizations.filter((o) => viewerSees(s.viewer, o.visibility, o.id)).map((o) => ({ id: o.id, name: o.name })),
    counts: PIPELINE_STAGES.map((stage) => ({ stage, count: rows.filter((r) => r.stage === stage).length })),
    items: rows.map((r) => presentProjectSummary(r, s)),
    statistics: stageStatistics(
      PIPELINE_STAGES,
      rows.map((r) => ({ id: r.id, stage: r.stage, stageEnteredAt: new Date(r.stage_entered_at) })),
      changes.map((c) => ({ projectId: c.project_id, toStage: c.to_stage, changedAt: new Date(c.changed_at) })),
      now,
    ),
  } as const;
}

/** A project's page for whoever may read it. */
export async function getProject(ctx: Ctx, id: string) {
  const { row, standing } = await readableProject(ctx, id);
  return presentWith(ctx, row, standing);
}

async function presentWith(ctx: Ctx, row: NonNullable<Awaited<ReturnType<typeof findProject>>>, standing: Standing) {
  const [partners, funding, changes] = await Promise.all([findProjectPartners(ctx.db, row.id), findProjectFunding(ctx.db, row.id), findStageChanges(ctx.db, [row.id])]);
  return presentProjectDetail(row, standing, { partners, funding, changes }, ctx.clock());
}

/** The project after a write, as its writer sees it. */
export async function projectAfterWrite(ctx: Ctx, id: string) {
  const row = await findProject(ctx.db, id);
  if (!row) throw notFound('pipeline project', id);
  return presentWith(ctx, row, await standingOf(ctx));
}

/** Members may only lead projects through organisations they edit, and only managers run lead projects. */
function requireMemberRules(s: Standing, clusterId: string, input: { kind?: 'lead' | 'member' | undefined; leadOrganizationId?: string | null | undefined }, creating: boolean) {
  if (s.manages(clusterId)) return;
  if (input.kind === 'lead') throw forbidden('only the cluster’s managers run lead projects');
  if (input.leadOrganizationId === null || (creating && input.leadOrganizationId === undefined)) {
    throw field('leadOrganizationId', 'name the organisation you edit that leads the project');
  }
  if (input.leadOrganizationId !== undefined && !s.edits(input.leadOrganizationId)) throw forbidden('you may only create projects for organisations you edit');
}

/** Creates a project of a cluster with its partners; its first stage goes into the history. */
export async function createProject(ctx: Ctx, ref: string, input: ProjectCreate) {
  const cluster = await findCluster(ctx, ref);
  await requireClusterMember(ctx, cluster.id);
  const actor = requireUser(ctx.actor);
  const s = await standingOf(ctx);
  requireMemberRules(s, cluster.id, input, true);
  const family = await clusterFamily(ctx.db, cluster.id);
  await requireLinks(ctx, s, family, input);
  await requirePartners(ctx, s, input.partners, 'partners');
  const now = ctx.clock();
  const userId = actor.kind === 'user' ? actor.userId : null;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const projectId = await insertProject(trx, {
      cluster_id: cluster.id, kind: input.kind, title: input.title, summary: input.summary, theme_id: input.themeId,
      lead_organization_id: input.leadOrganizationId, stage: input.stage, trl: input.trl, product_id: input.productId,
      origin: input.origin, visibility: input.visibility, stage_entered_at: now.toISOString(), created_by: userId,
      created_at: now.toISOString(), updated_at: now.toISOString(),
    });
    await replaceProjectPartners(trx, projectId, partnerRows(input.leadOrganizationId, input.partners));
    await insertStageChange(trx, { projectId, from: null, to: input.stage, at: now, by: userId, note: '' });
    return projectId;
  });
  return projectAfterWrite(ctx, id);
}

/** The partner rows of a project: the lead organisation (role `lead`) first, then the others once each. */
export function partnerRows(lead: string | null, partners: Array<{ organizationId: string; role: 'partner' | 'research' | 'clinical' | 'sme' | 'other' }>) {
  const seen = new Set<string>(lead === null ? [] : [lead]);
  const rows: Array<{ organizationId: string; role: 'lead' | 'partner' | 'research' | 'clinical' | 'sme' | 'other' }> = lead === null ? [] : [{ organizationId: lead, role: 'lead' }];
  for (const p of partners) {
    if (seen.has(p.organizationId)) continue;
    seen.add(p.organizationId);
    rows.push(p);
  }
  return rows;
}

/** Changes a project's fields (its stage moves through moveStage); a new lead organisation takes the lead role. */
export async function updateProject(ctx: Ctx, id: string, input: ProjectUpdate) {
  const { row, standing } = await editableProject(ctx, id);
  requireMemberRules(standing, row.cluster_id, input, false);
  const family = await clusterFamily(ctx.db, row.cluster_id);
  await requireLinks(ctx, standing, family, input);
  const set = <K extends keyof ProjectUpdate>(key: K, column: string) => (input[key] === undefined ? {} : { [column]: input[key] });
  await ctx.db.transaction().execute(async (trx) => {
    await updateProjectRow(trx, id, {
      ...set('kind', 'kind'), ...set('title', 'title'), ...set('summary', 'summary'), ...set('themeId', 'theme_id'),
      ...set('leadOrganizationId', 'lead_organization_id'), ...set('trl', 'trl'), ...set('productId', 'product_id'), ...set('visibility', 'visibility'),
    }, ctx.clock());
    if (input.leadOrganizationId !== undefined && input.leadOrganizationId !== row.lead_organization_id) {
      const others = (await findProjectPartners(trx, id)).filter((p) => p.role !== 'lead').map((p) => ({ organizationId: p.organization_id, role: p.role as 'partner' }));
      await replaceProjectPartners(trx, id, partnerRows(input.leadOrganizationId, others));
    }
  });
  return projectAfterWrite(ctx, id);
}

/** Deletes a project with its partners, funding rows and history. */
export async function deleteProject(ctx: Ctx, id: string): Promise<void> {
  await editableProject(ctx, id);
  await ctx.db.transaction().execute((trx) => deleteProjectRow(trx, id));
}
