// Ids of an event in words for the organiser's sections: slots as their time, tables by label, participants by name
// and organisation, meetings by who meets; and the days and sessions (runs of back-to-back slots) of the event.
import { formatDate } from '../i18n.ts';
import { exportEvent, formatIn, listParticipants, listSlots, listTables, type EventInfo, type EventMeeting, type Participant, type Slot, type Table } from './event-api.ts';

export type EventNames = {
  slots: Slot[];
  tables: Table[];
  people: Participant[];
  meetings: EventMeeting[];
  /** Where each placed meeting is now (the published agenda as it stands). */
  placed: Map<string, { slot: string; table: string }>;
  /** A slot as "Wed 10 Mar, 09:00–09:30" (its id when unknown). */
  slot: (id: string) => string;
  table: (id: string) => string;
  person: (id: string) => string;
  /** Who meets in a meeting, as "Name (Organisation), Name (Organisation)". */
  who: (meetingId: string) => string;
  day: (date: string) => string;
};

/** "09:00–09:30" of a slot in the event's time zone. */
export const clockRange = (slot: Slot, timeZone: string) =>
  `${formatIn(slot.startsAt, timeZone, { hour: '2-digit', minute: '2-digit' })}–${formatIn(slot.endsAt, timeZone, { hour: '2-digit', minute: '2-digit' })}`;

/** HH:MM of an instant in the event's time zone (the value of a time input). */
export const clockOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

/** YYYY-MM-DD of an instant in the event's time zone. */
export const dayOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** The slots by day, each day's slots cut into sessions: runs in which each slot starts as the one before ends. */
export function sessionsByDay(slots: Slot[], timeZone: string): Array<{ day: string; sessions: Slot[][] }> {
  const days: Array<{ day: string; sessions: Slot[][] }> = [];
  for (const slot of slots) {
    const day = dayOf(slot.startsAt, timeZone);
    let current = days.at(-1);
    if (current?.day !== day) days.push((current = { day, sessions: [] }));
    const session = current.sessions.at(-1);
    const last = session?.at(-1);
    if (session && last && Date.parse(last.endsAt) === Date.parse(slot.startsAt)) session.push(slot);
    else current.sessions.push([slot]);
  }
  return days;
}

/** Loads what the names need: slots, tables, participants and the meetings of the event's export. */
export async function loadNames(event: EventInfo): Promise<EventNames> {
  const [slots, tables, people, exported] = await Promise.all([listSlots(event.id), listTables(event.id), listParticipants(event.id, {}), exportEvent(event.id)]);
  const slotById = new Map(slots.items.map((s) => [s.id, s]));
  const labels = new Map(tables.items.map((tb) => [tb.id, tb.label]));
  const names = new Map(people.items.map((p) => [p.id, `${p.name} (${p.organizationName})`]));
  const members = new Map(exported.event.meetings.map((m) => [m.id, m.participants]));
  const person = (id: string) => names.get(id) ?? id;
  return {
    slots: slots.items, tables: tables.items, people: people.items, meetings: exported.event.meetings,
    placed: new Map((exported.schedule?.assignments ?? []).map((a) => [a.meeting, { slot: a.slot, table: a.table }])),
    slot: (id) => {
      const s = slotById.get(id);
      if (!s) return id;
      return `${formatIn(s.startsAt, event.timezone, { weekday: 'short', day: 'numeric', month: 'short' })}, ${clockRange(s, event.timezone)}`;
    },
    table: (id) => labels.get(id) ?? id,
    person,
    who: (id) => (members.get(id) ?? []).map(person).join(', '),
    day: (d) => formatDate(d, { dateStyle: 'medium' }),
  };
}
