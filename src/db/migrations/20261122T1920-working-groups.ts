// Working groups: a workshop's time zone (its times display and export in it) and a change counter for calendar
// clients; one calendar-feed token per user covering all their groups; the reminders already sent, so a reminder
// run can repeat without sending anything twice.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table workshops add column timezone text not null default 'Europe/Berlin'`,
  // RFC 5545 SEQUENCE: raised whenever time, place, title or status change, so subscribed calendars update the entry.
  `alter table workshops add column sequence int not null default 0`,
  `create index workshops_starts_at on workshops(starts_at)`,
  `create table group_feed_tokens (
    user_id uuid primary key references users(id) on delete cascade,
    token text not null unique,
    created_at timestamptz not null default now()
  )`,
  // One row per reminder sent; due_key is the due date or start time reminded of, so a moved task or workshop is
  // reminded of again, but a repeated run never sends the same reminder twice.
  `create table group_reminders (
    kind text not null check (kind in ('task_due', 'workshop_tomorrow')),
    item_id uuid not null,
    user_id uuid not null references users(id) on delete cascade,
    due_key text not null,
    sent_at timestamptz not null default now(),
    primary key (kind, item_id, user_id, due_key)
  )`,
  `create index group_tasks_owner on group_tasks(owner_user_id, status)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop index if exists group_tasks_owner',
    'drop table if exists group_reminders',
    'drop table if exists group_feed_tokens',
    'drop index if exists workshops_starts_at',
    'alter table workshops drop column if exists sequence',
    'alter table workshops drop column if exists timezone',
  ]) await sql.raw(statement).execute(db);
}
