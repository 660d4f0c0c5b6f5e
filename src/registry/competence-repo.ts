// SQL of the competence taxonomy: nodes, ancestors, children, and the organisations having a competence.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { CompetenceListRow, CompetenceRow } from '#src/registry/competence-schema.ts';
import { containsPattern, escapeLike, uuidList } from '#src/registry/sql-helpers.ts';
import { visibleTo, type Viewer } from '#src/registry/visibility.ts';

/**
 * The LIKE pattern of a competence's strict descendants. euroSciVoc ids are code paths (`esv:/23/51`
 * → `esv:/23/51/...`); EMDN codes add two characters per level (`emdn:A01` → `emdn:A0101`); sectors have none.
 */
export function descendantPattern(id: string): string {
  return id.startsWith('emdn:') ? `${escapeLike(id)}_%` : `${escapeLike(id)}/%`;
}

/** SQL condition: the text column `column` holds competence `id` or one of its descendants. */
export function matchesCompetence(column: string, id: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.ref(column)} = ${id} or ${sql.ref(column)} like ${descendantPattern(id)})`;
}

/** SQL condition: the text[] column `column` holds competence `id` or one of its descendants. */
export function arrayMatchesCompetence(column: string, id: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from unnest(${sql.ref(column)}) as held(cid) where held.cid = ${id} or held.cid like ${descendantPattern(id)})`;
}

/** Roots, the children of `parentId`, or the label/code matches of `q`, in code order; each says if it has children. */
export async function findCompetences(
  db: Db,
  filter: { scheme?: string | undefined; parentId?: string | undefined; q?: string | undefined; limit: number },
): Promise<CompetenceListRow[]> {
  let query = db
    .selectFrom('competences')
    .selectAll('competences')
    .select((eb) => eb.exists(eb.selectFrom('competences as child').select('child.id').whereRef('child.parent_id', '=', 'competences.id')).$castTo<boolean>().as('has_children'));
  if (filter.scheme) query = query.where('scheme', '=', filter.scheme as CompetenceRow['scheme']);
  if (filter.parentId) query = query.where('parent_id', '=', filter.parentId);
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where(
      sql<SqlBool>`(code ilike ${like} or label->>'en' ilike ${like} or label->>'de' ilike ${like} or label->>'da' ilike ${like})`,
    );
  } else if (!filter.parentId) {
    query = query.where('parent_id', 'is', null);
  }
  return query.orderBy('depth').orderBy('scheme').orderBy('code').limit(filter.limit).execute();
}

/** One competence by id. */
export async function findCompetence(db: Db, id: string): Promise<CompetenceRow | undefined> {
  return db.selectFrom('competences').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The ids among `ids` that exist in the taxonomy. */
export async function existingCompetenceIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('competences').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The ancestors of competence `id`, root first. */
export async function findAncestors(db: Db, id: string): Promise<CompetenceRow[]> {
  const { rows } = await sql<CompetenceRow & { hops: number }>`
    with recursive up as (
      select c.*, 0 as hops from competences c where c.id = (select parent_id from competences where id = ${id})
      union all
      select p.*, up.hops + 1 from competences p join up on p.id = up.parent_id
    )
    select * from up order by hops desc`.execute(db);
  return rows.map(({ hops: _hops, ...row }) => row);
}

/** `select organization_id` of the organisations having competence `id` or a descendant (sectors count too). */
function holders(id: string) {
  const sector = id.startsWith('sector:') ? id.slice('sector:'.length) : null;
  return sql`
    select oc.organization_id from organization_competences oc
      join competences c on c.id = oc.competence_id
      where ${matchesCompetence('c.id', id)}
    ${sector === null ? sql`` : sql`union select o.id from organizations o where o.sectors @> array[${sector}]::text[]`}`;
}

/**
 * For each of `ids`: how many organisations the viewer sees have it or a descendant. One pass over the
 * organisations' competences for all nodes, so a list of roots costs about as much as one root.
 */
export async function countHolders(db: Db, ids: string[], viewer: Viewer): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const nodes = ids.map((id) => {
    const sector = id.startsWith('sector:') ? id.slice('sector:'.length) : null;
    return sql`(${id}::text, ${descendantPattern(id)}::text, ${sector}::text)`;
  });
  const { rows } = await sql<{ node_id: string; n: number }>`
    with nodes(node_id, pattern, sector) as (values ${sql.join(nodes)}),
    subtree as (
      select n.node_id, c.id as competence_id from nodes n join competences c on c.id = n.node_id or c.id like n.pattern
    ),
    held as (
      select s.node_id, oc.organization_id from subtree s join organization_competences oc on oc.competence_id = s.competence_id
      union
      select n.node_id, o.id from nodes n join organizations o on o.sectors @> array[n.sector] where n.sector is not null
    )
    select h.node_id, count(*)::int as n from held h join organizations o on o.id = h.organization_id
    where ${visibleTo(viewer, 'o.visibility', 'o.id')}
    group by h.node_id`.execute(db);
  return new Map(rows.map((r) => [r.node_id, r.n]));
}

/** Organisations the viewer sees having competence `id` or a descendant, per country and per NUTS-2 region. */
export async function countHoldersByRegion(db: Db, id: string, viewer: Viewer) {
  const { rows } = await sql<{ country: string | null; nuts2: string | null; n: number }>`
    select o.country, case when length(o.nuts_code) >= 4 then left(o.nuts_code, 4) end as nuts2, count(*)::int as n
    from organizations o
    where o.id in (${holders(id)}) and ${visibleTo(viewer, 'o.visibility', 'o.id')}
    group by 1, 2`.execute(db);
  return rows;
}

/** Recomputes the competences organisations have through their projects: weight = projects with that topic. */
export async function deriveOrganizationCompetences(db: Db, organizationIds: string[]): Promise<void> {
  if (organizationIds.length === 0) return;
  await db
    .deleteFrom('organization_competences')
    .where('source', '=', 'projects')
    .where('organization_id', 'in', uuidList(organizationIds))
    .execute();
  await sql`
    insert into organization_competences (organization_id, competence_id, source, weight)
    select pa.organization_id, t.competence_id, 'projects', count(distinct pa.project_id)
    from participations pa join project_topics t on t.project_id = pa.project_id
    where pa.organization_id in ${uuidList(organizationIds)}
    group by pa.organization_id, t.competence_id`.execute(db);
}
