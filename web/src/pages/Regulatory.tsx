// The regulatory navigator's start page: what it does, where to start (MDR, IVDR, not sure), my saved questionnaires.
import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { formatDate, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { deleteAssessment, listAssessments, type Assessment } from './regulatory-api.ts';
import { assessUrl, startState } from './regulatory-state.ts';
import { REGULATORY_START } from './regulatory-start.messages.ts';
import { REGULATORY } from './regulatory.messages.ts';
import '../components/form-styles.css';
import './regulatory.css';

function SavedAssessments() {
  const { t } = useT(REGULATORY);
  const { t: ts } = useT(REGULATORY_START);
  const [items, setItems] = useState<Assessment[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const load = () => listAssessments().then(setItems, (err: Error) => setError(err.message));
  useEffect(() => void load(), []);

  async function remove(a: Assessment) {
    try {
      await deleteAssessment(a.id);
      setStatus(ts('start.deleted', { name: a.name }));
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section class="regulatory-saved" aria-labelledby="regulatory-saved-title">
      <h2 id="regulatory-saved-title">{ts('start.saved')}</h2>
      {error && <p role="alert" class="form-error">{t('failed', { message: error })}</p>}
      <p role="status" class="form-status">{status}</p>
      {items === null && !error && <p>{t('loading')}</p>}
      {items?.length === 0 && <p class="muted">{ts('start.noneSaved')}</p>}
      {items && items.length > 0 && (
        <ul class="regulatory-saved-list">
          {items.map((a) => (
            <li key={a.id} class="card">
              <h3>
                <a href={`/regulatory/assessments/${a.id}`}>{a.name}</a>
              </h3>
              <p class="muted">
                {a.regulation ?? ts('start.unqualified')}
                {a.classification && <> · {t('classIs', { cls: `${a.classification.class}${a.classification.subclasses.join('')}` })}</>}
                {' · '}
                {ts('start.updated', { date: formatDate(a.updatedAt) })}
                {a.shared && <> · {ts('start.shared')}</>}
              </p>
              <ConfirmButton
                label={ts('start.delete')}
                detail={a.name}
                question={ts('start.deleteQuestion', { name: a.name })}
                onConfirm={() => remove(a)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RegulatoryPage() {
  const { t, language } = useT(REGULATORY);
  const { t: ts } = useT(REGULATORY_START);
  const user = useSession();
  useEffect(() => {
    document.title = `${t('title')} · klynge`;
  }, [language]);

  const starts = [
    { key: 'mdr', href: assessUrl(startState('MDR')) },
    { key: 'ivdr', href: assessUrl(startState('IVDR')) },
    { key: 'unsure', href: assessUrl(startState()) },
  ] as const;

  return (
    <div class="page regulatory-page">
      <h1>{t('title')}</h1>
      <p class="lead">{ts('start.lead')}</p>
      <ul class="regulatory-features">
        {(['qualification', 'classification', 'route', 'plan'] as const).map((f) => (
          <li key={f}>
            <strong>{ts(`start.features.${f}.title`)}</strong> {ts(`start.features.${f}.text`)}
          </li>
        ))}
      </ul>
      <h2>{ts('start.begin')}</h2>
      <ul class="regulatory-starts">
        {starts.map((s) => (
          <li key={s.key}>
            <a href={s.href} class={`regulatory-start ${s.key}`}>
              <strong>{ts(`start.${s.key}.title`)}</strong>
              <span>{ts(`start.${s.key}.text`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="muted regulatory-disclaimer">{ts('start.disclaimer')}</p>
      {user ? (
        <SavedAssessments />
      ) : user === null ? (
        <p class="notice">
          {ts('start.signInLead')} <a href="/sign-in?next=%2Fregulatory">{t('signIn')}</a>
        </p>
      ) : null}
    </div>
  );
}
