// The participant's own side of an event: requests received and sent (answer, withdraw, star), and the agenda with its feed.
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { answerRequest, feedUrl, formatIn, listParticipants, myAgenda, myRequests, starRequest, type MeetingRequest } from './event-api.ts';
import { EVENTS } from './event.messages.ts';

async function loadRequests(eventId: string) {
  const [requests, people] = await Promise.all([myRequests(eventId), listParticipants(eventId, {})]);
  return { ...requests, names: new Map(people.items.map((p) => [p.id, `${p.name} (${p.organizationName})`])) };
}

function RequestItem({ eventId, request, incoming, name, timeZone, onChange }: { eventId: string; request: MeetingRequest; incoming: boolean; name: string; timeZone: string; onChange: () => void }) {
  const { t } = useT(EVENTS);
  const [error, setError] = useState<string | null>(null);
  const starred = incoming ? request.starredByRecipient : request.starredBySender;
  const act = (work: Promise<unknown>) => void work.then(onChange, (err: Error) => setError(err.message));
  const pending = request.status === 'pending';
  return (
    <li class="event-request">
      <p>
        <strong>{t(incoming ? 'requests.from' : 'requests.to', { name })}</strong>{' '}
        <span class={`tag event-request-${request.status}`}>{t(`requests.state.${request.status}`)}</span>
        {starred && <span class="tag">★ {t('requests.starred')}</span>}
        {pending && <span class="muted"> {t('requests.expires', { date: formatIn(request.expiresAt, timeZone) })}</span>}
      </p>
      {request.message && <blockquote>{request.message}</blockquote>}
      {pending && (
        <div class="event-actions">
          {incoming ? (
            <>
              <button class="primary" type="button" onClick={() => act(answerRequest(eventId, request.id, 'accept'))}>{t('requests.accept')}</button>
              <button type="button" onClick={() => act(answerRequest(eventId, request.id, 'decline'))}>{t('requests.decline')}</button>
            </>
          ) : (
            <button type="button" onClick={() => act(answerRequest(eventId, request.id, 'withdraw'))}>{t('requests.withdraw')}</button>
          )}
          <button type="button" aria-pressed={starred} onClick={() => act(starRequest(eventId, request.id, !starred))}>{starred ? t('requests.unstar') : t('requests.star')}</button>
        </div>
      )}
      {error && <p class="field-error" role="alert">{error}</p>}
    </li>
  );
}

export function MyRequests({ eventId, timeZone, version, onChange }: { eventId: string; timeZone: string; version: number; onChange: () => void }) {
  const { t } = useT(EVENTS);
  const { data } = useLoad(`${eventId}|${version}`, () => loadRequests(eventId));
  const list = (items: MeetingRequest[], incoming: boolean) =>
    items.length === 0 ? (
      <p>{t('requests.none')}</p>
    ) : (
      <ul class="event-requests">
        {items.map((r) => (
          <RequestItem key={r.id} eventId={eventId} request={r} incoming={incoming} timeZone={timeZone} onChange={onChange}
            name={data?.names.get(incoming ? r.fromParticipantId : r.toParticipantId) ?? '?'} />
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="event-requests" class="event-mine">
      <h2 id="event-requests">{t('requests.title')}</h2>
      {!data ? (
        <p>{t('loading')}</p>
      ) : (
        <div class="event-columns">
          <div>
            <h3>{t('requests.incoming')}</h3>
            {list(data.received, true)}
          </div>
          <div>
            <h3>{t('requests.outgoing')}</h3>
            {list(data.sent, false)}
          </div>
        </div>
      )}
    </section>
  );
}

export function MyAgenda({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t } = useT(EVENTS);
  const { data } = useLoad(eventId, myAgenda);
  const [copied, setCopied] = useState(false);
  if (!data) return <p>{t('loading')}</p>;
  const url = feedUrl(eventId, data.feedToken);
  return (
    <section aria-labelledby="event-agenda" class="card event-agenda">
      <h2 id="event-agenda">{t('agenda.title')}</h2>
      {data.items.length === 0 ? (
        <p>{t('agenda.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('agenda.time')}</th>
              <th scope="col">{t('agenda.table')}</th>
              <th scope="col">{t('agenda.with')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((m) => (
              <tr key={m.meetingId}>
                <td>{formatIn(m.startsAt, timeZone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}–{formatIn(m.endsAt, timeZone, { hour: '2-digit', minute: '2-digit' })}</td>
                <td class="event-table-label">{m.table}{m.room && ` · ${m.room}`}</td>
                <td>{m.with.map((w) => `${w.name} (${w.organizationName})`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <label class="event-feed">
        {t('agenda.feed')}
        <input readOnly value={url} aria-describedby="event-feed-hint" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p id="event-feed-hint" class="field-hint">{t('agenda.feedHint')}</p>
      <div class="event-actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => undefined)}>{t('agenda.copy')}</button>
        <a href={url}>.ics</a>
        <span role="status">{copied ? t('agenda.copied') : ''}</span>
      </div>
    </section>
  );
}
