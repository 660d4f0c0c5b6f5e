// Demo working groups: the seeds' strategy and working groups (BioCon Valley's strategy group I with its bioeconomy and
// digitalisation groups, Life Science Nord's strategy workshops, the Danish partnership) with the demo accounts as
// members, past workshops with attendance, minutes, decisions and tasks (and BioCon Valley's history of the last year
// and a half, see demo-groups-history.ts), and workshops to come. Times follow `now`.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { UNUSABLE_HASH } from '#src/auth/password.ts';
import type { Db } from '#src/db/connect.ts';
import { groupHistory, WORKSHOP_GUESTS } from '#src/demo/demo-groups-history.ts';
import { demoRecords } from '#src/demo/demo-records.ts';
import type { DemoRecord, Text3 } from '#src/demo/demo-types.ts';
import { localDay, zonedInstant } from '#src/events/event-slots.ts';

const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;
type Who = 'admin' | 'manager' | 'editor';
const EMAIL: Record<Who, string> = { admin: 'admin@example.org', manager: 'manager@example.org', editor: 'editor@example.org' };

export type DemoGroupWorkshop = {
  title: string;
  /** Days from now (negative: in the past) and wall-clock times in Berlin. */
  day: number;
  from: string;
  to: string;
  place?: string;
  link?: string;
  agenda: string;
  minutes?: string;
  /** Past workshops: who attended (the others of the group were absent). */
  attended?: Who[];
  /** Past workshops: guests who attended (keys of WORKSHOP_GUESTS); registered only, if the workshop was never marked held. */
  guests?: string[];
  /** Past workshops are held unless cancelled, or still planned (never marked held). */
  status?: 'planned' | 'cancelled';
  /** Future workshops: who registered. */
  registered?: Who[];
  decisions?: string[];
  tasks?: Array<{ title: string; owner: Who; dueInDays: number; done?: boolean }>;
};

type DemoGroup = { lead?: string; leadPerson?: string; members: Array<[Who, 'lead' | 'member']>; workshops: DemoGroupWorkshop[] };

const agendaOf = (...items: string[]) => items.map((item, i) => `${i + 1}. ${item}`).join('\n');

/** What the demo adds to the seeds' groups, keyed by the group's German title. */
export const demoGroups: Record<string, DemoGroup> = {
  'Strategiegruppe I „Life Science“': {
    lead: 'Universitätsmedizin Greifswald',
    members: [['manager', 'lead'], ['admin', 'member']],
    workshops: [{
      title: 'Sitzung der Strategiegruppe I', day: -42, from: '10:00', to: '13:00', place: 'Universitätsmedizin Greifswald',
      agenda: agendaOf('Stand der Leitprojekte', 'Zentrum für Life Science und Plasmatechnologie: Bauabschnitt und Nutzung', 'Berichte der Arbeitsgruppen'),
      minutes: '- Die Leitprojekte werden fortgeschrieben; das **Kompetenzzentrum Diabetes Karlsburg** stellt zwei neue Verbundprojekte vor.\n- Die AG Bioökonomie und die AG Digitalisierung berichten in der nächsten Sitzung.',
      attended: ['manager'],
      decisions: ['Die Leitprojekte der Strategiegruppe I werden bis zur nächsten Sitzung mit Meilensteinen hinterlegt.'],
      tasks: [{ title: 'Meilensteine der Leitprojekte zusammentragen', owner: 'manager', dueInDays: 5 }],
    }, {
      title: 'Strategiegruppe I: Jahresplanung', day: 24, from: '10:00', to: '12:30', place: 'BioCon Valley, Greifswald',
      agenda: agendaOf('Rückblick auf das Jahr', 'Instrumente für Kapital, kritische Masse, Regulierung und Vermarktung', 'Termine'),
    }],
  },
  'Arbeitsgruppe Bioökonomie': {
    lead: 'BioCon Valley GmbH',
    members: [['manager', 'lead'], ['editor', 'member']],
    workshops: [{
      title: 'Auftakt „BioHealth-Economy MV“', day: -21, from: '13:00', to: '16:00', place: 'BioTechnikum Greifswald',
      agenda: agendaOf('Bestandsaufnahme: Bioökonomie in Wirtschaft, Wissenschaft und Verwaltung', 'Beitrag zur Regionalen Innovationsstrategie', 'Arbeitsplan'),
      minutes: '- Die AG sammelt die Bestrebungen von Wirtschaft, Wissenschaft und Verwaltung in einer **Landkarte der Bioökonomie**.\n- Der Strategieentwurf wird mit dem Strategierat Wirtschaft–Wissenschaft abgestimmt.\n- Nächster Workshop: Handlungsfelder.',
      attended: ['manager', 'editor'],
      decisions: ['Die AG erarbeitet unter dem Titel „BioHealth-Economy MV“ einen Beitrag zur Regionalen Innovationsstrategie.', 'Die Leitprojekte der Strategiegruppe I sind Ausgangspunkt der Strategie.'],
      tasks: [
        { title: 'Steckbrief für die Landkarte der Bioökonomie einreichen', owner: 'editor', dueInDays: -2 },
        { title: 'Gliederung des Strategiepapiers entwerfen', owner: 'manager', dueInDays: 1 },
        { title: 'Teilnehmerliste an die Geschäftsstelle senden', owner: 'editor', dueInDays: -10, done: true },
      ],
    }, {
      title: 'Workshop Bioökonomie-Strategie: Handlungsfelder', day: 10, from: '13:00', to: '16:00', place: 'BioTechnikum Greifswald',
      agenda: agendaOf('Handlungsfelder der Strategie', 'Plasmatechnologie in der Bioökonomie', 'Nächste Schritte'),
      registered: ['manager'],
    }],
  },
  'Arbeitsgruppe Digitalisierung im Bereich Life Science': {
    lead: 'BioCon Valley GmbH',
    members: [['manager', 'lead'], ['editor', 'member'], ['admin', 'member']],
    workshops: [{
      title: 'Digitalisierungsprojekte sammeln', day: -14, from: '09:30', to: '12:00', link: 'https://meet.example.org/ag-digitalisierung',
      agenda: agendaOf('Projekte aus Gesundheitswirtschaft und Lebenswissenschaften', 'Abstimmung mit der AG Digitalisierung der Strategiegruppe III'),
      minutes: '- Acht Projektideen gesammelt, darunter Telemedizin und KI-gestützte Diagnostik.\n- Die AG stimmt sich mit der AG Digitalisierung der Strategiegruppe III ab.',
      attended: ['manager', 'admin'],
      decisions: ['Die AG priorisiert drei Digitalisierungsprojekte für das kommende Jahr.'],
      tasks: [{ title: 'Projektideen bewerten und priorisieren', owner: 'editor', dueInDays: 6 }],
    }, {
      title: 'Online-Workshop: Daten teilen in der Life Science', day: 3, from: '14:00', to: '15:30', link: 'https://meet.example.org/ag-digitalisierung',
      agenda: agendaOf('Datenräume für die Gesundheitswirtschaft', 'Vorstellung der priorisierten Projekte'),
      registered: ['editor', 'admin'],
    }],
  },
  'Strategieworkshop Stärkung der Innovationspipeline': {
    lead: 'Life Science Nord Management GmbH', leadPerson: 'Entwurf',
    members: [['admin', 'lead']],
    workshops: [{
      title: 'Erster Strategieworkshop: Stärkung der Innovationspipeline', day: -56, from: '10:00', to: '15:00', place: 'Hamburg',
      agenda: agendaOf('Ergebnisse des Auftakts zur Clusterstrategie 2024', 'Wie kommen mehr Innovationen von der Forschung in den Markt?'),
      minutes: '- Die Ergebnisse werden vom Institut für Innovation und Technik (iit) ausgewertet und fließen in die Clusterstrategie 2024 ein.',
      attended: ['admin'],
      decisions: ['Die Ergebnisse fließen in den Entwurf der Clusterstrategie 2024 ein.'],
    }],
  },
  'Strategieworkshop Digitale Transformation': {
    lead: 'Life Science Nord Management GmbH', leadPerson: 'Entwurf',
    members: [['admin', 'lead']],
    workshops: [{ title: 'Strategieworkshop Digitale Transformation', day: 17, from: '10:00', to: '14:00', place: 'Kiel', agenda: agendaOf('Digitalisierung in Unternehmen und Forschung der Branche', 'Ziele bis 2024') }],
  },
};

/** Who leads the groups of a cluster that the demo adds nothing else to. */
const DEFAULT_LEAD: Record<string, { lead: string; leadPerson?: string }> = {
  'life-science-nord': { lead: 'Life Science Nord Management GmbH', leadPerson: 'Entwurf' },
};

/** The working and strategy groups of the seeds' records, with the theme each hangs under. */
function seedGroups(): Array<{ cluster: string; record: DemoRecord; theme: Text3 | null }> {
  const found: Array<{ cluster: string; record: DemoRecord; theme: Text3 | null }> = [];
  const walk = (cluster: string, records: DemoRecord[], theme: Text3 | null) => {
    for (const r of records) {
      if (r.kind === 'working_group' || r.kind === 'strategy_group') found.push({ cluster, record: r, theme });
      walk(cluster, r.children ?? [], r.kind === 'field_of_action' || r.kind === 'focus_theme' ? r.title : theme);
    }
  };
  for (const set of demoRecords) walk(set.cluster, set.records, null);
  return found;
}

/** The workshop guests' user ids by key, creating those (unable to sign in) that no other demo has created. */
async function guestUsers(trx: Db): Promise<Map<string, string>> {
  const emails = Object.values(WORKSHOP_GUESTS).map((g) => g.email);
  const ids = new Map((await trx.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute()).map((u) => [u.email, u.id]));
  const missing = Object.values(WORKSHOP_GUESTS).filter((g) => !ids.has(g.email));
  if (missing.length > 0) {
    const created = await trx.insertInto('users').values(missing.map((g) => ({ email: g.email, name: g.name, password_hash: UNUSABLE_HASH }))).returning(['id', 'email']).execute();
    for (const u of created) ids.set(u.email, u.id);
  }
  return new Map(Object.entries(WORKSHOP_GUESTS).flatMap(([key, g]) => (ids.has(g.email) ? [[key, ids.get(g.email)!] as const] : [])));
}

const at = (now: Date, days: number, time: string) => zonedInstant(localDay(new Date(now.getTime() + days * DAY), ZONE), time, ZONE);

/** Inserts the demo groups with members, workshops, attendance, decisions and tasks; returns how many groups. */
export async function insertDemoGroups(trx: Db, now: Date): Promise<number> {
  // Everything looked up once (a query costs more than the row it writes).
  const seeds = seedGroups();
  const users = await trx.selectFrom('users').select(['id', 'email']).where('email', 'in', Object.values(EMAIL)).execute();
  const userId = (who: Who) => users.find((u) => u.email === EMAIL[who])?.id;
  const clusters = new Map((await trx.selectFrom('clusters').select(['id', 'slug']).where('slug', 'in', [...new Set(seeds.map((g) => g.cluster))]).execute()).map((c) => [c.slug, c.id]));
  const leads = [...Object.values(demoGroups), ...Object.values(DEFAULT_LEAD)];
  const guestOrganizations = Object.values(WORKSHOP_GUESTS).flatMap((g) => (g.organization ? [g.organization] : []));
  const organizations = new Map((await trx.selectFrom('organizations').select(['id', 'name']).where('name', 'in', ['Ryck Plasma Care GmbH (Demo)', ...guestOrganizations, ...leads.flatMap((l) => (l.lead ? [l.lead] : []))]).execute()).map((o) => [o.name, o.id]));
  const guests = await guestUsers(trx);
  const people = new Map((await trx.selectFrom('people').select(['id', 'family_name']).where('family_name', 'in', ['', ...leads.flatMap((l) => (l.leadPerson ? [l.leadPerson] : []))]).execute()).map((p) => [p.family_name, p.id]));
  // The strategy demo may have loaded the themes already; a group then points at its theme.
  const themes = clusters.size === 0 ? [] : await trx.selectFrom('strategy_themes').select(['id', 'cluster_id', sql<string>`title->>'de'`.as('de')]).where('cluster_id', 'in', [...clusters.values()]).execute();
  const editorOrg = organizations.get('Ryck Plasma Care GmbH (Demo)') ?? null;
  const orgOf = (who: Who) => (who === 'editor' ? editorOrg : null);
  const dayOf = (days: number) => localDay(new Date(now.getTime() + days * DAY), ZONE);
  let count = 0;
  const position = new Map<string, number>();
  for (const { cluster: slug, record, theme } of seeds) {
    const clusterId = clusters.get(slug);
    if (!clusterId) continue;
    const demo = demoGroups[record.title.de] ?? { ...DEFAULT_LEAD[slug], members: [], workshops: [] };
    const extra = { ...demo, workshops: [...(groupHistory[record.title.de] ?? []), ...demo.workshops] };
    const index = position.get(slug) ?? 0;
    position.set(slug, index + 1);
    const groupId = (await trx.insertInto('working_groups').values({
      cluster_id: clusterId, kind: record.kind === 'strategy_group' ? 'strategy_group' : 'working_group', title: JSON.stringify(record.title),
      description: JSON.stringify(record.description), theme_id: themes.find((t) => t.cluster_id === clusterId && t.de === theme?.de)?.id ?? null,
      lead_organization_id: (extra.lead && organizations.get(extra.lead)) || null, lead_person_id: (extra.leadPerson && people.get(extra.leadPerson)) || null, position: index,
    }).returning('id').executeTakeFirstOrThrow()).id;
    count += 1;
    const members = extra.members.flatMap(([who, role]) => {
      const id = userId(who);
      return id ? [{ who, id, role }] : [];
    });
    if (members.length > 0) {
      await trx.insertInto('working_group_members').values(members.map((m) => ({ group_id: groupId, user_id: m.id, role: m.role, feed_token: randomBytes(24).toString('base64url') }))).execute();
    }
    for (const w of extra.workshops) {
      const past = w.day < 0;
      const status = w.status ?? (past ? 'held' : 'planned');
      const workshopId = (await trx.insertInto('workshops').values({
        group_id: groupId, title: w.title, starts_at: at(now, w.day, w.from), ends_at: at(now, w.day, w.to), timezone: ZONE, place: w.place ?? '', link: w.link ?? null,
        agenda: w.agenda, minutes: w.minutes ?? '', status, created_by: members[0]?.id ?? null,
      }).returning('id').executeTakeFirstOrThrow()).id;
      const row = (userId: string, organizationId: string | null, attended: boolean) => ({
        workshop_id: workshopId, user_id: userId, organization_id: organizationId, status: status === 'planned' ? 'registered' as const : attended ? 'attended' as const : 'absent' as const,
      });
      const attendees = status === 'cancelled' ? [] : past
        ? [...members.map((m) => row(m.id, orgOf(m.who), (w.attended ?? []).includes(m.who))), ...(w.guests ?? []).flatMap((key) => {
          const guest = guests.get(key);
          return guest ? [row(guest, organizations.get(WORKSHOP_GUESTS[key]?.organization ?? '') ?? null, true)] : [];
        })]
        : members.filter((m) => (w.registered ?? []).includes(m.who)).map((m) => ({ workshop_id: workshopId, user_id: m.id, organization_id: orgOf(m.who), status: 'registered' as const }));
      if (attendees.length > 0) await trx.insertInto('workshop_attendees').values(attendees).execute();
      const decisions = (w.decisions ?? []).map((text) => ({ group_id: groupId, workshop_id: workshopId, text, decided_on: dayOf(w.day) }));
      if (decisions.length > 0) await trx.insertInto('group_decisions').values(decisions).execute();
      const tasks = (w.tasks ?? []).map((task) => ({
        group_id: groupId, workshop_id: workshopId, title: task.title, owner_user_id: userId(task.owner) ?? null,
        due_date: dayOf(task.dueInDays), status: task.done ? 'done' as const : 'open' as const, done_at: task.done ? now : null,
      }));
      if (tasks.length > 0) await trx.insertInto('group_tasks').values(tasks).execute();
    }
  }
  return count;
}
