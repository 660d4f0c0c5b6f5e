// A group's workshops: when (in the workshop's zone, and the viewer's when it differs), where, agenda and minutes;
// registering for members; planning, editing with preview, cancelling and recording attendance for those who run it.
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { PlanWorkshopForm } from './group-forms.tsx';
import { useKeptLoad } from './group-load.ts';
import { Markdown, MarkdownField } from '../components/markdown.tsx';
import { formatSpan, listMembers, listWorkshops, recordAttendance, register, updateWorkshop, viewerZone, withdraw, type Group, type Member, type Workshop } from './groups-api.ts';
import { GROUPS } from './groups.messages.ts';

/** Agenda and minutes editors with a preview each, and the save button. */
function WorkshopEditor({ workshop, onSaved }: { workshop: Workshop; onSaved: () => void }) {
  const { t } = useT(GROUPS);
  const [agenda, setAgenda] = useState(workshop.agenda);
  const [minutes, setMinutes] = useState(workshop.minutes);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = (event: Event) => {
    event.preventDefault();
    setStatus('');
    setError(null);
    void updateWorkshop(workshop.id, { agenda, minutes }).then(() => {
      setStatus(t('workshop.saved'));
      onSaved();
    }, (err: Error) => setError(err.message));
  };
  return (
    <form class="edit-form group-workshop-editor" onSubmit={save}>
      <MarkdownField id={`agenda-${workshop.id}`} label={t('workshop.agenda')} hint={t('plan.agendaHint')} value={agenda} onInput={setAgenda} />
      <MarkdownField id={`minutes-${workshop.id}`} label={t('workshop.minutes')} value={minutes} onInput={setMinutes} />
      <div class="form-actions">
        <button type="submit" class="primary">{t('workshop.save')}<span class="visually-hidden">: {workshop.title}</span></button>
        <p role="status" class="form-status">{status}</p>
        {error && <p class="form-error" role="alert">{error}</p>}
      </div>
    </form>
  );
}

/** Who attended (checked) and who was absent, among the group's members and those registered. */
function AttendanceForm({ workshop, members, onSaved }: { workshop: Workshop; members: Member[]; onSaved: () => void }) {
  const { t } = useT(GROUPS);
  const people = new Map<string, string>([...members.map((m) => [m.userId, m.name] as const), ...workshop.attendees.map((a) => [a.userId, a.name] as const)]);
  const [attended, setAttended] = useState<Set<string>>(new Set(workshop.attendees.filter((a) => a.status === 'attended').map((a) => a.userId)));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toggle = (userId: string, on: boolean) => setAttended((s) => { const next = new Set(s); if (on) next.add(userId); else next.delete(userId); return next; });
  const save = (event: Event) => {
    event.preventDefault();
    setError(null);
    const entries = [...people.keys()].map((userId) => ({ userId, status: attended.has(userId) ? 'attended' as const : 'absent' as const }));
    void recordAttendance(workshop.id, entries).then(() => {
      setStatus(t('workshop.attendanceSaved'));
      onSaved();
    }, (err: Error) => setError(err.message));
  };
  return (
    <form class="group-attendance" onSubmit={save}>
      <fieldset>
        <legend>{t('workshop.attendance')}<span class="visually-hidden">: {workshop.title}</span></legend>
        {[...people].sort((a, b) => a[1].localeCompare(b[1])).map(([userId, name]) => (
          <label key={userId} class="group-check">
            <input type="checkbox" checked={attended.has(userId)} onChange={(e) => toggle(userId, e.currentTarget.checked)} />
            {name}
          </label>
        ))}
      </fieldset>
      <div class="form-actions">
        <button type="submit">{t('workshop.saveAttendance')}</button>
        <p role="status" class="form-status">{status}</p>
        {error && <p class="form-error" role="alert">{error}</p>}
      </div>
    </form>
  );
}

function WorkshopItem({ group, workshop, members, onChange }: { group: Group; workshop: Workshop; members: Member[]; onChange: () => void }) {
  const { t } = useT(GROUPS);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const begun = new Date(workshop.startsAt).getTime() <= Date.now();
  const own = viewerZone(workshop);
  const act = (work: Promise<unknown>) => void work.then(onChange, (err: Error) => setError(err.message));
  const headingId = `workshop-${workshop.id}`;
  return (
    <li class={`card group-workshop status-${workshop.status}`}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>
          {workshop.title} <span class={`tag workshop-status-${workshop.status}`}>{t(`workshop.status.${workshop.status}`)}</span>
        </h4>
        <dl class="group-facts">
          <dt>{t('workshop.when')}</dt>
          <dd>
            <time dateTime={workshop.startsAt}>{formatSpan(workshop)}</time> <span class="muted">({t('workshop.zone', { zone: workshop.timezone })})</span>
            {own && <span class="muted"> · {t('workshop.yourTime', { time: formatSpan(workshop, own) })}</span>}
          </dd>
          {(workshop.place || workshop.link) && (
            <>
              <dt>{t('workshop.where')}</dt>
              <dd>
                {workshop.place}
                {workshop.place && workshop.link && ' · '}
                {workshop.link && <a href={workshop.link} rel="noopener noreferrer">{t('workshop.joinOnline')}<span class="visually-hidden">: {workshop.title}</span></a>}
              </dd>
            </>
          )}
        </dl>
        <p class="muted">
          {workshop.status === 'held' ? t('workshop.attended', { attended: workshop.attended, registered: workshop.registered }) : t('workshop.registered', { count: workshop.registered })}
        </p>
        {workshop.status === 'planned' && !begun && (
          group.myRole === null ? <p class="muted">{t('workshop.joinToRegister')}</p>
          : workshop.myStatus === 'registered' ? (
            <p class="group-registered"><strong>{t('workshop.youRegistered')}</strong>{' '}
              <button type="button" onClick={() => act(withdraw(workshop.id))}>{t('workshop.withdraw')}<span class="visually-hidden">: {workshop.title}</span></button></p>
          ) : (
            <p><button type="button" class="primary" onClick={() => act(register(workshop.id))}>{t('workshop.register')}<span class="visually-hidden">: {workshop.title}</span></button></p>
          )
        )}
        {workshop.myStatus === 'attended' && <p>{t('workshop.youAttended')}</p>}
        {workshop.myStatus === 'absent' && <p>{t('workshop.youAbsent')}</p>}
        <h5>{t('workshop.agenda')}</h5>
        {workshop.agenda.trim() ? <Markdown text={workshop.agenda} headingBase={6} /> : <p class="muted">{t('workshop.noAgenda')}</p>}
        {(begun || workshop.minutes.trim()) && (
          <>
            <h5>{t('workshop.minutes')}</h5>
            {workshop.minutes.trim() ? <Markdown text={workshop.minutes} headingBase={6} /> : <p class="muted">{t('workshop.noMinutes')}</p>}
          </>
        )}
        {group.runs && (
          <div class="group-run">
            <div class="group-actions">
              <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>{editing ? t('workshop.closeEdit') : t('workshop.edit')}<span class="visually-hidden">: {workshop.title}</span></button>
              {workshop.status !== 'held' && (
                <button type="button" onClick={() => act(updateWorkshop(workshop.id, { status: workshop.status === 'cancelled' ? 'planned' : 'cancelled' }))}>
                  {workshop.status === 'cancelled' ? t('workshop.reinstate') : t('workshop.cancel')}<span class="visually-hidden">: {workshop.title}</span>
                </button>
              )}
            </div>
            {editing && <WorkshopEditor workshop={workshop} onSaved={onChange} />}
            {begun && workshop.status !== 'cancelled' && <AttendanceForm workshop={workshop} members={members} onSaved={onChange} />}
          </div>
        )}
        {error && <p class="field-error" role="alert">{error}</p>}
      </article>
    </li>
  );
}

export function GroupWorkshops({ group, version, onChange }: { group: Group; version: number; onChange: () => void }) {
  const { t } = useT(GROUPS);
  const { data, error } = useKeptLoad(group.id, version, listWorkshops);
  const { data: members } = useLoad(group.runs ? `${group.id}|${version}` : '', (key) => (key ? listMembers(group.id) : Promise.resolve({ items: [] as Member[] })));
  const now = Date.now();
  const upcoming = (data?.items ?? []).filter((w) => new Date(w.endsAt).getTime() > now);
  const past = (data?.items ?? []).filter((w) => new Date(w.endsAt).getTime() <= now).reverse();
  const list = (items: Workshop[]) => (
    <ul class="group-workshops">
      {items.map((w) => <WorkshopItem key={w.id} group={group} workshop={w} members={members?.items ?? []} onChange={onChange} />)}
    </ul>
  );
  return (
    <section aria-labelledby="group-workshops" class="group-section">
      <h2 id="group-workshops">{t('workshops.title')}</h2>
      {group.runs && <PlanWorkshopForm groupId={group.id} onPlanned={onChange} />}
      {error && <p role="alert">{t('failed', { message: error })}</p>}
      {!data && !error && <p role="status">{t('loading')}</p>}
      {data && data.items.length === 0 && <p>{t('workshops.none')}</p>}
      {upcoming.length > 0 && <><h3 class="group-subhead">{t('workshops.upcoming')}</h3>{list(upcoming)}</>}
      {past.length > 0 && <><h3 class="group-subhead">{t('workshops.past')}</h3>{list(past)}</>}
    </section>
  );
}
