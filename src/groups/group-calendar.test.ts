// The workshop calendar feed: tokens, exactly which workshops it lists and how (parsed back), and its time zones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '#src/db/test-db.ts';
import { vtimezone } from '#src/groups/group-calendar.ts';
import { bodyOf, buildGroupWorld, type GroupWorld } from '#src/groups/group-test-world.ts';

type Prop = { params: string; value: string };
type Component = Record<string, Prop>;

/** A small RFC 5545 reader: unfolds lines, collects VEVENTs and each VTIMEZONE's observances. */
function parseCalendar(text: string) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events: Component[] = [];
  const zones = new Map<string, Array<{ onset: string; to: string }>>();
  let current: Component | null = null;
  let zone = '';
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT' || line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') current = {};
    else if (line === 'END:VEVENT') events.push(current!);
    else if (line === 'END:STANDARD' || line === 'END:DAYLIGHT') zones.set(zone, [...(zones.get(zone) ?? []), { onset: current!.DTSTART!.value, to: current!.TZOFFSETTO!.value }]);
    else if (line.startsWith('TZID:')) zone = line.slice(5);
    else if (current) {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      current[name!] = { params: params.join(';'), value: line.slice(colon + 1).replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1') };
    }
  }
  return { events, zones };
}

/** The UTC instant of a TZID time, read with the feed's own VTIMEZONE (the latest observance begun by then). */
function instantOf(prop: Prop, zones: Map<string, Array<{ onset: string; to: string }>>): string {
  const tzid = /TZID=([^;]+)/.exec(prop.params)![1]!;
  const observance = zones.get(tzid)!.filter((o) => o.onset <= prop.value).sort((a, b) => a.onset.localeCompare(b.onset)).at(-1)!;
  const v = prop.value;
  const local = Date.UTC(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8), +v.slice(9, 11), +v.slice(11, 13), +v.slice(13, 15));
  const sign = observance.to.startsWith('-') ? -1 : 1;
  const offset = sign * (Number(observance.to.slice(1, 3)) * 60 + Number(observance.to.slice(3, 5)));
  return new Date(local - offset * 60_000).toISOString();
}

let t: Awaited<ReturnType<typeof createTestDb>>;
let w: GroupWorld;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  w = await buildGroupWorld(t.db);
  const add = async (key: string, as: string, groupId: string, body: Record<string, unknown>) => {
    const res = await w.call('POST', `/api/v1/groups/${groupId}/workshops`, { as, body });
    expect(res.status).toBe(201);
    ids[key] = (await bodyOf(res)).id;
  };
  await add('kickoff', 'lead', w.groups.a1, { title: 'Kick-off: data spaces', startsAt: '2026-12-03T10:00', endsAt: '2026-12-03T12:30', place: 'BioTechnikum Greifswald', agenda: '1. Welcome, coffee\n2. Data spaces' });
  await add('summer', 'lead', w.groups.a1, { title: 'Summer school', startsAt: '2027-06-10T09:00', endsAt: '2027-06-10T16:00', timezone: 'Europe/Copenhagen', link: 'https://meet.example.org/summer' });
  await w.call('PATCH', `/api/v1/workshops/${ids.summer}`, { as: 'lead', body: { status: 'cancelled' } });
  await add('strategy', 'manager', w.groups.a2, { title: 'Strategy round', startsAt: '2027-01-15T14:00', endsAt: '2027-01-15T16:00', link: 'https://meet.example.org/strategy' });
  await add('fjord', 'managerB', w.groups.b1, { title: 'Fjord meeting', startsAt: '2026-12-05T10:00', endsAt: '2026-12-05T11:00' });
  await add('old', 'lead', w.groups.a1, { title: 'Long ago', startsAt: '2026-01-10T10:00', endsAt: '2026-01-10T12:00' });
});
afterAll(() => t.close());

const feed = async (token: string, lang = '') => {
  const res = await w.call('GET', `/api/v1/groups/calendar.ics?token=${encodeURIComponent(token)}${lang}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};

describe('the feed token', () => {
  it('is made on first ask, stays the same, and is refused to visitors', async () => {
    expect((await w.call('GET', '/api/v1/me/group-feed')).status).toBe(401);
    expect((await w.call('POST', '/api/v1/me/group-feed/reset')).status).toBe(401);
    const first = await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'member' }));
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.path).toBe(`/api/v1/groups/calendar.ics?token=${first.token}`);
    expect(await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'member' }))).toEqual(first);
    expect((await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'editor' }))).token).not.toBe(first.token);
  });

  it('answers 401 without a token and 403 for an unknown one', async () => {
    expect((await w.call('GET', '/api/v1/groups/calendar.ics')).status).toBe(401);
    expect((await feed('not-a-token')).status).toBe(403);
  });
});

describe('the feed of all one’s groups', () => {
  it('lists exactly the workshops of the user’s groups, cancelled ones as CANCELLED, in each workshop’s zone', async () => {
    const { token } = await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'member' }));
    const res = await feed(token);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/calendar; charset=utf-8');
    const { events, zones } = parseCalendar(res.text);
    const slug = (await t.db.selectFrom('clusters').select('slug').where('id', '=', w.clusters.a).executeTakeFirstOrThrow()).slug;
    expect(events.map((e) => e.UID!.value)).toEqual([`workshop-${ids.kickoff}@klynge`, `workshop-${ids.strategy}@klynge`, `workshop-${ids.summer}@klynge`]);
    const [kickoff, strategy, summer] = events as [Component, Component, Component];
    expect(kickoff.SUMMARY!.value).toBe('Digitalisation: Kick-off: data spaces');
    expect(kickoff.DTSTART).toEqual({ params: 'TZID=Europe/Berlin', value: '20261203T100000' });
    expect(kickoff.DTEND).toEqual({ params: 'TZID=Europe/Berlin', value: '20261203T123000' });
    expect(kickoff.STATUS!.value).toBe('CONFIRMED');
    expect(kickoff.SEQUENCE!.value).toBe('0');
    expect(kickoff.LOCATION!.value).toBe('BioTechnikum Greifswald');
    expect(kickoff.DTSTAMP!.value).toBe('20261122T120000Z');
    expect(kickoff.DESCRIPTION!.value).toContain('1. Welcome, coffee\n2. Data spaces');
    expect(kickoff.URL!.value).toBe(`http://localhost/clusters/${slug}/groups/${w.groups.a1}`);
    expect(kickoff.DESCRIPTION!.value).toContain(`Group page: http://localhost/clusters/${slug}/groups/${w.groups.a1}`);
    expect(strategy.SUMMARY!.value).toBe('Strategy group I: Strategy round');
    expect(strategy.LOCATION!.value).toBe('Online');
    expect(strategy.URL!.value).toBe('https://meet.example.org/strategy');
    expect(summer.DTSTART).toEqual({ params: 'TZID=Europe/Copenhagen', value: '20270610T090000' });
    expect(summer.STATUS!.value).toBe('CANCELLED');
    expect(summer.SEQUENCE!.value).toBe('1');
    // Read back through the feed's own VTIMEZONEs, every time is the instant the API holds.
    expect([...zones.keys()].sort()).toEqual(['Europe/Berlin', 'Europe/Copenhagen']);
    for (const [event, key] of [[kickoff, 'kickoff'], [strategy, 'strategy'], [summer, 'summer']] as const) {
      const api = await bodyOf(await w.call('GET', `/api/v1/workshops/${ids[key]}`, { as: 'member' }));
      expect(instantOf(event.DTSTART!, zones)).toBe(api.startsAt);
      expect(instantOf(event.DTEND!, zones)).toBe(api.endsAt);
    }
    expect(instantOf(kickoff.DTSTART!, zones)).toBe('2026-12-03T09:00:00.000Z');
    expect(instantOf(summer.DTSTART!, zones)).toBe('2027-06-10T07:00:00.000Z');
  });

  it('speaks the language asked for', async () => {
    const { token } = await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'member' }));
    const { events } = parseCalendar((await feed(token, '&lang=de')).text);
    expect(events[0]!.SUMMARY!.value).toBe('Digitalisation (de): Kick-off: data spaces');
    expect((await feed(token, '&lang=fr')).status).toBe(422);
  });

  it('gives a membership’s own token the feed of that group alone', async () => {
    const { events } = parseCalendar((await feed(`tok-${w.groups.a2}-${w.users.member.userId}`)).text);
    expect(events.map((e) => e.UID!.value)).toEqual([`workshop-${ids.strategy}@klynge`]);
  });

  it('drops a group the user left, and everything once they no longer belong to the cluster', async () => {
    const { token } = await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'editor' }));
    expect(parseCalendar((await feed(token)).text).events).toHaveLength(2);
    await t.db.updateTable('memberships').set({ status: 'ended' }).where('organization_id', '=', w.orgs.a).execute();
    const gone = await feed(token);
    expect(gone.status).toBe(200);
    expect(parseCalendar(gone.text).events).toEqual([]);
    await t.db.updateTable('memberships').set({ status: 'active' }).where('organization_id', '=', w.orgs.a).execute();
    expect((await w.call('DELETE', `/api/v1/groups/${w.groups.a1}/members/${w.users.editor.userId}`, { as: 'editor' })).status).toBe(204);
    expect(parseCalendar((await feed(token)).text).events).toEqual([]);
  });

  it('stops answering the old URL once the token is replaced', async () => {
    const old = (await bodyOf(await w.call('GET', '/api/v1/me/group-feed', { as: 'member' }))).token;
    const fresh = await bodyOf(await w.call('POST', '/api/v1/me/group-feed/reset', { as: 'member' }));
    expect(fresh.token).not.toBe(old);
    expect((await feed(old)).status).toBe(403);
    expect(parseCalendar((await feed(fresh.token)).text).events).toHaveLength(3);
  });
});

describe('VTIMEZONE', () => {
  it('gives Berlin its real changes to and from summer time', () => {
    expect(vtimezone('Europe/Berlin', 2026, 2026).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin',
      'BEGIN:STANDARD', 'DTSTART:20260101T010000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:20260329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:20261025T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('handles zones without summer time and the southern hemisphere', () => {
    expect(vtimezone('Asia/Tokyo', 2026, 2027)).toBe(['BEGIN:VTIMEZONE', 'TZID:Asia/Tokyo', 'BEGIN:STANDARD', 'DTSTART:20260101T090000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n'));
    const sydney = vtimezone('Australia/Sydney', 2026, 2026);
    expect(sydney).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260101T110000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1100');
    expect(sydney).toContain('BEGIN:STANDARD\r\nDTSTART:20260405T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000');
    expect(sydney).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20261004T020000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100');
  });
});
