// Failed sign-in attempts per e-mail and client address, kept in the database so throttling holds across processes.
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table login_attempts (
    email text not null,
    ip text not null,
    attempted_at timestamptz not null
  )`,
  `create index login_attempts_key on login_attempts (email, ip, attempted_at)`,
  `create index login_attempts_time on login_attempts (attempted_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists login_attempts').execute(db);
}
