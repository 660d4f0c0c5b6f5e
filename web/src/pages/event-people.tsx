// The participants of an event with search and facets, recommended partners with the reasons, and asking one of
// them for a meeting.
import { useEffect, useRef, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { countryName } from './map-list.tsx';
import { listParticipants, myRequests, recommendations, sendRequest, type Participant, type Recommendation, type WordReason } from './event-api.ts';
import { EVENTS } from './event.messages.ts';
import { ReasonList } from './partners-reasons.tsx';
import type { MatchReason } from './partners-data.ts';

type Target = { id: string; name: string };

/** The form asking `target` for a meeting, with a message and a star. */
function AskForm({ eventId, target, onClose, onSent }: { eventId: string; target: Target; onClose: () => void; onSent: () => void }) {
  const { t } = useT(EVENTS);
  const [message, setMessage] = useState('');
  const [starred, setStarred] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  // The form replaces the button that opened it: the focus goes on to the message instead of being lost.
  useEffect(() => messageRef.current?.focus(), []);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await sendRequest(eventId, target.id, message, starred);
      onSent();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form class="event-form event-ask" onSubmit={(e) => void submit(e)}>
      <label>
        {t('ask.message', { name: target.name })}
        <textarea ref={messageRef} rows={3} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
      </label>
      <label class="event-check">
        <input type="checkbox" checked={starred} onChange={(e) => setStarred(e.currentTarget.checked)} />
        {t('ask.star')}
      </label>
      {error && <p class="field-error" role="alert">{error}</p>}
      <div class="event-actions">
        <button class="primary" type="submit">{t('ask.send')}</button>
        <button type="button" onClick={onClose}>{t('ask.cancel')}</button>
      </div>
    </form>
  );
}

const isWordReason = (r: MatchReason | WordReason): r is WordReason => r.kind === 'offersWhatYouSeek' || r.kind === 'seeksWhatYouOffer';

/** Why a participant is recommended: the matching engine's reasons in words, or the words their offers share with one's seeks. */
function Reasons({ reasons, me }: { reasons: Recommendation['reasons']; me: Participant }) {
  const { t } = useT(EVENTS);
  const words = reasons.filter(isWordReason);
  const engine = reasons.filter((r): r is MatchReason => !isWordReason(r));
  const list = new Intl.ListFormat({ de: 'de-DE', en: 'en-GB', da: 'da-DK' }[currentLanguage()], { type: 'conjunction' });
  return (
    <div class="event-why">
      {engine.length > 0 && <ReasonList reasons={engine} requester={me.organizationName} max={3} class="event-reasons" />}
      {words.length > 0 && <ul class="event-reasons">{words.map((r) => <li key={r.kind}>{t(`recommended.${r.kind}`, { terms: list.format(r.terms) })}</li>)}</ul>}
    </div>
  );
}

/** A participant's card with the ask button (or the form once opened, or "sent" once sent); recommended ones say why. */
function PersonCard({ eventId, person, me, asking, setAsking, sent, onSent }: {
  eventId: string; person: { id: string; name: string; organizationName: string; offers?: string; seeks?: string; reasons?: Recommendation['reasons'] }; me: Participant;
  asking: string | null; setAsking: (id: string | null) => void; sent: Set<string>; onSent: (id: string) => void;
}) {
  const { t } = useT(EVENTS);
  const self = person.id === me.id;
  return (
    <li class="card event-person">
      <h3>{person.name}{self && <span class="muted"> ({t('people.you')})</span>}</h3>
      <p class="muted">{person.organizationName}</p>
      {person.reasons && person.reasons.length > 0 && <Reasons reasons={person.reasons} me={me} />}
      {person.offers && <p><strong>{t('people.offers')}:</strong> {person.offers}</p>}
      {person.seeks && <p><strong>{t('people.seeks')}:</strong> {person.seeks}</p>}
      {!self && (sent.has(person.id) ? (
        <p class="event-sent">{t('ask.already')}</p>
      ) : asking === person.id ? (
        <AskForm eventId={eventId} target={person} onClose={() => setAsking(null)} onSent={() => onSent(person.id)} />
      ) : (
        <button type="button" onClick={() => setAsking(person.id)}>
          {t('ask.button')}
          <span class="visually-hidden">: {person.name}</span>
        </button>
      ))}
    </li>
  );
}

function Facet({ label, value, counts, name, onChange }: { label: string; value: string; counts: Record<string, number>; name: (code: string) => string; onChange: (v: string) => void }) {
  const { t } = useT(EVENTS);
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('people.any')}</option>
        {Object.entries(counts).map(([k, n]) => <option key={k} value={k}>{`${name(k)} (${n})`}</option>)}
      </select>
    </label>
  );
}

export function ParticipantBrowser({ eventId, me, version, onChange }: { eventId: string; me: Participant; version: number; onChange: () => void }) {
  const { t } = useT(EVENTS);
  const { t: tf } = useT();
  const [q, setQ] = useState('');
  const [type, setType] = useState('');
  const [country, setCountry] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const [sent, setSent] = useState(new Set<string>());
  const list = useLoad(JSON.stringify([eventId, q, type, country]), () => listParticipants(eventId, { q, type, country }));
  const recs = useLoad(`${eventId}|${version}`, async () => {
    const [found, mine] = await Promise.all([recommendations(eventId), myRequests(eventId)]);
    // Whom one has asked already, or been asked by, while the request is open or accepted.
    const live = [...mine.sent, ...mine.received].filter((r) => r.status === 'pending' || r.status === 'accepted');
    return { items: found.items, asked: new Set(live.flatMap((r) => [r.fromParticipantId, r.toParticipantId])) };
  });
  const asked = new Set([...sent, ...(recs.data?.asked ?? [])]);
  const onSent = (id: string) => {
    setSent(new Set([...sent, id]));
    setAsking(null);
    onChange();
  };
  const card = { eventId, me, asking, setAsking, sent: asked, onSent };

  return (
    <>
      <section aria-labelledby="event-recommended">
        <h2 id="event-recommended">{t('recommended.title')}</h2>
        {recs.data && recs.data.items.length === 0 && <p>{t('recommended.none')}</p>}
        <ul class="cards">
          {recs.data?.items.slice(0, 6).map((r) => <PersonCard key={r.participantId} person={{ id: r.participantId, name: r.name, organizationName: r.organizationName, reasons: r.reasons }} {...card} />)}
        </ul>
      </section>
      <section aria-labelledby="event-people">
        <h2 id="event-people">{t('people.title')}</h2>
        <div class="event-row event-filters" role="search">
          <label>
            {t('people.search')}
            <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          </label>
          <Facet label={t('people.type')} value={type} counts={list.data?.facets.type ?? {}} name={(code) => tf(`orgTypes.${code}`)} onChange={setType} />
          <Facet label={t('people.country')} value={country} counts={list.data?.facets.country ?? {}} name={countryName} onChange={setCountry} />
        </div>
        <p role="status" aria-live="polite">{list.data ? t('people.count', { count: list.data.items.length }) : t('loading')}</p>
        <ul class="cards">
          {list.data?.items.map((p) => <PersonCard key={p.id} person={p} {...card} />)}
        </ul>
      </section>
    </>
  );
}
