// The CORDIS import: projects, organisations, participations and euroSciVoc topics, in one transaction.
import type { Transaction } from 'kysely';
import { requireAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import type { Database } from '#src/db/types.ts';
import { invalid, type AppError } from '#src/errors.ts';
import type { CordisParticipant, CordisProject } from '#src/importers/cordis-parse.ts';
import { readCordisExport, type CordisExport } from '#src/importers/cordis-reader.ts';
import { deriveOrganizationCompetences } from '#src/registry/competence-repo.ts';
import {
  analyzeImportedTables,
  createImportRun,
  deleteProjectLinks,
  findOrganizationIds,
  findProjectVersions,
  finishImportRun,
  insertCompetences,
  insertParticipations,
  insertProjectTopics,
  lockCompetences,
  lockOrganizations,
  mayBypassTriggers,
  setTriggerMode,
  upsertOrganizations,
  upsertProjects,
  type CompetenceRow,
  type ParticipationRow,
} from '#src/importers/cordis-repo.ts';
import { euroSciVocNodes, projectTopicIds, toOrganizationRow, toProjectRow } from '#src/importers/cordis-rows.ts';
import { refreshMatchIndex } from '#src/matching/match-index-cache.ts';
import { refreshSearchIndex, settleSearchIndexes } from '#src/registry/search-index.ts';

export type ImportProgress = { files: number; total: number; skipped: number };

export type ImportOptions = {
  /** Skip malformed files (each is reported to `onSkipped`) instead of failing the import. */
  skipBad?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  onSkipped?: (error: AppError) => void;
  /** What building the matching index (the last step) is doing. */
  onIndexProgress?: (message: string) => void;
};

/** What the run read: distinct projects, organisations and participations, skipped files, duration. */
export type ImportSummary = { projects: number; organizations: number; participations: number; skipped: number; seconds: number };

// Projects per write batch (objectives make them large); organisations and participations are small rows.
const PROJECT_BATCH = 500;
const ROW_BATCH = 5000;
// From this many written projects and organisations on, the planner's statistics are refreshed at the end.
const BULK = 1_000;

type Participant = { data: CordisParticipant; stamp: string };

/** Everything the run carries from the streamed files to the final writes. */
type ImportState = {
  projectIds: Set<string>;
  participationKeys: Set<string>;
  /** The newest data of each organisation read, by the update stamp of the project that named it. */
  organizations: Map<string, Participant>;
  /** Organisations named by written projects: these get written. */
  organizationsToWrite: Set<string>;
  /** Stored organisations whose participations were replaced (their competences change). */
  formerParticipants: Set<string>;
  /** Participations of written projects, by project id, merged per (organisation, role). */
  participations: Map<string, Map<string, { cordisId: string; row: Omit<ParticipationRow, 'organization_id'> }>>;
  competences: Set<string>;
  skipped: number;
  /** Whether child rows are inserted with the foreign-key triggers off (see insertUnchecked). */
  uncheckedInserts: boolean;
};

/**
 * Imports a CORDIS export (a .zip or a folder of XML files) as one unit: it all goes in, or nothing does.
 * Only platform admins and the operator may import; the run is logged in import_runs either way.
 */
export async function importCordis(ctx: Ctx, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  requireAdmin(ctx.actor);
  const started = performance.now();
  // The run row is written outside the transaction, so a crashed import leaves a trace.
  const runId = await createImportRun(ctx.db, 'cordis', path);
  let source: CordisExport | undefined;
  try {
    source = await readCordisExport(path);
    const read = await ctx.db.transaction().execute((trx) => importSource(trx, source!, options));
    const summary = { ...read, seconds: Math.round((performance.now() - started) / 100) / 10 };
    await finishImportRun(ctx.db, runId, { status: 'done', summary, finishedAt: ctx.clock() });
    return summary;
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await finishImportRun(ctx.db, runId, { status: 'failed', summary: { error }, finishedAt: ctx.clock() }).catch(
      (e: unknown) => ctx.log.error('could not record the failed import run', e),
    );
    throw err;
  } finally {
    await source?.close();
  }
}

async function importSource(trx: Transaction<Database>, source: CordisExport, options: ImportOptions) {
  const state: ImportState = {
    projectIds: new Set(),
    participationKeys: new Set(),
    organizations: new Map(),
    organizationsToWrite: new Set(),
    formerParticipants: new Set(),
    participations: new Map(),
    competences: new Set(),
    skipped: 0,
    uncheckedInserts: await mayBypassTriggers(trx),
  };
  if (state.uncheckedInserts) await lockCompetences(trx);
  const written: string[] = [];
  let batch: CordisProject[] = [];
  let files = 0;
  for await (const item of source.items) {
    files++;
    if ('project' in item) {
      batch.push(item.project);
    } else {
      if (!options.skipBad) throw invalid(item.error);
      state.skipped++;
      options.onSkipped?.(invalid(item.error));
    }
    if (batch.length >= PROJECT_BATCH) {
      written.push(...(await writeProjects(trx, batch, state)));
      batch = [];
    }
    options.onProgress?.({ files, total: Math.max(files, source.total), skipped: state.skipped });
  }
  written.push(...(await writeProjects(trx, batch, state)));
  options.onProgress?.({ files, total: files, skipped: state.skipped }); // the zip's count may include folders

  const organizationIds = await writeParticipations(trx, state);
  await insertUnchecked(trx, state, () => deriveOrganizationCompetences(trx, organizationIds));
  // Project vectors were computed as the projects were written (upsertProjects).
  await refreshSearchIndex(trx, { organizationIds }, { analyze: false });
  if (written.length + organizationIds.length >= BULK) {
    await analyzeImportedTables(trx);
    await settleSearchIndexes(trx);
  }
  // The partner-matching index commits with the data, so `klynge match` after an import starts at once.
  await refreshMatchIndex(trx, options.onIndexProgress);
  return {
    projects: state.projectIds.size,
    organizations: state.organizations.size,
    participations: state.participationKeys.size,
    skipped: state.skipped,
  };
}

/** Notes what a batch read, then writes its new and newer projects with their topics; returns their ids. */
async function writeProjects(db: Db, batch: CordisProject[], state: ImportState): Promise<string[]> {
  // The newest document of each project in the batch; the stored version decides whether it is written.
  const newest = new Map<string, CordisProject>();
  for (const project of batch) {
    note(project, state);
    const seen = newest.get(project.cordisId);
    if (!seen || (project.lastUpdate ?? '') >= (seen.lastUpdate ?? '')) newest.set(project.cordisId, project);
  }
  const stored = new Map((await findProjectVersions(db, [...newest.keys()])).map((v) => [v.cordis_id, v]));
  const changed = [...newest.values()].filter((p) => {
    const version = stored.get(p.cordisId);
    return !version || (p.lastUpdate ?? '') > (version.source_updated_at ?? '');
  });
  if (changed.length === 0) return [];

  const replaced = changed.flatMap((p) => stored.get(p.cordisId)?.id ?? []);
  for (const id of await deleteProjectLinks(db, replaced)) state.formerParticipants.add(id);
  const ids = new Map((await upsertProjects(db, changed.map(toProjectRow))).map((r) => [r.cordis_id, r.id]));

  const nodes: CompetenceRow[] = [];
  const topics: Array<{ project_id: string; competence_id: string }> = [];
  for (const project of changed) {
    const projectId = ids.get(project.cordisId)!;
    for (const node of project.categories.flatMap(euroSciVocNodes)) {
      if (!state.competences.has(node.id)) nodes.push(node);
      state.competences.add(node.id);
    }
    for (const competenceId of projectTopicIds(project)) topics.push({ project_id: projectId, competence_id: competenceId });
    state.participations.set(projectId, mergeParticipants(projectId, project, state));
  }
  await insertCompetences(db, nodes);
  await insertUnchecked(db, state, () => insertProjectTopics(db, topics));
  return [...ids.values()];
}

/**
 * Inserts child rows with the row-by-row foreign-key triggers off when the session may switch them off: they
 * were 60-90 % of those inserts' time. The import guarantees the references itself: every parent is written
 * (or found) earlier in the same transaction and locked against deletion (competences at the start, the
 * organisations before their participations, projects and organisations by their upserts).
 */
async function insertUnchecked(db: Db, state: ImportState, insert: () => Promise<void>): Promise<void> {
  if (!state.uncheckedInserts) return insert();
  await setTriggerMode(db, 'replica');
  await insert();
  await setTriggerMode(db, 'origin');
}

/** Counts what a document holds and keeps the newest data of each organisation it names. */
function note(project: CordisProject, state: ImportState): void {
  state.projectIds.add(project.cordisId);
  const stamp = project.lastUpdate ?? '';
  for (const p of project.participants) {
    state.participationKeys.add(`${project.cordisId} ${p.cordisId} ${p.role}`);
    const known = state.organizations.get(p.cordisId);
    if (!known || stamp >= known.stamp) state.organizations.set(p.cordisId, { data: p, stamp });
  }
}

/** A project's participations; an organisation listed twice in one role counts once, contributions summed. */
function mergeParticipants(projectId: string, project: CordisProject, state: ImportState) {
  const merged = new Map<string, { cordisId: string; row: Omit<ParticipationRow, 'organization_id'> }>();
  for (const p of project.participants) {
    state.organizationsToWrite.add(p.cordisId);
    const key = `${p.cordisId} ${p.role}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, {
        cordisId: p.cordisId,
        row: { project_id: projectId, role: p.role, ec_contribution: p.ecContribution, position: p.order },
      });
      continue;
    }
    const { row } = seen;
    if (p.ecContribution !== null) row.ec_contribution = (row.ec_contribution ?? 0) + p.ecContribution;
    if (p.order !== null && (row.position === null || p.order < row.position)) row.position = p.order;
  }
  return merged;
}

/** Writes the organisations of written projects and their participations; returns every organisation touched. */
async function writeParticipations(db: Db, state: ImportState): Promise<string[]> {
  const cordisIds = [...state.organizationsToWrite];
  const organizationIds = new Map<string, string>();
  for (let i = 0; i < cordisIds.length; i += ROW_BATCH) {
    const slice = cordisIds.slice(i, i + ROW_BATCH);
    await upsertOrganizations(db, slice.map((id) => toOrganizationRow(state.organizations.get(id)!.data)));
    for (const row of await findOrganizationIds(db, slice)) organizationIds.set(row.cordis_id, row.id);
  }
  const touched = [...new Set([...organizationIds.values(), ...state.formerParticipants])];
  if (state.uncheckedInserts) await lockOrganizations(db, touched);
  const rows: ParticipationRow[] = [];
  for (const merged of state.participations.values()) {
    for (const { cordisId, row } of merged.values()) {
      const organizationId = organizationIds.get(cordisId);
      if (!organizationId) throw new Error(`organisation ${cordisId} was not written`);
      rows.push({ ...row, organization_id: organizationId });
    }
  }
  await insertUnchecked(db, state, async () => {
    for (let i = 0; i < rows.length; i += ROW_BATCH) await insertParticipations(db, rows.slice(i, i + ROW_BATCH));
  });
  return touched;
}
