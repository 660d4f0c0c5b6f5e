// Cluster management: strategy (themes, goals, milestones, idea rounds with votes, strategy papers), working groups
// with workshops, the innovation pipeline and funding, epidemic-readiness capacities, news, the public cluster site,
// and a founding date on organisations for the funder report. Everything hangs off a cluster (or hub) and is private
// to it unless a row says otherwise.
import { sql, type Kysely } from 'kysely';

const statements = [
  // Start-ups founded per period: the funder report counts organisations by their founding date.
  `alter table organizations add column founded_on date`,

  // Fields of action (a masterplan's) and focus themes (a strategy process's), each with goals.
  `create table strategy_themes (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    kind text not null check (kind in ('field_of_action', 'focus_theme')),
    title jsonb not null,
    description jsonb not null default '{}',
    position int not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index strategy_themes_cluster on strategy_themes(cluster_id, position)`,
  `create table strategy_goals (
    id uuid primary key default gen_random_uuid(),
    theme_id uuid not null references strategy_themes(id) on delete cascade,
    title jsonb not null,
    description jsonb not null default '{}',
    position int not null default 0,
    created_at timestamptz not null default now()
  )`,
  `create index strategy_goals_theme on strategy_goals(theme_id, position)`,
  `create table milestones (
    id uuid primary key default gen_random_uuid(),
    goal_id uuid not null references strategy_goals(id) on delete cascade,
    title jsonb not null,
    description jsonb not null default '{}',
    horizon text not null check (horizon in ('short', 'medium', 'long')),
    owner_person_id uuid references people(id) on delete set null,
    owner_organization_id uuid references organizations(id) on delete set null,
    owner_name text,
    due_date date,
    status text not null default 'planned' check (status in ('planned', 'on_track', 'at_risk', 'done')),
    evidence text not null default '',
    done_on date,
    position int not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index milestones_goal on milestones(goal_id, position)`,

  // Idea rounds: members post ideas to a theme, comment, and spend a per-member vote budget while the round is open.
  `create table strategy_rounds (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    theme_id uuid references strategy_themes(id) on delete cascade,
    title jsonb not null,
    description jsonb not null default '{}',
    vote_budget int not null check (vote_budget > 0),
    opens_at timestamptz not null default now(),
    closes_at timestamptz not null,
    closed_at timestamptz,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    check (closes_at > opens_at)
  )`,
  `create index strategy_rounds_cluster on strategy_rounds(cluster_id)`,
  `create table strategy_ideas (
    id uuid primary key default gen_random_uuid(),
    theme_id uuid not null references strategy_themes(id) on delete cascade,
    author_user_id uuid references users(id) on delete set null,
    organization_id uuid references organizations(id) on delete set null,
    title text not null,
    body text not null default '',
    status text not null default 'open' check (status in ('open', 'hidden', 'adopted')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index strategy_ideas_theme on strategy_ideas(theme_id)`,
  `create table idea_comments (
    id uuid primary key default gen_random_uuid(),
    idea_id uuid not null references strategy_ideas(id) on delete cascade,
    author_user_id uuid references users(id) on delete set null,
    body text not null,
    created_at timestamptz not null default now()
  )`,
  `create index idea_comments_idea on idea_comments(idea_id, created_at)`,
  `create table idea_votes (
    round_id uuid not null references strategy_rounds(id) on delete cascade,
    idea_id uuid not null references strategy_ideas(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    votes int not null check (votes > 0),
    updated_at timestamptz not null default now(),
    primary key (round_id, idea_id, user_id)
  )`,
  `create index idea_votes_user on idea_votes(round_id, user_id)`,
  `create table strategy_papers (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    round_id uuid references strategy_rounds(id) on delete set null,
    title text not null,
    body text not null default '',
    status text not null default 'draft' check (status in ('draft', 'final')),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,

  // Working groups and strategy groups, their members, workshops, decisions and tasks.
  `create table working_groups (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    theme_id uuid references strategy_themes(id) on delete set null,
    kind text not null default 'working_group' check (kind in ('working_group', 'strategy_group')),
    title jsonb not null,
    description jsonb not null default '{}',
    lead_person_id uuid references people(id) on delete set null,
    lead_organization_id uuid references organizations(id) on delete set null,
    position int not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index working_groups_cluster on working_groups(cluster_id, position)`,
  `create table working_group_members (
    group_id uuid not null references working_groups(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    role text not null default 'member' check (role in ('lead', 'member')),
    feed_token text not null unique,
    joined_at timestamptz not null default now(),
    primary key (group_id, user_id)
  )`,
  `create index working_group_members_user on working_group_members(user_id)`,
  `create table workshops (
    id uuid primary key default gen_random_uuid(),
    group_id uuid not null references working_groups(id) on delete cascade,
    title text not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    place text not null default '',
    link text,
    agenda text not null default '',
    minutes text not null default '',
    status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (ends_at > starts_at)
  )`,
  `create index workshops_group on workshops(group_id, starts_at)`,
  `create table workshop_attendees (
    workshop_id uuid not null references workshops(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    organization_id uuid references organizations(id) on delete set null,
    status text not null default 'registered' check (status in ('registered', 'attended', 'absent')),
    primary key (workshop_id, user_id)
  )`,
  `create table group_decisions (
    id uuid primary key default gen_random_uuid(),
    group_id uuid not null references working_groups(id) on delete cascade,
    workshop_id uuid references workshops(id) on delete set null,
    text text not null,
    decided_on date not null,
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  `create index group_decisions_group on group_decisions(group_id)`,
  `create table group_tasks (
    id uuid primary key default gen_random_uuid(),
    group_id uuid not null references working_groups(id) on delete cascade,
    workshop_id uuid references workshops(id) on delete set null,
    title text not null,
    owner_user_id uuid references users(id) on delete set null,
    due_date date,
    status text not null default 'open' check (status in ('open', 'done')),
    done_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index group_tasks_group on group_tasks(group_id)`,

  // The innovation pipeline: lead and member projects moving through stages, with partners and funding.
  `create table pipeline_projects (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    kind text not null default 'member' check (kind in ('lead', 'member')),
    title text not null,
    summary text not null default '',
    theme_id uuid references strategy_themes(id) on delete set null,
    lead_organization_id uuid references organizations(id) on delete set null,
    stage text not null default 'idea' check (stage in ('idea', 'concept', 'feasibility', 'preclinical',
      'clinical_validation', 'regulatory_approval', 'market')),
    trl int check (trl between 1 and 9),
    product_id uuid references products(id) on delete set null,
    origin text not null default 'manual' check (origin in ('manual', 'match', 'event')),
    visibility text not null default 'members' check (visibility in ('public', 'members', 'private')),
    stage_entered_at timestamptz not null default now(),
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index pipeline_projects_cluster on pipeline_projects(cluster_id, stage)`,
  `create table pipeline_partners (
    project_id uuid not null references pipeline_projects(id) on delete cascade,
    organization_id uuid not null references organizations(id) on delete cascade,
    role text not null default 'partner' check (role in ('lead', 'partner', 'research', 'clinical', 'sme', 'other')),
    primary key (project_id, organization_id)
  )`,
  `create index pipeline_partners_organization on pipeline_partners(organization_id)`,
  `create table pipeline_stage_history (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references pipeline_projects(id) on delete cascade,
    from_stage text,
    to_stage text not null,
    changed_at timestamptz not null default now(),
    changed_by uuid references users(id) on delete set null,
    note text not null default ''
  )`,
  `create index pipeline_stage_history_project on pipeline_stage_history(project_id, changed_at)`,

  // Funding instruments (a catalogue; cluster_id null = shown to every cluster) and their open calls.
  `create table funding_instruments (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid references clusters(id) on delete cascade,
    level text not null check (level in ('state', 'federal', 'eu', 'other')),
    category text not null default 'other' check (category in ('top_research', 'equipment', 'construction',
      'entrepreneurship', 'innovation', 'collaboration', 'other')),
    name jsonb not null,
    funder text not null default '',
    description jsonb not null default '{}',
    url text,
    created_at timestamptz not null default now()
  )`,
  `create table funding_calls (
    id uuid primary key default gen_random_uuid(),
    instrument_id uuid references funding_instruments(id) on delete set null,
    cluster_id uuid references clusters(id) on delete cascade,
    title text not null,
    description text not null default '',
    opens_on date,
    deadline timestamptz not null,
    url text,
    budget double precision,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index funding_calls_deadline on funding_calls(deadline)`,
  `create table funding_call_follows (
    call_id uuid not null references funding_calls(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    reminded_at timestamptz,
    primary key (call_id, user_id)
  )`,
  `create table pipeline_funding (
    id uuid primary key default gen_random_uuid(),
    project_id uuid not null references pipeline_projects(id) on delete cascade,
    call_id uuid references funding_calls(id) on delete set null,
    organization_id uuid references organizations(id) on delete set null,
    instrument text not null default '',
    amount_applied double precision check (amount_applied >= 0),
    amount_won double precision check (amount_won >= 0),
    status text not null default 'applied' check (status in ('applied', 'won', 'rejected')),
    applied_on date,
    decided_on date,
    created_at timestamptz not null default now()
  )`,
  `create index pipeline_funding_project on pipeline_funding(project_id)`,

  // Epidemic readiness: what a member can produce per week and how fast it can scale up.
  `create table production_capacities (
    id uuid primary key default gen_random_uuid(),
    organization_id uuid not null references organizations(id) on delete cascade,
    emdn_code text,
    product text not null,
    capacity_per_week int not null check (capacity_per_week >= 0),
    unit text not null default 'pieces',
    lead_time_weeks int not null check (lead_time_weeks >= 0),
    certifications text[] not null default '{}',
    contact_person_id uuid references people(id) on delete set null,
    notes text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index production_capacities_organization on production_capacities(organization_id)`,
  `create index production_capacities_emdn on production_capacities(emdn_code text_pattern_ops)`,

  // News of the cluster and of its members; member posts go through editorial review before they are published.
  `create table news_posts (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    organization_id uuid references organizations(id) on delete set null,
    author_user_id uuid references users(id) on delete set null,
    slug text not null,
    title jsonb not null,
    summary jsonb not null default '{}',
    body jsonb not null default '{}',
    status text not null default 'draft' check (status in ('draft', 'submitted', 'published', 'rejected')),
    review_note text,
    reviewed_by uuid references users(id) on delete set null,
    published_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cluster_id, slug)
  )`,
  `create index news_posts_published on news_posts(cluster_id, status, published_at desc)`,

  // The cluster's public site: Markdown pages per language, images and downloads, and contacts shown with consent.
  `create table site_pages (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    slug text not null,
    title jsonb not null,
    body jsonb not null default '{}',
    position int not null default 0,
    published boolean not null default false,
    updated_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (cluster_id, slug)
  )`,
  `create table site_assets (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    kind text not null check (kind in ('image', 'download')),
    filename text not null,
    content_type text not null,
    size int not null,
    data bytea not null,
    title jsonb not null default '{}',
    created_by uuid references users(id) on delete set null,
    created_at timestamptz not null default now()
  )`,
  `create index site_assets_cluster on site_assets(cluster_id, kind)`,
  `create table cluster_contacts (
    cluster_id uuid not null references clusters(id) on delete cascade,
    person_id uuid not null references people(id) on delete cascade,
    role jsonb not null default '{}',
    position int not null default 0,
    primary key (cluster_id, person_id)
  )`,
];

const tables = ['cluster_contacts', 'site_assets', 'site_pages', 'news_posts', 'production_capacities', 'pipeline_funding',
  'funding_call_follows', 'funding_calls', 'funding_instruments', 'pipeline_stage_history', 'pipeline_partners',
  'pipeline_projects', 'group_tasks', 'group_decisions', 'workshop_attendees', 'workshops', 'working_group_members',
  'working_groups', 'strategy_papers', 'idea_votes', 'idea_comments', 'strategy_ideas', 'strategy_rounds', 'milestones',
  'strategy_goals', 'strategy_themes'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  await sql.raw('alter table organizations drop column if exists founded_on').execute(db);
}
