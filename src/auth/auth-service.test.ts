// Accounts as services: creating users, roles, signing in with throttling, sessions and API tokens over time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, system, type Actor } from '#src/auth/actor.ts';
import { issueApiToken, listApiTokens, revokeApiToken } from '#src/auth/api-token-service.ts';
import { recordLoginAttempt } from '#src/auth/auth-repo.ts';
import { createUser, findRoleScopeId, grantRole, listUsers, login, logout, resolveActor, revokeRole } from '#src/auth/auth-service.ts';
import type { User } from '#src/auth/auth-schema.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let now = new Date('2026-03-01T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const DAY = 24 * 3600_000;

const ctxAs = (actor: Actor): Ctx => ({ db: t.db, actor, clock: () => now, log: createLogger('silent') });
let seq = 0;
/** A user created by the operator; e-mail unique per call unless given. */
const buildUser = (overrides: Partial<Parameters<typeof createUser>[1]> = {}) =>
  createUser(ctxAs(system), { email: `user${++seq}@example.org`, password: 'a good long password', ...overrides });
/** The actor a user's session resolves to (built directly: signing in costs a password hash). */
const actorOf = (user: User): Actor => ({ kind: 'user', userId: user.id, email: user.email, isAdmin: user.isAdmin, roles: user.roles });

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('creating users', () => {
  it('normalises the e-mail, hashes the password and never returns the hash', async () => {
    const user = await buildUser({ email: '  Someone@Example.ORG ', name: 'Someone' });
    expect(user).toMatchObject({ email: 'someone@example.org', name: 'Someone', isAdmin: false, roles: [] });
    expect(JSON.stringify(user)).not.toContain('scrypt');
    const row = await t.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$scrypt\$/);
  });

  it('refuses bad e-mails, short passwords and taken e-mails, naming the field', async () => {
    await expect(buildUser({ email: 'not-an-email' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('email') });
    await expect(buildUser({ password: 'too short' })).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('password: must be at least 10') });
    await buildUser({ email: 'taken@example.org' });
    await expect(buildUser({ email: 'TAKEN@example.org' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is for admins and the operator only', async () => {
    const admin = await buildUser({ isAdmin: true });
    const plain = await buildUser();
    await expect(createUser(ctxAs(anonymous), { email: 'x1@example.org', password: 'a good long password' })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(createUser(ctxAs(actorOf(plain)), { email: 'x2@example.org', password: 'a good long password' })).rejects.toMatchObject({ code: 'forbidden' });
    const made = await createUser(ctxAs(actorOf(admin)), { email: 'x3@example.org', password: 'a good long password' });
    expect(made.email).toBe('x3@example.org');
  });

  it('grants the given roles, and creates nothing when a role names an unknown scope', async () => {
    const cluster = await buildCluster(t.db);
    const user = await buildUser({ roles: [{ role: 'cluster_manager', scopeId: cluster }] });
    expect(user.roles).toEqual([{ role: 'cluster_manager', scopeId: cluster }]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(buildUser({ email: 'half@example.org', roles: [{ role: 'member', scopeId: unknown }] })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('roles.0.scopeId'),
    });
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'half@example.org').executeTakeFirst()).toBeUndefined();
  });

  it("joins the caller's transaction and rolls back with it", async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await createUser({ ...ctxAs(system), db: trx }, { email: 'inside@example.org', password: 'a good long password' });
        throw new Error('the caller fails later');
      }),
    ).rejects.toThrow('the caller fails later');
    expect(await t.db.selectFrom('users').select('id').where('email', '=', 'inside@example.org').executeTakeFirst()).toBeUndefined();
  });

  it('lists users for admins only', async () => {
    await expect(listUsers(ctxAs(anonymous))).rejects.toMatchObject({ code: 'unauthenticated' });
    const plain = await buildUser();
    await expect(listUsers(ctxAs(actorOf(plain)))).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listUsers(ctxAs(system))).map((u) => u.email)).toContain(plain.email);
  });
});

describe('naming a role scope', () => {
  it('finds clusters by id or slug and organisations by id or CORDIS id, for admins only', async () => {
    const cluster = await buildCluster(t.db, { slug: 'scope-by-slug' });
    const org = await buildOrganization(t.db, { cordis_id: '999111222' });
    const ctx = ctxAs(system);
    expect(await findRoleScopeId(ctx, 'member', 'scope-by-slug')).toBe(cluster);
    expect(await findRoleScopeId(ctx, 'cluster_manager', cluster)).toBe(cluster);
    expect(await findRoleScopeId(ctx, 'organization_editor', '999111222')).toBe(org);
    expect(await findRoleScopeId(ctx, 'organization_editor', org)).toBe(org);
    expect(await findRoleScopeId(ctx, 'organization_editor', 'scope-by-slug')).toBeUndefined();
    await expect(findRoleScopeId(ctxAs(anonymous), 'member', 'scope-by-slug')).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('signing in', () => {
  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const user = await buildUser();
    await expect(login(ctxAs(anonymous), { email: user.email, password: 'not the password', ip: '10.0.0.1' })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'wrong e-mail or password',
    });
    await expect(login(ctxAs(anonymous), { email: 'nobody@example.org', password: 'a good long password', ip: '10.0.0.1' })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'wrong e-mail or password',
    });
  });

  it('throttles an e-mail and address after 10 failures for 15 minutes, even with the right password', async () => {
    const user = await buildUser();
    const attempt = (password: string, ip = '10.0.0.2') => login(ctxAs(anonymous), { email: user.email, password, ip });
    for (let i = 0; i < 10; i++) await expect(attempt('wrong password!')).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(attempt('a good long password')).rejects.toMatchObject({ code: 'rate_limited', message: expect.stringContaining('too many') });
    // Another address is not affected.
    await expect(attempt('a good long password', '10.0.0.3')).resolves.toMatchObject({ user: { email: user.email } });
    const start = now;
    now = later(15 * 60_000 + 1000);
    try {
      await expect(attempt('a good long password')).resolves.toMatchObject({ user: { email: user.email } });
    } finally {
      now = start;
    }
  });

  it('clears the failure count after a successful sign-in', async () => {
    const user = await buildUser();
    const key = { email: user.email, ip: '10.0.0.4' };
    for (let i = 0; i < 9; i++) await recordLoginAttempt(t.db, key, now, later(-60_000));
    await login(ctxAs(anonymous), { email: user.email, password: 'a good long password', ip: key.ip });
    const left = await t.db.selectFrom('login_attempts').select('email').where('email', '=', user.email).execute();
    expect(left).toEqual([]);
  });
});

describe('sessions', () => {
  it('stores only the hash of the session token and resolves it to the user with roles', async () => {
    const cluster = await buildCluster(t.db);
    const user = await buildUser({ roles: [{ role: 'member', scopeId: cluster }] });
    const { token, expiresAt } = await login(ctxAs(anonymous), { email: user.email, password: 'a good long password' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - now.getTime()).toBe(30 * DAY);
    const stored = await t.db.selectFrom('sessions').select('token_hash').where('user_id', '=', user.id).execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
    expect(await resolveActor(t.db, { sessionToken: token }, now)).toEqual({
      kind: 'user',
      userId: user.id,
      email: user.email,
      isAdmin: false,
      roles: [{ role: 'member', scopeId: cluster }],
    });
  });

  it('refuses a session after 30 days, after logout, and of a disabled user', async () => {
    const user = await buildUser();
    const signIn = () => login(ctxAs(anonymous), { email: user.email, password: 'a good long password' });
    const first = await signIn();
    expect((await resolveActor(t.db, { sessionToken: first.token }, later(30 * DAY - 1000))).kind).toBe('user');
    expect(await resolveActor(t.db, { sessionToken: first.token }, later(30 * DAY))).toEqual(anonymous);

    const second = await signIn();
    const actor = await resolveActor(t.db, { sessionToken: second.token }, now);
    await logout(ctxAs(actor), second.token);
    expect(await resolveActor(t.db, { sessionToken: second.token }, now)).toEqual(anonymous);

    const third = await signIn();
    await t.db.updateTable('users').set({ disabled: true }).where('id', '=', user.id).execute();
    expect(await resolveActor(t.db, { sessionToken: third.token }, now)).toEqual(anonymous);
    await expect(signIn()).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('treats an unknown token as anonymous', async () => {
    expect(await resolveActor(t.db, { sessionToken: 'made-up' }, now)).toEqual(anonymous);
    expect(await resolveActor(t.db, {}, now)).toEqual(anonymous);
  });
});

describe('API tokens', () => {
  it('resolves a klg_ token, keeps only its hash, and refuses it once revoked', async () => {
    const user = await buildUser();
    const ctx = ctxAs(actorOf(user));
    const { token, apiToken } = await issueApiToken(ctx, { name: 'script' });
    expect(token).toMatch(/^klg_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.selectFrom('api_tokens').select('token_hash').where('id', '=', apiToken.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));
    expect(await resolveActor(t.db, { bearerToken: token }, now)).toMatchObject({ kind: 'user', userId: user.id });
    expect((await listApiTokens(ctx)).map((a) => a.id)).toEqual([apiToken.id]);
    await revokeApiToken(ctx, apiToken.id);
    expect(await resolveActor(t.db, { bearerToken: token }, now)).toEqual(anonymous);
  });

  it('refuses an expired token and an expiry in the past', async () => {
    const user = await buildUser();
    const ctx = ctxAs(actorOf(user));
    const { token } = await issueApiToken(ctx, { name: 'short-lived', expiresAt: later(DAY).toISOString() });
    expect((await resolveActor(t.db, { bearerToken: token }, later(DAY - 1000))).kind).toBe('user');
    expect(await resolveActor(t.db, { bearerToken: token }, later(DAY))).toEqual(anonymous);
    await expect(issueApiToken(ctx, { name: 'x', expiresAt: later(-1000).toISOString() })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('records the last use at most once a minute', async () => {
    const user = await buildUser();
    const { token, apiToken } = await issueApiToken(ctxAs(actorOf(user)), { name: 'busy' });
    const lastUsed = async () =>
      (await t.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', apiToken.id).executeTakeFirstOrThrow()).last_used_at;
    await resolveActor(t.db, { bearerToken: token }, now);
    expect(await lastUsed()).toEqual(now);
    await resolveActor(t.db, { bearerToken: token }, later(59_000));
    expect(await lastUsed()).toEqual(now);
    await resolveActor(t.db, { bearerToken: token }, later(61_000));
    expect(await lastUsed()).toEqual(later(61_000));
  });

  it("lets only the owner or an admin revoke a token; others get not_found", async () => {
    const owner = await buildUser();
    const other = await buildUser();
    const { apiToken } = await issueApiToken(ctxAs(actorOf(owner)), { name: 'mine' });
    await expect(revokeApiToken(ctxAs(actorOf(other)), apiToken.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(revokeApiToken(ctxAs(anonymous), apiToken.id)).rejects.toMatchObject({ code: 'unauthenticated' });
    await revokeApiToken(ctxAs(system), apiToken.id);
    expect(await listApiTokens(ctxAs(actorOf(owner)))).toEqual([]);
  });

  it('issues tokens for another user only for admins and the operator', async () => {
    const owner = await buildUser();
    const other = await buildUser();
    await expect(issueApiToken(ctxAs(actorOf(other)), { name: 'x', forEmail: owner.email })).rejects.toMatchObject({ code: 'forbidden' });
    const { token } = await issueApiToken(ctxAs(system), { name: 'ci', forEmail: owner.email.toUpperCase() });
    expect(await resolveActor(t.db, { bearerToken: token }, now)).toMatchObject({ userId: owner.id });
  });
});

describe('granting roles', () => {
  it('lets an admin grant and revoke any role', async () => {
    const cluster = await buildCluster(t.db);
    const user = await buildUser();
    const admin = ctxAs(actorOf(await buildUser({ isAdmin: true })));
    expect((await grantRole(admin, user.id, { role: 'cluster_manager', scopeId: cluster })).roles).toEqual([{ role: 'cluster_manager', scopeId: cluster }]);
    expect((await revokeRole(admin, user.id, { role: 'cluster_manager', scopeId: cluster })).roles).toEqual([]);
    await expect(revokeRole(admin, user.id, { role: 'cluster_manager', scopeId: cluster })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('lets a cluster manager grant member and editor roles within their cluster and its hubs only', async () => {
    const cluster = await buildCluster(t.db);
    const hub = await buildCluster(t.db, { parent_id: cluster });
    const elsewhere = await buildCluster(t.db);
    const memberOrg = await buildOrganization(t.db);
    const outsideOrg = await buildOrganization(t.db);
    await t.db.insertInto('memberships').values({ organization_id: memberOrg, cluster_id: hub }).execute();
    const manager = ctxAs(actorOf(await buildUser({ roles: [{ role: 'cluster_manager', scopeId: cluster }] })));
    const user = await buildUser();

    await grantRole(manager, user.id, { role: 'member', scopeId: hub });
    const granted = await grantRole(manager, user.id, { role: 'organization_editor', scopeId: memberOrg });
    expect(granted.roles).toHaveLength(2);
    await expect(grantRole(manager, user.id, { role: 'member', scopeId: elsewhere })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(grantRole(manager, user.id, { role: 'organization_editor', scopeId: outsideOrg })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(grantRole(manager, user.id, { role: 'cluster_manager', scopeId: cluster })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(revokeRole(manager, user.id, { role: 'member', scopeId: hub })).resolves.toMatchObject({ roles: [{ role: 'organization_editor' }] });
  });

  it('refuses grants by visitors, plain users and organisation editors', async () => {
    const cluster = await buildCluster(t.db);
    const org = await buildOrganization(t.db);
    const user = await buildUser();
    const editor = ctxAs(actorOf(await buildUser({ roles: [{ role: 'organization_editor', scopeId: org }] })));
    await expect(grantRole(ctxAs(anonymous), user.id, { role: 'member', scopeId: cluster })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(grantRole(ctxAs(actorOf(user)), user.id, { role: 'member', scopeId: cluster })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(grantRole(editor, user.id, { role: 'organization_editor', scopeId: org })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await listUsers(ctxAs(system))).find((u) => u.id === user.id)?.roles).toEqual([]);
  });
});
