// The demo's working groups: the seeds' groups with their leads, demo accounts as members, workshops past and to come.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { system } from '#src/auth/actor.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { groupHistory } from '#src/demo/demo-groups-history.ts';
import { loadDemoIfEmpty } from '#src/demo/demo-service.ts';
import { createLogger } from '#src/log.ts';
import { createTestApp } from '#src/registry/test-builders.ts';
import { actorOfUser } from '#src/groups/group-access.ts';

let t: Awaited<ReturnType<typeof createTestDb>>;
const now = new Date('2026-11-22T12:00:00Z');
type Call = ReturnType<typeof createTestApp>;
let call: Call;

beforeAll(async () => {
  t = await createTestDb();
  await loadDemoIfEmpty({ db: t.db, actor: system, clock: () => now, log: createLogger('silent') });
  const ids = await t.db.selectFrom('users').select(['id', 'email']).execute();
  const actors = Object.fromEntries(await Promise.all(ids.map(async (u) => [u.email.split('@')[0]!, (await actorOfUser(t.db, u.id))!])));
  call = createTestApp(t.db, actors, () => now);
}, 120_000);
afterAll(() => t.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const get = async (path: string, as?: string): Promise<any> => {
  const res = await call('GET', `/api/v1${path}`, as ? { as } : {});
  expect(res.status, path).toBe(200);
  return res.json();
};

describe('demo working groups', () => {
  it('shows BioCon Valley’s strategy group with its lead and its two working groups, publicly', async () => {
    const { items } = await get('/clusters/biocon-valley/groups');
    expect(items.map((g: { kind: string; title: { de: string }; lead: { organizationName: string | null } }) => [g.kind, g.title.de, g.lead.organizationName])).toEqual([
      ['strategy_group', 'Strategiegruppe I „Life Science“', 'Universitätsmedizin Greifswald'],
      ['working_group', 'Arbeitsgruppe Bioökonomie', 'BioCon Valley GmbH'],
      ['working_group', 'Arbeitsgruppe Digitalisierung im Bereich Life Science', 'BioCon Valley GmbH'],
    ]);
  });

  it('gives Life Science Nord a strategy workshop group per focus theme (six) and the Danish cluster its partnership', async () => {
    const lsn = (await get('/clusters/life-science-nord/groups')).items;
    expect(lsn).toHaveLength(6);
    expect(lsn.map((g: { title: { de: string } }) => g.title.de)).toContain('Strategieworkshop Stärkung der Innovationspipeline');
    expect(lsn[0].lead).toMatchObject({ organizationName: 'Life Science Nord Management GmbH', personName: 'Clara Entwurf' });
    expect((await get('/clusters/danish-life-science-cluster/groups?kind=strategy_group')).items.map((g: { title: { da: string } }) => g.title.da)).toEqual(['Partnerskabet bag den nationale klynge']);
  });

  it('has past workshops with minutes and attendance, and workshops to come the editor is registered for', async () => {
    const { items } = await get('/clusters/biocon-valley/groups', 'editor');
    const bio = items.find((g: { title: { de: string } }) => g.title.de === 'Arbeitsgruppe Bioökonomie');
    expect(bio).toMatchObject({ myRole: 'member', memberCount: 2 });
    expect(items[0].myRole).toBeNull();
    const workshops = (await get(`/groups/${bio.id}/workshops`, 'editor')).items;
    expect(workshops.map((w: { status: string; attended: number; minutes: string }) => [w.status, w.attended, w.minutes.length > 0])).toEqual([['held', 2, true], ['planned', 0, false]]);
    expect(new Date(workshops[1].startsAt) > now).toBe(true);
    expect((await get(`/groups/${bio.id}/decisions`, 'editor')).items).toHaveLength(2);
  });

  it('keeps the digitalisation group’s history: held workshops with members and guests, one cancelled, one never marked held', async () => {
    const { items } = await get('/clusters/biocon-valley/groups', 'editor');
    const digital = items.find((g: { title: { de: string } }) => g.title.de === 'Arbeitsgruppe Digitalisierung im Bereich Life Science');
    const workshops = (await get(`/groups/${digital.id}/workshops`, 'editor')).items;
    const history = groupHistory['Arbeitsgruppe Digitalisierung im Bereich Life Science']!;
    expect(workshops.slice(0, history.length).map((w: { title: string; status: string; attended: number }) => [w.title, w.status, w.attended])).toEqual(history.map((w) => [
      w.title, w.status ?? 'held', w.status ? 0 : (w.attended?.length ?? 0) + (w.guests?.length ?? 0),
    ]));
    const guests = workshops.find((w: { title: string }) => w.title === 'KI in der Diagnostik').attendees.filter((a: { status: string }) => a.status === 'attended');
    expect(guests.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Maren Vorlage', 'Dr. Lena Testfall']));
  });

  it('gives the editor tasks across groups, one of them overdue', async () => {
    const mine = await get('/me/group-tasks', 'editor');
    expect(mine.items.map((x: { title: string; overdue: boolean }) => [x.title, x.overdue])).toEqual([
      ['Steckbrief für die Landkarte der Bioökonomie einreichen', true], ['Projektideen bewerten und priorisieren', false],
    ]);
    expect(mine.overdue).toBe(1);
  });

  it('puts the editor’s groups’ workshops into their calendar feed', async () => {
    const { path } = await get('/me/group-feed', 'editor');
    const res = await call('GET', path);
    const text = (await res.text()).replace(/\r\n[ \t]/g, ''); // unfolded
    expect(res.status).toBe(200);
    // The two groups' four recent and coming workshops, and the digitalisation group's of the last half year (183 days).
    const halfYear = groupHistory['Arbeitsgruppe Digitalisierung im Bereich Life Science']!.filter((w) => w.day >= -182);
    expect(halfYear.length).toBeGreaterThan(0);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4 + halfYear.length);
    expect(text).toContain('Online-Workshop: Daten teilen in der Life Science');
  });
});
