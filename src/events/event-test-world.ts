// Test support for events: a cluster with an organiser, organisations with editor users, an open event with
// slots and tables, and the in-process app acting as any of them.
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import { buildCluster, buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';
import { expect } from 'vitest';

export type EventWorld = {
  call: ReturnType<typeof createTestApp>;
  clusterId: string;
  eventId: string;
  orgs: Record<string, string>;
  participants: Record<string, string>;
  actors: Record<string, Actor>;
  setNow: (at: Date) => void;
};

const PEOPLE = {
  anna: { org: 'Alpha Imaging', type: 'company', country: 'DE', offers: 'MRI imaging platform', seeks: 'clinical partner for trials' },
  bo: { org: 'Beta Clinic', type: 'hospital', country: 'DK', offers: 'clinical trials site', seeks: 'imaging technology' },
  carl: { org: 'Gamma Capital', type: 'investor', country: 'DE', offers: 'seed funding', seeks: 'medtech start-ups' },
  dora: { org: 'Delta Labs', type: 'research_institute', country: 'SE', offers: 'biobank samples', seeks: 'funding' },
} as const;

/** Inserts a user row for a test actor (notifications and participants refer to users). */
export async function insertUser(db: Db, actor: Actor, name: string): Promise<void> {
  if (actor.kind !== 'user') return;
  await db.insertInto('users').values({ id: actor.userId, email: actor.email, name, password_hash: 'x' }).execute();
}

/** An open event (one day, 09:00-12:00 in 30-minute slots with a coffee break 10:30-11:00, two tables) and four registered participants. */
export async function buildEventWorld(db: Db, start = new Date('2027-03-01T12:00:00Z')): Promise<EventWorld> {
  let now = start;
  const clusterId = await buildCluster(db);
  const orgs: Record<string, string> = {};
  const actors: Record<string, Actor> = { organiser: userActor([{ role: 'cluster_manager', scopeId: clusterId }]), stranger: userActor(), admin: userActor([], true) };
  for (const [key, person] of Object.entries(PEOPLE)) {
    orgs[key] = await buildOrganization(db, { name: person.org, type: person.type, country: person.country });
    actors[key] = userActor([{ role: 'organization_editor', scopeId: orgs[key] }]);
  }
  for (const [key, actor] of Object.entries(actors)) await insertUser(db, actor, key);
  const call = createTestApp(db, actors, () => now);
  const created = await call('POST', '/api/v1/events', { as: 'organiser', body: { clusterId, title: 'bionection 2027', timezone: 'Europe/Berlin', requestTtlHours: 48, maxConsecutive: 2 } });
  expect(created.status).toBe(201);
  const eventId = ((await created.json()) as { id: string }).id;
  const plan = { days: ['2027-03-10'], sessions: [{ start: '09:00', end: '12:00' }], slotMinutes: 30, breaks: [{ start: '10:30', end: '11:00', label: 'Coffee' }] };
  expect((await call('POST', `/api/v1/events/${eventId}/slots/generate`, { as: 'organiser', body: plan })).status).toBe(200);
  expect((await call('PUT', `/api/v1/events/${eventId}/tables`, { as: 'organiser', body: { tables: [{ label: 'T1' }, { label: 'T2', room: 'Hall B' }] } })).status).toBe(200);
  expect((await call('POST', `/api/v1/events/${eventId}/status`, { as: 'organiser', body: { status: 'open' } })).status).toBe(200);
  const participants: Record<string, string> = {};
  for (const [key, person] of Object.entries(PEOPLE)) {
    const res = await call('POST', `/api/v1/events/${eventId}/participants`, { as: key, body: { organizationId: orgs[key], offers: person.offers, seeks: person.seeks } });
    expect(res.status).toBe(201);
    participants[key] = ((await res.json()) as { id: string }).id;
  }
  return { call, clusterId, eventId, orgs, participants, actors, setNow: (at) => { now = at; } };
}

/** Sends a request from `from` to `to` and has it accepted; returns the request id. */
export async function acceptedRequest(w: EventWorld, from: string, to: string, starred = false): Promise<string> {
  const sent = await w.call('POST', `/api/v1/events/${w.eventId}/requests`, { as: from, body: { toParticipantId: w.participants[to], starred } });
  expect(sent.status).toBe(201);
  const id = ((await sent.json()) as { id: string }).id;
  expect((await w.call('POST', `/api/v1/events/${w.eventId}/requests/${id}/accept`, { as: to })).status).toBe(200);
  return id;
}
