// A partnering event for participants: about, registration, participants and recommendations, requests, agenda.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ApiError } from '../api.ts';
import { formatDate, useT } from '../i18n.ts';
import { mayManage, useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { eventDays, formatIn, getEvent, listParticipants, listSlots, type EventInfo } from './event-api.ts';
import { AvailabilityForm } from './event-availability.tsx';
import { MyAgenda, MyRequests } from './event-mine.tsx';
import { ParticipantBrowser } from './event-people.tsx';
import { RegisterForm } from './event-register.tsx';
import { EVENTS } from './event.messages.ts';
import './events.css';

/** The event, its days and the actor's own registration (null when not registered). */
async function loadEvent(key: string) {
  const [id] = key.split('|') as [string, string];
  const [event, slots] = await Promise.all([getEvent(id), listSlots(id)]);
  const userId = key.split('|')[1];
  const people = await listParticipants(id, {}).catch((err: unknown) => {
    if (err instanceof ApiError && err.status === 403) return null;
    throw err;
  });
  const me = people?.items.find((p) => p.userId === userId) ?? null;
  return { event, days: eventDays(slots.items.filter((s) => s.kind === 'meeting'), event.timezone), me };
}

function About({ event, days }: { event: EventInfo; days: string[] }) {
  const { t } = useT(EVENTS);
  const at = (v: string | null) => (v ? formatIn(v, event.timezone) : t('notSet'));
  return (
    <section class="card" aria-labelledby="event-about">
      <h2 id="event-about">{t('about')}</h2>
      {event.description && <p>{event.description}</p>}
      <dl class="event-facts">
        {event.venue && (
          <>
            <dt>{t('venue')}</dt>
            <dd>{event.venue}</dd>
          </>
        )}
        <dt>{t('dates')}</dt>
        <dd>{days.length ? days.map((d) => formatDate(d, { dateStyle: 'full' })).join(', ') : t('notSet')}</dd>
        <dt>{t('registration')}</dt>
        <dd>
          <span class={`tag event-status-${event.status}`}>{t(`status.${event.status}`)}</span>{' '}
          {(event.registrationOpensAt || event.registrationClosesAt) && t('regWindow', { from: at(event.registrationOpensAt), to: at(event.registrationClosesAt) })}
        </dd>
        <dt>{t('deadline')}</dt>
        <dd>{at(event.requestDeadline)}</dd>
      </dl>
    </section>
  );
}

export function EventPage() {
  const { t } = useT(EVENTS);
  const { params } = useRoute();
  const id = params.id ?? '';
  const user = useSession();
  const [registered, setRegistered] = useState(0);
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((n) => n + 1);
  const { data, error } = useLoad(user ? `${id}|${user.id}|${registered}` : '', (key) => (key ? loadEvent(key) : Promise.resolve(undefined)));

  if (user === null) return <div class="page"><p class="notice"><a href={`/sign-in?next=/events/${id}`}>{t('signIn')}</a></p></div>;
  if (error) return <div class="page"><p class="notice" role="alert">{t('failed', { message: error })}</p></div>;
  if (!data) return <div class="page"><p role="status">{t('loading')}</p></div>;
  const { event, days, me } = data;
  return (
    <div class="page event-page">
      <p><a href="/events">{t('title')}</a></p>
      <h1>{event.title}</h1>
      {mayManage(user, event.clusterId) && <p><a class="event-organise-link" href={`/events/${event.id}/organise`}>{t('organise')}</a></p>}
      <div class="event-columns">
        <About event={event} days={days} />
        {me ? (
          <div class="stack">
            <p class="notice">{t('register.done', { organization: me.organizationName })}</p>
            <AvailabilityForm event={event} days={days} me={me} />
          </div>
        ) : (
          <RegisterForm event={event} days={days} onDone={() => setRegistered((n) => n + 1)} />
        )}
      </div>
      {me && (
        <>
          {event.status === 'published' || event.scheduleVersion > 0 ? <MyAgenda eventId={event.id} timeZone={event.timezone} /> : <p class="notice">{t('agenda.notYet')}</p>}
          <MyRequests eventId={event.id} timeZone={event.timezone} version={version} onChange={reload} />
          <ParticipantBrowser eventId={event.id} me={me} version={version} onChange={reload} />
        </>
      )}
    </div>
  );
}
