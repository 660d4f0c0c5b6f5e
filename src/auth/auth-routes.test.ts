// Accounts over HTTP: the session cookie, CSRF refusal, bearer tokens, and who may call each /auth and /users endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { issueApiToken } from '#src/auth/api-token-service.ts';
import { createUser } from '#src/auth/auth-service.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { createApp } from '#src/http/app.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildOrganization } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let now = new Date('2026-03-01T12:00:00Z');
let app: ReturnType<typeof createApp>;
const PASSWORD = 'a good long password';
const SAME_ORIGIN = { origin: 'http://localhost' };
/** Bearer tokens of the cast: a platform admin, a cluster manager, and a user without roles. */
const tokens = { admin: '', manager: '', plain: '' };
let cluster = '';
let plainId = '';

type Call = { as?: keyof typeof tokens; cookie?: string; headers?: Record<string, string>; body?: unknown };
function call(method: string, path: string, options: Call = {}, target = app) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.as) headers.authorization = `Bearer ${tokens[options.as]}`;
  if (options.cookie) headers.cookie = options.cookie;
  return target.request(`/api/v1${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
}
const ctx = () => ({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
let seq = 0;
const buildUser = (overrides: Partial<Parameters<typeof createUser>[1]> = {}) =>
  createUser(ctx(), { email: `route${++seq}@example.org`, password: PASSWORD, ...overrides });
const tokenFor = async (email: string) => (await issueApiToken(ctx(), { name: 'test', forEmail: email })).token;

/** Signs in over HTTP and returns the `Cookie` header value and the raw Set-Cookie line. */
async function signIn(email: string, target = app) {
  const res = await call('POST', '/auth/login', { body: { email, password: PASSWORD }, headers: SAME_ORIGIN }, target);
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0] ?? '', setCookie };
}

beforeAll(async () => {
  t = await createTestDb();
  app = createApp({ db: t.db, log: createLogger('silent'), clock: () => now });
  cluster = await buildCluster(t.db);
  const [admin, manager, plain] = await Promise.all([
    buildUser({ isAdmin: true }),
    buildUser({ roles: [{ role: 'cluster_manager', scopeId: cluster }] }),
    buildUser(),
  ]);
  plainId = plain.id;
  tokens.admin = await tokenFor(admin.email);
  tokens.manager = await tokenFor(manager.email);
  tokens.plain = await tokenFor(plain.email);
});
afterAll(() => t.close());

describe('the session cookie', () => {
  it('is set on sign-in: HttpOnly, SameSite=Lax, Path=/, expiring in 30 days, not Secure by default', async () => {
    const user = await buildUser();
    const { setCookie } = await signIn(user.email);
    expect(setCookie).toMatch(/^klynge_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Expires=${new Date(now.getTime() + 30 * 24 * 3600_000).toUTCString()}`);
    expect(setCookie).not.toContain('Secure');
  });

  it('is Secure when the platform is configured for HTTPS', async () => {
    const secureApp = createApp({ db: t.db, log: createLogger('silent'), clock: () => now, secureCookies: true });
    const { setCookie } = await signIn((await buildUser()).email, secureApp);
    expect(setCookie).toContain('Secure');
  });

  it('signs the user in for /auth/me until it expires', async () => {
    const cluster2 = await buildCluster(t.db);
    const user = await buildUser({ name: 'Cookie User', roles: [{ role: 'member', scopeId: cluster2 }] });
    const { cookie } = await signIn(user.email);
    const me = await call('GET', '/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: user.email, name: 'Cookie User', roles: [{ role: 'member', scopeId: cluster2 }] });
    const start = now;
    now = new Date(now.getTime() + 30 * 24 * 3600_000);
    try {
      expect((await call('GET', '/auth/me', { cookie })).status).toBe(401);
    } finally {
      now = start;
    }
  });

  it('tells in /auth/me which organisations and clusters the user may change', async () => {
    const hub = await buildCluster(t.db, { parent_id: cluster });
    const [own, member, outsider] = await Promise.all([buildOrganization(t.db), buildOrganization(t.db), buildOrganization(t.db)]);
    await t.db.insertInto('memberships').values({ organization_id: member, cluster_id: hub }).execute();
    const editor = await buildUser({ roles: [{ role: 'organization_editor', scopeId: own }] });
    const manager = await buildUser({ roles: [{ role: 'cluster_manager', scopeId: cluster }] });
    const meOf = async (email: string) =>
      (await (await call('GET', '/auth/me', { cookie: (await signIn(email)).cookie })).json()) as { editableOrganizationIds: string[]; managedClusterIds: string[] };
    expect(await meOf(editor.email)).toMatchObject({ editableOrganizationIds: [own], managedClusterIds: [] });
    const managerMe = await meOf(manager.email);
    expect(managerMe.managedClusterIds.sort()).toEqual([cluster, hub].sort());
    expect(managerMe.editableOrganizationIds).toContain(member);
    expect(managerMe.editableOrganizationIds).not.toContain(outsider);
  });

  it('refuses wrong credentials with a 401 that does not say which part was wrong', async () => {
    const user = await buildUser();
    for (const body of [{ email: user.email, password: 'not the password' }, { email: 'nobody@example.org', password: PASSWORD }]) {
      const res = await call('POST', '/auth/login', { body, headers: SAME_ORIGIN });
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'wrong e-mail or password' } });
    }
    expect((await call('POST', '/auth/login', { body: { email: user.email } })).status).toBe(422);
  });

  it('ends with logout: the cookie is cleared and the session no longer works', async () => {
    const { cookie } = await signIn((await buildUser()).email);
    const res = await call('POST', '/auth/logout', { cookie, headers: SAME_ORIGIN });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^klynge_session=;.*Max-Age=0/);
    expect((await call('GET', '/auth/me', { cookie })).status).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses cookie-authenticated writes from another origin or without origin headers', async () => {
    const { cookie } = await signIn((await buildUser()).email);
    const body = { name: 'csrf' };
    expect((await call('POST', '/auth/tokens', { cookie, body, headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await call('POST', '/auth/tokens', { cookie, body, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await call('POST', '/auth/tokens', { cookie, body })).status).toBe(403);
    expect((await call('POST', '/auth/tokens', { cookie, body, headers: { 'sec-fetch-site': 'same-origin' } })).status).toBe(201);
    expect((await call('POST', '/auth/tokens', { cookie, body, headers: SAME_ORIGIN })).status).toBe(201);
    // Reads are not writes: a cross-site GET still answers.
    expect((await call('GET', '/auth/me', { cookie, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it('refuses a sign-in form posted from another site', async () => {
    const user = await buildUser();
    const res = await call('POST', '/auth/login', { body: { email: user.email, password: PASSWORD }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
  });

  it('exempts API-token requests, which browsers never send on their own', async () => {
    const res = await call('POST', '/auth/tokens', { as: 'plain', body: { name: 'from a script' }, headers: { origin: 'https://elsewhere.example' } });
    expect(res.status).toBe(201);
  });
});

describe('bearer tokens', () => {
  it('authenticate programs, and revoked, expired or malformed ones get 401', async () => {
    const user = await buildUser();
    const token = await tokenFor(user.email);
    const me = await call('GET', '/auth/me', { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ email: user.email });

    const expiring = await issueApiToken(ctx(), { name: 'soon', forEmail: user.email, expiresAt: new Date(now.getTime() + 60_000).toISOString() });
    const start = now;
    now = new Date(now.getTime() + 60_000);
    try {
      expect((await call('GET', '/auth/me', { headers: { authorization: `Bearer ${expiring.token}` } })).status).toBe(401);
    } finally {
      now = start;
    }
    const issued = await call('POST', '/auth/tokens', { headers: { authorization: `Bearer ${token}` }, body: { name: 'to revoke' } });
    const { token: second, apiToken } = (await issued.json()) as { token: string; apiToken: { id: string } };
    expect((await call('DELETE', `/auth/tokens/${apiToken.id}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(204);
    const revoked = await call('GET', '/auth/me', { headers: { authorization: `Bearer ${second}` } });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await call('GET', '/auth/me', { headers: { authorization: 'Basic dXNlcjpwdw==' } })).status).toBe(401);
  });
});

describe('who may call each endpoint', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const endpoints: Array<[method: string, path: () => string, body?: () => unknown]> = [
    ['POST', () => '/auth/logout'],
    ['GET', () => '/auth/me'],
    ['GET', () => '/auth/tokens'],
    ['POST', () => '/auth/tokens', () => ({ name: 'x' })],
    ['DELETE', () => `/auth/tokens/${someId}`],
    ['GET', () => '/users'],
    ['POST', () => '/users', () => ({ email: 'anon@example.org', password: PASSWORD })],
    ['POST', () => `/users/${plainId}/roles`, () => ({ role: 'member', scopeId: cluster })],
    ['DELETE', () => `/users/${plainId}/roles?role=member&scopeId=${cluster}`],
  ];

  it.each(endpoints)('%s %s refuses the anonymous visitor with 401', async (method, path, body) => {
    const res = await call(method, path(), { headers: SAME_ORIGIN, ...(body ? { body: body() } : {}) });
    expect(res.status).toBe(401);
  });

  it("refuses a user someone else's token, and shows only their own tokens", async () => {
    const issued = await call('POST', '/auth/tokens', { as: 'admin', body: { name: 'admin only' } });
    const { apiToken } = (await issued.json()) as { apiToken: { id: string } };
    expect((await call('DELETE', `/auth/tokens/${apiToken.id}`, { as: 'plain' })).status).toBe(404);
    const listed = (await (await call('GET', '/auth/tokens', { as: 'plain' })).json()) as { items: Array<{ id: string }> };
    expect(listed.items.map((i) => i.id)).not.toContain(apiToken.id);
    expect(listed.items.length).toBeGreaterThan(0);
  });

  it('refuses user administration to users without the admin role (403) and allows it to admins', async () => {
    for (const as of ['plain', 'manager'] as const) {
      expect((await call('GET', '/users', { as })).status).toBe(403);
      expect((await call('POST', '/users', { as, body: { email: `by-${as}@example.org`, password: PASSWORD } })).status).toBe(403);
    }
    expect((await call('GET', '/users', { as: 'admin' })).status).toBe(200);
    const created = await call('POST', '/users', { as: 'admin', body: { email: ' New@Example.org ', password: PASSWORD, name: 'New' } });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ email: 'new@example.org', name: 'New', isAdmin: false });
    const bad = await call('POST', '/users', { as: 'admin', body: { email: 'x@example.org', password: 'short' } });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { details: [{ field: 'password' }] } });
  });

  it('lets admins and the cluster manager change roles within the cluster, and refuses plain users', async () => {
    const org = await buildOrganization(t.db);
    await t.db.insertInto('memberships').values({ organization_id: org, cluster_id: cluster }).execute();
    const grant = { role: 'organization_editor', scopeId: org };
    expect((await call('POST', `/users/${plainId}/roles`, { as: 'plain', body: grant })).status).toBe(403);
    const granted = await call('POST', `/users/${plainId}/roles`, { as: 'manager', body: grant });
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ roles: [grant] });
    const query = `role=organization_editor&scopeId=${org}`;
    expect((await call('DELETE', `/users/${plainId}/roles?${query}`, { as: 'plain' })).status).toBe(403);
    const revoked = await call('DELETE', `/users/${plainId}/roles?${query}`, { as: 'admin' });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ roles: [] });
    expect((await call('POST', `/users/${plainId}/roles`, { as: 'manager', body: { role: 'cluster_manager', scopeId: cluster } })).status).toBe(403);
  });

  it('describes every auth and users route in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, { tags: string[] }>> };
    expect(doc.paths['/auth/login']?.post?.tags).toEqual(['auth']);
    expect(Object.keys(doc.paths['/auth/tokens/{id}'] ?? {})).toEqual(['delete']);
    expect(Object.keys(doc.paths['/users/{id}/roles'] ?? {}).sort()).toEqual(['delete', 'post']);
    expect(doc.paths['/users']?.get?.tags).toEqual(['users']);
  });
});
