// Projects: public reading, writes by admins and by the managers of the cluster their coordinator belongs to;
// writes keep the search index current.
import { isAdmin, managedClusterIds, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { conflict, forbidden, invalid, notFound } from '#src/errors.ts';
import { deriveOrganizationCompetences } from '#src/registry/competence-repo.ts';
import { requireKnownCompetences } from '#src/registry/competence-service.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import {
  anyActiveMember,
  deleteParticipant,
  deleteProjectRow,
  existingOrganizationIds,
  findCoordinators,
  findParticipants,
  findProject,
  findProjects,
  findTopics,
  insertProject,
  participantOrganizationIds,
  projectSortKey,
  replaceTopics,
  updateProjectRow,
  upsertParticipant,
} from '#src/registry/project-repo.ts';
import {
  presentProject,
  presentProjectSummary,
  projectColumns,
  type ParticipantInput,
  type ProjectCreate,
  type ProjectUpdate,
} from '#src/registry/project-schema.ts';
import { forgetSearchResults } from '#src/registry/search-cache.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { viewerOf } from '#src/registry/visibility.ts';

/** A page of the projects the actor may see. */
export async function listProjects(
  ctx: Ctx,
  query: { organization?: string; competence?: string; programme?: string; year?: number; q?: string; limit: number; cursor?: string },
) {
  const rows = await findProjects(ctx.db, await viewerOf(ctx), {
    organizationId: query.organization,
    competenceId: query.competence,
    programme: query.programme,
    year: query.year,
    q: query.q,
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2),
    limit: query.limit,
  });
  return pageOf(rows, query.limit, projectSortKey, presentProjectSummary);
}

/** One project with its participants and topics, if the actor may see it. */
export async function getProject(ctx: Ctx, id: string) {
  const viewer = await viewerOf(ctx);
  const row = await findProject(ctx.db, id);
  if (!row || !(viewer.all || viewer.levels.includes(row.visibility))) throw notFound('project', id);
  const [participants, topics] = await Promise.all([findParticipants(ctx.db, viewer, id), findTopics(ctx.db, id)]);
  return presentProject(row, participants, topics);
}

/** Throws unless the actor is an admin or manages a cluster (or hub) one of `coordinators` actively belongs to. */
async function requireProjectManager(ctx: Ctx, coordinators: string[]): Promise<void> {
  requireUser(ctx.actor);
  if (isAdmin(ctx.actor)) return;
  if (!(await anyActiveMember(ctx.db, coordinators, await managedClusterIds(ctx.db, ctx.actor)))) {
    throw forbidden('only admins and the managers of the coordinator’s cluster may change this project');
  }
}

async function requireExistingProject(ctx: Ctx, id: string) {
  requireUser(ctx.actor);
  const row = await findProject(ctx.db, id);
  if (!row) throw notFound('project', id);
  await requireProjectManager(ctx, await findCoordinators(ctx.db, id));
  return row;
}

async function checkParticipants(ctx: Ctx, participants: ParticipantInput[], field: (i: number) => string): Promise<void> {
  const known = await existingOrganizationIds(ctx.db, participants.map((p) => p.organizationId));
  const details = participants.flatMap((p, i) => (known.has(p.organizationId) ? [] : [{ field: field(i), message: `no organisation ${p.organizationId}` }]));
  if (details.length > 0) throw invalid(`${details[0]!.field}: ${details.map((d) => d.message).join(', ')}`, details);
  if (participants.filter((p) => p.role === 'coordinator').length > 1) {
    throw invalid('participants: a project has at most one coordinator', [{ field: 'participants', message: 'at most one coordinator' }]);
  }
}

/** Creates a project with its topics and participants in one transaction. */
export async function createProject(ctx: Ctx, input: ProjectCreate) {
  const participants = input.participants ?? [];
  await requireProjectManager(ctx, participants.filter((p) => p.role === 'coordinator').map((p) => p.organizationId));
  await requireKnownCompetences(ctx, input.topicIds, 'topicIds');
  await checkParticipants(ctx, participants, (i) => `participants.${i}.organizationId`);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const projectId = await insertProject(trx, { ...projectColumns(input), title: input.title });
    await replaceTopics(trx, projectId, input.topicIds ?? []);
    for (const p of participants) await upsertParticipant(trx, projectId, { ...p, ecContribution: p.ecContribution ?? null });
    await reindex(trx, projectId, participants.map((p) => p.organizationId));
    return projectId;
  });
  forgetSearchResults();
  return getProject(ctx, id);
}

/** Changes a project's fields; `topicIds`, when given, replaces its topics. */
export async function updateProject(ctx: Ctx, id: string, input: ProjectUpdate) {
  await requireExistingProject(ctx, id);
  await requireKnownCompetences(ctx, input.topicIds, 'topicIds');
  await ctx.db.transaction().execute(async (trx) => {
    await updateProjectRow(trx, id, projectColumns(input), ctx.clock());
    if (input.topicIds !== undefined) await replaceTopics(trx, id, input.topicIds);
    // New topics change the competences (and vectors) of the participants; the text only the project's vector.
    await reindex(trx, id, input.topicIds === undefined ? [] : await participantOrganizationIds(trx, id));
  });
  forgetSearchResults();
  return getProject(ctx, id);
}

/** Deletes a project with its participations and topics. */
export async function deleteProject(ctx: Ctx, id: string): Promise<void> {
  await requireExistingProject(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const participants = await participantOrganizationIds(trx, id);
    await deleteProjectRow(trx, id);
    await reindex(trx, null, participants);
  });
  forgetSearchResults();
}

/** Adds an organisation to a project in a role (a project has at most one coordinator). */
export async function addParticipant(ctx: Ctx, projectId: string, input: ParticipantInput) {
  await requireExistingProject(ctx, projectId);
  await checkParticipants(ctx, [input], () => 'organizationId');
  const coordinators = await findCoordinators(ctx.db, projectId);
  if (input.role === 'coordinator' && coordinators.some((c) => c !== input.organizationId)) {
    throw conflict('the project already has a coordinator; remove it first');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await upsertParticipant(trx, projectId, { ...input, ecContribution: input.ecContribution ?? null });
    await reindex(trx, null, [input.organizationId]);
  });
  forgetSearchResults();
  return getProject(ctx, projectId);
}

/** Removes an organisation (in every role) from a project. */
export async function removeParticipant(ctx: Ctx, projectId: string, organizationId: string): Promise<void> {
  await requireExistingProject(ctx, projectId);
  await ctx.db.transaction().execute(async (trx) => {
    if ((await deleteParticipant(trx, projectId, organizationId)) === 0) throw notFound('participant', organizationId);
    await reindex(trx, null, [organizationId]);
  });
  forgetSearchResults();
}

/**
 * Brings the search index up to date after a project write: the project's own vector, and for organisations
 * that joined or left it (or whose projects' topics changed) the competences they derive from their projects
 * and with them their vectors. Organisations reach a project's text at query time, so a changed title or
 * objective needs no organisation re-indexed.
 */
async function reindex(db: Db, projectId: string | null, organizationIds: string[]): Promise<void> {
  await deriveOrganizationCompetences(db, organizationIds);
  await refreshSearchIndex(db, { projectIds: projectId === null ? [] : [projectId], organizationIds });
}
