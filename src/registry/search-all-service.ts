// The atlas search: organisations through the registry's search (facets included), plus facilities, projects
// and offers matching the same words and competence, each kind counted, one kind listed per page.
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import { presentFacility } from '#src/registry/facility-schema.ts';
import { presentOffer } from '#src/registry/offer-schema.ts';
import { listOrganizations } from '#src/registry/organization-service.ts';
import { presentProjectSummary } from '#src/registry/project-schema.ts';
import {
  countOtherKinds,
  findCardClusters,
  findCardCompetences,
  findFacilityHits,
  findOfferHits,
  findProjectHits,
  type KindAfter,
  type OtherKind,
  type OtherKindsFilter,
} from '#src/registry/search-all-repo.ts';
import { presentOrganizationCards, type SearchAllOut, type SearchAllQuery } from '#src/registry/search-all-schema.ts';
import { prepareTextSearch } from '#src/registry/search-query.ts';
import { viewerOf } from '#src/registry/visibility.ts';

const EMPTY = { organizations: [], facilities: [], projects: [], offers: [] };

/** Searches everything the actor may see; private entries never count or show for those who may not read them. */
export async function searchAll(ctx: Ctx, query: SearchAllQuery): Promise<SearchAllOut> {
  const { kind, limit, cursor, ...filter } = query;
  const listsOrganizations = kind === 'organizations';
  // The organisation list validates its own cursor; the other kinds carry theirs as [kind, value, id].
  const after = kind === 'organizations' || cursor === undefined ? null : afterOf(cursor, kind);
  const viewer = await viewerOf(ctx);
  const others: OtherKindsFilter = {
    search: filter.q ? await prepareTextSearch(ctx.db, filter.q) : null,
    competence: filter.competence,
    today: ctx.clock().toISOString().slice(0, 10),
  };
  // Listing another kind still needs the organisations' facets and total (the tab count): one row is enough.
  const organizations = await listOrganizations(ctx, {
    ...filter,
    facets: true,
    limit: listsOrganizations ? limit : 1,
    ...(listsOrganizations && cursor !== undefined ? { cursor } : {}),
  });
  const facets = organizations.facets!;
  const counts = { organizations: facets.total, ...(await countOtherKinds(ctx.db, viewer, others)) };
  const base = { kind, counts, facets, ...EMPTY };

  if (listsOrganizations) {
    const ids = organizations.items.map((o) => o.id);
    const [competences, clusters] = await Promise.all([findCardCompetences(ctx.db, ids), findCardClusters(ctx.db, ids)]);
    return { ...base, organizations: presentOrganizationCards(organizations.items, competences, clusters), nextCursor: organizations.nextCursor };
  }
  const key = (row: { sort_value: string | number; id: string }) => [kind, row.sort_value, row.id];
  if (kind === 'facilities') {
    const page = pageOf(await findFacilityHits(ctx.db, viewer, others, after, limit), limit, key, presentFacility);
    return { ...base, facilities: page.items, nextCursor: page.nextCursor };
  }
  if (kind === 'offers') {
    const page = pageOf(await findOfferHits(ctx.db, viewer, others, after, limit), limit, key, presentOffer);
    return { ...base, offers: page.items, nextCursor: page.nextCursor };
  }
  const page = pageOf(await findProjectHits(ctx.db, viewer, others, after, limit), limit, key, presentProjectSummary);
  return { ...base, projects: page.items, nextCursor: page.nextCursor };
}

/** The keyset position in a cursor, which must come from a page of the same kind. */
function afterOf(cursor: string, kind: OtherKind): KindAfter {
  const [cursorKind, value, id] = decodeCursor(cursor, 3);
  if (cursorKind !== kind || value === null || value === undefined || typeof id !== 'string') {
    throw invalid('cursor: made for another kind of result', [{ field: 'cursor', message: 'made for another kind of result' }]);
  }
  return { value, id };
}
