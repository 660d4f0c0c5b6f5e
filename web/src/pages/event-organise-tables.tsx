// The organiser's tables: add them by label, and give each its room and the slots it is there in (every slot, or
// the sessions and single slots chosen). A table is never taken away from a slot where a published meeting sits.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { listSlots, listTables, PlacedMeetingsError, saveTable, saveTables, type EventInfo, type Slot, type Table } from './event-api.ts';
import { clockRange, loadNames, sessionsByDay, type EventNames } from './event-names.ts';
import { ORGANISE } from './event-organise.messages.ts';
import { SETUP } from './event-setup.messages.ts';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** A session's checkbox: checked when all its slots are chosen, mixed when some are. */
function SessionBox({ label, slots, chosen, onChange }: { label: string; slots: Slot[]; chosen: Set<string>; onChange: (ids: string[], on: boolean) => void }) {
  const box = useRef<HTMLInputElement>(null);
  const count = slots.filter((s) => chosen.has(s.id)).length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && count < slots.length;
  });
  return (
    <label class="event-check event-session">
      <input ref={box} type="checkbox" checked={count === slots.length} onChange={(e) => onChange(slots.map((s) => s.id), e.currentTarget.checked)} />
      {label}
    </label>
  );
}

function TableForm({ event, table, slots, onClose, onSaved }: { event: EventInfo; table: Table; slots: Slot[]; onClose: () => void; onSaved: (text: string) => void }) {
  const { t } = useT(SETUP);
  const zone = event.timezone;
  const meetingSlots = slots.filter((s) => s.kind === 'meeting');
  const [room, setRoom] = useState(table.room);
  const [always, setAlways] = useState(table.slotIds === null);
  const [chosen, setChosen] = useState(new Set(table.slotIds ?? meetingSlots.map((s) => s.id)));
  const [stranded, setStranded] = useState<{ meetings: string[]; names: EventNames } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) if (on) next.add(id); else next.delete(id);
    setChosen(next);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setStranded(null);
    try {
      await saveTable(event.id, { label: table.label, room, slotIds: always ? null : meetingSlots.filter((s) => chosen.has(s.id)).map((s) => s.id) });
      onSaved(t('tables.saved', { label: table.label }));
    } catch (err) {
      if (err instanceof PlacedMeetingsError) setStranded({ meetings: err.meetings, names: await loadNames(event) });
      else setError((err as Error).message);
    }
  };
  const days = sessionsByDay(meetingSlots, zone);
  return (
    <form class="event-form event-change" onSubmit={(e) => void save(e)}>
      <fieldset>
        <legend>{t('tables.legend', { label: table.label })}</legend>
        <label>
          {t('tables.room')}
          <input ref={first} value={room} maxLength={100} onInput={(e) => setRoom(e.currentTarget.value)} />
        </label>
        <fieldset>
          <legend>{t('tables.whenLegend')}</legend>
          <label class="event-check"><input type="radio" name={`when-${table.id}`} checked={always} onChange={() => setAlways(true)} />{t('tables.everySlot')}</label>
          <label class="event-check"><input type="radio" name={`when-${table.id}`} checked={!always} onChange={() => setAlways(false)} />{t('tables.onlySome')}</label>
          {!always && days.map(({ day, sessions }) => (
            <fieldset key={day} class="event-day-slots">
              <legend>{formatDate(day, { weekday: 'long', day: 'numeric', month: 'long' })}</legend>
              {sessions.map((session) => {
                const span = `${clockRange(session[0]!, zone).split('–')[0]}–${clockRange(session.at(-1)!, zone).split('–')[1]}`;
                return (
                  <div key={session[0]!.id} class="event-session-slots">
                    <SessionBox label={t('tables.session', { time: span })} slots={session} chosen={chosen} onChange={toggle} />
                    <div class="event-slot-boxes">
                      {session.map((s) => (
                        <label key={s.id} class="event-check">
                          <input type="checkbox" checked={chosen.has(s.id)} onChange={(e) => toggle([s.id], e.currentTarget.checked)} />
                          {clockRange(s, zone)}
                        </label>
                      ))}
                    </div>
                  </div>
                );
              })}
            </fieldset>
          ))}
        </fieldset>
        {error && <p class="field-error" role="alert">{error}</p>}
        {stranded && (
          <div class="event-holding" role="alert">
            <p><strong>{t('tables.stranded', { count: stranded.meetings.length, label: table.label })}</strong></p>
            <ul class="event-conflicts">{stranded.meetings.map((m) => <li key={m}>{stranded.names.who(m)}</li>)}</ul>
            <p>{t('tables.strandedHint')}</p>
          </div>
        )}
        <div class="event-actions">
          <button class="primary" type="submit">{t('tables.save', { label: table.label })}</button>
          <button type="button" onClick={onClose}>{t('tables.back')}</button>
        </div>
      </fieldset>
    </form>
  );
}

function TableRow({ event, table, slots, onSaved }: { event: EventInfo; table: Table; slots: Slot[]; onSaved: (text: string) => void }) {
  const { t } = useT(SETUP);
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const meetingIds = new Set(slots.filter((s) => s.kind === 'meeting').map((s) => s.id));
  const open = table.slotIds === null ? null : table.slotIds.filter((id) => meetingIds.has(id)).length;
  const when = open === null ? t('tables.always') : open === 0 ? t('tables.never') : t('tables.some', { count: open, total: meetingIds.size });
  return (
    <>
      <tr>
        <td class="event-table-label">{table.label}</td>
        <td>{table.room}</td>
        <td>{when}</td>
        <td>
          <button ref={button} type="button" aria-expanded={editing} aria-label={t('tables.editFor', { label: table.label })} onClick={() => setEditing(!editing)}>{t('tables.edit')}</button>
        </td>
      </tr>
      {editing && (
        <tr class="event-change-row">
          <td colSpan={4}>
            <TableForm event={event} table={table} slots={slots} onSaved={onSaved} onClose={() => {
              setEditing(false);
              button.current?.focus();
            }} />
          </td>
        </tr>
      )}
    </>
  );
}

/** The tables section: the tables with room and availability, each editable, and a form to add more. */
export function TablesEditor({ event, version }: { event: EventInfo; version: number }) {
  const { t } = useT(ORGANISE);
  const { t: ts } = useT(SETUP);
  const [saved, setSaved] = useState(0);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const data = useLoad(`${event.id}|${version}|${saved}`, async () => ({ tables: (await listTables(event.id)).items, slots: (await listSlots(event.id)).items }));
  const [labels, setLabels] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    try {
      await saveTables(event.id, lines(labels));
      setLabels('');
      setNote({ text: t('saved'), error: false });
      setSaved((n) => n + 1);
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
    }
  };
  const tables = data.data?.tables ?? [];
  return (
    <section class="card" aria-labelledby="organise-tables">
      <h2 id="organise-tables" ref={heading} tabIndex={-1}>{t('tables.title')}</h2>
      <p>
        {t('tables.count', { count: tables.length })}
        {tables.length > 0 && `: ${tables.map((x) => x.label).join(', ')}`}
      </p>
      <p role="status" aria-live="polite" class={note?.error ? 'field-error' : 'event-saved'}>{note?.text ?? ''}</p>
      {tables.length > 0 && (
        <div class="event-scroll">
          <table class="event-tables">
            <caption>{ts('tables.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{ts('tables.label')}</th>
                <th scope="col">{ts('tables.room')}</th>
                <th scope="col">{ts('tables.available')}</th>
                <th scope="col"><span class="visually-hidden">{ts('tables.edit')}</span></th>
              </tr>
            </thead>
            <tbody>
              {tables.map((tb) => <TableRow key={`${tb.id}|${saved}`} event={event} table={tb} slots={data.data!.slots} onSaved={(text) => {
                setNote({ text, error: false });
                setSaved((n) => n + 1);
                heading.current?.focus();
              }} />)}
            </tbody>
          </table>
        </div>
      )}
      <form class="event-form" onSubmit={(e) => void add(e)}>
        <label>
          {t('tables.labels')}
          <textarea rows={3} value={labels} required onInput={(e) => setLabels(e.currentTarget.value)} />
        </label>
        <div>
          <button class="primary" type="submit">{t('tables.save')}</button>
        </div>
      </form>
    </section>
  );
}
