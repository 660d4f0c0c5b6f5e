// The atlas map: where the visible organisations are, and how many of them per country or NUTS-2 region.
import { countByRegion, findMapPoints, matchingOrganizations } from '#src/atlas/map-repo.ts';
import type { MapFilters, MapPointsOut, MapRegionsOut, MapRegionsQuery } from '#src/atlas/map-schema.ts';
import type { Ctx } from '#src/context.ts';
import { notFound } from '#src/errors.ts';
import { findCompetence } from '#src/registry/competence-repo.ts';
import { cachedSearch } from '#src/registry/search-cache.ts';
import { viewerOf } from '#src/registry/visibility.ts';

async function requireCompetence(ctx: Ctx, id: string | undefined): Promise<void> {
  if (id !== undefined && !(await findCompetence(ctx.db, id))) throw notFound('competence', id);
}

/**
 * Every organisation the actor may see that matches `filters` and has coordinates, as parallel arrays. Answers
 * are kept in the registry's search cache (cleared by organisation writes, else after a minute), so the map
 * of the whole registry is computed once, not per visitor.
 */
export async function listMapPoints(ctx: Ctx, filters: MapFilters): Promise<MapPointsOut> {
  await requireCompetence(ctx, filters.competence);
  const viewer = await viewerOf(ctx);
  return cachedSearch(ctx.db, JSON.stringify(['atlas/points', viewer, filters]), ctx.clock().getTime(), async () => {
    const { unlocated, ...points } = await findMapPoints(ctx.db, await matchingOrganizations(ctx.db, viewer, filters));
    return { total: points.id.length, unlocated, points };
  });
}

/**
 * Counts of the matching organisations (with the competence, if one is given, or a descendant) per country or
 * NUTS-2 region, each with the centroid of its organisations' coordinates (see countByRegion for why).
 */
export async function getMapRegions(ctx: Ctx, query: MapRegionsQuery): Promise<MapRegionsOut> {
  const { level, ...filters } = query;
  await requireCompetence(ctx, filters.competence);
  const rows = await countByRegion(ctx.db, await matchingOrganizations(ctx.db, await viewerOf(ctx), filters), level);
  return {
    competenceId: filters.competence ?? null,
    level,
    total: rows.reduce((sum, r) => sum + r.organizations, 0),
    regions: rows.map((r) => ({ code: r.code, country: r.code.slice(0, 2), organizations: r.organizations, lat: r.lat, lon: r.lon })),
  };
}
