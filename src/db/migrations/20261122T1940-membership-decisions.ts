// Membership applications with their message and the managers' decision (who, when, why), and when a news post was
// submitted for review: what the membership and news workflows of cluster management need beyond migration 1900.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table memberships add column message text`,
  `alter table memberships add column decision_note text`,
  `alter table memberships add column applied_at timestamptz`,
  `alter table memberships add column applied_by uuid references users(id) on delete set null`,
  `alter table memberships add column decided_at timestamptz`,
  `alter table memberships add column decided_by uuid references users(id) on delete set null`,
  `create index memberships_status on memberships(cluster_id, status)`,
  `alter table news_posts add column submitted_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table news_posts drop column if exists submitted_at').execute(db);
  await sql.raw('drop index if exists memberships_status').execute(db);
  for (const column of ['decided_by', 'decided_at', 'applied_by', 'applied_at', 'decision_note', 'message']) {
    await sql.raw(`alter table memberships drop column if exists ${column}`).execute(db);
  }
}
