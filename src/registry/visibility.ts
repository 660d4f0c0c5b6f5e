// Who sees what in the registry: the visibility levels an actor reads and the organisations they edit.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { editableOrganizationIds, isAdmin, readableLevels } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Visibility } from '#src/db/types.ts';

/** What an actor may read: everything (admins), or these levels plus whatever belongs to these organisations. */
export type Viewer = { all: boolean; levels: Visibility[]; organizationIds: string[] };

/** Resolves the viewer of the acting user once per request. */
export async function viewerOf(ctx: Ctx): Promise<Viewer> {
  if (isAdmin(ctx.actor)) return { all: true, levels: readableLevels(ctx.actor), organizationIds: [] };
  return { all: false, levels: readableLevels(ctx.actor), organizationIds: await editableOrganizationIds(ctx.db, ctx.actor) };
}

/** True when the viewer edits organisation `organizationId` (admins edit all). */
export function viewerEdits(viewer: Viewer, organizationId: string | null): boolean {
  return viewer.all || (organizationId !== null && viewer.organizationIds.includes(organizationId));
}

/**
 * SQL condition: the row's `visibility` column is readable by the viewer, or the row belongs
 * (through `organizationId`) to an organisation the viewer edits.
 */
export function visibleTo(viewer: Viewer, visibility: string, organizationId: string): RawBuilder<SqlBool> {
  if (viewer.all) return sql<SqlBool>`true`;
  const readable = sql<SqlBool>`${sql.ref(visibility)} in (${sql.join(viewer.levels)})`;
  if (viewer.organizationIds.length === 0) return readable;
  return sql<SqlBool>`(${readable} or ${sql.ref(organizationId)} in (${sql.join(viewer.organizationIds)}))`;
}
