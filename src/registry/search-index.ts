// Keeps the full-text search vectors of projects and organisations up to date (repository layer: SQL only).
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import { forgetSearchResults } from '#src/registry/search-cache.ts';

export type SearchIndexScope = 'all' | { organizationIds?: string[]; projectIds?: string[] };

// Why this shape (the CORDIS import refreshes ~13,500 projects and ~26,000 organisations with ~92,000
// participations inside its time budget on embedded PGlite; measured: parsing the objectives alone takes
// ~4.5 s there, copying project lexemes into organisation vectors another 4-8 s):
// - A project's text is parsed once, into its own vector: title and acronym (A), keywords (B), objective (C).
//   CORDIS writes in English, so the stemmed part uses klynge_en; titles and acronyms also go through
//   klynge_simple so exact words match whatever language the query is in.
// - An organisation's vector holds only its own text: name and short name (A, klynge_simple), keywords,
//   competence and sector labels (B, every language), descriptions (C, each in its own language). The text
//   of its projects is NOT copied in: the search reaches titles, keywords and objectives through the project
//   vectors and the participations (see search-query.ts), so vectors stay small (ranking stays fast) and a
//   changed project never forces its participants to be re-indexed.
// - A bulk writer of projects (the CORDIS import) computes the vector in its INSERT with
//   projectSearchVector: the parsing then overlaps the reading of the files, and the row is written once
//   instead of inserted and then rewritten (the GIN index makes every such update a non-HOT one).

/** The search vector of a project row under `alias` (a table or a record with the projects columns). */
export function projectSearchVector(alias: string): RawBuilder<string> {
  const c = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<string>`
  setweight(to_tsvector('klynge_simple', concat_ws(' ', ${c('acronym')}, ${c('title')})) || to_tsvector('klynge_en', ${c('title')}), 'A')
  || setweight(to_tsvector('klynge_en', array_to_string(${c('keywords')}, ' ')), 'B')
  || setweight(to_tsvector('klynge_en', coalesce(${c('objective')}, '')), 'C')`;
}
const projectVector = projectSearchVector('p');

/**
 * Recomputes `search_vector` of the given projects and organisations (or of all of them); after a bulk change
 * it refreshes the planner's statistics too, unless the caller analyzes the tables itself (`analyze: false`).
 */
export async function refreshSearchIndex(db: Db, scope: SearchIndexScope, options: { analyze?: boolean } = {}): Promise<void> {
  forgetSearchResults();
  if (scope === 'all') {
    await sql`update projects p set search_vector = ${projectVector}`.execute(db);
    await refreshOrganizations(db, null);
    await analyzeSearchTables(db);
    return;
  }
  const projectIds = [...new Set(scope.projectIds ?? [])];
  const organizationIds = [...new Set(scope.organizationIds ?? [])];
  if (projectIds.length > 0) {
    await sql`update projects p set search_vector = ${projectVector} where p.id = any(${projectIds}::uuid[])`.execute(db);
  }
  if (organizationIds.length > 0) await refreshOrganizations(db, organizationIds);
  if (options.analyze !== false && projectIds.length + organizationIds.length >= BULK) await analyzeSearchTables(db);
}

// After a bulk change (an import) the planner's statistics are stale: without them it misjudges a search
// that matches thousands of rows as matching one (measured: 35 s instead of 0.1 s on PGlite). ANALYZE
// samples, so it stays cheap, and unlike VACUUM it may run inside the import's transaction.
const BULK = 1_000;
async function analyzeSearchTables(db: Db): Promise<void> {
  for (const table of ['organizations', 'projects', 'participations']) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
  await settleSearchIndexes(db);
}

/**
 * Merges the pending lists of the GIN indexes of organisations and projects into the indexes, after a bulk
 * write: every search scans an unmerged list in full (measured after the CORDIS import on PGlite, which never
 * vacuums: a one-word search 100-200 ms instead of 3 ms; merging took ~1.5 s). Indexes owned by another role
 * are left to autovacuum (merging needs the owner).
 */
export async function settleSearchIndexes(db: Db): Promise<void> {
  await sql`select count(gin_clean_pending_list(i.indexrelid)) from pg_index i
    join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
    where a.amname = 'gin' and i.indrelid in ('organizations'::regclass, 'projects'::regclass)
      and pg_has_role(c.relowner, 'USAGE')`.execute(db);
}

/** Rebuilds the vectors of the organisations `ids` (null: all). */
async function refreshOrganizations(db: Db, ids: string[] | null): Promise<void> {
  const only = (column: string) => (ids === null ? sql`true` : sql`${sql.ref(column)} = any(${ids}::uuid[])`);
  await sql`
    with labels as (
      select oc.organization_id as id,
        string_agg(c.label->>'en', ' ') as en, string_agg(c.label->>'de', ' ') as de, string_agg(c.label->>'da', ' ') as da
      from organization_competences oc join competences c on c.id = oc.competence_id
      where ${only('oc.organization_id')}
      group by oc.organization_id
    ),
    sector_labels as (
      select o.id,
        string_agg(coalesce(c.label->>'en', replace(s.code, '_', ' ')), ' ') as en,
        string_agg(c.label->>'de', ' ') as de, string_agg(c.label->>'da', ' ') as da
      from organizations o cross join unnest(o.sectors) as s(code)
      left join competences c on c.id = 'sector:' || s.code
      where ${only('o.id')}
      group by o.id
    )
    update organizations o set search_vector =
      setweight(to_tsvector('klynge_simple', concat_ws(' ', o.name, o.short_name)), 'A')
      || setweight(
        to_tsvector('klynge_simple', array_to_string(o.keywords, ' '))
        || to_tsvector('klynge_en', concat_ws(' ', array_to_string(o.keywords, ' '), l.en, s.en))
        || to_tsvector('klynge_de', concat_ws(' ', array_to_string(o.keywords, ' '), l.de, s.de))
        || to_tsvector('klynge_da', concat_ws(' ', array_to_string(o.keywords, ' '), l.da, s.da)), 'B')
      || setweight(
        to_tsvector('klynge_de', coalesce(o.description->>'de', ''))
        || to_tsvector('klynge_en', coalesce(o.description->>'en', ''))
        || to_tsvector('klynge_da', coalesce(o.description->>'da', '')), 'C')
    from organizations o2
    left join labels l on l.id = o2.id
    left join sector_labels s on s.id = o2.id
    where o2.id = o.id and ${only('o2.id')}
  `.execute(db);
}
