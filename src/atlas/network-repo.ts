// SQL of the collaboration network: the scope's organisations, the pairs sharing projects, the data version.
import { sql, type SqlBool } from 'kysely';
import { matchingOrganizations, type Matching } from '#src/atlas/map-repo.ts';
import type { MapFilters } from '#src/atlas/map-schema.ts';
import type { NetworkOrganization } from '#src/atlas/network-schema.ts';
import type { JointProjects } from '#src/atlas/network-selection.ts';
import type { Db } from '#src/db/connect.ts';
import type { OrganizationType } from '#src/db/types.ts';
import type { Sector } from '#src/registry/sectors.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

/** Which organisations a network is about; every part given must match (the values within a part: any). */
export type NetworkScope = {
  regions?: string[] | undefined;
  cluster?: string | undefined;
  competence?: string | undefined;
  types?: OrganizationType[] | undefined;
  sectors?: Sector[] | undefined;
};

const anyOf = (conditions: Matching[]) => sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;

/**
 * The condition on `organizations o` of the scope as the viewer may see it, built from the atlas's organisation
 * filters (matchingOrganizations of the map: the filters of GET /organizations), OR-ed for repeated values.
 * A two-letter region is a country: its organisations with a NUTS code under it or only a country code.
 */
export async function scopeCondition(db: Db, viewer: Viewer, scope: NetworkScope): Promise<Matching> {
  const matching = (filters: MapFilters) => matchingOrganizations(db, viewer, filters);
  const parts = [await matching({ cluster: scope.cluster, competence: scope.competence })];
  const alternatives = async (list: MapFilters[] | undefined) => {
    if (list?.length) parts.push(anyOf(await Promise.all(list.map(matching))));
  };
  await alternatives(scope.regions?.flatMap((r) => (r.length === 2 ? [{ country: r }, { region: r }] : [{ region: r }])));
  await alternatives(scope.types?.map((type) => ({ type })));
  await alternatives(scope.sectors?.map((sector) => ({ sector })));
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** Ids of the organisations the scope condition `where` matches. */
export async function findScopeOrganizationIds(db: Db, where: Matching): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select o.id from organizations o where ${where}`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * Every pair of organisations the viewer sees, at least one inside the scope (`where`), with the number of
 * visible projects they share (at least `minWeight`). Only projects with a participant in the scope are expanded, so a region costs
 * what it touches.
 */
export async function findJointProjects(db: Db, where: Matching, viewer: Viewer, minWeight: number): Promise<JointProjects[]> {
  const { rows } = await sql<JointProjects>`
    with scope as materialized (select o.id from organizations o where ${where}),
    scoped_projects as (
      select distinct pa.project_id from participations pa
      join scope s on s.id = pa.organization_id
      join projects p on p.id = pa.project_id
      where ${visibleTo(viewer, 'p.visibility', 'pa.organization_id')}
    ),
    members as (
      select distinct pa.project_id, pa.organization_id from participations pa
      join scoped_projects sp on sp.project_id = pa.project_id
      join organizations o on o.id = pa.organization_id
      where ${visibleTo(viewer, 'o.visibility', 'o.id')}
    )
    select a.organization_id as a, b.organization_id as b, count(*)::int as weight
    from members a
    join members b on b.project_id = a.project_id and a.organization_id < b.organization_id
    where a.organization_id in (select id from scope) or b.organization_id in (select id from scope)
    group by a.organization_id, b.organization_id
    having count(*) >= ${minWeight}`.execute(db);
  return rows;
}

/** Name, type and country of the organisations `ids`. */
export async function findNetworkOrganizations(db: Db, ids: string[]): Promise<NetworkOrganization[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'type', sql<string | null>`trim(country)`.as('country')])
    .where('id', 'in', ids)
    .execute();
}

/** Whether a cluster or hub has id or slug `ref`. */
export async function clusterExists(db: Db, ref: string): Promise<boolean> {
  const row = await sql<{ id: string }>`select id from clusters where id::text = ${ref} or slug = ${ref} limit 1`.execute(db);
  return row.rows.length > 0;
}

/**
 * The current transaction snapshot as text ("xmin:xmax:in-progress ids"). It changes whenever a transaction
 * that wrote something commits, anywhere in the database, and costs no table read.
 */
export async function readCommitSnapshot(db: Db): Promise<string> {
  const { rows } = await sql<{ snapshot: string }>`select pg_current_snapshot()::text as snapshot`.execute(db);
  return rows[0]!.snapshot;
}

/**
 * A fingerprint of everything a network depends on: organisations, projects, participations, memberships,
 * clusters and competences (counts, last changes, visibility mix, and a checksum of the participation and
 * membership pairs, so that one link removed and another added still changes it). Cheap next to a graph, but
 * a table scan each: read it only when readCommitSnapshot says something was written.
 */
export async function readNetworkDataVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ version: string }>`
    select concat_ws('|',
      (select concat_ws(':', count(*), max(updated_at), count(*) filter (where visibility = 'public'),
        count(*) filter (where visibility = 'members')) from organizations),
      (select concat_ws(':', count(*), max(updated_at), count(*) filter (where visibility = 'public'),
        count(*) filter (where visibility = 'members')) from projects),
      (select concat_ws(':', count(*), sum(hashtext(project_id::text || organization_id::text)::bigint))
        from participations),
      (select concat_ws(':', count(*), sum(hashtext(organization_id::text || cluster_id::text || status)::bigint))
        from memberships),
      (select concat_ws(':', count(*), max(updated_at), sum(hashtext(id::text || coalesce(parent_id::text, ''))::bigint))
        from clusters),
      (select concat_ws(':', count(*), sum(hashtext(organization_id::text || competence_id)::bigint))
        from organization_competences)
    ) as version`.execute(db);
  return rows[0]!.version;
}
