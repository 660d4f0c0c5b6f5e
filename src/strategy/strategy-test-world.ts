// Test support for strategy: cluster A with a hub and cluster B, member organisations with editor users, a direct
// member, an applicant, managers of both clusters, and the in-process app acting as any of them on a settable clock.
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import { buildCluster, buildOrganization, buildUser, createTestApp } from '#src/registry/test-builders.ts';
import { expect } from 'vitest';

export type StrategyWorld = {
  call: ReturnType<typeof createTestApp>;
  clusters: { a: string; hub: string; b: string };
  orgs: { alpha: string; beta: string; gamma: string; applicant: string };
  actors: Record<string, Actor>;
  userId: (who: string) => string;
  now: () => Date;
  setNow: (at: Date) => void;
};

export const START = new Date('2027-03-01T09:00:00Z');

/** Builds the world; `now` starts at START. */
export async function buildStrategyWorld(db: Db): Promise<StrategyWorld> {
  let now = START;
  const a = await buildCluster(db, { slug: 'cluster-a', name: 'Cluster A' });
  const hub = await buildCluster(db, { slug: 'cluster-a-hub', name: 'Cluster A Hub', parent_id: a });
  const b = await buildCluster(db, { slug: 'cluster-b', name: 'Cluster B' });
  const alpha = await buildOrganization(db, { name: 'Alpha Diagnostik GmbH' });
  const beta = await buildOrganization(db, { name: 'Beta Biotech ApS', country: 'DK' });
  const gamma = await buildOrganization(db, { name: 'Gamma Medtech' });
  const applicant = await buildOrganization(db, { name: 'Applicant Labs' });
  await db.insertInto('memberships').values([
    { organization_id: alpha, cluster_id: a, status: 'active' },
    { organization_id: beta, cluster_id: hub, status: 'active' },
    { organization_id: gamma, cluster_id: b, status: 'active' },
    { organization_id: applicant, cluster_id: a, status: 'applied' },
  ]).execute();
  const actors: Record<string, Actor> = {
    managerA: await buildUser(db, [{ role: 'cluster_manager', scopeId: a }]),
    managerB: await buildUser(db, [{ role: 'cluster_manager', scopeId: b }]),
    alice: await buildUser(db, [{ role: 'organization_editor', scopeId: alpha }]),
    anton: await buildUser(db, [{ role: 'organization_editor', scopeId: alpha }]),
    bente: await buildUser(db, [{ role: 'organization_editor', scopeId: beta }]),
    dora: await buildUser(db, [{ role: 'member', scopeId: a }]),
    gustav: await buildUser(db, [{ role: 'organization_editor', scopeId: gamma }]),
    paula: await buildUser(db, [{ role: 'organization_editor', scopeId: applicant }]),
    stranger: await buildUser(db),
    admin: await buildUser(db, [], true),
  };
  for (const [key, actor] of Object.entries(actors)) {
    if (actor.kind === 'user') await db.updateTable('users').set({ name: key }).where('id', '=', actor.userId).execute();
  }
  const call = createTestApp(db, actors, () => now);
  return {
    call, clusters: { a, hub, b }, orgs: { alpha, beta, gamma, applicant }, actors,
    userId: (who) => (actors[who] as Extract<Actor, { kind: 'user' }>).userId,
    now: () => now,
    setNow: (at) => { now = at; },
  };
}

/** Calls the API and returns the parsed JSON after checking the status. */
export async function ok<T = Record<string, unknown>>(w: StrategyWorld, method: string, path: string, options: { as?: string; body?: unknown } = {}, status = 200): Promise<T> {
  const res = await w.call(method, path, options);
  const text = await res.text();
  expect(res.status, `${method} ${path}: ${text}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The fields a 422 answer names. */
export async function fieldsOf(res: Response): Promise<string[]> {
  return ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);
}

/** A theme of cluster `ref` with one goal, made by `manager`; returns their ids. */
export async function buildTheme(w: StrategyWorld, ref: string, manager: string, title = 'Digitale Transformation'): Promise<{ themeId: string; goalId: string }> {
  const theme = await ok<{ id: string }>(w, 'POST', `/api/v1/clusters/${ref}/strategy/themes`, { as: manager, body: { kind: 'focus_theme', title: { de: title, en: title } } }, 201);
  const goal = await ok<{ id: string }>(w, 'POST', `/api/v1/strategy-themes/${theme.id}/goals`, { as: manager, body: { title: { en: `Goal of ${title}` } } }, 201);
  return { themeId: theme.id, goalId: goal.id };
}
