// Test support for working groups: two clusters with managers, members and an outsider, and calls as each of them.
import type { Actor } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';

/** The tests' "now": Sunday 22 November 2026, 12:00 UTC (13:00 in Berlin). */
export const NOW = new Date('2026-11-22T12:00:00Z');

export type GroupWorld = Awaited<ReturnType<typeof buildGroupWorld>>;

/**
 * Cluster A (with a hub) and cluster B. A: `manager`, `lead` and `member` (member role), `editor` (edits an organisation
 * with an active membership in A's hub), `fresh` (a member of A in no group). B: `managerB`, `outsider` (member of B).
 * Group `a1` (lead: lead; members: member, editor) and `a2` (member), both in A; `b1` in B (outsider).
 */
export async function buildGroupWorld(db: Db, clock: () => Date = () => NOW) {
  const a = await buildCluster(db, { slug: `a-${Math.random().toString(36).slice(2, 8)}`, name: 'Cluster A' });
  const aHub = await buildCluster(db, { slug: `a-hub-${Math.random().toString(36).slice(2, 8)}`, parent_id: a });
  const b = await buildCluster(db, { slug: `b-${Math.random().toString(36).slice(2, 8)}`, name: 'Cluster B' });
  const orgA = await buildOrganization(db, { name: 'Plasma Works (A)' });
  const orgB = await buildOrganization(db, { name: 'Fjord Diagnostics (B)' });
  await db.insertInto('memberships').values([
    { cluster_id: aHub, organization_id: orgA, status: 'active' },
    { cluster_id: b, organization_id: orgB, status: 'active' },
  ]).execute();
  const named = async (name: string, roles: Parameters<typeof buildUser>[1], isAdmin = false) => {
    const user = await buildUser(db, roles, isAdmin);
    await db.updateTable('users').set({ name }).where('id', '=', user.userId).execute();
    return user;
  };
  const users = {
    manager: await named('Mona Manager', [{ role: 'cluster_manager', scopeId: a }]),
    lead: await named('Lars Lead', [{ role: 'member', scopeId: a }]),
    member: await named('Mia Member', [{ role: 'member', scopeId: a }]),
    editor: await named('Eddie Editor', [{ role: 'organization_editor', scopeId: orgA }]),
    fresh: await named('Fritz Fresh', [{ role: 'member', scopeId: a }]),
    managerB: await named('Britt Manager', [{ role: 'cluster_manager', scopeId: b }]),
    outsider: await named('Otto Outsider', [{ role: 'member', scopeId: b }]),
    admin: await named('Ada Admin', [], true),
  };
  const themeA = (await db.insertInto('strategy_themes').values({ cluster_id: a, kind: 'focus_theme', title: JSON.stringify({ en: 'Digital transformation' }) }).returning('id').executeTakeFirstOrThrow()).id;
  const themeB = (await db.insertInto('strategy_themes').values({ cluster_id: b, kind: 'focus_theme', title: JSON.stringify({ en: 'Other' }) }).returning('id').executeTakeFirstOrThrow()).id;
  const person = (await db.insertInto('people').values({ organization_id: orgA, given_name: 'Greta', family_name: 'Greifswald', consent_listed: true, visibility: 'public' }).returning('id').executeTakeFirstOrThrow()).id;
  const shyPerson = (await db.insertInto('people').values({ organization_id: orgA, given_name: 'Sam', family_name: 'Shy', consent_listed: false, visibility: 'public' }).returning('id').executeTakeFirstOrThrow()).id;
  const group = async (clusterId: string, title: string, kind: 'working_group' | 'strategy_group', members: Array<[string, 'lead' | 'member']>, extra: Record<string, unknown> = {}) => {
    const id = (await db.insertInto('working_groups').values({ cluster_id: clusterId, kind, title: JSON.stringify({ en: title, de: `${title} (de)` }), description: JSON.stringify({ en: `About ${title}` }), ...extra }).returning('id').executeTakeFirstOrThrow()).id;
    for (const [userId, role] of members) {
      await db.insertInto('working_group_members').values({ group_id: id, user_id: userId, role, feed_token: `tok-${id}-${userId}` }).execute();
    }
    return id;
  };
  const groups = {
    a1: await group(a, 'Digitalisation', 'working_group', [[users.lead.userId, 'lead'], [users.member.userId, 'member'], [users.editor.userId, 'member']], { theme_id: themeA, lead_person_id: person, lead_organization_id: orgA, position: 1 }),
    a2: await group(a, 'Strategy group I', 'strategy_group', [[users.member.userId, 'member']], { lead_person_id: shyPerson, lead_organization_id: orgA, position: 0 }),
    b1: await group(b, 'Fjord group', 'working_group', [[users.outsider.userId, 'lead']]),
  };
  const actors: Record<string, Actor> = users;
  const call = createTestApp(db, actors, clock);
  const ctxOf = (actor: Actor): Ctx => ({ db, actor, clock, log: createLogger('silent') });
  return { clusters: { a, aHub, b }, orgs: { a: orgA, b: orgB }, users, themes: { a: themeA, b: themeB }, people: { person, shyPerson }, groups, call, ctxOf };
}

/** The JSON body of a response, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const bodyOf = async (res: Response): Promise<any> => res.json();

/** The notifications a user has, oldest first. */
export async function notificationsOf(db: Db, userId: string) {
  return db.selectFrom('notifications').select(['kind', 'payload']).where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}
