// SQL of the organisation list: filters, full-text hits, keyset pages in every sort order, facet counts.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import { matchesCompetence } from '#src/registry/competence-repo.ts';
import type { OrganizationFacets, OrganizationListQuery, OrganizationRow, OrganizationSort } from '#src/registry/organization-schema.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

export type OrganizationFilter = Pick<OrganizationListQuery, 'type' | 'sector' | 'competence' | 'country' | 'region' | 'cluster' | 'hub' | 'sme'>;
type Hits = RawBuilder<{ id: string; rank: number }>;

// A page and its facet counts are two statements over the same hits. Ranking a broad term ("cancer": ~2,000
// organisations through ~900 projects) is most of the cost of each, so the hits are computed once per search
// (the first statement to need them runs the search; the other awaits the same rows) and both statements read
// them back as arrays. The planner then also knows how many there are, and joins them to organisations by hash
// instead of by thousands of index probes (it assumes 200 rows for a CTE).
type HitRows = { ids: string[]; ranks: number[] };
const computed = new WeakMap<Hits, Promise<HitRows>>();

function hitRows(db: Db, hits: Hits): Promise<HitRows> {
  let rows = computed.get(hits);
  if (!rows) {
    rows = sql<{ id: string; rank: number }>`select id, rank from (${hits}) h`
      .execute(db)
      .then(({ rows: found }) => ({ ids: found.map((r) => r.id), ranks: found.map((r) => r.rank) }));
    computed.set(hits, rows);
  }
  return rows;
}

/** The search hits as a CTE `hits` (id, rank), the search run at most once for all statements of a request. */
async function withHits(db: Db, hits: Hits | null): Promise<RawBuilder<unknown>> {
  if (!hits) return sql``;
  const { ids, ranks } = await hitRows(db, hits);
  return sql`with hits as (select * from unnest(${ids}::uuid[], ${ranks}::float8[]) as h(id, rank))`;
}

/** A keyset position: the sort value and id of the last row of the previous page. */
export type After = { value: string | number; id: string };
export type ListedRow = OrganizationRow & { sort_value: string | number };

const namesCluster = (value: string) => sql<SqlBool>`(c.slug = ${value} or c.id::text = ${value})`;

/** The SQL conditions (on alias `o`) of a filter, visibility first: what every organisation filter of the API means. */
export function organizationConditions(filter: OrganizationFilter, viewer: Viewer): RawBuilder<SqlBool>[] {
  const where: RawBuilder<SqlBool>[] = [visibleTo(viewer, 'o.visibility', 'o.id')];
  if (filter.type) where.push(sql`o.type = ${filter.type}`);
  if (filter.sector) where.push(sql`o.sectors @> array[${filter.sector}]::text[]`);
  if (filter.country) where.push(sql`o.country = ${filter.country}`);
  if (filter.region) where.push(sql`o.nuts_code like ${`${filter.region}%`}`);
  if (filter.sme !== undefined) where.push(sql`o.is_sme = ${filter.sme}`);
  if (filter.competence) {
    where.push(sql`exists (select 1 from organization_competences oc
      where oc.organization_id = o.id and ${matchesCompetence('oc.competence_id', filter.competence)})`);
  }
  if (filter.cluster) {
    // A cluster's members are its own and those of its hubs.
    where.push(sql`exists (select 1 from memberships m join clusters c on c.id = m.cluster_id
      where m.organization_id = o.id and m.status = 'active'
        and (${namesCluster(filter.cluster)} or c.parent_id in (select c.id from clusters c where ${namesCluster(filter.cluster)})))`);
  }
  if (filter.hub) {
    where.push(sql`exists (select 1 from memberships m join clusters c on c.id = m.cluster_id
      where m.organization_id = o.id and m.status = 'active' and ${namesCluster(filter.hub)})`);
  }
  return where;
}

/** The sort value of each order: relevance, the accent- and case-folded name (byte order), the creation time. */
function sortValue(sort: OrganizationSort): RawBuilder<string | number> {
  if (sort === 'relevance') return sql`h.rank`;
  if (sort === 'name' || sort === '-name') return sql`klynge_fold(o.name)`;
  return sql`o.created_at::text`;
}

/** One page (limit + 1 rows, to tell whether more follow) of the organisations matching the filter. */
export async function listOrganizationRows(
  db: Db,
  options: { filter: OrganizationFilter; viewer: Viewer; hits: Hits | null; sort: OrganizationSort; after: After | null; limit: number },
): Promise<ListedRow[]> {
  const { sort, after, hits } = options;
  const where = organizationConditions(options.filter, options.viewer);
  const descending = sort === 'relevance' || sort === '-name' || sort === '-created';
  const [key, keyAfter] =
    sort === 'relevance'
      ? [sql`h.rank`, sql`${after?.value ?? 0}::float8`]
      : sort === 'name' || sort === '-name'
        ? [sql`klynge_fold(o.name) collate "C"`, sql`${after?.value ?? ''}::text collate "C"`]
        : [sql`o.created_at`, sql`${after?.value ?? ''}::timestamptz`];
  if (after) {
    // Relevance runs high to low but ties go by ascending id, so the comparison is spelled out.
    where.push(
      sort === 'relevance'
        ? sql`(${key} < ${keyAfter} or (${key} = ${keyAfter} and h.id > ${after.id}::uuid))`
        : descending
          ? sql`(${key}, o.id) < (${keyAfter}, ${after.id}::uuid)`
          : sql`(${key}, o.id) > (${keyAfter}, ${after.id}::uuid)`,
    );
  }
  const order = sort === 'relevance' ? sql`h.rank desc, h.id` : descending ? sql`${key} desc, o.id desc` : sql`${key}, o.id`;
  // By relevance: the hits in rank order, each looked up (lateral, not pulled up) until the page is full, instead
  // of joining all of a broad term's thousands of hits to their organisations and sorting them for one page.
  const from = !hits
    ? sql`organizations o`
    : sort === 'relevance'
      ? sql`(select * from hits order by rank desc, id) h cross join lateral (select * from organizations o where o.id = h.id offset 0) o`
      : sql`organizations o join hits h on h.id = o.id`;
  const { rows } = await sql<ListedRow>`
    ${await withHits(db, hits)}
    select o.*, ${sortValue(sort)} as sort_value
    from ${from}
    where ${sql.join(where, sql` and `)}
    order by ${order}
    limit ${options.limit + 1}`.execute(db);
  return rows;
}

/** Facet counts over everything the filter (and the search, if any) matches. */
export async function countOrganizationFacets(
  db: Db,
  options: { filter: OrganizationFilter; viewer: Viewer; hits: Hits | null },
): Promise<OrganizationFacets> {
  const where = organizationConditions(options.filter, options.viewer);
  const facet = (select: RawBuilder<unknown>) =>
    sql`(select coalesce(json_agg(json_build_object('value', x.value, 'count', x.count) order by x.count desc, x.value), '[]')
      from (${select}) x)`;
  const { rows } = await sql<OrganizationFacets>`
    ${await withHits(db, options.hits)}${options.hits ? sql`,` : sql`with`} filtered as materialized (
      select o.id, o.type, o.sectors, o.country, o.nuts_code, o.is_sme
      from organizations o ${options.hits ? sql`join hits h on h.id = o.id` : sql``}
      where ${sql.join(where, sql` and `)}
    )
    select
      (select count(*) from filtered) as total,
      ${facet(sql`select type as value, count(*) as count from filtered group by type`)} as type,
      ${facet(sql`select s as value, count(*) as count from filtered, unnest(sectors) s group by s`)} as sector,
      ${facet(sql`select country as value, count(*) as count from filtered where country is not null group by country`)} as country,
      ${facet(sql`select left(nuts_code, 4) as value, count(*) as count from filtered where length(nuts_code) >= 4 group by 1`)} as region,
      (select coalesce(json_agg(json_build_object('value', x.value, 'label', x.label, 'count', x.count) order by x.count desc, x.value), '[]')
        from (select top.id::text as value, top.name as label, count(distinct f.id) as count
          from filtered f join memberships m on m.organization_id = f.id and m.status = 'active'
          join clusters c on c.id = m.cluster_id join clusters top on top.id = coalesce(c.parent_id, c.id)
          group by top.id, top.name) x) as cluster,
      ${facet(sql`select is_sme::text as value, count(*) as count from filtered group by is_sme`)} as sme`.execute(db);
  const facets = rows[0];
  if (!facets) throw new Error('facet query returned no row');
  return facets;
}
