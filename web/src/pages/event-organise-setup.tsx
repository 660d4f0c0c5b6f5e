// The organiser's set-up of an event: settings, registration status, and the time slots (generated from days and
// sessions, then changed one by one); the tables are in event-organise-tables.tsx.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { eventDays, generateSlots, listSlots, patchEvent, setStatus, type EventInfo, type Slot } from './event-api.ts';
import { EVENTS } from './event.messages.ts';
import { ORGANISE } from './event-organise.messages.ts';
import { SlotList } from './event-organise-slots.tsx';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
/** An instant as the value of a datetime-local input (the browser's time zone). */
const toLocal = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');
const fromLocal = (value: string) => (value ? new Date(value).toISOString() : null);
/** "09:00-12:30" as {start, end}; null when malformed. */
function range(text: string): { start: string; end: string } | null {
  const m = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/.exec(text);
  return m ? { start: m[1]!, end: m[2]! } : null;
}

/** Runs `work`, then shows "saved" or the error in the live region of the section. */
function useSave() {
  const { t } = useT(ORGANISE);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const run = (work: () => Promise<unknown>) => async (e?: Event) => {
    e?.preventDefault();
    setNote(null);
    try {
      await work();
      setNote({ text: t('saved'), error: false });
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
    }
  };
  const view = <p role="status" class={note?.error ? 'field-error' : 'event-saved'}>{note?.text ?? ''}</p>;
  return { run, view };
}

export function SettingsForm({ event, onSaved }: { event: EventInfo; onSaved: (e: EventInfo) => void }) {
  const { t } = useT(ORGANISE);
  const { t: te } = useT(EVENTS);
  const [v, setV] = useState({
    title: event.title, description: event.description, venue: event.venue,
    opens: toLocal(event.registrationOpensAt), closes: toLocal(event.registrationClosesAt), deadline: toLocal(event.requestDeadline),
  });
  const { run, view } = useSave();
  const field = (key: keyof typeof v, label: string, type = 'text') => (
    <label>
      {label}
      {key === 'description' ? (
        <textarea rows={3} value={v[key]} onInput={(e) => setV({ ...v, [key]: e.currentTarget.value })} />
      ) : (
        <input type={type} value={v[key]} required={key === 'title'} onInput={(e) => setV({ ...v, [key]: e.currentTarget.value })} />
      )}
    </label>
  );
  const save = run(async () =>
    onSaved(await patchEvent(event.id, {
      title: v.title, description: v.description, venue: v.venue,
      registrationOpensAt: fromLocal(v.opens), registrationClosesAt: fromLocal(v.closes), requestDeadline: fromLocal(v.deadline),
    })),
  );
  const status = run(async () => onSaved(await setStatus(event.id, event.status === 'open' ? 'closed' : 'open')));
  return (
    <section class="card" aria-labelledby="organise-settings">
      <h2 id="organise-settings">{t('settings.title')}</h2>
      <form class="event-form" onSubmit={(e) => void save(e)}>
        {field('title', t('settings.name'))}
        {field('description', t('settings.description'))}
        {field('venue', t('settings.venue'))}
        <div class="event-row">
          {field('opens', t('settings.opens'), 'datetime-local')}
          {field('closes', t('settings.closes'), 'datetime-local')}
          {field('deadline', t('settings.deadline'), 'datetime-local')}
        </div>
        <p class="field-hint">{t('settings.timeHint', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}</p>
        <div class="event-actions">
          <button class="primary" type="submit">{t('settings.save')}</button>
          {event.status !== 'published' && (
            <button type="button" onClick={() => void status()}>{event.status === 'open' ? t('status.close') : t('status.open')}</button>
          )}
          <span class={`tag event-status-${event.status}`}>{t('status.current', { status: te(`status.${event.status}`) })}</span>
        </div>
        {view}
      </form>
    </section>
  );
}

/** The slots section; `onChanged` hears of every change to the slots (`unplaced`: meetings left the agenda). */
export function SlotsForm({ event, onChanged }: { event: EventInfo; onChanged: (unplaced: boolean) => void }) {
  const { t } = useT(ORGANISE);
  const [version, setVersion] = useState(0);
  const slots = useLoad(`${event.id}|${version}`, () => listSlots(event.id));
  // The list stays while the slots reload after a change, so what it says (and where the focus is) stays too.
  const shown = useRef<Slot[]>([]);
  if (slots.data) shown.current = slots.data.items;
  const [days, setDays] = useState('');
  const [sessions, setSessions] = useState('09:00-12:00\n13:00-17:00');
  const [breaks, setBreaks] = useState('10:30-10:45');
  const [minutes, setMinutes] = useState('30');
  const { run, view } = useSave();
  // The days there are slots on already, so changing sessions or breaks keeps them.
  useEffect(() => {
    if (slots.data && !days) setDays(eventDays(slots.data.items, event.timezone).join('\n'));
  }, [slots.data]);
  const generate = run(async () => {
    const ses = lines(sessions).map(range);
    const brk = lines(breaks).map(range);
    if (ses.includes(null) || brk.includes(null)) throw new Error(t('slots.bad'));
    await generateSlots(event.id, { days: lines(days), sessions: ses, slotMinutes: Number(minutes), breaks: brk });
    setVersion((n) => n + 1);
    onChanged(false);
  });
  const meetingSlots = shown.current.filter((s) => s.kind === 'meeting').length;
  return (
    <section class="card" aria-labelledby="organise-slots">
      <h2 id="organise-slots">{t('slots.title')}</h2>
      <p>{t('slots.count', { count: meetingSlots })}</p>
      <form class="event-form" onSubmit={(e) => void generate(e)}>
        <label>
          {t('slots.days')}
          <textarea rows={2} value={days} required onInput={(e) => setDays(e.currentTarget.value)} />
        </label>
        <label>
          {t('slots.sessions')}
          <textarea rows={2} value={sessions} required onInput={(e) => setSessions(e.currentTarget.value)} />
        </label>
        <label>
          {t('slots.breaks')}
          <textarea rows={2} value={breaks} onInput={(e) => setBreaks(e.currentTarget.value)} />
        </label>
        <label>
          {t('slots.minutes')}
          <input type="number" min={15} max={60} step={5} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </label>
        <p class="field-hint">{t('slots.replaceHint')}</p>
        <div>
          <button class="primary" type="submit">{t('slots.generate')}</button>
        </div>
        {view}
      </form>
      {shown.current.length > 0 && <SlotList event={event} slots={shown.current} onChanged={(unplaced) => {
        setVersion((n) => n + 1);
        onChanged(unplaced);
      }} />}
    </section>
  );
}
