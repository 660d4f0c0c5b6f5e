// SQL of who works with whom: partners by joint projects, an organisation's projects with its role, partners' places.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { CollaboratorRow, OrganizationProjectRow, PartnerPlaceRow } from '#src/registry/collaborator-schema.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

// A project belongs to no single organisation, so only its level counts (as in the project list).
const projectVisible = (viewer: Viewer): RawBuilder<SqlBool> => visibleTo({ ...viewer, organizationIds: [] }, 'p.visibility', 'p.id');

/** The organisations sharing the most visible projects with `organizationId`, most first, then by name. */
export async function findCollaborators(db: Db, viewer: Viewer, organizationId: string, limit: number): Promise<CollaboratorRow[]> {
  const { rows } = await sql<CollaboratorRow>`
    select o.id, o.name, o.short_name, o.type, o.city, o.country, count(distinct a.project_id)::int as joint_projects
    from participations a
    join projects p on p.id = a.project_id
    join participations b on b.project_id = a.project_id and b.organization_id <> a.organization_id
    join organizations o on o.id = b.organization_id
    where a.organization_id = ${organizationId} and ${projectVisible(viewer)} and ${visibleTo(viewer, 'o.visibility', 'o.id')}
    group by o.id, o.name, o.short_name, o.type, o.city, o.country
    order by joint_projects desc, o.name, o.id
    limit ${limit}`.execute(db);
  return rows;
}

/**
 * A page (limit + 1 rows) of the visible projects of `organizationId`, newest first: its leading role and
 * contribution, and the number of visible organisations in the consortium.
 */
export async function findOrganizationProjects(
  db: Db,
  viewer: Viewer,
  organizationId: string,
  after: Array<string | number | null> | undefined,
  limit: number,
): Promise<OrganizationProjectRow[]> {
  const start = sql`coalesce(p.start_date, date '0001-01-01')`;
  const { rows } = await sql<OrganizationProjectRow>`
    select p.id, p.acronym, p.title, p.start_date, p.end_date, p.framework_programme, p.programme,
      mine.role, mine.ec_contribution, p.ec_contribution as project_ec_contribution,
      (select count(distinct pa.organization_id)::int from participations pa join organizations o on o.id = pa.organization_id
        where pa.project_id = p.id and ${visibleTo(viewer, 'o.visibility', 'o.id')}) as participants
    from projects p
    join lateral (
      select (array_agg(pa.role order by case pa.role when 'coordinator' then 0 when 'participant' then 1
          when 'associatedPartner' then 2 else 3 end))[1] as role,
        sum(pa.ec_contribution)::float8 as ec_contribution
      from participations pa where pa.project_id = p.id and pa.organization_id = ${organizationId}
      having count(*) > 0
    ) mine on true
    where ${projectVisible(viewer)}
      ${after ? sql`and (${start}, p.id) < (${after[0]}::date, ${after[1]}::uuid)` : sql``}
    order by ${start} desc, p.id desc
    limit ${limit + 1}`.execute(db);
  return rows;
}

/** Type, city and coordinates of the given organisations. */
export async function findPartnerPlaces(db: Db, organizationIds: string[]): Promise<PartnerPlaceRow[]> {
  if (organizationIds.length === 0) return [];
  return db.selectFrom('organizations').select(['id', 'type', 'city', 'lat', 'lon']).where('id', 'in', organizationIds).execute();
}
