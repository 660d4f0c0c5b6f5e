// SQL of accounts: users and their roles, sessions, API tokens and failed sign-in attempts.
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '#src/db/connect.ts';
import type { ScopedRole } from '#src/db/types.ts';

const userColumns = ['users.id', 'users.email', 'users.name', 'users.is_admin', 'users.disabled', 'users.created_at'] as const;

/** A user's scoped roles as a JSON array column, so one query reads a user with their roles. */
function rolesColumn(db: Db) {
  return jsonArrayFrom(
    db
      .selectFrom('user_roles')
      .select(['user_roles.role', 'user_roles.scope_id'])
      .whereRef('user_roles.user_id', '=', sql.ref<string>('users.id'))
      .orderBy('user_roles.role')
      .orderBy('user_roles.scope_id'),
  ).as('roles');
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

/** The user with this id and their roles, or undefined. */
export function findUserById(db: Db, id: string) {
  return db.selectFrom('users').select([...userColumns, rolesColumn(db)]).where('users.id', '=', id).executeTakeFirst();
}

/** The user with this (normalised) e-mail, with their password hash, or undefined. */
export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select([...userColumns, 'users.password_hash', rolesColumn(db)])
    .where('users.email', '=', email)
    .executeTakeFirst();
}

/** Every user with their roles, by e-mail. */
export function listUsers(db: Db) {
  return db.selectFrom('users').select([...userColumns, rolesColumn(db)]).orderBy('users.email').execute();
}

/** Inserts a user; returns the new id, or undefined when the e-mail is taken. */
export async function insertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string; isAdmin: boolean },
): Promise<string | undefined> {
  const row = await db
    .insertInto('users')
    .values({ email: user.email, name: user.name, password_hash: user.passwordHash, is_admin: user.isAdmin })
    .onConflict((oc) => oc.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Grants roles (granting one twice changes nothing). */
export async function insertRoles(db: Db, userId: string, roles: Array<{ role: ScopedRole; scopeId: string }>): Promise<void> {
  if (roles.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(roles.map((r) => ({ user_id: userId, role: r.role, scope_id: r.scopeId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Removes one role; returns whether it existed. */
export async function deleteRole(db: Db, userId: string, role: ScopedRole, scopeId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('user_roles')
    .where('user_id', '=', userId)
    .where('role', '=', role)
    .where('scope_id', '=', scopeId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The id of the cluster with this id or slug, or undefined. */
export async function findClusterId(db: Db, ref: { id?: string; slug?: string }): Promise<string | undefined> {
  let query = db.selectFrom('clusters').select('id');
  if (ref.id !== undefined) query = query.where('id', '=', ref.id);
  if (ref.slug !== undefined) query = query.where('slug', '=', ref.slug);
  return (await query.executeTakeFirst())?.id;
}

/** The id of the organisation with this id or CORDIS id, or undefined. */
export async function findOrganizationId(db: Db, ref: { id?: string; cordisId?: string }): Promise<string | undefined> {
  let query = db.selectFrom('organizations').select('id');
  if (ref.id !== undefined) query = query.where('id', '=', ref.id);
  if (ref.cordisId !== undefined) query = query.where('cordis_id', '=', ref.cordisId);
  return (await query.executeTakeFirst())?.id;
}

/** Stores a session by its token's hash. */
export async function insertSession(db: Db, session: { tokenHash: string; userId: string; expiresAt: Date }) {
  await db
    .insertInto('sessions')
    .values({ token_hash: session.tokenHash, user_id: session.userId, expires_at: session.expiresAt })
    .execute();
}

/** Ends a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Forgets a user's sessions that have expired by `now`. */
export async function deleteExpiredSessions(db: Db, userId: string, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}

/** The enabled user owning an unexpired session with this token hash, with roles, or undefined. */
export function findSessionUser(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...userColumns, rolesColumn(db)])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
}

/** The enabled user owning an unexpired API token with this hash, with roles and the token's id and last use. */
export function findApiTokenUser(db: Db, tokenHash: string, now: Date) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([...userColumns, rolesColumn(db), 'api_tokens.id as token_id', 'api_tokens.last_used_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .where('users.disabled', '=', false)
    .executeTakeFirst();
}

/** Records the use of a token unless it was recorded after `notBefore` (bounds the writes under load). */
export async function touchApiToken(db: Db, id: string, now: Date, notBefore: Date): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', notBefore)]))
    .execute();
}

const tokenColumns = ['api_tokens.id', 'api_tokens.name', 'api_tokens.created_at', 'api_tokens.last_used_at', 'api_tokens.expires_at'] as const;

/** Stores an API token by its hash; returns its row without the hash. */
export function insertApiToken(db: Db, token: { userId: string; name: string; tokenHash: string; expiresAt: Date | null }) {
  return db
    .insertInto('api_tokens')
    .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, expires_at: token.expiresAt })
    .returning(tokenColumns)
    .executeTakeFirstOrThrow();
}

/** A user's API tokens, newest first (never their hashes). */
export function listApiTokens(db: Db, userId: string) {
  return db.selectFrom('api_tokens').select(tokenColumns).where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id').execute();
}

/** The owner of an API token, or undefined when there is no such token. */
export async function findApiTokenOwner(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('api_tokens').select('user_id').where('id', '=', id).executeTakeFirst())?.user_id;
}

/** Deletes an API token, which revokes it at once. */
export async function deleteApiToken(db: Db, id: string): Promise<void> {
  await db.deleteFrom('api_tokens').where('id', '=', id).execute();
}

/** Records a sign-in attempt and returns how many attempts for this e-mail and address happened since `since`. */
export async function recordLoginAttempt(db: Db, key: { email: string; ip: string }, at: Date, since: Date): Promise<number> {
  await db.deleteFrom('login_attempts').where('attempted_at', '<', since).execute();
  await db.insertInto('login_attempts').values({ email: key.email, ip: key.ip, attempted_at: at }).execute();
  const row = await db
    .selectFrom('login_attempts')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('email', '=', key.email)
    .where('ip', '=', key.ip)
    .where('attempted_at', '>=', since)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Forgets the attempts for this e-mail and address after a successful sign-in. */
export async function clearLoginAttempts(db: Db, key: { email: string; ip: string }): Promise<void> {
  await db.deleteFrom('login_attempts').where('email', '=', key.email).where('ip', '=', key.ip).execute();
}
