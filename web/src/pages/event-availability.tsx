// A registered participant changes the days they are there and their limits (meetings per day, open requests).
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { updateMe, type EventInfo, type Participant } from './event-api.ts';
import { CHANGES } from './event-changes.messages.ts';
import { DaysAndLimits, optionalNumber } from './event-limits.tsx';

const asText = (n: number | null) => (n === null ? '' : String(n));

export function AvailabilityForm({ event, days, me }: { event: EventInfo; days: string[]; me: Participant }) {
  const { t } = useT(CHANGES);
  const [chosen, setChosen] = useState<string[]>(me.days);
  const [perDay, setPerDay] = useState(asText(me.maxMeetingsPerDay));
  const [open, setOpen] = useState(asText(me.maxOpenRequests));
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (days.length > 0 && chosen.length === 0) return setNote({ text: t('mine.noDay'), error: true });
    setNote(null);
    try {
      const saved = await updateMe(event.id, { ...(days.length > 0 ? { days: chosen } : {}), maxMeetingsPerDay: optionalNumber(perDay), maxOpenRequests: optionalNumber(open) });
      setChosen(saved.days);
      setPerDay(asText(saved.maxMeetingsPerDay));
      setOpen(asText(saved.maxOpenRequests));
      setNote({ text: t('mine.saved'), error: false });
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
    }
  };

  return (
    <section class="card" aria-labelledby="event-availability">
      <h2 id="event-availability">{t('mine.title')}</h2>
      <form class="event-form" onSubmit={(e) => void submit(e)}>
        <DaysAndLimits
          days={days} chosen={chosen} onChosen={setChosen} perDay={perDay} onPerDay={setPerDay} open={open} onOpen={setOpen}
          hintId="event-limits-hint"
          labels={{
            days: t('mine.days'), maxPerDay: t('mine.maxPerDay'), maxOpen: t('mine.maxOpen'),
            hint: t('mine.hint', { perDay: event.defaultMaxMeetingsPerDay, open: event.defaultMaxOpenRequests }),
          }}
        />
        <div role="status" aria-live="polite">{note && <p class={note.error ? 'field-error' : 'event-saved'}>{note.text}</p>}</div>
        <div>
          <button class="primary" type="submit">{t('mine.save')}</button>
        </div>
      </form>
    </section>
  );
}
