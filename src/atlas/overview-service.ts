// The cluster overview: the figures of a cluster, hub, region or competence (or the whole registry) for charts.
import { countByRegion } from '#src/atlas/map-repo.ts';
import { clusterExists } from '#src/atlas/network-repo.ts';
import {
  countMembershipsByYear,
  countOrganizationFigures,
  countProjectsByYear,
  findTopCompetences,
  overviewCondition,
} from '#src/atlas/overview-repo.ts';
import type { OverviewOut, OverviewQuery } from '#src/atlas/overview-schema.ts';
import { fillProjectYears, membershipSeries } from '#src/atlas/overview-series.ts';
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { findCompetence } from '#src/registry/competence-repo.ts';
import { viewerOf } from '#src/registry/visibility.ts';

/** How many competences, countries and regions the ranked lists name. */
export const OVERVIEW_TOP = 10;

/** Unknown cluster, hub or competence references are invalid input (HTTP 422), naming the field. */
async function requireKnownScope(ctx: Ctx, query: OverviewQuery): Promise<void> {
  for (const field of ['cluster', 'hub'] as const) {
    const ref = query[field];
    if (ref !== undefined && !(await clusterExists(ctx.db, ref))) {
      throw invalid(`unknown ${field} ${ref}`, [{ field, message: 'no cluster or hub has this id or slug' }]);
    }
  }
  if (query.competence !== undefined && !(await findCompetence(ctx.db, query.competence))) {
    throw invalid(`unknown competence ${query.competence}`, [{ field: 'competence', message: 'no competence has this id' }]);
  }
}

/**
 * The overview of the scope as the acting user may see it: only visible organisations, and of them only the
 * visible facilities, offers and projects. Membership growth needs a cluster or hub and counts its former
 * members too, so it applies the scope's other filters (region, competence) without the membership filter.
 */
export async function getOverview(ctx: Ctx, query: OverviewQuery): Promise<OverviewOut> {
  await requireKnownScope(ctx, query);
  const viewer = await viewerOf(ctx);
  const now = ctx.clock();
  const where = await overviewCondition(ctx.db, viewer, query);
  const circle = query.hub ?? query.cluster;
  // Independent statements: a PostgreSQL pool runs them side by side (PGlite takes them in turn).
  const [figures, projectRows, euroSciVoc, declared, countries, regions, memberships] = await Promise.all([
    countOrganizationFigures(ctx.db, where, viewer, now.toISOString().slice(0, 10)),
    countProjectsByYear(ctx.db, where, viewer),
    findTopCompetences(ctx.db, where, 'euroSciVoc', OVERVIEW_TOP),
    findTopCompetences(ctx.db, where, 'declared', OVERVIEW_TOP),
    countByRegion(ctx.db, where, 'country'),
    countByRegion(ctx.db, where, 'nuts2'),
    circle === undefined
      ? null
      : overviewCondition(ctx.db, viewer, { region: query.region, competence: query.competence }).then((formerToo) =>
          countMembershipsByYear(ctx.db, formerToo, circle, query.hub === undefined),
        ),
  ]);

  const dated = projectRows.flatMap((r) => (r.year === null ? [] : [{ ...r, year: r.year }]));
  const undated = projectRows.find((r) => r.year === null);
  const top = (rows: Array<{ code: string; organizations: number }>) =>
    rows.slice(0, OVERVIEW_TOP).map((r) => ({ code: r.code, organizations: r.organizations }));
  return {
    totals: {
      organizations: figures.organizations,
      smes: figures.smes,
      projects: projectRows.reduce((sum, r) => sum + r.projects, 0),
      ecContribution: Math.round(projectRows.reduce((sum, r) => sum + r.ecContribution, 0) * 100) / 100,
      facilities: figures.facilities,
      offers: figures.offers,
      requests: figures.requests,
    },
    organizationsByType: figures.byType,
    organizationsBySector: figures.bySector,
    withoutSector: figures.withoutSector,
    projectsByYear: fillProjectYears(dated),
    projectsWithoutStart: { projects: undated?.projects ?? 0, ecContribution: undated?.ecContribution ?? 0 },
    topCompetences: { euroSciVoc, declared },
    topCountries: top(countries),
    topRegions: top(regions),
    membershipGrowth: memberships && {
      years: membershipSeries(memberships.years, now.getUTCFullYear()),
      withoutStart: memberships.withoutStart,
    },
  };
}
