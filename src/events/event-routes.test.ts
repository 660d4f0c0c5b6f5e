// Events over HTTP: organisers lay out an event, participants register, browse and are recommended partners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { buildEventWorld, type EventWorld } from '#src/events/event-test-world.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: EventWorld;
const url = (path = '') => `/api/v1/events/${w.eventId}${path}`;
const fieldsOf = async (res: Response) => ((await res.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field);

beforeAll(async () => {
  t = await createTestDb();
  w = await buildEventWorld(t.db);
});
afterAll(() => t.close());

describe('laying out an event', () => {
  it('generates 30-minute slots in the event time zone with the break as its own slot', async () => {
    const slots = ((await (await w.call('GET', url('/slots'), { as: 'anna' })).json()) as { items: Array<{ startsAt: string; kind: string; label: string }> }).items;
    expect(slots.map((s) => `${s.startsAt.slice(11, 16)} ${s.kind}`)).toEqual(['08:00 meeting', '08:30 meeting', '09:00 meeting', '09:30 break', '10:00 meeting', '10:30 meeting']);
    expect(slots[3]!.label).toBe('Coffee');
  });

  it('refuses visitors (401) and non-organisers (403) on every organiser endpoint, changing nothing', async () => {
    const body = { days: ['2027-03-10'], sessions: [{ start: '09:00', end: '10:00' }], slotMinutes: 15 };
    expect((await w.call('POST', '/api/v1/events', { body: { clusterId: w.clusterId, title: 'x' } })).status).toBe(401);
    expect((await w.call('POST', '/api/v1/events', { as: 'anna', body: { clusterId: w.clusterId, title: 'x' } })).status).toBe(403);
    expect((await w.call('GET', url())).status).toBe(401);
    expect((await w.call('PATCH', url(), { as: 'anna', body: { title: 'mine' } })).status).toBe(403);
    expect((await w.call('POST', url('/slots/generate'), { as: 'stranger', body })).status).toBe(403);
    expect((await w.call('POST', url('/slots/generate'), { body })).status).toBe(401);
    expect((await w.call('PUT', url('/tables'), { as: 'bo', body: { tables: [{ label: 'T9' }] } })).status).toBe(403);
    expect((await w.call('POST', url('/status'), { as: 'bo', body: { status: 'closed' } })).status).toBe(403);
    expect((await w.call('POST', url(`/participants/${w.participants.bo}/attendance`), { as: 'anna', body: { checkedIn: true } })).status).toBe(403);
    expect((await w.call('GET', url('/slots'))).status).toBe(401);
    const star = `/requests/${'00000000-0000-4000-8000-000000000000'}/star`;
    for (const [method, path, body] of [['PATCH', '', { title: 'x' }], ['POST', '/status', { status: 'closed' }], ['PUT', '/tables', { tables: [{ label: 'T9' }] }],
      ['GET', '/tables'], ['PATCH', '/participants/me', { seeks: 'x' }], ['POST', `/participants/${w.participants.bo}/attendance`, { checkedIn: true }], ['POST', star, { starred: true }]] as const) {
      expect((await w.call(method, url(path), { body })).status, `${method} ${path}`).toBe(401);
    }
    expect((await w.call('POST', url(star), { as: 'stranger', body: { starred: true } })).status).toBe(403);
    expect(((await (await w.call('GET', url('/slots'), { as: 'anna' })).json()) as { items: unknown[] }).items).toHaveLength(6);
    expect(((await (await w.call('GET', url('/tables'), { as: 'anna' })).json()) as { items: unknown[] }).items).toHaveLength(2);
    expect(((await (await w.call('GET', url(), { as: 'anna' })).json()) as { title: string }).title).toBe('bionection 2027');
    expect((await w.call('GET', '/api/v1/events')).status).toBe(401);
    const listed = (await (await w.call('GET', `/api/v1/events?cluster=${w.clusterId}`, { as: 'anna' })).json()) as { items: Array<{ id: string }> };
    expect(listed.items.map((e) => e.id)).toEqual([w.eventId]);
  });

  it('rejects slot lengths outside 15-60 minutes, an unknown time zone and a closing before opening with 422 naming the field', async () => {
    const bad = await w.call('POST', url('/slots/generate'), { as: 'organiser', body: { days: ['2027-03-10'], sessions: [{ start: '09:00', end: '10:00' }], slotMinutes: 90 } });
    expect(bad.status).toBe(422);
    expect(await fieldsOf(bad)).toEqual(['slotMinutes']);
    const zone = await w.call('PATCH', url(), { as: 'organiser', body: { timezone: 'Mars/Olympus' } });
    expect(zone.status).toBe(422);
    expect(await fieldsOf(zone)).toEqual(['timezone']);
    const window = await w.call('PATCH', url(), { as: 'organiser', body: { registrationOpensAt: '2027-03-02T00:00:00Z', registrationClosesAt: '2027-03-01T00:00:00Z' } });
    expect(await fieldsOf(window)).toEqual(['registrationClosesAt']);
  });
});

describe('editing slots', () => {
  it('relabels a slot, refuses an overlap with 422 naming the field, and refuses visitors and participants', async () => {
    type Slots = { items: Array<{ id: string; startsAt: string; endsAt: string; label: string }> };
    const slots = (await (await w.call('GET', url('/slots'), { as: 'anna' })).json()) as Slots;
    const last = slots.items[5]!;
    expect((await w.call('PATCH', url(`/slots/${last.id}`), { body: { label: 'x' } })).status).toBe(401);
    expect((await w.call('PATCH', url(`/slots/${last.id}`), { as: 'anna', body: { label: 'x' } })).status).toBe(403);
    const renamed = await w.call('PATCH', url(`/slots/${last.id}`), { as: 'organiser', body: { label: 'Last round' } });
    expect(((await renamed.json()) as Slots).items[5]!.label).toBe('Last round');
    const overlap = await w.call('PATCH', url(`/slots/${last.id}`), { as: 'organiser', body: { startsAt: slots.items[4]!.startsAt } });
    expect(overlap.status).toBe(422);
    expect(await fieldsOf(overlap)).toEqual(['startsAt']);
  });
});

describe('registering and browsing', () => {
  it('registers only on behalf of an organisation one edits, once', async () => {
    expect((await w.call('POST', url('/participants'), { body: { organizationId: w.orgs.anna } })).status).toBe(401);
    expect((await w.call('POST', url('/participants'), { as: 'stranger', body: { organizationId: w.orgs.anna } })).status).toBe(403);
    expect((await w.call('POST', url('/participants'), { as: 'anna', body: { organizationId: w.orgs.anna } })).status).toBe(409);
    const wrongDay = await w.call('PATCH', url('/participants/me'), { as: 'anna', body: { days: ['2027-03-11'] } });
    expect(wrongDay.status).toBe(422);
    expect(await fieldsOf(wrongDay)).toEqual(['days']);
    expect((await w.call('PATCH', url('/participants/me'), { as: 'stranger', body: { seeks: 'x' } })).status).toBe(403);
  });

  it('refuses registration outside the registration window', async () => {
    expect((await w.call('PATCH', url(), { as: 'organiser', body: { registrationClosesAt: '2027-02-01T00:00:00Z' } })).status).toBe(200);
    const late = await w.call('POST', url('/participants'), { as: 'admin', body: { organizationId: w.orgs.anna } });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/not open/);
    expect((await w.call('PATCH', url(), { as: 'organiser', body: { registrationClosesAt: null } })).status).toBe(200);
    const again = await w.call('POST', url('/participants'), { as: 'anna', body: { organizationId: w.orgs.anna } });
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/registered for this event already/);
  });

  it('lists participants by words, type and country with facets, to participants and organisers only', async () => {
    type List = { items: Array<{ name: string; checkedInAt: string | null }>; facets: { type: Record<string, number>; country: Record<string, number> } };
    const all = (await (await w.call('GET', url('/participants'), { as: 'anna' })).json()) as List;
    expect(all.items.map((p) => p.name)).toEqual(['anna', 'bo', 'dora', 'carl']);
    expect(all.facets.country).toEqual({ DE: 2, DK: 1, SE: 1 });
    const imaging = (await (await w.call('GET', url('/participants?q=imaging'), { as: 'anna' })).json()) as List;
    expect(imaging.items.map((p) => p.name)).toEqual(['anna', 'bo']);
    const german = (await (await w.call('GET', url('/participants?country=DE&type=investor'), { as: 'bo' })).json()) as List;
    expect(german.items.map((p) => p.name)).toEqual(['carl']);
    expect((await w.call('GET', url('/participants'), { as: 'stranger' })).status).toBe(403);
    expect((await w.call('GET', url('/participants'))).status).toBe(401);
  });

  it('records check-in and no-show, visible to organisers only', async () => {
    const res = await w.call('POST', url(`/participants/${w.participants.bo}/attendance`), { as: 'organiser', body: { checkedIn: true } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { checkedInAt: string | null }).checkedInAt).not.toBeNull();
    type List = { items: Array<{ name: string; checkedInAt: string | null }> };
    const seen = async (as: string) => ((await (await w.call('GET', url('/participants?q=bo'), { as })).json()) as List).items.find((p) => p.name === 'bo')!.checkedInAt;
    expect(await seen('organiser')).not.toBeNull();
    expect(await seen('anna')).toBeNull();
  });

  it('recommends participants whose offers meet what one seeks, by word overlap when the engine has no answer', async () => {
    const res = await w.call('GET', url('/recommendations'), { as: 'dora' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { source: string; items: Array<{ name: string; reasons: Array<{ kind: string; text: string; terms: string[] }> }> };
    // This registry has no projects, so the matching engine proposes none of them: the word overlap answers.
    expect(body.source).toBe('text');
    expect(body.items.map((i) => i.name)).toEqual(['carl']);
    expect(body.items[0]!.reasons).toEqual([{ kind: 'offersWhatYouSeek', text: 'offers what you seek: funding', terms: ['funding'] }]);
    expect((await w.call('GET', url('/recommendations'), { as: 'stranger' })).status).toBe(403);
    expect((await w.call('GET', url('/recommendations'))).status).toBe(401);
  });
});
