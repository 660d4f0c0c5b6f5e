// SQL of the cluster overview: the figures of the organisations in a scope, their projects, competences, memberships.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { matchingOrganizations, type Matching } from '#src/atlas/map-repo.ts';
import { scopeCondition } from '#src/atlas/network-repo.ts';
import type { MembershipYear, YearCounts } from '#src/atlas/overview-series.ts';
import type { Db } from '#src/db/connect.ts';
import type { LocalizedText, OrganizationType } from '#src/db/types.ts';
import type { Sector } from '#src/registry/sectors.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

export type OverviewScope = { cluster?: string | undefined; hub?: string | undefined; region?: string | undefined; competence?: string | undefined };

/**
 * The condition on `organizations o` of the scope as the viewer may see it: the atlas's scope (a two-letter
 * region is a country, see scopeCondition) and, for a hub, the hub filter of GET /organizations.
 */
export async function overviewCondition(db: Db, viewer: Viewer, scope: OverviewScope): Promise<Matching> {
  const parts = [await scopeCondition(db, viewer, { regions: scope.region ? [scope.region] : undefined, cluster: scope.cluster, competence: scope.competence })];
  if (scope.hub) parts.push(await matchingOrganizations(db, viewer, { hub: scope.hub }));
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** The scope's organisations as a materialized CTE `scope`, so every figure of a statement reads them once. */
const withScope = (where: Matching) =>
  sql`with scope as materialized (select o.id, o.type, o.sectors, o.is_sme from organizations o where ${where})`;

export type OrganizationFigures = {
  organizations: number;
  smes: number;
  withoutSector: number;
  byType: Array<{ type: OrganizationType; organizations: number }>;
  bySector: Array<{ sector: Sector; organizations: number }>;
  facilities: number;
  offers: number;
  requests: number;
};

/** Counts of the organisations matching `where` by type and sector, with their visible facilities and open offers on `today`. */
export async function countOrganizationFigures(db: Db, where: Matching, viewer: Viewer, today: string): Promise<OrganizationFigures> {
  const ranked = (key: string, select: RawBuilder<unknown>) =>
    sql`(select coalesce(json_agg(json_build_object(${key}::text, x.key, 'organizations', x.n) order by x.n desc, x.key), '[]') from (${select}) x)`;
  const open = sql<SqlBool>`${visibleTo(viewer, 'f.visibility', 'f.organization_id')} and (f.expires_at is null or f.expires_at >= ${today}::date)`;
  const { rows } = await sql<OrganizationFigures>`
    ${withScope(where)}
    select
      (select count(*)::int from scope) as organizations,
      (select count(*)::int from scope where is_sme) as smes,
      (select count(*)::int from scope where cardinality(sectors) = 0) as "withoutSector",
      ${ranked('type', sql`select type as key, count(*)::int as n from scope group by type`)} as "byType",
      ${ranked('sector', sql`select s as key, count(distinct id)::int as n from scope, unnest(sectors) s group by s`)} as "bySector",
      (select count(*)::int from facilities f join scope s on s.id = f.organization_id
        where ${visibleTo(viewer, 'f.visibility', 'f.organization_id')}) as facilities,
      (select count(*)::int from offers f join scope s on s.id = f.organization_id where f.direction = 'offer' and ${open}) as offers,
      (select count(*)::int from offers f join scope s on s.id = f.organization_id where f.direction = 'request' and ${open}) as requests`.execute(db);
  return rows[0]!;
}

/**
 * The visible projects in which organisations matching `where` take part, and the EU contribution to those
 * organisations (rounded to cents), per start year; `year` null collects the projects without a start date.
 */
export async function countProjectsByYear(db: Db, where: Matching, viewer: Viewer): Promise<Array<Omit<YearCounts, 'year'> & { year: number | null }>> {
  const { rows } = await sql<Omit<YearCounts, 'year'> & { year: number | null }>`
    ${withScope(where)}
    select extract(year from p.start_date)::int as year, count(distinct p.id)::int as projects,
      round(coalesce(sum(pa.ec_contribution), 0)::numeric, 2)::float8 as "ecContribution"
    from participations pa
    join scope s on s.id = pa.organization_id
    join projects p on p.id = pa.project_id
    where ${visibleTo(viewer, 'p.visibility', 'pa.organization_id')}
    group by 1
    order by 1`.execute(db);
  return rows;
}

export type RankedCompetence = { id: string; label: LocalizedText; organizations: number };

/**
 * The competences most organisations matching `where` have: euroSciVoc fields (any source) or declared ones
 * (sectors aside). Competence ids name their scheme (`esv:`, `emdn:`, `sector:`), so the counting needs no join;
 * de-duplicating (organisation, competence) first is about twice as fast as count(distinct) on the whole registry.
 */
export async function findTopCompetences(db: Db, where: Matching, kind: 'euroSciVoc' | 'declared', limit: number): Promise<RankedCompetence[]> {
  const which = kind === 'euroSciVoc' ? sql`oc.competence_id like 'esv:%'` : sql`oc.source = 'declared' and oc.competence_id not like 'sector:%'`;
  const { rows } = await sql<RankedCompetence>`
    ${withScope(where)}
    select c.id, c.label, top.organizations
    from (
      select held.competence_id, count(*)::int as organizations
      from (select distinct oc.organization_id, oc.competence_id
        from organization_competences oc join scope s on s.id = oc.organization_id where ${which}) held
      group by held.competence_id
      order by organizations desc, held.competence_id
      limit ${limit}
    ) top
    join competences c on c.id = top.competence_id
    order by top.organizations desc, c.id`.execute(db);
  return rows;
}

/**
 * Per year, the organisations matching `where` whose first membership in cluster or hub `ref` (with `hubs`: also
 * in its hubs) started then, and the former members whose last membership there ended then; plus the current
 * members with no start date, who cannot be placed in time.
 */
export async function countMembershipsByYear(
  db: Db,
  where: Matching,
  ref: string,
  hubs: boolean,
): Promise<{ years: MembershipYear[]; withoutStart: number }> {
  const named = sql`select id from clusters where id::text = ${ref} or slug = ${ref}`;
  const circle = hubs ? sql`(${named}) union (select id from clusters where parent_id in (${named}))` : named;
  const { rows } = await sql<{ year: number | null; joined: number; left: number }>`
    with members as (
      select m.organization_id, min(m.start_date) as joined, max(m.end_date) as ended, bool_or(m.status = 'active') as active
      from memberships m
      join organizations o on o.id = m.organization_id
      where m.cluster_id in (${circle}) and m.status in ('active', 'ended') and ${where}
      group by m.organization_id
    ),
    events as (
      select extract(year from joined)::int as year, 1 as joined, 0 as "left" from members where joined is not null
      union all
      select extract(year from ended)::int, 0, 1 from members where joined is not null and not active and ended is not null
      union all
      select null, 1, 0 from members where joined is null and active
    )
    select year, sum(joined)::int as joined, sum("left")::int as "left" from events group by year order by year`.execute(db);
  const undated = rows.find((r) => r.year === null);
  return {
    years: rows.flatMap((r) => (r.year === null ? [] : [{ year: r.year, joined: r.joined, left: r.left }])),
    withoutStart: undated?.joined ?? 0,
  };
}
