// SQL of the atlas search beyond organisations: facilities, projects and offers matching words and a competence,
// their counts, and what an organisation's result card shows (top competences, clusters).
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import { arrayMatchesCompetence, matchesCompetence } from '#src/registry/competence-repo.ts';
import type { FacilityRow } from '#src/registry/facility-schema.ts';
import type { OfferRow } from '#src/registry/offer-schema.ts';
import type { ProjectRow } from '#src/registry/project-schema.ts';
import type { CardClusterRow, CardCompetenceRow } from '#src/registry/search-all-schema.ts';
import type { TextSearch } from '#src/registry/search-query.ts';
import { containsPattern } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

/** What the other kinds are matched by: the prepared words (null: all) and a competence (with narrower ones). */
export type OtherKindsFilter = { search: TextSearch | null; competence: string | undefined; today: string };
/** A keyset position: the sort value and id of the last row of the previous page. */
export type KindAfter = { value: string | number; id: string } | null;
type Ranked<Row> = Row & { sort_value: string | number };

/**
 * A kind's text: its own vector (facilities and offers have none stored, they are few, so it is computed) and
 * its name. A row matches when the words do (in any language) or the name contains the typed text, so a
 * half-typed word already finds "Plasma…" while typing "plasm".
 */
type Kind = { alias: string; vector: RawBuilder<string>; name: RawBuilder<string>; conditions: (viewer: Viewer, f: OtherKindsFilter) => RawBuilder<SqlBool>[] };

const facilityVector = sql<string>`(to_tsvector('klynge_simple', f.name) || to_tsvector('klynge_en', coalesce(f.description->>'en', ''))
  || to_tsvector('klynge_de', coalesce(f.description->>'de', '')) || to_tsvector('klynge_da', coalesce(f.description->>'da', '')))`;
const offerVector = sql<string>`(to_tsvector('klynge_simple', f.title) || to_tsvector('klynge_en', f.title || ' ' || f.description)
  || to_tsvector('klynge_de', f.title || ' ' || f.description) || to_tsvector('klynge_da', f.title || ' ' || f.description))`;

// Facilities and offers are visible when their own level and their organisation's are readable (like their lists).
const ownedVisible = (viewer: Viewer) => [visibleTo(viewer, 'f.visibility', 'f.organization_id'), visibleTo(viewer, 'o.visibility', 'o.id')];

const KINDS = {
  facilities: {
    alias: 'f',
    vector: facilityVector,
    name: sql<string>`f.name`,
    conditions: (viewer, f) => [...ownedVisible(viewer), ...(f.competence ? [arrayMatchesCompetence('f.competence_ids', f.competence)] : [])],
  },
  offers: {
    alias: 'f',
    vector: offerVector,
    name: sql<string>`f.title`,
    conditions: (viewer, f) => [
      ...ownedVisible(viewer),
      sql<SqlBool>`(f.expires_at is null or f.expires_at >= ${f.today}::date)`,
      ...(f.competence ? [arrayMatchesCompetence('f.competence_ids', f.competence)] : []),
    ],
  },
  projects: {
    alias: 'p',
    vector: sql<string>`p.search_vector`,
    name: sql<string>`concat_ws(' ', p.acronym, p.title)`,
    // A project belongs to no single organisation, so only its level counts (as in the project list).
    conditions: (viewer, f) => [
      visibleTo({ ...viewer, organizationIds: [] }, 'p.visibility', 'p.id'),
      ...(f.competence ? [sql<SqlBool>`exists (select 1 from project_topics pt where pt.project_id = p.id and ${matchesCompetence('pt.competence_id', f.competence)})`] : []),
    ],
  },
} satisfies Record<string, Kind>;
export type OtherKind = keyof typeof KINDS;

const FROM: Record<OtherKind, RawBuilder<unknown>> = {
  facilities: sql`facilities f join organizations o on o.id = f.organization_id`,
  offers: sql`offers f join organizations o on o.id = f.organization_id`,
  projects: sql`projects p`,
};

function whereOf(kind: OtherKind, viewer: Viewer, filter: OtherKindsFilter): RawBuilder<SqlBool>[] {
  const { vector, name, conditions } = KINDS[kind];
  const where = conditions(viewer, filter);
  const { search } = filter;
  if (search) {
    const byName = sql<SqlBool>`${name} ilike ${containsPattern(search.text.trim())}`;
    where.push(search.query ? sql<SqlBool>`(${vector} @@ ${search.query}::tsquery or ${byName})` : byName);
  }
  return where;
}

/**
 * The order of a kind's list: by relevance with words (cover density, a name match counting 1), else
 * facilities by name, projects newest first, offers newest first; ties by id.
 */
function orderOf(kind: OtherKind, search: TextSearch | null): { key: RawBuilder<unknown>; type: string; descending: boolean } {
  if (search) {
    const name = sql`case when ${KINDS[kind].name} ilike ${containsPattern(search.text.trim())} then 1 else 0 end`;
    const rank = search.query ? sql`ts_rank_cd(${KINDS[kind].vector}, ${search.query}::tsquery)` : sql`0`;
    return { key: sql`(${rank} + ${name})::float8`, type: 'float8', descending: true };
  }
  if (kind === 'facilities') return { key: sql`f.name`, type: 'text', descending: false };
  if (kind === 'projects') return { key: sql`coalesce(p.start_date, date '0001-01-01')::text`, type: 'text', descending: true };
  return { key: sql`f.created_at::text`, type: 'text', descending: true };
}

async function findRows<Row>(db: Db, kind: OtherKind, viewer: Viewer, filter: OtherKindsFilter, after: KindAfter, limit: number): Promise<Array<Ranked<Row>>> {
  const { alias } = KINDS[kind];
  const { key, type, descending } = orderOf(kind, filter.search);
  const where = whereOf(kind, viewer, filter);
  const id = sql.ref(`${alias}.id`);
  if (after) {
    const value = sql`${after.value}::${sql.raw(type)}`;
    where.push(sql<SqlBool>`(${key} ${sql.raw(descending ? '<' : '>')} ${value} or (${key} = ${value} and ${id} > ${after.id}::uuid))`);
  }
  const { rows } = await sql<Ranked<Row>>`
    select ${sql.raw(alias)}.*, ${kind === 'projects' ? sql`` : sql`o.name as organization_name,`} ${key} as sort_value
    from ${FROM[kind]}
    where ${sql.join(where, sql` and `)}
    order by ${key} ${sql.raw(descending ? 'desc' : 'asc')}, ${id}
    limit ${limit + 1}`.execute(db);
  return rows;
}

/** A page (limit + 1 rows) of the facilities matching the filter. */
export const findFacilityHits = (db: Db, viewer: Viewer, filter: OtherKindsFilter, after: KindAfter, limit: number) =>
  findRows<FacilityRow>(db, 'facilities', viewer, filter, after, limit);

/** A page (limit + 1 rows) of the offers and requests matching the filter (current ones only). */
export const findOfferHits = (db: Db, viewer: Viewer, filter: OtherKindsFilter, after: KindAfter, limit: number) =>
  findRows<OfferRow>(db, 'offers', viewer, filter, after, limit);

/** A page (limit + 1 rows) of the projects matching the filter. */
export const findProjectHits = (db: Db, viewer: Viewer, filter: OtherKindsFilter, after: KindAfter, limit: number) =>
  findRows<ProjectRow>(db, 'projects', viewer, filter, after, limit);

/** How many facilities, projects and offers match the filter. */
export async function countOtherKinds(db: Db, viewer: Viewer, filter: OtherKindsFilter): Promise<Record<OtherKind, number>> {
  const count = (kind: OtherKind) => sql`(select count(*)::int from ${FROM[kind]} where ${sql.join(whereOf(kind, viewer, filter), sql` and `)})`;
  const { rows } = await sql<Record<OtherKind, number>>`
    select ${count('facilities')} as facilities, ${count('projects')} as projects, ${count('offers')} as offers`.execute(db);
  return rows[0] ?? { facilities: 0, projects: 0, offers: 0 };
}

/** Up to three competences per organisation (declared before derived, heavier first; sectors are shown apart). */
export async function findCardCompetences(db: Db, organizationIds: string[]): Promise<CardCompetenceRow[]> {
  if (organizationIds.length === 0) return [];
  const { rows } = await sql<CardCompetenceRow>`
    select organization_id, competence_id, label from (
      select oc.organization_id, oc.competence_id, c.label,
        row_number() over (partition by oc.organization_id
          order by bool_or(oc.source = 'declared') desc, max(oc.weight) desc, oc.competence_id) as n
      from organization_competences oc join competences c on c.id = oc.competence_id
      where oc.organization_id in (${sql.join(organizationIds)}) and c.scheme <> 'sector'
      -- a competence both declared and derived from projects is one competence on the card
      group by oc.organization_id, oc.competence_id, c.label
    ) ranked
    where n <= 3
    order by organization_id, n`.execute(db);
  return rows;
}

/** The clusters and hubs each organisation is an active member of. */
export async function findCardClusters(db: Db, organizationIds: string[]): Promise<CardClusterRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('memberships as m')
    .innerJoin('clusters as c', 'c.id', 'm.cluster_id')
    .select(['m.organization_id', 'c.id', 'c.slug', 'c.name', 'c.short_name'])
    .where('m.organization_id', 'in', organizationIds)
    .where('m.status', '=', 'active')
    .orderBy('c.name')
    .execute();
}
