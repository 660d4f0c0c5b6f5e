// Search indexes: small GIN pending lists, and the lists an earlier import left behind merged into the indexes.
import { sql, type Kysely } from 'kysely';

// A GIN index first appends new entries to an unsorted "pending list" that every search scans in full, and only
// VACUUM (never run on embedded PGlite: it has no autovacuum) or a full list (default 4 MB) merges it. After
// the CORDIS import the lists held ~1,100 pages; a one-word search on organisations took 100-200 ms instead of
// 3 ms (measured on PGlite). A 256 kB limit bounds what a search scans between merges; writes through the API
// stay batched. Bulk writers merge the lists at their end (settleSearchIndexes in search-index.ts).
const INDEXES = ['organizations_search', 'organizations_name_fold_trgm', 'organizations_sectors', 'projects_search'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) await sql.raw(`alter index ${index} set (gin_pending_list_limit = 256)`).execute(db);
  // Merging needs the index's owner, which the role running the migrations is.
  await sql.raw(`select count(gin_clean_pending_list(c.oid)) from pg_class c
    where c.relname in (${INDEXES.map((i) => `'${i}'`).join(', ')}) and c.relkind = 'i'`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of INDEXES) await sql.raw(`alter index if exists ${index} reset (gin_pending_list_limit)`).execute(db);
}
