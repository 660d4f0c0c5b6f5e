// Imports a registry table (CSV or JSON rows) in one transaction, with a report of every rejected row; exports one.
import { z } from 'zod';
import { editableOrganizationIds, isAdmin, managedClusterIds, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { forbidden, invalid } from '#src/errors.ts';
import {
  activateMemberships,
  findActiveMemberships,
  findClusterIdsBySlug,
  findDeclaredCompetences,
  findOrganizationsByKeys,
} from '#src/importers/registry-table-repo.ts';
import { changedColumns, columnOfIssue, fieldName, inputFieldsOf, sameSet } from '#src/importers/registry-table-rows.ts';
import type { Rejection, TableColumn, TableRecord, TableRow } from '#src/importers/registry-table.ts';
import { existingCompetenceIds } from '#src/registry/competence-repo.ts';
import { insertOrganization, replaceDeclaredCompetences, updateOrganizationRow } from '#src/registry/organization-repo.ts';
import {
  organizationColumns,
  organizationInput,
  organizationPatch,
  type OrganizationInput,
  type OrganizationPatch,
  type OrganizationRow,
} from '#src/registry/organization-schema.ts';
import { forgetSearchResults } from '#src/registry/search-cache.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';

export type ImportSummary = { created: number; updated: number; unchanged: number; rejected: number; rejections: Rejection[] };

type Write =
  | { kind: 'create'; id: string | undefined; input: OrganizationInput }
  | { kind: 'update'; row: OrganizationRow; patch: OrganizationPatch; competences: boolean; clusterIds: string[] };

const uuid = z.uuid();
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

/** Who may import what: admins everything; cluster managers into the clusters they manage. */
async function importerOf(ctx: Ctx) {
  requireUser(ctx.actor);
  if (isAdmin(ctx.actor)) return { admin: true, managed: new Set<string>(), editable: new Set<string>() };
  const managed = await managedClusterIds(ctx.db, ctx.actor);
  if (managed.length === 0) throw forbidden('only platform admins and cluster managers may import organisations');
  return { admin: false, managed: new Set(managed), editable: new Set(await editableOrganizationIds(ctx.db, ctx.actor)) };
}

/** Lines per value of a key column, for the values that occur more than once. */
function duplicates(rows: TableRow[], column: TableColumn): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const row of rows) {
    const value = text(row.values[column]);
    if (value !== null && value !== '') lines.set(value, [...(lines.get(value) ?? []), row.line]);
  }
  return new Map([...lines].filter(([, l]) => l.length > 1));
}

/**
 * Validates every row through the organisations input schema, matches it (by id, else CORDIS id, else new), and
 * writes all of it in one transaction. Any rejected row makes it write nothing (an `invalid` error listing the
 * rejections), unless `skipBad`; `dryRun` only validates.
 */
export async function importRegistryTable(
  ctx: Ctx,
  table: TableRecord,
  options: { skipBad: boolean; dryRun: boolean },
): Promise<ImportSummary> {
  const importer = await importerOf(ctx);
  const rejections: Rejection[] = [];
  const rejected = new Set<number>();
  const reject = (row: TableRow, column: string, message: string) => {
    rejected.add(row.line);
    rejections.push({ line: row.line, field: fieldName(table.format, column), message });
  };

  for (const row of table.rows) {
    if (row.problem) reject(row, row.problem.field, row.problem.message);
    for (const column of ['name', 'type'] as const) if (row.values[column] === undefined && !row.problem) reject(row, column, 'required');
    const id = row.values.id;
    if (id !== undefined && id !== null && !uuid.safeParse(id).success) reject(row, 'id', 'must be a klynge id (uuid) or empty');
  }
  for (const column of ['id', 'cordis_id'] as const) {
    for (const [value, lines] of duplicates(table.rows, column)) {
      for (const row of table.rows.filter((r) => lines.includes(r.line))) {
        reject(row, column, `${column} ${value} appears more than once, on lines ${lines.join(', ')}`);
      }
    }
  }

  // Everything the rows refer to, looked up once for the whole file.
  const ids = table.rows.map((r) => text(r.values.id)).filter((v): v is string => v !== null && uuid.safeParse(v).success);
  const cordisIds = table.rows.map((r) => text(r.values.cordis_id)).filter((v): v is string => v !== null && v !== '');
  const slugs = [...new Set(table.rows.flatMap((r) => (Array.isArray(r.values.clusters) ? r.values.clusters.map(String) : [])))];
  const competenceIds = [...new Set(table.rows.flatMap((r) => (Array.isArray(r.values.competences) ? r.values.competences.map(String) : [])))];
  const [existing, clusterIdOf, knownCompetences] = await Promise.all([
    findOrganizationsByKeys(ctx.db, { ids, cordisIds }),
    findClusterIdsBySlug(ctx.db, slugs),
    existingCompetenceIds(ctx.db, competenceIds),
  ]);
  const byId = new Map(existing.map((o) => [o.id, o]));
  const byCordis = new Map(existing.filter((o) => o.cordis_id !== null).map((o) => [o.cordis_id!, o]));
  const matchOf = (row: TableRow) => byId.get(text(row.values.id) ?? '') ?? byCordis.get(text(row.values.cordis_id) ?? '');
  const matchedIds = [...new Set(table.rows.map(matchOf).filter((o) => o !== undefined).map((o) => o.id))];
  const [declared, memberships] = await Promise.all([findDeclaredCompetences(ctx.db, matchedIds), findActiveMemberships(ctx.db, matchedIds)]);

  const claimedBy = new Map<string, number>();
  const writes: Write[] = [];
  let unchanged = 0;
  for (const row of table.rows) {
    if (rejected.has(row.line)) continue;
    const match = matchOf(row);
    if (match) {
      const other = claimedBy.get(match.id);
      if (other !== undefined) {
        reject(row, row.values.id ? 'id' : 'cordis_id', `names the same organisation as line ${other}`);
        continue;
      }
      claimedBy.set(match.id, row.line);
    }

    const listed = Array.isArray(row.values.clusters) ? row.values.clusters.map(String) : undefined;
    const unknownClusters = (listed ?? []).filter((s) => !clusterIdOf.has(s));
    for (const slug of unknownClusters) reject(row, 'clusters', `unknown cluster or hub "${slug}"`);
    const unknownCompetences = (Array.isArray(row.values.competences) ? row.values.competences.map(String) : []).filter((c) => !knownCompetences.has(c));
    for (const c of unknownCompetences) reject(row, 'competences', `unknown competence "${c}"`);
    const clusterIds = (listed ?? []).flatMap((s) => clusterIdOf.get(s) ?? []);

    const fields = inputFieldsOf(row, match ? (match.description as LocalizedText) : null);
    const parsed = match ? organizationPatch.safeParse(fields) : organizationInput.safeParse({ ...fields, clusterIds });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reject(row, columnOfIssue(issue.path), issue.message);
      continue;
    }
    if (rejected.has(row.line)) continue;

    if (!match) {
      const input = parsed.data as OrganizationInput;
      if (!importer.admin && !clusterIds.some((c) => importer.managed.has(c))) {
        reject(row, 'clusters', 'name a cluster or hub you manage: a cluster manager imports organisations into their clusters');
      }
      for (const slug of (listed ?? []).filter((s) => !importer.admin && !importer.managed.has(clusterIdOf.get(s)!))) {
        reject(row, 'clusters', `you do not manage cluster or hub "${slug}"`);
      }
      if (!rejected.has(row.line)) writes.push({ kind: 'create', id: text(row.values.id) ?? undefined, input });
      continue;
    }

    const patch = parsed.data as OrganizationPatch;
    const holder = patch.cordisId ? byCordis.get(patch.cordisId) : undefined;
    if (holder && holder.id !== match.id) reject(row, 'cordis_id', `CORDIS id ${patch.cordisId} belongs to another organisation (${holder.id})`);
    const columns = changedColumns(match, organizationColumns(patch));
    const competencesChanged = patch.competenceIds !== undefined && !sameSet(patch.competenceIds, declared.get(match.id) ?? []);
    const active = new Set((memberships.get(match.id) ?? []).map((m) => m.id));
    const joining = clusterIds.filter((c) => !active.has(c));
    if (!importer.admin) {
      for (const c of joining.filter((c) => !importer.managed.has(c))) {
        reject(row, 'clusters', `you do not manage cluster or hub "${listed?.find((s) => clusterIdOf.get(s) === c)}"`);
      }
      const changesFields = Object.keys(columns).length > 0 || competencesChanged;
      if (changesFields && !importer.editable.has(match.id)) {
        reject(row, row.values.id ? 'id' : 'cordis_id', 'you may change only organisations of the clusters you manage');
      }
    }
    if (rejected.has(row.line)) continue;
    if (Object.keys(columns).length === 0 && !competencesChanged && joining.length === 0) unchanged++;
    else writes.push({ kind: 'update', row: match, patch, competences: competencesChanged, clusterIds: joining });
  }

  rejections.sort((a, b) => a.line - b.line);
  const summary = {
    created: writes.filter((w) => w.kind === 'create').length,
    updated: writes.filter((w) => w.kind === 'update').length,
    unchanged,
    rejected: rejected.size,
    rejections,
  };
  if (rejected.size > 0 && !options.skipBad) {
    throw invalid(`${rejected.size} of ${table.rows.length} rows rejected, nothing imported`, rejections);
  }
  if (!options.dryRun && writes.length > 0) await applyWrites(ctx, writes);
  return summary;
}

/** Writes the planned creations and updates in one transaction and refreshes their search vectors. */
async function applyWrites(ctx: Ctx, writes: Write[]): Promise<void> {
  const at = ctx.clock();
  await ctx.db.transaction().execute(async (tx) => {
    const touched: string[] = [];
    for (const write of writes) {
      if (write.kind === 'create') {
        const { input } = write;
        const id = await insertOrganization(tx, {
          ...organizationColumns(input),
          ...(write.id ? { id: write.id } : {}),
          name: input.name,
          type: input.type,
          description: JSON.stringify(input.description),
        });
        await replaceDeclaredCompetences(tx, id, input.competenceIds);
        await activateMemberships(tx, id, input.clusterIds);
        touched.push(id);
        continue;
      }
      const { row, patch } = write;
      await updateOrganizationRow(tx, row.id, changedColumns(row, organizationColumns(patch)), at);
      if (write.competences) await replaceDeclaredCompetences(tx, row.id, patch.competenceIds ?? []);
      await activateMemberships(tx, row.id, write.clusterIds);
      touched.push(row.id);
    }
    await refreshSearchIndex(tx, { organizationIds: touched });
  });
  forgetSearchResults();
}
