// The public cluster site: which downloads appear on the downloads page (images and unlisted files are only linked).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table site_assets add column listed boolean not null default false`).execute(db);
  await sql.raw(`create index site_pages_cluster on site_pages(cluster_id, position)`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop index if exists site_pages_cluster`).execute(db);
  await sql.raw(`alter table site_assets drop column if exists listed`).execute(db);
}
