// SQL of the CORDIS import: multi-row upserts fed as one JSON parameter per batch, and the run log.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import { uuidList } from '#src/registry/sql-helpers.ts';
import type { OrganizationType, ParticipationRole } from '#src/db/types.ts';
import { projectSearchVector } from '#src/registry/search-index.ts';

export type ProjectRow = {
  cordis_id: string;
  rcn: string | null;
  acronym: string | null;
  title: string;
  objective: string | null;
  keywords: string[];
  start_date: string | null;
  end_date: string | null;
  status: string | null;
  framework_programme: string | null;
  programme: string | null;
  call_id: string | null;
  topic_code: string | null;
  topic_title: string | null;
  funding_scheme: string | null;
  total_cost: number | null;
  ec_contribution: number | null;
  source_updated_at: string | null;
};

export type OrganizationRow = {
  cordis_id: string;
  name: string;
  short_name: string | null;
  type: OrganizationType;
  is_sme: boolean;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  nuts_code: string | null;
  website: string | null;
  vat_number: string | null;
};

export type CompetenceRow = { id: string; code: string; parent_id: string | null; path: string; depth: number; title: string | null };
export type ParticipationRow = {
  project_id: string;
  organization_id: string;
  role: ParticipationRole;
  ec_contribution: number | null;
  position: number | null;
};

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::jsonb`;

/** The stored projects among `cordisIds`, with the CORDIS update stamp they were imported from. */
export async function findProjectVersions(db: Db, cordisIds: string[]) {
  if (cordisIds.length === 0) return [];
  return db
    .selectFrom('projects')
    .select(['id', 'cordis_id', 'source_updated_at'])
    .where('cordis_id', 'in', cordisIds)
    .execute();
}

/** Inserts or updates projects by CORDIS id, with their search vectors; returns the id of each. */
export async function upsertProjects(db: Db, rows: ProjectRow[]): Promise<Array<{ id: string; cordis_id: string }>> {
  if (rows.length === 0) return [];
  const result = await sql<{ id: string; cordis_id: string }>`
    insert into projects (cordis_id, rcn, acronym, title, objective, keywords, start_date, end_date, status,
      framework_programme, programme, call_id, topic_code, topic_title, funding_scheme, total_cost, ec_contribution,
      source_updated_at, search_vector)
    select r.*, ${projectSearchVector('r')} from jsonb_to_recordset(${json(rows)}) as r(cordis_id text, rcn text,
      acronym text, title text, objective text, keywords text[], start_date date, end_date date, status text,
      framework_programme text, programme text, call_id text, topic_code text, topic_title text, funding_scheme text,
      total_cost float8, ec_contribution float8, source_updated_at text)
    on conflict (cordis_id) do update set rcn = excluded.rcn, acronym = excluded.acronym, title = excluded.title,
      objective = excluded.objective, keywords = excluded.keywords, start_date = excluded.start_date,
      end_date = excluded.end_date, status = excluded.status, framework_programme = excluded.framework_programme,
      programme = excluded.programme, call_id = excluded.call_id, topic_code = excluded.topic_code,
      topic_title = excluded.topic_title, funding_scheme = excluded.funding_scheme, total_cost = excluded.total_cost,
      ec_contribution = excluded.ec_contribution, source_updated_at = excluded.source_updated_at,
      search_vector = excluded.search_vector, updated_at = now()
    returning id, cordis_id`.execute(db);
  return result.rows;
}

/** Removes the participations and topics of projects about to be replaced; returns the organisations they named. */
export async function deleteProjectLinks(db: Db, projectIds: string[]): Promise<string[]> {
  if (projectIds.length === 0) return [];
  await db.deleteFrom('project_topics').where('project_id', 'in', uuidList(projectIds)).execute();
  const removed = await db
    .deleteFrom('participations')
    .where('project_id', 'in', uuidList(projectIds))
    .returning('organization_id')
    .execute();
  return removed.map((r) => r.organization_id);
}

/** Adds euroSciVoc categories to the taxonomy (parents before or with their children); existing ones stay. */
export async function insertCompetences(db: Db, rows: CompetenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into competences (id, scheme, code, parent_id, path, depth, label)
    select id, 'euroscivoc', code, parent_id, path, depth, jsonb_strip_nulls(jsonb_build_object('en', title))
    from jsonb_to_recordset(${json(rows)}) as r(id text, code text, parent_id text, path text, depth int, title text)
    order by depth
    on conflict (id) do nothing`.execute(db);
}

/** Links projects to their euroSciVoc categories. */
export async function insertProjectTopics(db: Db, rows: Array<{ project_id: string; competence_id: string }>): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into project_topics (project_id, competence_id)
    select project_id, competence_id from jsonb_to_recordset(${json(rows)}) as r(project_id uuid, competence_id text)
    on conflict do nothing`.execute(db);
}

/** Inserts or updates organisations by CORDIS id; a row whose data is unchanged is not written. */
export async function upsertOrganizations(db: Db, rows: OrganizationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into organizations (cordis_id, name, short_name, type, is_sme, street, postal_code, city, country, lat, lon,
      nuts_code, website, vat_number)
    select * from jsonb_to_recordset(${json(rows)}) as r(cordis_id text, name text, short_name text, type text,
      is_sme boolean, street text, postal_code text, city text, country text, lat float8, lon float8, nuts_code text,
      website text, vat_number text)
    on conflict (cordis_id) do update set name = excluded.name, short_name = excluded.short_name, type = excluded.type,
      is_sme = excluded.is_sme, street = excluded.street, postal_code = excluded.postal_code, city = excluded.city,
      country = excluded.country, lat = excluded.lat, lon = excluded.lon, nuts_code = excluded.nuts_code,
      website = excluded.website, vat_number = excluded.vat_number, updated_at = now()
    where (organizations.name, organizations.short_name, organizations.type, organizations.is_sme, organizations.street,
      organizations.postal_code, organizations.city, organizations.country, organizations.lat, organizations.lon,
      organizations.nuts_code, organizations.website, organizations.vat_number)
      is distinct from (excluded.name, excluded.short_name, excluded.type, excluded.is_sme, excluded.street,
      excluded.postal_code, excluded.city, excluded.country, excluded.lat, excluded.lon, excluded.nuts_code,
      excluded.website, excluded.vat_number)`.execute(db);
}

/** The ids of the organisations with the given CORDIS ids. */
export async function findOrganizationIds(db: Db, cordisIds: string[]): Promise<Array<{ id: string; cordis_id: string }>> {
  if (cordisIds.length === 0) return [];
  const result = await sql<{ id: string; cordis_id: string }>`
    select id, cordis_id from organizations
    where cordis_id in (select value from jsonb_array_elements_text(${JSON.stringify(cordisIds)}::jsonb))`.execute(db);
  return result.rows;
}

/** Inserts participations (those of a replaced project were deleted first). */
export async function insertParticipations(db: Db, rows: ParticipationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into participations (project_id, organization_id, role, ec_contribution, position)
    select * from jsonb_to_recordset(${json(rows)})
      as r(project_id uuid, organization_id uuid, role text, ec_contribution float8, position int)
    on conflict do nothing`.execute(db);
}

/**
 * Whether this session may switch triggers off (`session_replication_role`): PGlite's user and superusers may,
 * an ordinary role on a managed server usually may not.
 */
export async function mayBypassTriggers(db: Db): Promise<boolean> {
  const { rows } = await sql<{ allowed: boolean }>`
    select has_parameter_privilege('session_replication_role', 'set') as allowed`.execute(db);
  return rows[0]?.allowed === true;
}

/** Switches the triggers of the current transaction, foreign-key checks included, off ('replica') or on ('origin'). */
export async function setTriggerMode(db: Db, mode: 'replica' | 'origin'): Promise<void> {
  await sql`set local session_replication_role = ${sql.lit(mode)}`.execute(db);
}

// With the triggers off, nothing checks the foreign keys of the rows the import adds, so the import takes the
// locks those checks would take (FOR KEY SHARE: the rows cannot be deleted or re-keyed until it commits), set
// by set instead of row by row. Projects and organisations it upserts are locked by the upsert itself.

/** Locks the given organisations against deletion until the transaction ends. */
export async function lockOrganizations(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`select count(*) from (select id from organizations where id in ${uuidList(ids)} for key share) locked`.execute(db);
}

/** Locks every competence against deletion until the transaction ends (the taxonomy is small). */
export async function lockCompetences(db: Db): Promise<void> {
  await sql`select count(*) from (select id from competences for key share) locked`.execute(db);
}

/** Refreshes the planner's statistics of the tables a large import changed (ANALYZE samples, so it is cheap). */
export async function analyzeImportedTables(db: Db): Promise<void> {
  for (const table of ['projects', 'organizations', 'participations', 'project_topics', 'competences', 'organization_competences']) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
}

/** Records the start of an import run; returns its id. */
export async function createImportRun(db: Db, kind: string, source: string): Promise<string> {
  const row = await db
    .insertInto('import_runs')
    .values({ kind, source, status: 'running', summary: JSON.stringify({}) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records how an import run ended. */
export async function finishImportRun(
  db: Db,
  id: string,
  end: { status: 'done' | 'failed'; summary: Record<string, unknown>; finishedAt: Date },
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({ status: end.status, summary: JSON.stringify(end.summary), finished_at: end.finishedAt })
    .where('id', '=', id)
    .execute();
}
