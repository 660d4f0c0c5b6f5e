// SQL of the demo loader: is the registry empty, and multi-row inserts of the demo rows.
import { sql } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { DemoRows } from '#src/demo/demo-rows.ts';

// Any fixed number: two processes starting on one empty PostgreSQL database load the demo once.
const DEMO_LOCK_KEY = 7_420_261_122;

/** Holds a transaction-scoped lock so concurrent starts load the demo one after the other. */
export async function lockDemoLoading(trx: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(${DEMO_LOCK_KEY}::bigint)`.execute(trx);
}

/** True when the registry holds no cluster and no organisation. */
export async function registryIsEmpty(db: Db): Promise<boolean> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('clusters').select('id')).as('clusters'),
      eb.exists(eb.selectFrom('organizations').select('id')).as('organizations'),
    ])
    .executeTakeFirstOrThrow();
  return !row.clusters && !row.organizations;
}

/** The e-mail addresses among `emails` that already have an account. */
export async function existingUserEmails(db: Db, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db.selectFrom('users').select('email').where('email', 'in', emails).execute();
  return new Set(rows.map((r) => r.email));
}

/** Inserts the registry rows of the demo (everything but accounts), parents before children. */
export async function insertDemoRows(trx: Db, rows: Omit<DemoRows, 'accounts'>): Promise<void> {
  if (rows.clusters.length > 0) await trx.insertInto('clusters').values(rows.clusters).execute();
  if (rows.organizations.length > 0) await trx.insertInto('organizations').values(rows.organizations).execute();
  if (rows.organizationCompetences.length > 0) {
    await trx.insertInto('organization_competences').values(rows.organizationCompetences).execute();
  }
  if (rows.memberships.length > 0) await trx.insertInto('memberships').values(rows.memberships).execute();
  if (rows.people.length > 0) await trx.insertInto('people').values(rows.people).execute();
  if (rows.facilities.length > 0) await trx.insertInto('facilities').values(rows.facilities).execute();
  if (rows.offers.length > 0) await trx.insertInto('offers').values(rows.offers).execute();
  if (rows.projects.length > 0) await trx.insertInto('projects').values(rows.projects).execute();
  if (rows.projectTopics.length > 0) await trx.insertInto('project_topics').values(rows.projectTopics).execute();
  if (rows.participations.length > 0) await trx.insertInto('participations').values(rows.participations).execute();
  if (rows.records.length > 0) await trx.insertInto('cluster_records').values(rows.records).execute();
}
