// Cluster access: managers, members by role or through an organisation's active membership, across hubs, and nobody else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Actor } from '#src/auth/actor.ts';
import { clusterAccess, clusterFamily, requireClusterMember } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { createLogger } from '#src/log.ts';
import { buildCluster, buildOrganization, buildUser } from '#src/registry/test-builders.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const id: Record<string, string> = {};
const ctx = (actor: Actor): Ctx => ({ db: t.db, actor, clock: () => new Date(), log: createLogger('silent') });

beforeAll(async () => {
  t = await createTestDb();
  id.a = await buildCluster(t.db, { slug: 'a' });
  id.aHub = await buildCluster(t.db, { slug: 'a-hub', parent_id: id.a });
  id.b = await buildCluster(t.db, { slug: 'b' });
  id.orgActive = await buildOrganization(t.db);
  id.orgApplied = await buildOrganization(t.db);
  await t.db.insertInto('memberships').values([
    { cluster_id: id.aHub, organization_id: id.orgActive, status: 'active' },
    { cluster_id: id.a, organization_id: id.orgApplied, status: 'applied' },
  ]).execute();
});
afterAll(() => t.close());

describe('cluster access', () => {
  it('gives a cluster family: root and hubs, from either', async () => {
    expect((await clusterFamily(t.db, id.aHub!)).sort()).toEqual([id.a, id.aHub].sort());
    expect(await clusterFamily(t.db, id.b!)).toEqual([id.b]);
  });

  it('tells managers, members and the public apart', async () => {
    const manager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: id.a! }]);
    const hubManager = await buildUser(t.db, [{ role: 'cluster_manager', scopeId: id.aHub! }]);
    const member = await buildUser(t.db, [{ role: 'member', scopeId: id.a! }]);
    const editor = await buildUser(t.db, [{ role: 'organization_editor', scopeId: id.orgActive! }]);
    const applicant = await buildUser(t.db, [{ role: 'organization_editor', scopeId: id.orgApplied! }]);
    expect(await clusterAccess(ctx(manager), id.aHub!)).toBe('manager');
    expect(await clusterAccess(ctx(hubManager), id.aHub!)).toBe('manager');
    expect(await clusterAccess(ctx(hubManager), id.a!)).toBe('public');
    expect(await clusterAccess(ctx(member), id.aHub!)).toBe('member');
    expect(await clusterAccess(ctx(editor), id.a!)).toBe('member');
    expect(await clusterAccess(ctx(editor), id.b!)).toBe('public');
    expect(await clusterAccess(ctx(applicant), id.a!)).toBe('public');
    expect(await clusterAccess(ctx(anonymous), id.a!)).toBe('public');
  });

  it('refuses visitors and outsiders', async () => {
    const outsider = await buildUser(t.db, [{ role: 'member', scopeId: id.b! }]);
    await expect(requireClusterMember(ctx(anonymous), id.a!)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(requireClusterMember(ctx(outsider), id.a!)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await requireClusterMember(ctx(outsider), id.b!)).toBe('member');
  });
});
