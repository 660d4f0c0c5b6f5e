// The days a participant is at an event and their limits (meetings per day, open requests), as registration and
// the participant's own settings ask for them.
import { formatDate } from '../i18n.ts';

/** A limit field's text as the API takes it: empty means the event's default. */
export const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

type Props = {
  days: string[];
  chosen: string[];
  onChosen: (days: string[]) => void;
  perDay: string;
  onPerDay: (text: string) => void;
  open: string;
  onOpen: (text: string) => void;
  /** The id of the hint both limit fields are described by. */
  hintId: string;
  labels: { days: string; maxPerDay: string; maxOpen: string; hint: string };
};

/** A checkbox per event day (when the event has days), the two limit fields and their hint. */
export function DaysAndLimits({ days, chosen, onChosen, perDay, onPerDay, open, onOpen, hintId, labels }: Props) {
  const toggle = (day: string, on: boolean) => onChosen(on ? [...chosen, day].sort() : chosen.filter((d) => d !== day));
  return (
    <>
      {days.length > 0 && (
        <fieldset>
          <legend>{labels.days}</legend>
          {days.map((d) => (
            <label key={d} class="event-check">
              <input type="checkbox" checked={chosen.includes(d)} onChange={(e) => toggle(d, e.currentTarget.checked)} />
              {formatDate(d, { dateStyle: 'full' })}
            </label>
          ))}
        </fieldset>
      )}
      <div class="event-row">
        <label>
          {labels.maxPerDay}
          <input type="number" min={0} max={100} inputMode="numeric" value={perDay} aria-describedby={hintId} onInput={(e) => onPerDay(e.currentTarget.value)} />
        </label>
        <label>
          {labels.maxOpen}
          <input type="number" min={0} max={1000} inputMode="numeric" value={open} aria-describedby={hintId} onInput={(e) => onOpen(e.currentTarget.value)} />
        </label>
      </div>
      <p id={hintId} class="field-hint">{labels.hint}</p>
    </>
  );
}
