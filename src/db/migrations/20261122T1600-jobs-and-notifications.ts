// Background jobs (a table-based queue), users' notifications, and the stored matches of offers and requests.
import { sql, type Kysely } from 'kysely';

const statements = [
  // One row per job. A worker claims a queued job whose run_after has come (update ... for update skip locked),
  // holds it while locked_until lies ahead (extended as it works), and ends it done or failed; a running job
  // whose lease ran out belonged to a stopped process and is queued again.
  `create table jobs (
    id uuid primary key default gen_random_uuid(),
    kind text not null,
    payload jsonb not null default '{}',
    status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
    progress jsonb,
    attempts int not null default 0,
    last_error text,
    dedupe_key text,
    run_after timestamptz not null default now(),
    locked_until timestamptz,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    finished_at timestamptz
  )`,
  // At most one waiting or running job per dedupe key; finished ones do not count.
  `create unique index jobs_dedupe on jobs (dedupe_key) where status in ('queued', 'running')`,
  `create index jobs_claim on jobs (run_after) where status = 'queued'`,
  `create index jobs_lease on jobs (locked_until) where status = 'running'`,
  `create index jobs_recent on jobs (created_at desc)`,

  `create table notifications (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    kind text not null,
    payload jsonb not null default '{}',
    created_at timestamptz not null default now(),
    read_at timestamptz
  )`,
  `create index notifications_user on notifications (user_id, created_at desc, id desc)`,
  `create index notifications_unread on notifications (user_id) where read_at is null`,

  // A match of an offer or request: an organisation or a counterpart offer/request (exactly one of them).
  `create table offer_matches (
    id uuid primary key default gen_random_uuid(),
    offer_id uuid not null references offers(id) on delete cascade,
    matched_offer_id uuid references offers(id) on delete cascade,
    matched_organization_id uuid references organizations(id) on delete cascade,
    score double precision not null,
    reasons jsonb not null default '[]',
    created_at timestamptz not null default now(),
    notified_at timestamptz,
    check (num_nonnulls(matched_offer_id, matched_organization_id) = 1)
  )`,
  `create unique index offer_matches_offer_pair on offer_matches (offer_id, matched_offer_id) where matched_offer_id is not null`,
  `create unique index offer_matches_organization_pair on offer_matches (offer_id, matched_organization_id)
    where matched_organization_id is not null`,
  `create index offer_matches_matched_offer on offer_matches (matched_offer_id)`,
  `create index offer_matches_matched_organization on offer_matches (matched_organization_id)`,

  // The last matching run of each offer and the version of the offer it matched, so a start finds the offers
  // never matched (or changed since) and an offer without any match is not matched again at every start.
  `create table offer_match_runs (
    offer_id uuid primary key references offers(id) on delete cascade,
    offer_updated_at timestamptz not null,
    ran_at timestamptz not null
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['offer_match_runs', 'offer_matches', 'notifications', 'jobs']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
