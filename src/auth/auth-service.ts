// Accounts: creating users, granting roles, signing in and out, and turning credentials into the acting user.
import type { z } from '@hono/zod-openapi';
import { anonymous, type Actor, type RoleGrant } from '#src/auth/actor.ts';
import * as repo from '#src/auth/auth-repo.ts';
import { createUserSchema, idSchema, loginSchema, presentUser, roleGrantSchema, type CreateUserInput, type Me, type User } from '#src/auth/auth-schema.ts';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from '#src/auth/password.ts';
import { editableOrganizationIds, managedClusterIds, requireAdmin, requireRoleGranter, requireUser } from '#src/auth/policy.ts';
import { hashToken, newSessionToken } from '#src/auth/tokens.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import type { ScopedRole } from '#src/db/types.ts';
import { conflict, invalid, rateLimited, issuesToDetails, notFound, unauthenticated } from '#src/errors.ts';

const SESSION_DAYS = 30;
/** Failed sign-ins allowed per e-mail and client address within the window, counted in the database. */
const LOGIN_ATTEMPTS_ALLOWED = 10;
const LOGIN_WINDOW_MS = 15 * 60_000;
/** An API token's last use is written at most once a minute, so busy scripts don't turn reads into writes. */
const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/** Parses a service input with its zod schema; bad input becomes `invalid` naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const details = issuesToDetails(result.error.issues);
    throw invalid(details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
  }
  return result.data;
}

/** Throws `invalid` naming `field` unless `id` is a UUID (ids reach SQL as uuid values). */
export function requireId(id: string, field: string): void {
  if (!idSchema.safeParse(id).success) throw invalid(`${field}: must be a UUID`, [{ field, message: 'must be a UUID' }]);
}

/** Runs `fn` in a transaction, or inside the caller's when `db` already is one (the demo loader's, say). */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** Throws `invalid` naming `field` unless the role's scope exists: a cluster, or an organisation for editors. */
async function requireScope(db: Db, grant: RoleGrant, field: string): Promise<void> {
  const found =
    grant.role === 'organization_editor'
      ? await repo.findOrganizationId(db, { id: grant.scopeId })
      : await repo.findClusterId(db, { id: grant.scopeId });
  if (!found) {
    const what = grant.role === 'organization_editor' ? 'organisation' : 'cluster';
    throw invalid(`${field}: no ${what} ${grant.scopeId} (the scope of ${grant.role})`, [{ field, message: `no such ${what}` }]);
  }
}

async function loadUser(db: Db, id: string): Promise<User> {
  const row = await repo.findUserById(db, id);
  if (!row) throw notFound('user', id);
  return presentUser(row);
}

/** Creates a user with a hashed password and optional roles (platform admins and the operator only). */
export async function createUser(ctx: Ctx, input: CreateUserInput): Promise<User> {
  requireAdmin(ctx.actor);
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return inTransaction(ctx.db, async (trx) => {
    const roles = data.roles ?? [];
    for (const [i, grant] of roles.entries()) await requireScope(trx, grant, `roles.${i}.scopeId`);
    const id = await repo.insertUser(trx, { email: data.email, name: data.name ?? '', passwordHash, isAdmin: data.isAdmin ?? false });
    if (!id) throw conflict(`a user with e-mail ${data.email} already exists`, [{ field: 'email', message: 'already taken' }]);
    await repo.insertRoles(trx, id, roles);
    return loadUser(trx, id);
  });
}

/** Every user with their roles (platform admins only). */
export async function listUsers(ctx: Ctx): Promise<User[]> {
  requireAdmin(ctx.actor);
  return (await repo.listUsers(ctx.db)).map(presentUser);
}

/**
 * The id of the scope a role names by reference, or undefined: for clusters their id or slug, for organisations
 * their id or CORDIS id (the CLI's `--scope`; platform admins and the operator).
 */
export async function findRoleScopeId(ctx: Ctx, role: ScopedRole, ref: string): Promise<string | undefined> {
  requireAdmin(ctx.actor);
  const isUuid = idSchema.safeParse(ref).success;
  return role === 'organization_editor'
    ? repo.findOrganizationId(ctx.db, isUuid ? { id: ref } : { cordisId: ref })
    : repo.findClusterId(ctx.db, isUuid ? { id: ref } : { slug: ref });
}

/** Grants a scoped role: admins any, a cluster manager member/editor roles within their cluster. */
export async function grantRole(ctx: Ctx, userId: string, input: RoleGrant): Promise<User> {
  const grant = parseInput(roleGrantSchema, input);
  await requireRoleGranter(ctx, grant);
  requireId(userId, 'userId');
  return inTransaction(ctx.db, async (trx) => {
    if (!(await repo.findUserById(trx, userId))) throw notFound('user', userId);
    await requireScope(trx, grant, 'scopeId');
    await repo.insertRoles(trx, userId, [grant]);
    return loadUser(trx, userId);
  });
}

/** Revokes a scoped role under the same rules as granting it. */
export async function revokeRole(ctx: Ctx, userId: string, input: RoleGrant): Promise<User> {
  const grant = parseInput(roleGrantSchema, input);
  await requireRoleGranter(ctx, grant);
  requireId(userId, 'userId');
  return inTransaction(ctx.db, async (trx) => {
    if (!(await repo.findUserById(trx, userId))) throw notFound('user', userId);
    if (!(await repo.deleteRole(trx, userId, grant.role, grant.scopeId))) throw notFound(`role ${grant.role} on ${grant.scopeId} of user`, userId);
    return loadUser(trx, userId);
  });
}

/**
 * Signs in with e-mail and password and starts a session; returns the session token (for the cookie) once.
 * Every attempt is counted per e-mail and client address before the password is checked, so parallel guesses
 * are throttled too; a success clears the count.
 */
export async function login(
  ctx: Ctx,
  input: { email: string; password: string; ip?: string },
): Promise<{ token: string; user: User; expiresAt: Date }> {
  const { email, password } = parseInput(loginSchema, input);
  const key = { email, ip: input.ip ?? 'unknown' };
  const now = ctx.clock();
  const attempts = await repo.recordLoginAttempt(ctx.db, key, now, new Date(now.getTime() - LOGIN_WINDOW_MS));
  if (attempts > LOGIN_ATTEMPTS_ALLOWED) {
    throw rateLimited(`too many failed sign-ins for this e-mail from your address; try again in ${LOGIN_WINDOW_MS / 60_000} minutes`);
  }
  const row = await repo.findUserByEmail(ctx.db, email);
  // Unknown e-mails cost the same hash as known ones, so timing doesn't tell which accounts exist.
  const matches = await verifyPassword(password, row?.password_hash ?? UNUSABLE_HASH);
  if (!row || !matches || row.disabled) throw unauthenticated('wrong e-mail or password');

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600_000);
  await inTransaction(ctx.db, async (trx) => {
    await repo.clearLoginAttempts(trx, key);
    await repo.deleteExpiredSessions(trx, row.id, now);
    await repo.insertSession(trx, { tokenHash: hashToken(token), userId: row.id, expiresAt });
  });
  return { token, user: presentUser(row), expiresAt };
}

/** Ends the session the token belongs to (signed-in users only). */
export async function logout(ctx: Ctx, sessionToken: string | undefined): Promise<void> {
  requireUser(ctx.actor);
  if (sessionToken) await repo.deleteSession(ctx.db, hashToken(sessionToken));
}

/** The signed-in user with their roles and what they may change (the `/auth/me` answer). */
export async function currentUser(ctx: Ctx): Promise<Me> {
  const actor = requireUser(ctx.actor);
  if (actor.kind === 'system') throw invalid('the operator (system actor) has no account');
  const [user, editable, managed] = await Promise.all([
    loadUser(ctx.db, actor.userId),
    editableOrganizationIds(ctx.db, actor),
    managedClusterIds(ctx.db, actor),
  ]);
  return { ...user, editableOrganizationIds: editable, managedClusterIds: managed };
}

function actorOf(row: repo.UserRow): Actor {
  return {
    kind: 'user',
    userId: row.id,
    email: row.email,
    isAdmin: row.is_admin,
    roles: row.roles.map((r) => ({ role: r.role, scopeId: r.scope_id })),
  };
}

/**
 * The actor a request's credentials stand for: an API token (when given, it alone counts) or a session token;
 * anonymous when they are unknown, expired, revoked, or belong to a disabled user.
 */
export async function resolveActor(db: Db, credentials: { sessionToken?: string; bearerToken?: string }, now: Date): Promise<Actor> {
  if (credentials.bearerToken !== undefined) {
    const row = await repo.findApiTokenUser(db, hashToken(credentials.bearerToken), now);
    if (!row) return anonymous;
    const notBefore = new Date(now.getTime() - TOKEN_TOUCH_INTERVAL_MS);
    if (row.last_used_at === null || new Date(row.last_used_at) < notBefore) await repo.touchApiToken(db, row.token_id, now, notBefore);
    return actorOf(row);
  }
  if (credentials.sessionToken !== undefined) {
    const row = await repo.findSessionUser(db, hashToken(credentials.sessionToken), now);
    return row ? actorOf(row) : anonymous;
  }
  return anonymous;
}
