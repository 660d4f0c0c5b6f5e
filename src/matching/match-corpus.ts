// Reads what the matching index is built from (repository layer: SQL only): organisations, projects with their
// full-text vectors, participations. The vectors are the search index's (kept up to date by the import and the
// registry's upkeep), so the words are parsed and stemmed once, when the data is written, never per query.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { OrganizationType, Visibility } from '#src/db/types.ts';

export type CorpusOrganization = {
  id: string;
  cordisId: string | null;
  name: string;
  type: OrganizationType;
  isSme: boolean;
  country: string | null;
  nutsCode: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  visibility: Visibility;
  /** The organisation's own search vector (name, keywords, competences, descriptions) as tsvector text. */
  vector: string | null;
};

export type CorpusProject = {
  id: string;
  acronym: string | null;
  title: string;
  /** Start as a fractional year (2023.5), null when unknown. */
  start: number | null;
  visibility: Visibility;
  vector: string | null;
};

export type CorpusParticipation = { projectId: string; organizationId: string; role: string };

export type MatchCorpus = {
  organizations: CorpusOrganization[];
  projects: CorpusProject[];
  participations: CorpusParticipation[];
};

/** Everything the index needs, read in one snapshot (private projects never enter the index). */
export async function readMatchCorpus(db: Db): Promise<MatchCorpus> {
  const inSnapshot = <T>(read: (trx: Db) => Promise<T>) => (db.isTransaction ? read(db) : db.transaction().execute(read));
  return inSnapshot(async (trx) => {
    const organizations = await sql<CorpusOrganization>`
      select id, cordis_id as "cordisId", name, type, is_sme as "isSme", country, nuts_code as "nutsCode", city,
        lat, lon, visibility, search_vector::text as vector
      from organizations order by id`.execute(trx);
    const projects = await sql<CorpusProject>`
      select id, acronym, title, visibility, search_vector::text as vector,
        extract(year from start_date)::float8 + (extract(doy from start_date)::float8 - 1) / 366 as start
      from projects where visibility <> 'private' order by id`.execute(trx);
    const participations = await sql<CorpusParticipation>`
      select pa.project_id as "projectId", pa.organization_id as "organizationId", pa.role
      from participations pa join projects p on p.id = pa.project_id
      where p.visibility <> 'private' order by pa.project_id, pa.organization_id`.execute(trx);
    return { organizations: organizations.rows, projects: projects.rows, participations: participations.rows };
  });
}

/** The stemmed words of texts, as the search index stems a project's English text (tsvector text, one per text). */
export async function analyzeTexts(db: Db, texts: string[], config: 'klynge_en' | 'klynge_de' | 'klynge_da' = 'klynge_en'): Promise<string[]> {
  if (texts.length === 0) return [];
  const { rows } = await sql<{ v: string }>`
    select to_tsvector(${config}::regconfig, t)::text as v
    from unnest(${texts}::text[]) with ordinality as u(t, n) order by n`.execute(db);
  return rows.map((r) => r.v);
}

/** Member organisations (active or applied) of the clusters and of their hubs. */
export async function findClusterMembers(db: Db, clusterIds: string[]): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select distinct m.organization_id as id from memberships m join clusters c on c.id = m.cluster_id
    where m.status in ('active', 'applied') and (c.id = any(${clusterIds}::uuid[]) or c.parent_id = any(${clusterIds}::uuid[]))`.execute(db);
  return rows.map((r) => r.id);
}
