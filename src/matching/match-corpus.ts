// Reads what the matching index is built from (repository layer: SQL only), page by page: organisations, projects
// with their full-text vectors, participations. The vectors are the search index's (kept up to date by the import
// and the registry's upkeep), so the words are parsed and stemmed once, when the data is written, never per query.
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

/** A corpus held whole (tests and small registries build their index from one). */
export type MatchCorpus = {
  organizations: CorpusOrganization[];
  projects: CorpusProject[];
  participations: CorpusParticipation[];
};

/** Receives the corpus page by page: every project first, then every organisation, then the participations. */
export type CorpusSink = {
  projects: (rows: CorpusProject[]) => void;
  organizations: (rows: CorpusOrganization[]) => void;
  participations: (rows: CorpusParticipation[]) => void;
};

/**
 * Rows per page. Read whole, the full registry's vectors are ~100 MiB of text at once; a page at a time, the
 * index builder turns each page into term numbers before the next one is read.
 */
const PAGE = 2000;

/**
 * Everything the index needs, in one snapshot (one transaction, repeatable read on PostgreSQL), into `sink`,
 * `pageSize` rows at a time; private projects never enter the index. Answers how many organisations and projects
 * were read.
 */
export async function readMatchCorpus(db: Db, sink: CorpusSink, pageSize = PAGE): Promise<{ organizations: number; projects: number }> {
  // Reads `page(after)` until a page comes back short; `after` is the last row of the previous page.
  const inPages = async <T>(page: (after: T | undefined) => Promise<T[]>, take: (rows: T[]) => void): Promise<number> => {
    let count = 0;
    let after: T | undefined;
    for (;;) {
      const rows = await page(after);
      take(rows);
      count += rows.length;
      if (rows.length < pageSize) return count;
      after = rows.at(-1);
    }
  };
  const read = async (trx: Db) => {
    const projects = await inPages<CorpusProject>(async (after) => (await sql<CorpusProject>`
      select id, acronym, title, visibility, search_vector::text as vector,
        extract(year from start_date)::float8 + (extract(doy from start_date)::float8 - 1) / 366 as start
      from projects where visibility <> 'private' ${after ? sql`and id > ${after.id}::uuid` : sql``}
      order by id limit ${pageSize}`.execute(trx)).rows, sink.projects);
    const organizations = await inPages<CorpusOrganization>(async (after) => (await sql<CorpusOrganization>`
      select id, cordis_id as "cordisId", name, type, is_sme as "isSme", country, nuts_code as "nutsCode", city,
        lat, lon, visibility, search_vector::text as vector
      from organizations ${after ? sql`where id > ${after.id}::uuid` : sql``}
      order by id limit ${pageSize}`.execute(trx)).rows, sink.organizations);
    await inPages<CorpusParticipation>(async (after) => (await sql<CorpusParticipation>`
      select pa.project_id as "projectId", pa.organization_id as "organizationId", pa.role
      from participations pa join projects p on p.id = pa.project_id
      where p.visibility <> 'private'
        ${after ? sql`and (pa.project_id, pa.organization_id, pa.role) > (${after.projectId}::uuid, ${after.organizationId}::uuid, ${after.role})` : sql``}
      order by pa.project_id, pa.organization_id, pa.role limit ${pageSize}`.execute(trx)).rows, sink.participations);
    return { organizations, projects };
  };
  return db.isTransaction ? read(db) : db.transaction().setIsolationLevel('repeatable read').execute(read);
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
