// Test support for the regulatory API: two organisations, a cluster and a hub, and users with roles (stored, since
// products, checklists and assessments refer to their authors).
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import { buildCluster, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';

export type RegulatoryWorld = {
  orgA: string;
  orgB: string;
  cluster: string;
  hub: string;
  otherCluster: string;
  actors: Record<'admin' | 'member' | 'editorA' | 'editorB' | 'manager' | 'otherManager', Actor>;
  call: ReturnType<typeof createTestApp>;
};

/**
 * Organisation A is an active member of a hub of the cluster (so the cluster's manager reads its private products),
 * organisation B of another cluster; editorA edits A, editorB edits B.
 */
export async function buildRegulatoryWorld(db: Db, clock: () => Date = () => new Date()): Promise<RegulatoryWorld> {
  const orgA = await buildOrganization(db, { name: 'Alpha Medical' });
  const orgB = await buildOrganization(db, { name: 'Beta Diagnostics' });
  const cluster = await buildCluster(db);
  const hub = await buildCluster(db, { parent_id: cluster });
  const otherCluster = await buildCluster(db);
  await db.insertInto('memberships').values([
    { organization_id: orgA, cluster_id: hub, status: 'active' },
    { organization_id: orgB, cluster_id: otherCluster, status: 'active' },
  ]).execute();
  const actors = {
    admin: userActor([], true),
    member: userActor(),
    editorA: userActor([{ role: 'organization_editor', scopeId: orgA }]),
    editorB: userActor([{ role: 'organization_editor', scopeId: orgB }]),
    manager: userActor([{ role: 'cluster_manager', scopeId: cluster }]),
    otherManager: userActor([{ role: 'cluster_manager', scopeId: otherCluster }]),
  };
  for (const [name, actor] of Object.entries(actors)) {
    if (actor.kind !== 'user') continue;
    await db.insertInto('users').values({ id: actor.userId, email: actor.email, name, password_hash: 'x', is_admin: actor.isAdmin }).execute();
  }
  return { orgA, orgB, cluster, hub, otherCluster, actors, call: createTestApp(db, actors, clock) };
}

/** Device profiles of the contract, by the class they get. */
export const PROFILES = {
  classI: { regulation: 'MDR', name: 'Hospital bed' },
  softwareIIa: { regulation: 'MDR', software: { decisionImpact: 'other' } },
  implantIII: { regulation: 'MDR', invasive: 'implantable', directContactHeartCirculationOrCNS: true },
  selfTestC: { regulation: 'IVDR', selfTesting: 'yes' },
} as const;
