// The organiser's team meetings: a new meeting of several people (colleagues of one organisation with others), or a
// colleague added to a meeting there is; a meeting already placed keeps its time and table only if they fit there.
import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { addMeeting, joinMeeting, type EventInfo, type Participant } from './event-api.ts';
import { CHANGES } from './event-changes.messages.ts';
import { ruleText } from './event-move-rules.ts';
import { loadNames, type EventNames } from './event-names.ts';
import { SETUP } from './event-setup.messages.ts';

/** People grouped by organisation, organisations and people in alphabetical order. */
function byOrganisation(people: Participant[]): Array<[string, Participant[]]> {
  const groups = new Map<string, Participant[]>();
  for (const p of [...people].sort((a, b) => a.organizationName.localeCompare(b.organizationName) || a.name.localeCompare(b.name))) {
    groups.set(p.organizationName, [...(groups.get(p.organizationName) ?? []), p]);
  }
  return [...groups];
}

function NewTeamMeeting({ event, names, onDone }: { event: EventInfo; names: EventNames; onDone: (text: string) => void }) {
  const { t } = useT(SETUP);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState(new Set<string>());
  const [priority, setPriority] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const needle = filter.trim().toLowerCase();
  const shown = names.people.filter((p) => chosen.has(p.id) || !needle || `${p.name} ${p.organizationName}`.toLowerCase().includes(needle));
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (chosen.size < 2) return setError(t('team.needTwo'));
    try {
      const { participantIds } = await addMeeting(event.id, [...chosen], Number(priority));
      setChosen(new Set());
      onDone(t('team.created', { list: participantIds.map(names.person).join(', ') }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="event-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('team.newLegend')}</legend>
        <label>
          {t('team.filter')}
          <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        <fieldset class="event-team-people">
          <legend>{t('team.pick')}</legend>
          {names.people.length === 0 && <p>{t('team.nobody')}</p>}
          {byOrganisation(shown).map(([organisation, people]) => (
            <fieldset key={organisation} class="event-team-org">
              <legend>{organisation}</legend>
              {people.map((p) => (
                <label key={p.id} class="event-check">
                  <input type="checkbox" checked={chosen.has(p.id)} onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.currentTarget.checked) next.add(p.id); else next.delete(p.id);
                    setChosen(next);
                  }} />
                  {p.name}
                </label>
              ))}
            </fieldset>
          ))}
        </fieldset>
        <label>
          {t('team.priority')}
          <select value={priority} onChange={(e) => setPriority(e.currentTarget.value)}>
            {['1', '2', '3'].map((v) => <option key={v} value={v}>{t(`team.priorities.${v}`)}</option>)}
          </select>
        </label>
        {error && <p class="field-error" role="alert">{error}</p>}
        <div><button class="primary" type="submit">{t('team.create')}</button></div>
      </fieldset>
    </form>
  );
}

function JoinMeeting({ event, names, onDone }: { event: EventInfo; names: EventNames; onDone: (text: string, placed: boolean) => void }) {
  const { t } = useT(SETUP);
  const { t: tc } = useT(CHANGES);
  const [meeting, setMeeting] = useState('');
  const [person, setPerson] = useState('');
  const [broken, setBroken] = useState<string[] | null>(null);
  const members = new Set(names.meetings.find((m) => m.id === meeting)?.participants ?? []);
  const meetings = [...names.meetings].sort((a, b) => names.who(a.id).localeCompare(names.who(b.id)));
  const namer = { person: names.person, table: names.table, slot: names.slot, day: names.day };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBroken(null);
    try {
      const joined = await joinMeeting(event.id, meeting, [person]);
      const others = joined.participantIds.filter((id) => id !== person).map(names.person).join(', ');
      onDone(t(joined.slotId ? 'team.joinedPlaced' : 'team.joined', { name: names.person(person), list: others }), joined.slotId !== null);
      setMeeting('');
      setPerson('');
    } catch (err) {
      setBroken(err instanceof ApiError && err.status === 422 && err.details.length > 0 ? err.details.map((d) => ruleText(tc, d.message, namer)) : [(err as Error).message]);
    }
  };
  return (
    <form class="event-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>{t('team.joinLegend')}</legend>
        <div class="event-row">
          <label>
            {t('team.meeting')}
            <select required value={meeting} onChange={(e) => setMeeting(e.currentTarget.value)}>
              <option value="">{t('team.choose')}</option>
              {meetings.map((m) => <option key={m.id} value={m.id}>{names.who(m.id)}</option>)}
            </select>
          </label>
          <label>
            {t('team.person')}
            <select required value={person} onChange={(e) => setPerson(e.currentTarget.value)}>
              <option value="">{t('team.choose')}</option>
              {byOrganisation(names.people.filter((p) => !members.has(p.id))).map(([organisation, people]) => (
                <optgroup key={organisation} label={organisation}>
                  {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
        </div>
        {broken && (
          <div class="field-error" role="alert">
            <p>{t('team.refused')}</p>
            <ul>{broken.map((b) => <li key={b}>{b}</li>)}</ul>
          </div>
        )}
        <div><button class="primary" type="submit">{t('team.join')}</button></div>
      </fieldset>
    </form>
  );
}

/** The team meetings section; `onChanged` hears when a placed meeting changed (the published agenda shows it). */
export function TeamMeetings({ event, version, onChanged }: { event: EventInfo; version: number; onChanged: () => void }) {
  const { t } = useT(SETUP);
  const [changes, setChanges] = useState(0);
  const [note, setNote] = useState('');
  const names = useLoad(`${event.id}|${version}|${changes}`, () => loadNames(event));
  // What was loaded last stays while a change reloads, so the forms keep their place and the focus.
  const last = useRef<EventNames | null>(null);
  if (names.data) last.current = names.data;
  const shown = last.current;
  const done = (text: string, placed = false) => {
    setNote(text);
    setChanges((n) => n + 1);
    if (placed) onChanged();
  };
  const teams = shown?.meetings.filter((m) => m.participants.length > 2) ?? [];
  return (
    <section class="card" aria-labelledby="organise-team">
      <h2 id="organise-team">{t('team.title')}</h2>
      <p>{t('team.lead')}</p>
      <p role="status" aria-live="polite" class="event-saved">{note}</p>
      {shown && (
        <div class="event-columns">
          <NewTeamMeeting event={event} names={shown} onDone={done} />
          <JoinMeeting event={event} names={shown} onDone={done} />
        </div>
      )}
      <h3>{t('team.existing')}</h3>
      {teams.length === 0 ? <p>{t('team.noneYet')}</p> : (
        <ul class="event-teams">
          {teams.map((m) => {
            const at = shown!.placed.get(m.id);
            return <li key={m.id}>{shown!.who(m.id)}: {at ? t('team.placedAt', { time: shown!.slot(at.slot), table: shown!.table(at.table) }) : t('team.waiting')}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
