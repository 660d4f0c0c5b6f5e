// Offer matching end to end: a changed offer queues a job, the job finds organisations and counterparts, owners hear of new ones once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { jobHandlers } from '#src/jobs/job-handlers.ts';
import { runNextJob } from '#src/jobs/job-runner.ts';
import { createLogger } from '#src/log.ts';
import { enqueueOfferMatching, enqueueUnmatchedOffers } from '#src/matching/offer-match-jobs.ts';
import { buildOrganization, createTestApp, userActor } from '#src/registry/test-builders.ts';
import { refreshSearchIndex } from '#src/registry/search-index.ts';
import { system } from '#src/auth/actor.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let call: ReturnType<typeof createTestApp>;
const log = createLogger('silent');
const org: Record<string, string> = {};
const offer: Record<string, string> = {};
const actors: Record<string, Actor> = {};

type Matches = {
  matchedAt: string | null;
  organizations: Array<{ organization: { id: string; name: string }; score: number }>;
  offers: Array<{ offer: { id: string; title: string; organizationName: string }; score: number; reasons: Array<{ kind: string; terms?: string[] }> }>;
};
type Inbox = { items: Array<{ id: string; kind: string; payload: { offerId: string; count: number; matches: Array<{ type: string; id: string }> } }>; unread: number };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const json = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status).toBe(status);
  return (await res.json()) as T;
};
const matchesOf = (id: string, as?: string) => call('GET', `/api/v1/offers/${id}/matches`, as ? { as } : {});
const inbox = async (as: string) => json<Inbox>(await call('GET', '/api/v1/me/notifications', { as }));

/** A user row for an actor, so notifications (which reference users) can be written for them. */
async function addUser(db: Db, key: string, actor: Extract<Actor, { kind: 'user' }>) {
  actors[key] = actor;
  await db.insertInto('users').values({ id: actor.userId, email: actor.email, password_hash: 'x', is_admin: actor.isAdmin }).execute();
  for (const r of actor.roles) await db.insertInto('user_roles').values({ user_id: actor.userId, role: r.role, scope_id: r.scopeId }).execute();
}

async function runAllJobs() {
  const deps = { db: t.db, log, clock: () => new Date(), handlers: jobHandlers, leaseMs: 60_000, retryDelayMs: () => 0 };
  while (await runNextJob(deps)) { /* next */ }
  const unfinished = await t.db.selectFrom('jobs').select(['kind', 'status', 'last_error']).where('status', '<>', 'done').execute();
  expect(unfinished).toEqual([]);
}

async function createOffer(key: string, as: string, body: Record<string, unknown>) {
  offer[key] = (await json<{ id: string }>(await call('POST', '/api/v1/offers', { as, body }), 201)).id;
}

beforeAll(async () => {
  t = await createTestDb();
  const describe = (en: string) => JSON.stringify({ en });
  org.seeker = await buildOrganization(t.db, { name: 'Ryck Plasma', keywords: ['cold plasma', 'wound care'], description: describe('Cold-plasma devices for chronic wounds.') });
  org.clinic = await buildOrganization(t.db, { name: 'Klinikum Nord', type: 'hospital', keywords: ['diabetes', 'clinical studies'], description: describe('Clinical studies with diabetic patients, wound care and foot ulcers.') });
  org.hiddenClinic = await buildOrganization(t.db, { name: 'Members Clinic', type: 'hospital', visibility: 'members', description: describe('Clinical studies of diabetic foot ulcers and wound care.') });
  org.maker = await buildOrganization(t.db, { name: 'Plasma Devices', keywords: ['plasma'], description: describe('Cold plasma devices for diabetic wounds.') });
  org.past = await buildOrganization(t.db, { name: 'Old Clinic', type: 'hospital', description: describe('Clinical studies.') });
  await refreshSearchIndex(t.db, { organizationIds: Object.values(org) });
  await addUser(t.db, 'seekerEditor', userActor([{ role: 'organization_editor', scopeId: org.seeker }]) as Extract<Actor, { kind: 'user' }>);
  await addUser(t.db, 'clinicEditor', userActor([{ role: 'organization_editor', scopeId: org.clinic }]) as Extract<Actor, { kind: 'user' }>);
  await addUser(t.db, 'makerEditor', userActor([{ role: 'organization_editor', scopeId: org.maker }]) as Extract<Actor, { kind: 'user' }>);
  actors.member = userActor();
  actors.admin = userActor([], true);
  call = createTestApp(t.db, actors);

  await createOffer('site', 'clinicEditor', {
    organizationId: org.clinic, direction: 'offer', kind: 'clinical_site', title: 'Clinical site for diabetes studies',
    description: 'Clinical studies with patients with diabetes for new medical devices and procedures.', expiresAt: inDays(200),
  });
  // Close in words but a technology: it does not answer a request for a clinical site.
  await createOffer('device', 'makerEditor', {
    organizationId: org.maker, direction: 'offer', kind: 'technology', title: 'Cold plasma device for a diabetic wound-care study',
    description: 'Our cold-plasma device for studies of diabetic foot ulcers and wound care.',
  });
  // Just as close, but its last day has passed.
  const past = await t.db.insertInto('offers').values({
    organization_id: org.past, direction: 'offer', kind: 'clinical_site', title: 'Clinical site for wound-care studies',
    description: 'A clinic for first studies of devices on diabetic foot ulcers.', expires_at: inDays(-1),
  }).returning('id').executeTakeFirstOrThrow();
  offer.past = past.id;
  await createOffer('request', 'seekerEditor', {
    organizationId: org.seeker, direction: 'request', kind: 'clinical_site', title: 'Clinical partner for a wound-care study',
    description: 'We seek a clinic for a first study of our cold-plasma device on diabetic foot ulcers.', expiresAt: inDays(100),
  });
});
afterAll(() => t.close());

describe('queuing matching', () => {
  it('queues one matching job per created offer, inside the write', async () => {
    const jobs = await t.db.selectFrom('jobs').select(['kind', 'dedupe_key', 'status']).orderBy('created_at').execute();
    expect(jobs).toEqual([
      { kind: 'offer-matching', dedupe_key: `offer-matching:${offer.site}`, status: 'queued' },
      { kind: 'offer-matching', dedupe_key: `offer-matching:${offer.device}`, status: 'queued' },
      { kind: 'offer-matching', dedupe_key: `offer-matching:${offer.request}`, status: 'queued' },
    ]);
  });

  it('shows no matches before matching ran', async () => {
    expect(await json<Matches>(await matchesOf(offer.request!))).toEqual({ offerId: offer.request, matchedAt: null, organizations: [], offers: [] });
  });
});

describe('matching a request', () => {
  beforeAll(runAllJobs);

  it('finds the fitting current offer of another organisation, not a close technology or an expired one', async () => {
    const matches = await json<Matches>(await matchesOf(offer.request!));
    expect(matches.matchedAt).not.toBeNull();
    expect(matches.offers.map((m) => m.offer.title)).toEqual(['Clinical site for diabetes studies']);
    expect(matches.offers[0]!.score).toBeGreaterThanOrEqual(0.1);
    expect(matches.offers[0]!.reasons[0]).toMatchObject({ kind: 'sharedTerms', terms: expect.arrayContaining(['clinical', 'diabetic']) });
    // The offer side sees the request too.
    expect((await json<Matches>(await matchesOf(offer.site!))).offers.map((m) => m.offer.id)).toEqual([offer.request]);
    expect((await json<Matches>(await matchesOf(offer.past!))).offers).toEqual([]);
  });

  it('ranks partner organisations of the kind sought that the offer’s readers may see', async () => {
    const names = (await json<Matches>(await matchesOf(offer.request!))).organizations.map((m) => m.organization.name);
    expect(names).toContain('Klinikum Nord');
    expect(names).not.toContain('Members Clinic'); // members-only, and the request is public
    expect(names).not.toContain('Plasma Devices'); // a company: a clinical site is sought among hospitals
    expect(names).not.toContain('Ryck Plasma');
  });

  it('notifies the editors of both organisations once per offer and run, nobody else', async () => {
    const seeker = await inbox('seekerEditor');
    expect(seeker.unread).toBe(seeker.items.length);
    expect(seeker.items.every((n) => n.kind === 'offer_matches' && n.payload.offerId === offer.request)).toBe(true);
    const told = seeker.items.flatMap((n) => n.payload.matches.map((m) => m.id));
    expect(told.filter((id) => id === offer.site)).toHaveLength(1);
    expect(told).toContain(org.clinic);
    const clinic = await inbox('clinicEditor');
    expect(clinic.items).toHaveLength(1);
    expect(clinic.items[0]!.payload).toMatchObject({ offerId: offer.site, offerTitle: 'Clinical site for diabetes studies', organizationName: 'Klinikum Nord' });
    expect(clinic.items[0]!.payload.matches).toContainEqual(expect.objectContaining({ type: 'offer', id: offer.request, title: 'Clinical partner for a wound-care study', organizationName: 'Ryck Plasma' }));
    expect((await inbox('member')).items).toEqual([]);
  });

  it('does not notify again when matching runs again and finds the same', async () => {
    const before = { seeker: (await inbox('seekerEditor')).items.length, clinic: (await inbox('clinicEditor')).items.length };
    await json(await call('PATCH', `/api/v1/offers/${offer.request}`, { as: 'seekerEditor', body: { description: 'We seek a clinic for a first study of our cold-plasma device on diabetic foot ulcers (phase 1).' } }));
    for (const id of Object.values(offer)) await enqueueOfferMatching(t.db, id);
    await runAllJobs();
    expect((await inbox('seekerEditor')).items).toHaveLength(before.seeker);
    expect((await inbox('clinicEditor')).items).toHaveLength(before.clinic);
    expect((await json<Matches>(await matchesOf(offer.request!))).offers).toHaveLength(1);
    expect(await t.db.selectFrom('offer_matches').select('id').where('notified_at', 'is', null).execute()).toEqual([]);
  });

  it('queues at start only offers never matched or changed since, once', async () => {
    const ctx = { db: t.db, actor: system, clock: () => new Date(), log };
    expect(await enqueueUnmatchedOffers(ctx)).toBe(0);
    await t.db.updateTable('offers').set({ updated_at: new Date(Date.now() + 1000).toISOString() }).where('id', '=', offer.site!).execute();
    expect(await enqueueUnmatchedOffers(ctx)).toBe(1);
    expect(await enqueueUnmatchedOffers(ctx)).toBe(0); // already queued
    expect(await t.db.selectFrom('jobs').select('id').where('status', '=', 'queued').execute()).toHaveLength(1);
    await runAllJobs();
  });
});

describe('private offers', () => {
  beforeAll(async () => {
    await createOffer('secret', 'seekerEditor', {
      organizationId: org.seeker, direction: 'request', kind: 'clinical_site', visibility: 'private',
      title: 'Confidential clinical site for diabetes studies', description: 'We seek clinical studies with patients with diabetes.',
    });
    await runAllJobs();
  });

  it('shows their matches only to the organisation’s editors and admins', async () => {
    expect((await matchesOf(offer.secret!)).status).toBe(404);
    expect((await matchesOf(offer.secret!, 'member')).status).toBe(404);
    expect((await matchesOf(offer.secret!, 'clinicEditor')).status).toBe(404);
    expect((await json<Matches>(await matchesOf(offer.secret!, 'seekerEditor'))).offers.map((m) => m.offer.id)).toEqual([offer.site]);
    expect((await matchesOf(offer.secret!, 'admin')).status).toBe(200);
  });

  it('are never shown to the counterpart’s owners', async () => {
    expect((await json<Matches>(await matchesOf(offer.site!, 'admin'))).offers.map((m) => m.offer.id)).not.toContain(offer.secret);
    const clinic = await inbox('clinicEditor');
    expect(clinic.items.flatMap((n) => n.payload.matches.map((m) => m.id))).not.toContain(offer.secret);
  });

  it('rejects a malformed offer id', async () => {
    expect((await matchesOf('not-a-uuid')).status).toBe(422);
  });
});
