// The managers' side of membership: pending applications with their message, approved with a start date and type or
// rejected with a reason; and ending a membership on its last day.
import { useState } from 'preact/hooks';
import { formatDate, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { InputField, problemsOf, SelectInput, TextAreaField } from './cluster-fields.tsx';
import { approve, endMembership, listApplications, reject, type Membership, type MembershipType } from './members-api.ts';
import { MEMBERS } from './members.messages.ts';

const today = () => new Date().toISOString().slice(0, 10);
const TYPES: MembershipType[] = ['full', 'associate', 'partner'];

function Decision({ application, onDone }: { application: Membership; onDone: (message: string) => void }) {
  const { t } = useT(MEMBERS);
  const [mode, setMode] = useState<'approve' | 'reject' | null>(null);
  const [startDate, setStartDate] = useState(today());
  const [type, setType] = useState<MembershipType>(application.type);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const key = `${application.clusterId}-${application.organizationId}`;
  const run = async (work: () => Promise<Membership>, message: string) => {
    try {
      await work();
      onDone(message);
    } catch (err) {
      const p = problemsOf(err);
      setErrors(p.fields);
      setFailure(p.message);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const who = { organization: application.organizationName };
    if (mode === 'approve') void run(() => approve(application, { startDate, type, note }), t('applications.approved', who));
    else void run(() => reject(application, note), t('applications.rejected', who));
  };
  if (mode === null) {
    return (
      <div class="form-actions">
        <button type="button" class="primary" onClick={() => setMode('approve')}>{t('applications.approve')}<span class="visually-hidden">: {application.organizationName}</span></button>
        <button type="button" class="danger" onClick={() => setMode('reject')}>{t('applications.reject')}<span class="visually-hidden">: {application.organizationName}</span></button>
      </div>
    );
  }
  return (
    <form class="edit-form" onSubmit={submit} noValidate>
      {mode === 'approve' && (
        <div class="field-row">
          <InputField id={`${key}-start`} type="date" label={t('applications.startDate')} value={startDate} onInput={setStartDate} error={errors.startDate} />
          <SelectInput id={`${key}-type`} label={t('applications.typeGranted')} value={type} onChange={(v) => setType(v as MembershipType)} error={errors.type}
            options={TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))} />
        </div>
      )}
      <TextAreaField id={`${key}-note`} rows={2} label={mode === 'approve' ? t('applications.note') : t('applications.reason')} required={mode === 'reject'}
        value={note} onInput={setNote} error={errors.note ?? errors.reason} />
      {failure && <p class="form-error" role="alert">{failure}</p>}
      <div class="form-actions">
        <button type="submit" class={mode === 'approve' ? 'primary' : 'danger primary'}>{mode === 'approve' ? t('applications.confirmApprove') : t('applications.confirmReject')}</button>
        <button type="button" onClick={() => setMode(null)}>{t('applications.cancel')}</button>
      </div>
    </form>
  );
}

/** The pending applications to the cluster and its hubs, oldest first. */
export function ApplicationsSection({ slug, onDecided }: { slug: string; onDecided: () => void }) {
  const { t } = useT(MEMBERS);
  const { data, error, retry } = useLoad(slug, listApplications);
  const [status, setStatus] = useState('');
  const done = (message: string) => {
    setStatus(message);
    retry();
    onDecided();
  };
  return (
    <section aria-labelledby="members-applications" class="members-applications">
      <h2 id="members-applications">{t('applications.title')}</h2>
      <p class="form-status" role="status">{status}</p>
      {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
      {data && data.items.length === 0 && <p>{t('applications.none')}</p>}
      <ul class="cards">
        {data?.items.map((a) => (
          <li key={`${a.clusterId}-${a.organizationId}`} class="card">
            <h3><a href={`/organizations/${a.organizationId}`}>{a.organizationName}</a></h3>
            <p class="muted">
              {t('applications.applied', { date: a.appliedAt ? formatDate(a.appliedAt) : '—', cluster: a.clusterName, type: t(`type.${a.type}`) })}
            </p>
            {a.message && <blockquote class="members-message"><span class="visually-hidden">{t('applications.message')}: </span>{a.message}</blockquote>}
            <Decision application={a} onDone={done} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The manager's "end membership" control of one member row. */
export function EndMembership({ member, onDone }: { member: Membership; onDone: (message: string) => void }) {
  const { t } = useT(MEMBERS);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | undefined>(undefined);
  const id = `end-${member.clusterId}-${member.organizationId}`;
  if (!open) return <button type="button" onClick={() => setOpen(true)}>{t('end.open')}<span class="visually-hidden">: {member.organizationName}</span></button>;
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await endMembership(member, date);
      onDone(t('end.done', { organization: member.organizationName, date: formatDate(date) }));
    } catch (err) {
      const p = problemsOf(err);
      setError(p.fields.endDate ?? p.message ?? undefined);
    }
  };
  return (
    <form class="members-end" onSubmit={(e) => void submit(e)} noValidate>
      <InputField id={id} type="date" label={t('end.date')} value={date} onInput={setDate} error={error} />
      <div class="form-actions">
        <button type="submit" class="danger">{t('end.confirm')}</button>
        <button type="button" onClick={() => setOpen(false)}>{t('end.cancel')}</button>
      </div>
    </form>
  );
}
