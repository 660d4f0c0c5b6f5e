// The organiser's page of an event (managers of its cluster): set-up (slots one by one, tables with their
// availability), team meetings, registration, attendance, schedule, the published agenda, exports.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useT } from '../i18n.ts';
import { mayManage, useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { getEvent, type EventInfo } from './event-api.ts';
import { PublishedAgenda } from './event-organise-agenda.tsx';
import { AttendanceList, Exports, SchedulePanel } from './event-organise-run.tsx';
import { SettingsForm, SlotsForm } from './event-organise-setup.tsx';
import { TablesEditor } from './event-organise-tables.tsx';
import { TeamMeetings } from './event-organise-team.tsx';
import { ORGANISE } from './event-organise.messages.ts';
import { EVENTS } from './event.messages.ts';
import './events.css';

export function EventOrganisePage() {
  const { t } = useT(ORGANISE);
  const { t: te } = useT(EVENTS);
  const { params } = useRoute();
  const id = params.id ?? '';
  const user = useSession();
  const loaded = useLoad(user ? id : '', (key) => (key ? getEvent(key) : Promise.resolve(undefined)));
  const [changed, setChanged] = useState<EventInfo | null>(null);
  // Bumped when the agenda changes (a publish, meetings taken out of a deleted slot, a colleague joining a placed
  // meeting) or the slots do: the sections that show them load again.
  const [published, setPublished] = useState(0);
  const [slotsChanged, setSlotsChanged] = useState(0);
  const event = changed?.id === id ? changed : loaded.data;

  if (user === null) return <div class="page"><p class="notice"><a href={`/sign-in?next=/events/${id}/organise`}>{te('signIn')}</a></p></div>;
  if (loaded.error) return <div class="page"><p class="notice" role="alert">{te('failed', { message: loaded.error })}</p></div>;
  if (!event) return <div class="page"><p role="status">{te('loading')}</p></div>;
  if (!mayManage(user, event.clusterId)) return <div class="page"><h1>{event.title}</h1><p class="notice">{t('forbidden')}</p></div>;
  return (
    <div class="page event-page">
      <p><a href="/events">{te('title')}</a> · <a href={`/events/${event.id}`}>{t('participantView')}</a></p>
      <h1>{t('title', { title: event.title })}</h1>
      <div class="event-columns">
        <SettingsForm event={event} onSaved={setChanged} />
        <div class="stack">
          <SlotsForm event={event} onChanged={(unplaced) => {
            setSlotsChanged((n) => n + 1);
            if (unplaced) setPublished((n) => n + 1);
          }} />
          <TablesEditor event={event} version={slotsChanged} />
        </div>
      </div>
      <TeamMeetings event={event} version={published} onChanged={() => setPublished((n) => n + 1)} />
      <SchedulePanel event={event} onPublished={() => setPublished((n) => n + 1)} />
      <PublishedAgenda event={event} version={published} />
      <AttendanceList event={event} />
      <Exports event={event} />
    </div>
  );
}
