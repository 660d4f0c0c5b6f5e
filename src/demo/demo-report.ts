// Demo data the funder report needs beyond the other areas' demos: founding dates of the fictional start-ups (with
// memberships that cannot predate them), and, when BioCon Valley has held no partnering event yet, last year's
// partnering day with its published one-to-one meetings (one no-show, two cancellations).
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { UNUSABLE_HASH } from '#src/auth/password.ts';
import type { Db } from '#src/db/connect.ts';

const DAY = 86_400_000;

/** Fictional start-ups and how many days before the demo's load they were founded. */
const FOUNDED_DAYS_AGO: Array<[name: string, days: number]> = [
  ['Warnow Implant Works GmbH (Demo)', 1200],
  ['Kogge Telemed GmbH (Demo)', 520],
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

/** Last year's partnering day of BioCon Valley, unless the cluster already has an event with a past slot. */
async function insertPartneringDay(trx: Db, now: Date): Promise<void> {
  const cluster = await trx.selectFrom('clusters').select('id').where('slug', '=', 'biocon-valley').executeTakeFirst();
  if (!cluster) return;
  const family = (await trx.selectFrom('clusters').select('id').where((eb) => eb.or([eb('id', '=', cluster.id), eb('parent_id', '=', cluster.id)])).execute()).map((c) => c.id);
  const held = await trx.selectFrom('events as e').innerJoin('event_slots as s', 's.event_id', 'e.id').select('e.id')
    .where('e.cluster_id', 'in', family).where('s.starts_at', '<', now).executeTakeFirst();
  if (held) return;
  const members = await trx.selectFrom('memberships as m').innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.name']).distinct().where('m.cluster_id', 'in', family).where('m.status', '=', 'active').orderBy('o.name').execute();
  const chosen = [...members.filter((m) => KNOWN_PEOPLE[m.name]), ...members.filter((m) => !KNOWN_PEOPLE[m.name])].slice(0, 10);
  const players = chosen.length - (chosen.length % 2);
  if (players < 4) return;
  const year = now.getUTCFullYear() - 1;
  // 17 September of last year, 09:00-13:00 Central European Summer Time (UTC+2), eight 30-minute slots, four tables.
  const start = Date.UTC(year, 8, 17, 7, 0);
  const eventId = randomUUID();
  await trx.insertInto('events').values({
    id: eventId, cluster_id: cluster.id, title: `Partnering-Tag Gesundheitswirtschaft MV ${year} (Demo)`, venue: 'Rostock (Demo)', timezone: 'Europe/Berlin',
    description: 'Eins-zu-eins-Gespräche zwischen Unternehmen, Kliniken und Forschung der Gesundheitswirtschaft in Mecklenburg-Vorpommern.',
    status: 'published', schedule_version: 1, registration_opens_at: new Date(start - 60 * DAY).toISOString(),
    registration_closes_at: new Date(start - 7 * DAY).toISOString(), request_deadline: new Date(start - 3 * DAY).toISOString(),
  }).execute();
  const slots = Array.from({ length: 8 }, (_, i) => ({
    id: randomUUID(), event_id: eventId, starts_at: new Date(start + i * 30 * 60_000).toISOString(), ends_at: new Date(start + (i + 1) * 30 * 60_000).toISOString(),
  }));
  await trx.insertInto('event_slots').values(slots).execute();
  const tables = ['T1', 'T2', 'T3', 'T4'].map((label) => ({ id: randomUUID(), event_id: eventId, label, room: 'Saal A' }));
  await trx.insertInto('event_tables').values(tables).execute();
  const people = chosen.slice(0, players).map((org, i) => ({ org, ...(KNOWN_PEOPLE[org.name] ?? { email: `partnering-${i + 1}@example.org`, name: MORE_NAMES[i % MORE_NAMES.length]! }) }));
  const users = await demoUsers(trx, people);
  // The last participant did not come: checked in never, marked a no-show.
  const participants = people.map((p, i) => ({
    id: randomUUID(), event_id: eventId, user_id: users.get(p.email)!, organization_id: p.org.id, feed_token: randomBytes(18).toString('base64url'),
    days: JSON.stringify([day(new Date(start))]), checked_in_at: i === players - 1 ? null : new Date(start - 30 * 60_000).toISOString(), no_show: i === players - 1,
  }));
  await trx.insertInto('event_participants').values(participants).execute();
  const meetings: Array<{ id: string; event_id: string; priority: number; slot_id: string | null; table_id: string | null; status: 'accepted' | 'cancelled' }> = [];
  const seats: Array<{ meeting_id: string; participant_id: string; slot_id: string | null }> = [];
  const meet = (pair: [number, number], slot: string | null, table: string | null, priority: number) => {
    const id = randomUUID();
    meetings.push({ id, event_id: eventId, priority, slot_id: slot, table_id: table, status: slot ? 'accepted' : 'cancelled' });
    for (const p of pair) seats.push({ meeting_id: id, participant_id: participants[p]!.id, slot_id: slot });
  };
  slots.forEach((slot, s) => roundRobin(players, s).slice(0, tables.length).forEach((pair, t) => meet(pair, slot.id, tables[t]!.id, 1 + ((s + t) % 3))));
  // Two meetings cancelled before the day: they hold no slot.
  meet([0, 1], null, null, 1);
  meet([2, 3], null, null, 1);
  await trx.insertInto('meetings').values(meetings).execute();
  await trx.insertInto('meeting_participants').values(seats).execute();
}

/** Adds what the funder report counts and no other area's demo provides. */
export async function insertDemoReport(trx: Db, now: Date): Promise<void> {
  await setFoundingDates(trx, now);
  await insertPartneringDay(trx, now);
}
