// Test support for the registry: small row builders and an in-process app acting as a named actor.
import { randomUUID } from 'node:crypto';
import type { Actor, RoleGrant } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import type { ClustersTable, NewOrganization } from '#src/db/types.ts';
import { createApp } from '#src/http/app.ts';
import { createLogger } from '#src/log.ts';
import type { Insertable } from 'kysely';

/** A signed-in user with the given scoped roles. */
export function userActor(roles: RoleGrant[] = [], isAdmin = false): Actor {
  const userId = randomUUID();
  return { kind: 'user', userId, email: `${userId}@example.org`, isAdmin, roles };
}

/** The app as in production, except that header `x-actor` picks the acting user from `actors` (anonymous otherwise). */
export function createTestApp(db: Db, actors: Record<string, Actor>, clock: () => Date = () => new Date()) {
  const app = createApp({
    db,
    log: createLogger('silent'),
    clock,
    resolveActor: (c) => actors[c.req.header('x-actor') ?? ''] ?? { kind: 'anonymous' },
  });
  return (method: string, path: string, options: { as?: string; body?: unknown } = {}) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(options.as ? { 'x-actor': options.as } : {}) },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
}

/** Inserts an organisation (public company in Kiel unless overridden) and returns its id. */
export async function buildOrganization(db: Db, overrides: Partial<NewOrganization> = {}): Promise<string> {
  const row = await db
    .insertInto('organizations')
    .values({ name: `Org ${randomUUID().slice(0, 8)}`, type: 'company', description: '{}', country: 'DE', city: 'Kiel', ...overrides })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a cluster (or a hub with `parent_id`) and returns its id. */
export async function buildCluster(db: Db, overrides: Partial<Insertable<ClustersTable>> = {}): Promise<string> {
  const slug = overrides.slug ?? `cluster-${randomUUID().slice(0, 8)}`;
  const row = await db
    .insertInto('clusters')
    .values({ name: `Cluster ${slug}`, description: '{}', ...overrides, slug })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts competences given as [id, parentId, label] (scheme and depth derived from the id's prefix and parent). */
export async function buildCompetences(db: Db, nodes: Array<[id: string, parentId: string | null, label: string]>): Promise<void> {
  const depths = new Map<string, number>();
  for (const [id, parentId, label] of nodes) {
    const [prefix, code = ''] = id.split(/:(.*)/s);
    const scheme = prefix === 'esv' ? 'euroscivoc' : prefix === 'emdn' ? 'emdn' : 'sector';
    const depth = parentId === null ? 1 : (depths.get(parentId) ?? 1) + 1;
    depths.set(id, depth);
    await db
      .insertInto('competences')
      .values({ id, scheme, code, parent_id: parentId, path: code, depth, label: JSON.stringify({ en: label }) })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}

/** Inserts a user row (for tables whose author columns reference users) and returns them as an actor with `roles`. */
export async function buildUser(db: Db, roles: RoleGrant[] = [], isAdmin = false): Promise<Extract<Actor, { kind: 'user' }>> {
  const email = `${randomUUID()}@example.org`;
  const row = await db
    .insertInto('users')
    .values({ email, name: email.slice(0, 8), password_hash: 'x', is_admin: isAdmin })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (roles.length > 0) {
    await db.insertInto('user_roles').values(roles.map((r) => ({ user_id: row.id, role: r.role, scope_id: r.scopeId }))).execute();
  }
  return { kind: 'user', userId: row.id, email, isAdmin, roles };
}
