// Exports the registry table: the organisations the actor may see, by name, read page by page so exports stream.
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { clusterExists, findActiveMemberships, findDeclaredCompetences } from '#src/importers/registry-table-repo.ts';
import { tableRowOf } from '#src/importers/registry-table-rows.ts';
import type { TableColumn } from '#src/importers/registry-table.ts';
import { listOrganizationRows, type After } from '#src/registry/organization-list-repo.ts';
import { viewerOf } from '#src/registry/visibility.ts';

const PAGE = 1000;

/**
 * The rows of the organisations the actor may see (of one cluster and its hubs, if given), ordered by name.
 * Checks come first, so a bad cluster fails before anything is written out.
 */
export async function exportRegistryTable(ctx: Ctx, options: { cluster?: string | undefined }): Promise<AsyncIterable<Record<TableColumn, unknown>>> {
  if (options.cluster !== undefined && !(await clusterExists(ctx.db, options.cluster))) {
    throw invalid(`cluster: no cluster or hub "${options.cluster}"`, [{ field: 'cluster', message: 'no such cluster or hub' }]);
  }
  const viewer = await viewerOf(ctx);
  const filter = options.cluster === undefined ? {} : { cluster: options.cluster };
  return (async function* () {
    let after: After | null = null;
    for (;;) {
      const rows = await listOrganizationRows(ctx.db, { filter, viewer, hits: null, sort: 'name', after, limit: PAGE });
      const page = rows.slice(0, PAGE);
      const ids = page.map((r) => r.id);
      const [competences, memberships] = await Promise.all([findDeclaredCompetences(ctx.db, ids), findActiveMemberships(ctx.db, ids)]);
      for (const row of page) {
        const { sort_value: _sortValue, ...organization } = row;
        yield tableRowOf(organization, competences.get(row.id) ?? [], (memberships.get(row.id) ?? []).map((m) => m.slug));
      }
      const last = page.at(-1);
      if (rows.length <= PAGE || !last) return;
      after = { value: last.sort_value, id: last.id };
    }
  })();
}
