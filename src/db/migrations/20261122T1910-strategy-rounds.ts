// Strategy rounds: votes are cast per member organisation (decision 012), and a round remembers when its members
// were told that it opened and that it closed, so the notification job can run again without telling them twice.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table strategy_rounds add column open_notified_at timestamptz`,
  `alter table strategy_rounds add column close_notified_at timestamptz`,
  // The party a vote belongs to: the member organisation (null: the user votes for themself, having no member
  // organisation). user_id stays the user who last set it.
  `alter table idea_votes add column organization_id uuid references organizations(id) on delete cascade`,
  // A user editing two member organisations votes for each: one row per party and idea, not per user and idea.
  `alter table idea_votes drop constraint idea_votes_pkey`,
  `create unique index idea_votes_party on idea_votes(round_id, idea_id, coalesce(organization_id, user_id))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop index if exists idea_votes_party').execute(db);
  await sql.raw('alter table idea_votes add primary key (round_id, idea_id, user_id)').execute(db);
  await sql.raw('alter table idea_votes drop column if exists organization_id').execute(db);
  await sql.raw('alter table strategy_rounds drop column if exists close_notified_at').execute(db);
  await sql.raw('alter table strategy_rounds drop column if exists open_notified_at').execute(db);
}
