// Organisations: who may see and change which, listing and search, writes that keep the search index current.
import { isAdmin, managedClusterIds, requireOrganizationEditor, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { forbidden, invalid, notFound, conflict } from '#src/errors.ts';
import { existingCompetenceIds } from '#src/registry/competence-repo.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import { countOrganizationFacets, listOrganizationRows, type After } from '#src/registry/organization-list-repo.ts';
import {
  deleteOrganizationRow,
  existingClusterIds,
  findByCordisId,
  findOrganization,
  findOrganizationDetail,
  insertOrganization,
  insertMemberships,
  membershipClusterIds,
  replaceDeclaredCompetences,
  updateOrganizationRow,
} from '#src/registry/organization-repo.ts';
import {
  organizationColumns,
  presentOrganization,
  presentOrganizationSummary,
  type OrganizationInput,
  type OrganizationList,
  type OrganizationListQuery,
  type OrganizationOut,
  type OrganizationPatch,
} from '#src/registry/organization-schema.ts';
import { cachedSearch, forgetSearchResults } from '#src/registry/search-cache.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { prepareTextSearch, searchHits } from '#src/registry/search-query.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';
import { visibleMemberships } from '#src/registry/membership-service.ts';

/** Lists the organisations the actor may see: filters, full-text search, keyset pages, optional facet counts. */
export async function listOrganizations(ctx: Ctx, query: OrganizationListQuery): Promise<OrganizationList> {
  const viewer = await viewerOf(ctx);
  const key = JSON.stringify([viewer, query]);
  return cachedSearch(ctx.db, key, ctx.clock().getTime(), () => searchOrganizations(ctx.db, viewer, query));
}

async function searchOrganizations(db: Db, viewer: Viewer, query: OrganizationListQuery): Promise<OrganizationList> {
  const { q, sort: requested, facets, limit, cursor, ...filter } = query;
  const sort = requested ?? (q ? 'relevance' : 'name');
  if (sort === 'relevance' && !q) throw invalid('sort: relevance needs q', [{ field: 'sort', message: 'relevance needs q' }]);
  const hits = q ? searchHits(await prepareTextSearch(db, q), viewer.all ? 'all' : viewer.levels) : null;
  const after = cursor === undefined ? null : afterOf(cursor, sort);
  const [rows, facetCounts] = await Promise.all([
    listOrganizationRows(db, { filter, viewer, hits, sort, after, limit }),
    facets ? countOrganizationFacets(db, { filter, viewer, hits }) : Promise.resolve(undefined),
  ]);
  const page = pageOf(
    rows,
    limit,
    (row) => [sort, row.sort_value, row.id],
    (row) => presentOrganizationSummary(row, sort === 'relevance' ? Number(row.sort_value) : undefined),
  );
  return facetCounts ? { ...page, facets: facetCounts } : page;
}

/** The keyset position in a cursor, which must come from a list in the same sort order. */
function afterOf(cursor: string, sort: string): After {
  const [cursorSort, value, id] = decodeCursor(cursor, 3);
  if (cursorSort !== sort || value === null || value === undefined || typeof id !== 'string') {
    throw invalid('cursor: made for another sort order', [{ field: 'cursor', message: 'made for another sort order' }]);
  }
  return { value, id };
}

/** One organisation with its competences, memberships and counts, if the actor may see it. */
export async function getOrganization(ctx: Ctx, id: string): Promise<OrganizationOut> {
  const organization = await loadOrganization(ctx.db, id, await viewerOf(ctx));
  // Applications (applied, rejected) are the business of the organisation's editors and the cluster's managers.
  return { ...organization, memberships: await visibleMemberships(ctx, id, organization.memberships) };
}

async function loadOrganization(db: Db, id: string, viewer: Viewer): Promise<OrganizationOut> {
  const row = await findOrganization(db, id, viewer);
  if (!row) throw notFound('organisation', id);
  return presentOrganization(row, await findOrganizationDetail(db, id));
}

/** Creates an organisation: admins anywhere, cluster managers into a cluster or hub they manage. */
export async function createOrganization(ctx: Ctx, input: OrganizationInput): Promise<OrganizationOut> {
  requireUser(ctx.actor);
  if (!isAdmin(ctx.actor)) {
    const managed = await managedClusterIds(ctx.db, ctx.actor);
    if (managed.length === 0) throw forbidden('only platform admins and cluster managers may add organisations');
    if (input.clusterIds.length === 0 || !input.clusterIds.every((id) => managed.includes(id))) {
      throw forbidden('a cluster manager adds organisations to the clusters they manage: give clusterIds');
    }
  }
  const id = await ctx.db.transaction().execute(async (tx) => {
    await checkReferences(tx, input);
    const clusters = await existingClusterIds(tx, input.clusterIds);
    const unknown = input.clusterIds.filter((c) => !clusters.has(c));
    if (unknown.length > 0) throw invalidField('clusterIds', `unknown cluster ${unknown.join(', ')}`);
    const newId = await insertOrganization(tx, {
      ...organizationColumns(input),
      name: input.name,
      type: input.type,
      description: JSON.stringify(input.description),
    });
    await replaceDeclaredCompetences(tx, newId, input.competenceIds);
    await insertMemberships(tx, newId, input.clusterIds);
    await refreshSearchIndex(tx, { organizationIds: [newId] });
    return newId;
  });
  forgetSearchResults();
  return loadOrganization(ctx.db, id, await viewerOf(ctx));
}

/** Changes an organisation: admins, its editors and the managers of its clusters. */
export async function updateOrganization(ctx: Ctx, id: string, patch: OrganizationPatch): Promise<OrganizationOut> {
  await requireOrganizationEditor(ctx, id);
  await ctx.db.transaction().execute(async (tx) => {
    const exists = await tx.selectFrom('organizations').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    if (!exists) throw notFound('organisation', id);
    await checkReferences(tx, patch, id);
    await updateOrganizationRow(tx, id, organizationColumns(patch), ctx.clock());
    if (patch.competenceIds) await replaceDeclaredCompetences(tx, id, patch.competenceIds);
    await refreshSearchIndex(tx, { organizationIds: [id] });
  });
  forgetSearchResults();
  return loadOrganization(ctx.db, id, await viewerOf(ctx));
}

/** Deletes an organisation: admins, or the managers of a cluster it belongs to. */
export async function deleteOrganization(ctx: Ctx, id: string): Promise<void> {
  requireUser(ctx.actor);
  if (!isAdmin(ctx.actor)) {
    const [managed, memberOf] = await Promise.all([managedClusterIds(ctx.db, ctx.actor), membershipClusterIds(ctx.db, id)]);
    if (!memberOf.some((c) => managed.includes(c))) throw forbidden('only platform admins and the managers of its cluster may delete an organisation');
  }
  if (!(await deleteOrganizationRow(ctx.db, id))) throw notFound('organisation', id);
  forgetSearchResults();
}

/** Declared competences must exist and a CORDIS id belongs to one organisation only. */
async function checkReferences(db: Db, input: Pick<OrganizationPatch, 'competenceIds' | 'cordisId'>, exceptId?: string): Promise<void> {
  const declared = input.competenceIds ?? [];
  const known = await existingCompetenceIds(db, declared);
  const unknown = declared.filter((c) => !known.has(c));
  if (unknown.length > 0) throw invalidField('competenceIds', `unknown competence ${unknown.join(', ')}`);
  if (input.cordisId && (await findByCordisId(db, input.cordisId, exceptId))) {
    throw conflict(`cordisId: another organisation has CORDIS id ${input.cordisId}`, [{ field: 'cordisId', message: 'taken' }]);
  }
}

const invalidField = (field: string, message: string) => invalid(`${field}: ${message}`, [{ field, message }]);
