// The organiser's published agenda: every placed meeting by time and table, to cancel or move, with the result read out.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, useT } from '../i18n.ts';
import { exportEvent, formatIn, listParticipants, listSlots, listTables, type EventInfo, type Placement } from './event-api.ts';
import { CHANGES } from './event-changes.messages.ts';
import { MeetingRow, type AgendaContext } from './event-meeting-actions.tsx';

type Agenda = { ctx: AgendaContext; rows: Placement[]; waiting: number };

/** The published agenda as it is now (null before the first publish), its rows ordered by time, then table. */
async function loadAgenda(event: EventInfo): Promise<Agenda | null> {
  const [exported, slots, tables, people] = await Promise.all([exportEvent(event.id), listSlots(event.id), listTables(event.id), listParticipants(event.id, {})]);
  if (!exported.schedule) return null;
  const meetingSlots = slots.items.filter((s) => s.kind === 'meeting');
  const slotById = new Map(meetingSlots.map((s) => [s.id, s]));
  const labels = new Map(tables.items.map((tb) => [tb.id, tb.label]));
  const names = new Map(people.items.map((p) => [p.id, `${p.name} (${p.organizationName})`]));
  const members = new Map(exported.event.meetings.map((m) => [m.id, m.participants]));
  const at = (id: string) => {
    const s = slotById.get(id);
    if (!s) return id;
    return `${formatIn(s.startsAt, event.timezone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}–${formatIn(s.endsAt, event.timezone, { hour: '2-digit', minute: '2-digit' })}`;
  };
  const ctx: AgendaContext = {
    event, slots: meetingSlots, tables: tables.items,
    namer: { person: (id) => names.get(id) ?? id, table: (id) => labels.get(id) ?? id, slot: at, day: (d) => formatDate(d, { dateStyle: 'medium' }) },
    who: (id) => (members.get(id) ?? []).map((p) => names.get(p) ?? p).join(', '),
  };
  const order = new Map(meetingSlots.map((s, i) => [s.id, i]));
  const rows = [...exported.schedule.assignments].sort((a, b) => (order.get(a.slot) ?? 0) - (order.get(b.slot) ?? 0) || ctx.namer.table(a.table).localeCompare(ctx.namer.table(b.table)));
  return { ctx, rows, waiting: exported.schedule.unscheduled.length };
}

/** Shown once an agenda is published; `version` changes when the page publishes one. */
export function PublishedAgenda({ event, version }: { event: EventInfo; version: number }) {
  const { t } = useT(CHANGES);
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => void loadAgenda(event).then(setAgenda, () => setAgenda(null)), [event.id, version]);

  if (!agenda) return null;
  const done = (text: string) => {
    setNote(text);
    // The row changed or left: the focus goes to the section, whose live region says what happened.
    heading.current?.focus();
    void loadAgenda(event).then(setAgenda);
  };
  return (
    <section class="card" aria-labelledby="organise-agenda">
      <h2 id="organise-agenda" ref={heading} tabIndex={-1}>{t('agenda.title')}</h2>
      <p role="status" aria-live="polite" class="event-saved">{note}</p>
      {agenda.waiting > 0 && <p>{t('agenda.waiting', { count: agenda.waiting })}</p>}
      {agenda.rows.length === 0 ? (
        <p>{t('agenda.none')}</p>
      ) : (
        <div class="event-scroll">
          <table class="event-published">
            <thead>
              <tr>
                <th scope="col">{t('agenda.time')}</th>
                <th scope="col">{t('agenda.table')}</th>
                <th scope="col">{t('agenda.participants')}</th>
                <th scope="col">{t('agenda.change')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.rows.map((row) => <MeetingRow key={`${row.meeting}|${row.slot}|${row.table}`} ctx={agenda.ctx} row={row} onDone={done} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
