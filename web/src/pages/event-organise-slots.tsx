// The organiser's single slots, day by day: change a slot's times or delete it. A slot holding published meetings
// is never changed or deleted silently: its meetings are named, and deleting takes them out of the agenda only
// when the organiser confirms it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { formatDate, useT } from '../i18n.ts';
import { deleteSlot, PlacedMeetingsError, updateSlot, zonedIso, type EventInfo, type Slot } from './event-api.ts';
import { clockOf, clockRange, dayOf, loadNames, type EventNames } from './event-names.ts';
import { SETUP } from './event-setup.messages.ts';

type Holding = { slot: Slot; meetings: string[]; names: EventNames; deleting: boolean };

/** The published meetings a slot holds, named, and (when deleting) the choice to take them out. */
function HoldingPanel({ holding, time, onUnplace, onKeep }: { holding: Holding; time: string; onUnplace: () => void; onKeep: () => void }) {
  const { t } = useT(SETUP);
  const first = useRef<HTMLParagraphElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="event-holding" role="alert">
      <p ref={first} tabIndex={-1}><strong>{t('slots.holds', { count: holding.meetings.length, time })}</strong></p>
      <ul class="event-conflicts">{holding.meetings.map((m) => <li key={m}>{holding.names.who(m)}</li>)}</ul>
      <p>{t('slots.holdsHint')}</p>
      <div class="event-actions">
        {holding.deleting && <button type="button" class="danger" onClick={onUnplace}>{t('slots.unplace')}</button>}
        <button type="button" onClick={onKeep}>{t('slots.keep')}</button>
      </div>
    </div>
  );
}

function EditSlot({ event, slot, onClose, onSaved }: { event: EventInfo; slot: Slot; onClose: () => void; onSaved: (text: string) => void }) {
  const { t } = useT(SETUP);
  const zone = event.timezone;
  const [start, setStart] = useState(clockOf(slot.startsAt, zone));
  const [end, setEnd] = useState(clockOf(slot.endsAt, zone));
  const [error, setError] = useState<string | null>(null);
  const [holding, setHolding] = useState<Holding | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const time = clockRange(slot, zone);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const day = dayOf(slot.startsAt, zone);
    try {
      const { items } = await updateSlot(event.id, slot.id, { startsAt: zonedIso(day, start, zone), endsAt: zonedIso(day, end, zone) });
      onSaved(t('slots.saved', { time: clockRange(items.find((s) => s.id === slot.id) ?? slot, zone) }));
    } catch (err) {
      if (err instanceof PlacedMeetingsError) setHolding({ slot, meetings: err.meetings, names: await loadNames(event), deleting: false });
      else setError(err instanceof ApiError && err.details.length > 0 ? err.details.map((d) => d.message).join(' ') : (err as Error).message);
    }
  };
  return (
    <form class="event-form event-change" onSubmit={(e) => void save(e)}>
      <fieldset>
        <legend>{t('slots.legend', { time })}</legend>
        <div class="event-row">
          <label>
            {t('slots.start')}
            <input ref={first} type="time" required value={start} onInput={(e) => setStart(e.currentTarget.value)} />
          </label>
          <label>
            {t('slots.end')}
            <input type="time" required value={end} onInput={(e) => setEnd(e.currentTarget.value)} />
          </label>
        </div>
        {error && <p class="field-error" role="alert">{error}</p>}
        {holding && <HoldingPanel holding={holding} time={time} onUnplace={() => undefined} onKeep={onClose} />}
        <div class="event-actions">
          <button class="primary" type="submit">{t('slots.save')}</button>
          <button type="button" onClick={onClose}>{t('slots.back')}</button>
        </div>
      </fieldset>
    </form>
  );
}

/** One slot's row and, below it, the form or the question of the change chosen. */
function SlotRow({ event, slot, onDone }: { event: EventInfo; slot: Slot; onDone: (text: string, unplaced: boolean) => void }) {
  const { t } = useT(SETUP);
  const [editing, setEditing] = useState(false);
  const [holding, setHolding] = useState<Holding | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const time = clockRange(slot, event.timezone);
  const remove = async (unplace: boolean) => {
    setError(null);
    try {
      const { unplaced } = await deleteSlot(event.id, slot.id, unplace);
      if (unplaced.length === 0) return onDone(t('slots.deleted', { time }), false);
      const list = unplaced.map((m) => holding?.names.who(m) ?? m).join('; ');
      onDone(t('slots.unplaced', { count: unplaced.length, time, list }), true);
    } catch (err) {
      if (err instanceof PlacedMeetingsError) setHolding({ slot, meetings: err.meetings, names: await loadNames(event), deleting: true });
      else setError((err as Error).message);
    }
  };
  const keep = () => {
    setHolding(null);
    deleteButton.current?.focus();
  };
  const open = editing || holding !== null || error !== null;
  return (
    <>
      <tr>
        <td>{time}</td>
        <td>{slot.kind === 'meeting' ? t('slots.meeting') : `${t('slots.break')}${slot.label && slot.label !== 'Break' ? `: ${slot.label}` : ''}`}</td>
        <td>
          <span class="event-actions">
            <button ref={editButton} type="button" aria-expanded={editing} aria-label={t('slots.editFor', { time })} onClick={() => setEditing(!editing)}>{t('slots.edit')}</button>
            <button ref={deleteButton} type="button" aria-label={t('slots.deleteFor', { time })} onClick={() => void remove(false)}>{t('slots.delete')}</button>
          </span>
        </td>
      </tr>
      {open && (
        <tr class="event-change-row">
          <td colSpan={3}>
            {editing && (
              <EditSlot event={event} slot={slot} onSaved={(text) => onDone(text, false)} onClose={() => {
                setEditing(false);
                editButton.current?.focus();
              }} />
            )}
            {holding && <HoldingPanel holding={holding} time={time} onUnplace={() => void remove(true)} onKeep={keep} />}
            {error && <p class="field-error" role="alert">{error}</p>}
          </td>
        </tr>
      )}
    </>
  );
}

/** The event's slots by day, each changeable; `onChanged` hears of changes that touch the agenda. */
export function SlotList({ event, slots, onChanged }: { event: EventInfo; slots: Slot[]; onChanged: (unplaced: boolean) => void }) {
  const { t } = useT(SETUP);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const days = new Map<string, Slot[]>();
  for (const s of slots) {
    const day = dayOf(s.startsAt, event.timezone);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  const done = (text: string, unplaced: boolean) => {
    setNote(text);
    heading.current?.focus();
    onChanged(unplaced);
  };
  if (slots.length === 0) return null;
  return (
    <details class="event-slot-list">
      <summary><h3 ref={heading} tabIndex={-1}>{t('slots.list')}</h3></summary>
      <p role="status" aria-live="polite" class="event-saved">{note}</p>
      {[...days].map(([day, list]) => (
        <div class="event-scroll" key={day}>
          <table class="event-slots">
            <caption>{formatDate(day, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('slots.time')}</th>
                <th scope="col">{t('slots.kind')}</th>
                <th scope="col">{t('slots.actions')}</th>
              </tr>
            </thead>
            <tbody>{list.map((s) => <SlotRow key={`${s.id}|${s.startsAt}|${s.endsAt}`} event={event} slot={s} onDone={done} />)}</tbody>
          </table>
        </div>
      ))}
    </details>
  );
}
