// The partnering events: upcoming first, then past; cluster managers create new ones here.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { createEvent, formatIn, listEvents, type EventInfo } from './event-api.ts';
import { EVENTS } from './event.messages.ts';
import './events.css';

/** When an event happens: its registration close, else its request deadline, else its opening (slots are not in the list). */
const when = (e: EventInfo) => e.requestDeadline ?? e.registrationClosesAt ?? e.registrationOpensAt;

function EventCard({ event }: { event: EventInfo }) {
  const { t } = useT(EVENTS);
  const date = when(event);
  return (
    <li class="card event-card">
      <h3>
        <a href={`/events/${event.id}`}>{event.title}</a>
      </h3>
      <p>
        <span class={`tag event-status-${event.status}`}>{t(`status.${event.status}`)}</span>
        {event.venue && <span class="muted"> {event.venue}</span>}
      </p>
      {date && <p class="muted">{formatIn(date, event.timezone, { dateStyle: 'long' })}</p>}
    </li>
  );
}

function CreateEvent({ clusterIds }: { clusterIds: string[] }) {
  const { t } = useT(EVENTS);
  const { route } = useLocation();
  const [names, setNames] = useState<Record<string, string>>({});
  const [clusterId, setClusterId] = useState(clusterIds[0] ?? '');
  const [title, setTitle] = useState('');
  const [venue, setVenue] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void Promise.all(clusterIds.slice(0, 30).map((id) => api<{ id: string; name: string }>(`/clusters/${id}`).catch(() => ({ id, name: id })))).then((list) =>
      setNames(Object.fromEntries(list.map((c) => [c.id, c.name]))),
    );
  }, [clusterIds.join()]);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const created = await createEvent({ clusterId, title, venue });
      route(`/events/${created.id}/organise`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section class="card event-create" aria-labelledby="event-create-title">
      <h2 id="event-create-title">{t('create.title')}</h2>
      <form class="event-form" onSubmit={(e) => void submit(e)}>
        {clusterIds.length > 1 && (
          <label>
            {t('create.cluster')}
            <select value={clusterId} onChange={(e) => setClusterId(e.currentTarget.value)}>
              {clusterIds.slice(0, 30).map((id) => (
                <option key={id} value={id}>{names[id] ?? id}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('create.name')}
          <input value={title} required onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          {t('create.venue')}
          <input value={venue} onInput={(e) => setVenue(e.currentTarget.value)} />
        </label>
        {error && <p class="field-error" role="alert">{error}</p>}
        <div>
          <button class="primary" type="submit">{t('create.submit')}</button>
        </div>
      </form>
    </section>
  );
}

export function EventsPage() {
  const { t } = useT(EVENTS);
  const user = useSession();
  const { data, error } = useLoad(user ? 'events' : '', (key) => (key ? listEvents() : Promise.resolve({ items: [] })));
  const now = new Date().toISOString();
  const events = data?.items ?? [];
  const upcoming = events.filter((e) => e.status !== 'published' || !when(e) || when(e)! >= now).sort((a, b) => (when(a) ?? '').localeCompare(when(b) ?? ''));
  const past = events.filter((e) => !upcoming.includes(e));
  const managed = user ? (user.isAdmin && user.managedClusterIds.length === 0 ? [] : user.managedClusterIds) : [];

  return (
    <div class="page events-page">
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      {user === null && <p class="notice"><a href="/sign-in?next=/events">{t('signIn')}</a></p>}
      {user && managed.length > 0 && <CreateEvent clusterIds={managed} />}
      {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
      {user && !data && !error && <p role="status">{t('loading')}</p>}
      {data && events.length === 0 && <p>{t('none')}</p>}
      {upcoming.length > 0 && (
        <section aria-labelledby="events-upcoming">
          <h2 id="events-upcoming">{t('upcoming')}</h2>
          <ul class="cards">{upcoming.map((e) => <EventCard key={e.id} event={e} />)}</ul>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="events-past">
          <h2 id="events-past">{t('past')}</h2>
          <ul class="cards">{past.map((e) => <EventCard key={e.id} event={e} />)}</ul>
        </section>
      )}
    </div>
  );
}
