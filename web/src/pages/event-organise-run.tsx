// The organiser's running of an event: check-in and no-shows, the scheduler (its progress while it runs, from
// scratch or around the published meetings) and its draft, publishing, exports.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { formatNumber, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { attendance, exportUrl, formatIn, getDraft, listParticipants, publishDraft, runSchedule, scheduleJob, type Draft, type EventInfo, type Participant, type ScheduleJob } from './event-api.ts';
import { ORGANISE } from './event-organise.messages.ts';
import { SETUP } from './event-setup.messages.ts';

const latestDraft = (id: string) => getDraft(id).catch((err: unknown) => {
  if (err instanceof ApiError && err.status === 404) return null;
  throw err;
});

function AttendanceCell({ event, person, onChange }: { event: EventInfo; person: Participant; onChange: () => void }) {
  const { t } = useT(ORGANISE);
  const set = (body: { checkedIn?: boolean; noShow?: boolean }) => void attendance(event.id, person.id, body).then(onChange);
  if (person.checkedInAt) return <>{t('people.checkedIn')} <button type="button" class="link-button" aria-label={`${t('people.undo')}: ${person.name}`} onClick={() => set({ checkedIn: false })}>{t('people.undo')}</button></>;
  if (person.noShow) return <>{t('people.noShow')} <button type="button" class="link-button" aria-label={`${t('people.undo')}: ${person.name}`} onClick={() => set({ noShow: false })}>{t('people.undo')}</button></>;
  return (
    <span class="event-actions">
      <button type="button" aria-label={`${t('people.checkIn')}: ${person.name}`} onClick={() => set({ checkedIn: true })}>{t('people.checkIn')}</button>
      <button type="button" aria-label={`${t('people.noShow')}: ${person.name}`} onClick={() => set({ noShow: true })}>{t('people.noShow')}</button>
    </span>
  );
}

export function AttendanceList({ event }: { event: EventInfo }) {
  const { t } = useT(ORGANISE);
  const [version, setVersion] = useState(0);
  const { data } = useLoad(`${event.id}|${version}`, () => listParticipants(event.id, {}));
  return (
    <section class="card" aria-labelledby="organise-people">
      <h2 id="organise-people">{t('people.title')}</h2>
      {data && data.items.length === 0 && <p>{t('people.none')}</p>}
      {data && data.items.length > 0 && (
        <div class="event-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.organization')}</th>
                <th scope="col">{t('people.attendance')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.organizationName}</td>
                  <td><AttendanceCell event={event} person={p} onChange={() => setVersion((n) => n + 1)} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The job's progress: a bar of the search time spent, the phase, and the weight reached against the bound. */
function JobProgress({ job }: { job: ScheduleJob }) {
  const { t } = useT(SETUP);
  const figures = { weight: formatNumber(job.weight ?? 0), bound: formatNumber(job.upperBound ?? 0) };
  const text = job.phase === 'weight' || job.phase === 'gaps' ? t(`progress.${job.phase}`, figures) : t(`progress.${job.phase}`, { error: job.error ?? '' });
  const searching = job.phase === 'weight' || job.phase === 'gaps';
  const known = searching || job.phase === 'saved';
  return (
    <div class="event-progress">
      <span id="schedule-progress-label" class="event-progress-label">{t('progress.label')}</span>
      {/* Without a value the bar shows that work goes on before the search starts. */}
      <progress aria-labelledby="schedule-progress-label" max={1} {...(known ? { value: job.done } : {})} />
      <p>{text}{searching && ` · ${t('progress.time', { spent: formatNumber(job.done * job.seconds, { maximumFractionDigits: 1 }), seconds: formatNumber(job.seconds) })}`}</p>
    </div>
  );
}

/** How the draft treats the meetings published now: kept in place, moved, left out. */
function PublishedChanges({ draft }: { draft: Draft }) {
  const { t } = useT(SETUP);
  const { kept, moved, dropped } = draft.published;
  if (draft.publishedAt || kept + moved.length + dropped.length === 0) return null;
  return (
    <p class="event-kept">
      {t('progress.kept', { count: kept })}
      {moved.length > 0 && ` ${t('progress.moved', { count: moved.length })}`}
      {dropped.length > 0 && ` ${t('progress.dropped', { count: dropped.length })}`}
    </p>
  );
}

/** The draft's figures and conflicts; `published` says it is the published one (unless the live region just said so). */
function DraftView({ draft, published }: { draft: Draft; published: boolean }) {
  const { t } = useT(ORGANISE);
  const { stats } = draft.schedule;
  const share = stats.upperBound > 0 ? stats.weight / stats.upperBound : 1;
  return (
    <div class="event-draft">
      <h3>{t('schedule.draft', { date: formatIn(draft.createdAt, Intl.DateTimeFormat().resolvedOptions().timeZone) })}</h3>
      <dl class="figures">
        <div><dt>{t('schedule.scheduled')}</dt><dd>{formatNumber(stats.scheduled)}</dd></div>
        <div><dt>{t('schedule.unscheduled')}</dt><dd>{formatNumber(stats.unscheduled)}</dd></div>
        <div>
          <dt>{t('schedule.quality')}</dt>
          <dd>{t('schedule.qualityValue', { weight: formatNumber(stats.weight), bound: formatNumber(stats.upperBound), percent: formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }) })}</dd>
        </div>
      </dl>
      <PublishedChanges draft={draft} />
      {published && <p class="notice">{t('schedule.published')}</p>}
      {draft.stale && !draft.publishedAt && <p class="notice event-warning">{t('schedule.stale')}</p>}
      <h4>{t('schedule.conflicts')}</h4>
      {draft.conflicts.length === 0 ? <p>{t('schedule.noConflicts')}</p> : <ul class="event-conflicts">{draft.conflicts.map((c) => <li key={c}>{c}</li>)}</ul>}
    </div>
  );
}

const latestJob = (id: string) => scheduleJob(id).catch((err: unknown) => {
  if (err instanceof ApiError && err.status === 404) return null;
  throw err;
});

export function SchedulePanel({ event, onPublished }: { event: EventInfo; onPublished: () => void }) {
  const { t } = useT(ORGANISE);
  const { t: ts } = useT(SETUP);
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  const [seconds, setSeconds] = useState('10');
  const [rebuild, setRebuild] = useState(false);
  const [running, setRunning] = useState(false);
  const [job, setJob] = useState<ScheduleJob | null>(null);
  const [publishedHere, setPublishedHere] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean; raced?: boolean } | null>(null);

  /** Follows the event's scheduling job until it ends, showing its progress; then shows the new draft. */
  const follow = async () => {
    setRunning(true);
    try {
      for (;;) {
        const current = await latestJob(event.id);
        if (!current) return;
        setJob(current);
        if (current.status === 'failed') throw new Error(ts('progress.failed', { error: current.error ?? '' }));
        if (current.status === 'done') return setDraft(await latestDraft(event.id));
        await new Promise((r) => setTimeout(r, 600));
      }
    } catch (err) {
      setNote({ text: (err as Error).message, error: true });
    } finally {
      setRunning(false);
    }
  };
  useEffect(() => {
    void latestDraft(event.id).then(setDraft);
    // A run started before this page was opened (or reloaded) is followed as well.
    void latestJob(event.id).then((current) => {
      if (current?.status === 'queued' || current?.status === 'running') void follow();
    });
  }, [event.id]);

  const run = async () => {
    setNote(null);
    setJob(null);
    try {
      await runSchedule(event.id, Number(seconds), rebuild);
    } catch (err) {
      return setNote({ text: (err as Error).message, error: true });
    }
    await follow();
  };
  const publish = async () => {
    if (!draft) return;
    try {
      setDraft(await publishDraft(event.id, draft.id, draft.scheduleVersion));
      setNote({ text: t('schedule.published'), error: false });
      setPublishedHere(true);
      onPublished();
    } catch (err) {
      const raced = err instanceof ApiError && err.status === 409;
      setNote({ text: raced ? t('schedule.raced') : (err as Error).message, error: true, raced });
    }
  };

  return (
    <section class="card" aria-labelledby="organise-schedule">
      <h2 id="organise-schedule">{t('schedule.title')}</h2>
      <div class="event-row">
        <label>
          {t('schedule.seconds')}
          <input type="number" min={1} max={120} value={seconds} onInput={(e) => setSeconds(e.currentTarget.value)} />
        </label>
        <div><button class="primary" type="button" disabled={running} onClick={() => void run()}>{t('schedule.run')}</button></div>
      </div>
      {(event.scheduleVersion > 0 || publishedHere) && (
        <div class="event-rebuild">
          <label class="event-check">
            <input type="checkbox" checked={rebuild} onChange={(e) => setRebuild(e.currentTarget.checked)} aria-describedby="schedule-rebuild-hint" />
            {ts('progress.rebuild')}
          </label>
          <p id="schedule-rebuild-hint" class="field-hint">{ts('progress.rebuildHint')}</p>
        </div>
      )}
      <div role="status" aria-live="polite">
        {running && <p class="event-running">{t('schedule.running')}</p>}
        {note && <p class={note.error ? 'field-error' : 'event-saved'}>{note.text}</p>}
      </div>
      {job && (running || job.status === 'done') && <JobProgress job={job} />}
      {note?.raced && <button type="button" onClick={() => location.reload()}>{t('schedule.reload')}</button>}
      {draft === null && <p>{t('schedule.none')}</p>}
      {draft && <DraftView draft={draft} published={!!draft.publishedAt && !note} />}
      {draft && !draft.publishedAt && !running && <button class="primary" type="button" onClick={() => void publish()}>{t('schedule.publish')}</button>}
    </section>
  );
}

export function Exports({ event }: { event: EventInfo }) {
  const { t } = useT(ORGANISE);
  return (
    <section class="card" aria-labelledby="organise-exports">
      <h2 id="organise-exports">{t('exports.title')}</h2>
      <ul>
        <li><a href={exportUrl(event.id, 'export.json')} download>{t('exports.json')}</a></li>
        <li><a href={exportUrl(event.id, 'participants.csv')} download>{t('exports.participants')}</a></li>
        <li><a href={exportUrl(event.id, 'agenda.csv')} download>{t('exports.agenda')}</a></li>
      </ul>
    </section>
  );
}
