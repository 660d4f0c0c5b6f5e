// Partnering events: slots, tables, participants, meeting requests, meetings and schedule drafts. Double booking is
// refused by the database itself (unique slot+table, unique participant+slot), so concurrent writers cannot race past it.
import { sql, type Kysely } from 'kysely';

const statements = [
  // schedule_version counts publishes: a publish names the version it saw and loses (409) if another came first.
  `create table events (
    id uuid primary key default gen_random_uuid(),
    cluster_id uuid not null references clusters(id) on delete cascade,
    title text not null,
    description text not null default '',
    venue text not null default '',
    timezone text not null default 'Europe/Berlin',
    status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'published')),
    registration_opens_at timestamptz,
    registration_closes_at timestamptz,
    request_deadline timestamptz,
    request_ttl_hours int not null default 72 check (request_ttl_hours > 0),
    max_consecutive int check (max_consecutive >= 1),
    default_max_meetings_per_day int not null default 12 check (default_max_meetings_per_day >= 0),
    default_max_open_requests int not null default 20 check (default_max_open_requests >= 0),
    schedule_version int not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create index events_cluster on events (cluster_id)`,
  `create table event_slots (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    kind text not null default 'meeting' check (kind in ('meeting', 'break')),
    label text not null default '',
    check (ends_at > starts_at)
  )`,
  `create index event_slots_event on event_slots (event_id, starts_at)`,
  // available_slot_ids: jsonb list of slot ids, null = every slot.
  `create table event_tables (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    label text not null,
    room text not null default '',
    available_slot_ids jsonb,
    unique (event_id, label)
  )`,
  `create table event_participants (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    user_id uuid not null references users(id) on delete cascade,
    organization_id uuid not null references organizations(id) on delete cascade,
    offers text not null default '',
    seeks text not null default '',
    days jsonb not null default '[]',
    available_slot_ids jsonb,
    max_meetings_per_day int check (max_meetings_per_day >= 0),
    max_open_requests int check (max_open_requests >= 0),
    feed_token text not null unique,
    checked_in_at timestamptz,
    no_show boolean not null default false,
    created_at timestamptz not null default now(),
    unique (event_id, user_id)
  )`,
  // Pending requests block no slot; only an accepted one becomes a meeting.
  `create table meeting_requests (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    from_participant_id uuid not null references event_participants(id) on delete cascade,
    to_participant_id uuid not null references event_participants(id) on delete cascade,
    message text not null default '',
    starred_by_sender boolean not null default false,
    starred_by_recipient boolean not null default false,
    status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'expired', 'withdrawn')),
    expires_at timestamptz not null,
    reminded_at timestamptz,
    created_at timestamptz not null default now(),
    answered_at timestamptz,
    check (from_participant_id <> to_participant_id)
  )`,
  `create unique index meeting_requests_open_pair on meeting_requests (event_id, least(from_participant_id, to_participant_id),
    greatest(from_participant_id, to_participant_id)) where status in ('pending', 'accepted')`,
  `create index meeting_requests_due on meeting_requests (expires_at) where status = 'pending'`,
  // A placed meeting has a slot and a table (both or neither); the published schedule is what is placed here.
  `create table meetings (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    request_id uuid unique references meeting_requests(id) on delete set null,
    priority int not null default 1 check (priority between 1 and 3),
    status text not null default 'accepted' check (status in ('accepted', 'cancelled')),
    slot_id uuid references event_slots(id) on delete restrict,
    table_id uuid references event_tables(id) on delete restrict,
    created_at timestamptz not null default now(),
    check ((slot_id is null) = (table_id is null)),
    check (status = 'accepted' or slot_id is null),
    unique (slot_id, table_id)
  )`,
  `create index meetings_event on meetings (event_id)`,
  // slot_id repeats the meeting's slot so that one participant can be in only one meeting per slot.
  `create table meeting_participants (
    meeting_id uuid not null references meetings(id) on delete cascade,
    participant_id uuid not null references event_participants(id) on delete cascade,
    slot_id uuid references event_slots(id) on delete restrict,
    primary key (meeting_id, participant_id),
    unique (participant_id, slot_id)
  )`,
  // A schedule the engine proposed: the contract's output, and the meeting ids it was computed from (to tell stale).
  `create table event_schedules (
    id uuid primary key default gen_random_uuid(),
    event_id uuid not null references events(id) on delete cascade,
    output jsonb not null,
    meeting_ids jsonb not null,
    based_on_version int not null,
    created_at timestamptz not null default now(),
    published_at timestamptz
  )`,
  `create index event_schedules_event on event_schedules (event_id, created_at desc)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_schedules', 'meeting_participants', 'meetings', 'meeting_requests', 'event_participants', 'event_tables', 'event_slots', 'events']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
