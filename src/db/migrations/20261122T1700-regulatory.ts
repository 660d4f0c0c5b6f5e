// The regulatory navigator: organisations' products (device profile and its class), their documentation checklists,
// and users' saved questionnaires ("assessments") with an optional share token.
import { sql, type Kysely } from 'kysely';

const statements = [
  // A product of an organisation. The profile is the device profile as the user stated it (validated on every
  // write); class, subclasses, rules and route (notified body involvement, the default procedure's option id) are
  // computed from it and stored for listing and counting. Plan options are facts the profile does not state that
  // the documentation plan needs (lay use, incorporated software).
  `create table products (
    id uuid primary key default gen_random_uuid(),
    organization_id uuid not null references organizations(id) on delete cascade,
    name text not null,
    description text not null default '',
    intended_purpose text not null default '',
    regulation text not null check (regulation in ('MDR', 'IVDR')),
    profile jsonb not null,
    device_class text not null check (device_class in ('I', 'IIa', 'IIb', 'III', 'A', 'B', 'C', 'D')),
    subclasses text[] not null default '{}',
    rules jsonb not null default '[]',
    notified_body text not null check (notified_body in ('full', 'limited', 'none')),
    route_key text not null,
    plan_options jsonb not null default '{}',
    qualification_answers jsonb,
    qualification_outcome jsonb,
    emdn_code text references competences(id) on delete set null,
    visibility text not null default 'private' check (visibility in ('public', 'members', 'private')),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index products_organization on products (organization_id, name)`,
  `create index products_emdn on products (emdn_code)`,

  // The status of one item of a product's documentation plan. Rows outlive the item (a profile change may drop it
  // from the plan): the product page reports them as no longer applicable instead of losing the work.
  `create table product_checklist (
    product_id uuid not null references products(id) on delete cascade,
    item_id text not null,
    status text not null check (status in ('open', 'in-progress', 'done', 'not-applicable')),
    evidence jsonb not null default '[]',
    note text not null default '',
    updated_by uuid references users(id) on delete set null,
    updated_at timestamptz not null default now(),
    primary key (product_id, item_id)
  )`,

  // A questionnaire state saved by a user: answers and the profile so far, resumable, shareable read-only through
  // a token of which only the SHA-256 is kept.
  `create table assessments (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    name text not null,
    regulation text check (regulation in ('MDR', 'IVDR')),
    answers jsonb not null default '{}',
    profile jsonb not null default '{}',
    product_id uuid references products(id) on delete set null,
    share_token_hash text unique,
    shared_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index assessments_user on assessments (user_id, updated_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['assessments', 'product_checklist', 'products']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
