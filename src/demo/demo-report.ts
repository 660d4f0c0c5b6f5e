// Demo data the funder report needs beyond the other areas' demos: founding dates of the fictional start-ups (with
// memberships that cannot predate them); when BioCon Valley has held no partnering event yet, last year's partnering
// day (one no-show, two cancellations) and this year's partnering session with their published one-to-one meetings;
// associate members from other regions who joined (and one who left) in the last year and a half; and the fictional
// SMEs' questionnaires in the regulatory navigator over that time.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { UNUSABLE_HASH } from '#src/auth/password.ts';
import type { Db } from '#src/db/connect.ts';
import { localDay, zonedInstant } from '#src/events/event-slots.ts';

const DAY = 86_400_000;

/** Fictional start-ups and how many days before the demo's load they were founded. */
const FOUNDED_DAYS_AGO: Array<[name: string, days: number]> = [
  ['Warnow Implant Works GmbH (Demo)', 1200],
  ['Kogge Telemed GmbH (Demo)', 240],
  ['Ryck Plasma Care GmbH (Demo)', 900],
  ['Bodden Omics Lab GmbH (Demo)', 430],
  ['Elbtal Smart Devices GmbH (Demo)', 1650],
  ['Sachsenring Biologics GmbH (Demo)', 2600],
  ['Auenwald Diagnostics GmbH (Demo)', 380],
  ['Pleiße Biomaterials GmbH (Demo)', 2200],
  ['Förde Biosensorik GmbH (Demo)', 760],
  ['Alster Health Data GmbH (Demo)', 600],
  ['Fynsk Velfærdsrobotik ApS (Demo)', 1400],
  ['Odense Rehab Wearables ApS (Demo)', 460],
  ['Aros Bioinformatik ApS (Demo)', 1900],
  ['Limfjord Monitoring ApS (Demo)', 150],
  ['Øresund Peptide Labs ApS (Demo)', 3000],
];

/** Fictional participants of the partnering day (they cannot sign in); the editor account is Ryck Plasma Care's. */
const KNOWN_PEOPLE: Record<string, { email: string; name: string }> = {
  'Ryck Plasma Care GmbH (Demo)': { email: 'editor@example.org', name: 'Demo Editor' },
  'Warnow Implant Works GmbH (Demo)': { email: 'strategy-warnow@example.org', name: 'Nils Beispiel' },
  'Kogge Telemed GmbH (Demo)': { email: 'strategy-kogge@example.org', name: 'Jana Muster' },
  'Universitätsmedizin Greifswald': { email: 'strategy-umg@example.org', name: 'Dr. Ole Probe' },
  'Bodden Omics Lab GmbH (Demo)': { email: 'strategy-bodden@example.org', name: 'Maren Vorlage' },
};
const MORE_NAMES = ['Tilo Platzhalter', 'Anke Exempel', 'Dr. Jonas Schablone', 'Frieda Entwurf', 'Hauke Attrappe', 'Merle Modell', 'Dr. Sven Skizze', 'Ines Vordruck'];

const day = (at: Date) => at.toISOString().slice(0, 10);

/** Founding dates by name (only where none is set), and memberships that started before the founding moved after it. */
async function setFoundingDates(trx: Db, now: Date): Promise<void> {
  const rows = FOUNDED_DAYS_AGO.map(([name, days], i) => {
    const founded = day(new Date(now.getTime() - days * DAY));
    // A start-up joins a few weeks to months after its founding, never before, and not after today.
    const joined = day(new Date(Math.min(now.getTime() - 14 * DAY, new Date(founded).getTime() + (20 + ((i * 13) % 60)) * DAY)));
    return { name, founded, joined };
  });
  const values = sql`(select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(name text, founded date, joined date))`;
  const dated = await sql<{ id: string }>`update organizations o set founded_on = v.founded from ${values} v
    where o.name = v.name and o.founded_on is null returning o.id`.execute(trx);
  if (dated.rows.length === 0) return;
  await sql`update memberships m set start_date = v.joined from organizations o, ${values} v
    where o.id = m.organization_id and o.name = v.name and o.founded_on = v.founded and m.start_date < v.founded`.execute(trx);
}

/**
 * Fictional companies from other regions that joined BioCon Valley itself as associate members in the last year and a
 * half (days before now), one of which has left again: members come and go, and last year's report stays the same.
 */
export const DEMO_ASSOCIATES: Array<{ organization: string; joined: number; left?: number }> = [
  { organization: 'Aros Bioinformatik ApS (Demo)', joined: 560, left: 150 },
  { organization: 'Pleiße Biomaterials GmbH (Demo)', joined: 500 },
  { organization: 'Alster Health Data GmbH (Demo)', joined: 290 },
];

async function insertAssociates(trx: Db, now: Date): Promise<void> {
  const cluster = await trx.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirst();
  const organizations = await trx.selectFrom('organizations').select(['id', 'name']).where('name', 'in', DEMO_ASSOCIATES.map((a) => a.organization)).execute();
  const rows = DEMO_ASSOCIATES.flatMap((a) => {
    const organizationId = organizations.find((o) => o.name === a.organization)?.id;
    return cluster && organizationId ? [{
      organization_id: organizationId, cluster_id: cluster.id, type: 'associate' as const, status: a.left === undefined ? 'active' as const : 'ended' as const,
      start_date: day(new Date(now.getTime() - a.joined * DAY)), end_date: a.left === undefined ? null : day(new Date(now.getTime() - a.left * DAY)),
    }] : [];
  });
  if (rows.length > 0) await trx.insertInto('memberships').values(rows).onConflict((oc) => oc.columns(['organization_id', 'cluster_id']).doNothing()).execute();
}

/** The user ids for the people, created (unable to sign in) where missing. */
async function demoUsers(trx: Db, people: Array<{ email: string; name: string }>): Promise<Map<string, string>> {
  const ids = new Map((await trx.selectFrom('users').select(['id', 'email']).where('email', 'in', people.map((p) => p.email)).execute()).map((u) => [u.email, u.id]));
  const missing = people.filter((p) => !ids.has(p.email));
  if (missing.length > 0) {
    const created = await trx.insertInto('users').values(missing.map((p) => ({ email: p.email, name: p.name, password_hash: UNUSABLE_HASH }))).returning(['id', 'email']).execute();
    for (const u of created) ids.set(u.email, u.id);
  }
  return ids;
}

/** The circle method: round r of a round robin of n (even) players, as pairs of player indexes. */
function roundRobin(n: number, r: number): Array<[number, number]> {
  const others = Array.from({ length: n - 1 }, (_, i) => 1 + ((i + r) % (n - 1)));
  const seats = [0, ...others];
  return Array.from({ length: n / 2 }, (_, i) => [seats[i]!, seats[n - 1 - i]!] as [number, number]);
}

/** A partnering event of the demo: its day (in Berlin), first slot, 30-minute slots, tables and players. */
type PartneringDay = {
  title: string; description: string; venue: string; room: string; day: string; from: string; slots: number; tables: number; players: number;
  /** The last player did not come: never checked in, marked a no-show. */
  noShow: boolean;
  /** Meetings cancelled before the day (they hold no slot). */
  cancelled: number;
};

/**
 * BioCon Valley's partnering events: last year's partnering day on 17 September, and this year's session five weeks
 * ago (left out in early January, when five weeks ago was last year: last year keeps one event in September).
 */
export function demoPartneringDays(now: Date): PartneringDay[] {
  const year = now.getUTCFullYear() - 1;
  const session = localDay(new Date(now.getTime() - 35 * DAY), 'Europe/Berlin');
  return [{
    title: `Partnering-Tag Gesundheitswirtschaft MV ${year} (Demo)`, venue: 'Rostock (Demo)', room: 'Saal A', day: `${year}-09-17`, from: '09:00', slots: 8, tables: 4, players: 10, noShow: true, cancelled: 2,
    description: 'Eins-zu-eins-Gespräche zwischen Unternehmen, Kliniken und Forschung der Gesundheitswirtschaft in Mecklenburg-Vorpommern.',
  }, {
    title: 'Partnering-Session Plasmamedizin und Diagnostik (Demo)', venue: 'Greifswald (Demo)', room: 'Konferenzraum', day: session, from: '13:00', slots: 6, tables: 3, players: 8, noShow: false, cancelled: 1,
    description: 'Eins-zu-eins-Gespräche zu Plasmamedizin, Wundversorgung und Diagnostik zwischen Start-ups, Kliniken und Forschung.',
  }].filter((d, i) => i === 0 || d.day.slice(0, 4) > String(year));
}

/** Inserts one partnering event with its slots, tables, participants and published meetings. */
async function insertPartneringDay(trx: Db, clusterId: string, spec: PartneringDay, chosen: Array<{ id: string; name: string }>, users: Map<string, string>): Promise<void> {
  const players = Math.min(spec.players, chosen.length - (chosen.length % 2));
  if (players < 4) return;
  const start = zonedInstant(spec.day, spec.from, 'Europe/Berlin').getTime();
  const eventId = randomUUID();
  await trx.insertInto('events').values({
    id: eventId, cluster_id: clusterId, title: spec.title, venue: spec.venue, timezone: 'Europe/Berlin', description: spec.description,
    status: 'published', schedule_version: 1, registration_opens_at: new Date(start - 60 * DAY).toISOString(),
    registration_closes_at: new Date(start - 7 * DAY).toISOString(), request_deadline: new Date(start - 3 * DAY).toISOString(),
  }).execute();
  const slots = Array.from({ length: spec.slots }, (_, i) => ({
    id: randomUUID(), event_id: eventId, starts_at: new Date(start + i * 30 * 60_000).toISOString(), ends_at: new Date(start + (i + 1) * 30 * 60_000).toISOString(),
  }));
  await trx.insertInto('event_slots').values(slots).execute();
  const tables = Array.from({ length: spec.tables }, (_, i) => ({ id: randomUUID(), event_id: eventId, label: `T${i + 1}`, room: spec.room }));
  await trx.insertInto('event_tables').values(tables).execute();
  const participants = peopleOf(chosen.slice(0, players)).map((p, i) => {
    const absent = spec.noShow && i === players - 1;
    return {
      id: randomUUID(), event_id: eventId, user_id: users.get(p.email)!, organization_id: p.org.id, feed_token: randomBytes(18).toString('base64url'),
      days: JSON.stringify([spec.day]), checked_in_at: absent ? null : new Date(start - 30 * 60_000).toISOString(), no_show: absent,
    };
  });
  await trx.insertInto('event_participants').values(participants).execute();
  const meetings: Array<{ id: string; event_id: string; priority: number; slot_id: string | null; table_id: string | null; status: 'accepted' | 'cancelled' }> = [];
  const seats: Array<{ meeting_id: string; participant_id: string; slot_id: string | null }> = [];
  const meet = (pair: [number, number], slot: string | null, table: string | null, priority: number) => {
    const id = randomUUID();
    meetings.push({ id, event_id: eventId, priority, slot_id: slot, table_id: table, status: slot ? 'accepted' : 'cancelled' });
    for (const p of pair) seats.push({ meeting_id: id, participant_id: participants[p]!.id, slot_id: slot });
  };
  slots.forEach((slot, s) => roundRobin(players, s).slice(0, tables.length).forEach((pair, t) => meet(pair, slot.id, tables[t]!.id, 1 + ((s + t) % 3))));
  for (let c = 0; c < spec.cancelled; c++) meet([2 * c, 2 * c + 1], null, null, 1);
  await trx.insertInto('meetings').values(meetings).execute();
  await trx.insertInto('meeting_participants').values(seats).execute();
}

/** Who represents each chosen member at the partnering events: the known demo people, else a placeholder name. */
const peopleOf = (chosen: Array<{ id: string; name: string }>) =>
  chosen.map((org, i) => ({ org, ...(KNOWN_PEOPLE[org.name] ?? { email: `partnering-${i + 1}@example.org`, name: MORE_NAMES[i % MORE_NAMES.length]! }) }));

/** BioCon Valley's partnering events, unless the cluster already has an event with a past slot. */
async function insertPartneringDays(trx: Db, now: Date): Promise<void> {
  const cluster = await trx.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirst();
  if (!cluster) return;
  const family = (await trx.selectFrom('clusters').select('id').where((eb) => eb.or([eb('id', '=', cluster.id), eb('parent_id', '=', cluster.id)])).execute()).map((c) => c.id);
  const held = await trx.selectFrom('events as e').innerJoin('event_slots as s', 's.event_id', 'e.id').select('e.id')
    .where('e.cluster_id', 'in', family).where('s.starts_at', '<', now).executeTakeFirst();
  if (held) return;
  const members = await trx.selectFrom('memberships as m').innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.name']).distinct().where('m.cluster_id', 'in', family).where('m.status', '=', 'active').orderBy('o.name').execute();
  const chosen = [...members.filter((m) => KNOWN_PEOPLE[m.name]), ...members.filter((m) => !KNOWN_PEOPLE[m.name])].slice(0, 10);
  const users = await demoUsers(trx, peopleOf(chosen));
  for (const spec of demoPartneringDays(now)) await insertPartneringDay(trx, cluster.id, spec, chosen, users);
}

/** The fictional SMEs' questionnaires in the regulatory navigator, each for one of their products: days before now. */
export const DEMO_QUESTIONNAIRES: Array<{ organization: string; person: string; product: string; daysAgo: number[] }> = [
  { organization: 'Warnow Implant Works GmbH (Demo)', person: 'strategy-warnow@example.org', product: 'Warnow ResorbScrew Gentamicin', daysAgo: [520, 455, 380, 310, 215, 120] },
  { organization: 'Bodden Omics Lab GmbH (Demo)', person: 'strategy-bodden@example.org', product: 'Bodden LungPanel', daysAgo: [350, 265, 180, 95] },
  { organization: 'Kogge Telemed GmbH (Demo)', person: 'strategy-kogge@example.org', product: 'HerzWacht Telemonitoring-App', daysAgo: [110, 50] },
];

/** Saves the questionnaires (as their companies' people, who cannot sign in) on the days they were filled in. */
async function insertQuestionnaires(trx: Db, now: Date): Promise<void> {
  const products = await trx.selectFrom('products as p').innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.name', 'p.regulation', 'o.name as organization']).where('p.name', 'in', DEMO_QUESTIONNAIRES.map((q) => q.product)).execute();
  const people = DEMO_QUESTIONNAIRES.filter((q) => products.some((p) => p.name === q.product && p.organization === q.organization));
  if (people.length === 0) return;
  const ids = (await trx.selectFrom('users').select(['id', 'email']).where('email', 'in', people.map((q) => q.person)).execute());
  const rows = people.flatMap((q) => {
    const product = products.find((p) => p.name === q.product)!;
    const userId = ids.find((u) => u.email === q.person)?.id;
    return userId ? q.daysAgo.map((days, i) => {
      const at = new Date(now.getTime() - days * DAY).toISOString();
      return { user_id: userId, name: `${product.name}: Fragebogen ${i + 1}`, regulation: product.regulation, answers: '{}', profile: '{}', product_id: product.id, created_at: at, updated_at: at };
    }) : [];
  });
  if (rows.length > 0) await trx.insertInto('assessments').values(rows).execute();
}

/** Adds what the funder report counts and no other area's demo provides. */
export async function insertDemoReport(trx: Db, now: Date): Promise<void> {
  await setFoundingDates(trx, now);
  await insertPartneringDays(trx, now); // before the associates, who were not at the partnering days
  await insertAssociates(trx, now);
  await insertQuestionnaires(trx, now);
}
