// The registry: clusters and hubs, organisations, people, projects, facilities, offers, the taxonomy.
import { sql, type Kysely } from 'kysely';

const statements = [
  `create extension if not exists unaccent`,
  `create extension if not exists pg_trgm`,

  // A cluster (parent_id null) or one of its regional hubs (parent_id = the cluster).
  `create table clusters (
    id uuid primary key default gen_random_uuid(),
    slug text not null unique,
    parent_id uuid references clusters(id) on delete cascade,
    name text not null,
    short_name text,
    description jsonb not null default '{}',
    country char(2),
    city text,
    nuts_code text,
    website text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,

  // The competence taxonomy: euroSciVoc (path-structured as CORDIS sends it), sectors, EMDN categories.
  `create table competences (
    id text primary key,
    scheme text not null check (scheme in ('euroscivoc', 'sector', 'emdn')),
    code text not null,
    parent_id text references competences(id),
    path text not null,
    depth int not null,
    label jsonb not null default '{}'
  )`,
  `create index competences_parent on competences(parent_id)`,
  `create index competences_scheme_path on competences(scheme, path text_pattern_ops)`,

  `create table organizations (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    short_name text,
    type text not null check (type in ('company', 'university', 'research_institute', 'hospital',
      'public_body', 'association', 'investor', 'other')),
    is_sme boolean not null default false,
    sectors text[] not null default '{}',
    keywords text[] not null default '{}',
    description jsonb not null default '{}',
    street text,
    postal_code text,
    city text,
    country char(2),
    lat double precision,
    lon double precision,
    nuts_code text,
    website text,
    vat_number text,
    cordis_id text unique,
    visibility text not null default 'public' check (visibility in ('public', 'members', 'private')),
    search_vector tsvector,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index organizations_type on organizations(type)`,
  `create index organizations_country on organizations(country)`,
  `create index organizations_nuts on organizations(nuts_code text_pattern_ops)`,
  `create index organizations_sectors on organizations using gin(sectors)`,
  `create index organizations_search on organizations using gin(search_vector)`,
  `create index organizations_name_trgm on organizations using gin(lower(name) gin_trgm_ops)`,

  `create table organization_competences (
    organization_id uuid not null references organizations(id) on delete cascade,
    competence_id text not null references competences(id),
    source text not null check (source in ('declared', 'projects')),
    weight real not null default 1,
    primary key (organization_id, competence_id, source)
  )`,
  `create index organization_competences_competence on organization_competences(competence_id)`,

  `create table memberships (
    organization_id uuid not null references organizations(id) on delete cascade,
    cluster_id uuid not null references clusters(id) on delete cascade,
    type text not null default 'full' check (type in ('full', 'associate', 'partner')),
    status text not null default 'active' check (status in ('applied', 'active', 'ended', 'rejected')),
    start_date date,
    end_date date,
    primary key (organization_id, cluster_id)
  )`,
  `create index memberships_cluster on memberships(cluster_id)`,

  `create table people (
    id uuid primary key default gen_random_uuid(),
    organization_id uuid references organizations(id) on delete set null,
    given_name text not null,
    family_name text not null,
    job_title text,
    email text,
    phone text,
    consent_listed boolean not null default false,
    visibility text not null default 'members' check (visibility in ('public', 'members', 'private')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index people_organization on people(organization_id)`,

  `create table projects (
    id uuid primary key default gen_random_uuid(),
    cordis_id text unique,
    rcn text,
    acronym text,
    title text not null,
    objective text,
    keywords text[] not null default '{}',
    start_date date,
    end_date date,
    status text,
    framework_programme text,
    programme text,
    call_id text,
    topic_code text,
    topic_title text,
    funding_scheme text,
    total_cost double precision,
    ec_contribution double precision,
    source_updated_at text,
    visibility text not null default 'public' check (visibility in ('public', 'members', 'private')),
    search_vector tsvector,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index projects_start on projects(start_date)`,
  `create index projects_search on projects using gin(search_vector)`,

  `create table project_topics (
    project_id uuid not null references projects(id) on delete cascade,
    competence_id text not null references competences(id),
    primary key (project_id, competence_id)
  )`,
  `create index project_topics_competence on project_topics(competence_id)`,

  `create table participations (
    project_id uuid not null references projects(id) on delete cascade,
    organization_id uuid not null references organizations(id) on delete cascade,
    role text not null check (role in ('coordinator', 'participant', 'associatedPartner', 'thirdParty')),
    ec_contribution double precision,
    position int,
    primary key (project_id, organization_id, role)
  )`,
  `create index participations_organization on participations(organization_id)`,

  `create table facilities (
    id uuid primary key default gen_random_uuid(),
    organization_id uuid not null references organizations(id) on delete cascade,
    kind text not null check (kind in ('lab', 'core_facility', 'biobank', 'cohort', 'clean_room',
      'pilot_plant', 'equipment', 'other')),
    name text not null,
    description jsonb not null default '{}',
    competence_ids text[] not null default '{}',
    access text not null default 'collaboration' check (access in ('internal', 'collaboration', 'service')),
    visibility text not null default 'public' check (visibility in ('public', 'members', 'private')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index facilities_organization on facilities(organization_id)`,

  // "We offer" / "we seek": direction says which.
  `create table offers (
    id uuid primary key default gen_random_uuid(),
    organization_id uuid not null references organizations(id) on delete cascade,
    direction text not null check (direction in ('offer', 'request')),
    kind text not null check (kind in ('technology', 'service', 'clinical_site', 'partner', 'cdmo',
      'funding', 'expertise', 'other')),
    title text not null,
    description text not null default '',
    competence_ids text[] not null default '{}',
    expires_at date,
    visibility text not null default 'public' check (visibility in ('public', 'members', 'private')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index offers_organization on offers(organization_id)`,

  // Strategy records of a cluster (fields of action, focus themes, working groups, lead projects),
  // kept plain here; cluster management builds on them.
  `create table cluster_records (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    kind text not null check (kind in ('field_of_action', 'focus_theme', 'strategy_group',
      'working_group', 'lead_project', 'milestone')),
    parent_id uuid references cluster_records(id) on delete cascade,
    title jsonb not null,
    description jsonb not null default '{}',
    horizon text check (horizon in ('short', 'medium', 'long')),
    position int not null default 0,
    created_at timestamptz not null default now()
  )`,
  `create index cluster_records_cluster on cluster_records(cluster_id, kind)`,

  `create table users (
    id uuid primary key default gen_random_uuid(),
    email text not null unique,
    name text not null default '',
    password_hash text not null,
    is_admin boolean not null default false,
    locale text,
    disabled boolean not null default false,
    created_at timestamptz not null default now()
  )`,
  // Scoped roles: cluster_manager of a cluster, organization_editor of an organisation, member of a cluster.
  `create table user_roles (
    user_id uuid not null references users(id) on delete cascade,
    role text not null check (role in ('cluster_manager', 'organization_editor', 'member')),
    scope_id uuid not null,
    primary key (user_id, role, scope_id)
  )`,
  `create table sessions (
    token_hash text primary key,
    user_id uuid not null references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create table api_tokens (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    name text not null,
    token_hash text not null unique,
    created_at timestamptz not null default now(),
    last_used_at timestamptz,
    expires_at timestamptz
  )`,

  // One row per import run: what it read, how it ended; the CLI and the API report progress from it.
  `create table import_runs (
    id uuid primary key default gen_random_uuid(),
    kind text not null,
    source text not null,
    status text not null check (status in ('running', 'done', 'failed')),
    summary jsonb not null default '{}',
    started_at timestamptz not null default now(),
    finished_at timestamptz
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['import_runs', 'api_tokens', 'sessions', 'user_roles', 'users', 'cluster_records',
    'offers', 'facilities', 'participations', 'project_topics', 'projects', 'people', 'memberships',
    'organization_competences', 'organizations', 'competences', 'clusters']) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}
