// /clusters/:slug/funding: the calls nearest deadline first (follow, who fits), the instruments by level and
// category, and the managers' forms.
import { useEffect, useState } from 'preact/hooks';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { localized, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { CallCard } from './funding-calls.tsx';
import { CATEGORIES, fetchCalls, fetchInstruments, LEVELS, type Call, type Category, type Instrument } from './funding-api.ts';
import { AddCall, AddInstrument } from './funding-manage.tsx';
import { FUNDING } from './funding.messages.ts';
import '../components/form-styles.css';
import './partners.css';
import './funding.css';

export function FundingPage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="funding">{(cluster) => <FundingContent cluster={cluster} />}</ClusterPage>;
}

function Instruments({ items, category, onCategory }: { items: Instrument[]; category: Category | ''; onCategory: (c: Category | '') => void }) {
  const { t } = useT(FUNDING);
  const shown = items.filter((i) => !category || i.category === category);
  return (
    <section class="funding-instruments" aria-labelledby="funding-instruments-title">
      <h2 id="funding-instruments-title">{t('instruments.title')}</h2>
      <label class="funding-filter">
        {t('instruments.category')}
        <select value={category} onChange={(e) => onCategory(e.currentTarget.value as Category | '')}>
          <option value="">{t('instruments.all')}</option>
          {CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
        </select>
      </label>
      {shown.length === 0 && <p class="muted">{t('instruments.none')}</p>}
      {LEVELS.map((level) => {
        const group = shown.filter((i) => i.level === level);
        if (group.length === 0) return null;
        return (
          <div key={level} class="funding-level">
            <h3>{t(`level.${level}`)}</h3>
            <ul class="cards">
              {group.map((i) => (
                <li key={i.id} class="card funding-instrument" data-instrument={i.id}>
                  <h4>{localized(i.name)}</h4>
                  <p><span class="tag">{t(`category.${i.category}`)}</span></p>
                  {i.funder && <p class="muted">{t('instruments.funder', { funder: i.funder })}</p>}
                  {localized(i.description) && <p>{localized(i.description)}</p>}
                  <p class="muted">{t('instruments.open', { count: i.openCalls })}</p>
                  {i.url && <p><a href={i.url} rel="noopener noreferrer">{t('instruments.website')}<span class="visually-hidden">: {localized(i.name)}</span></a></p>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function FundingContent({ cluster }: { cluster: ClusterInfo }) {
  const { t, language } = useT(FUNDING);
  const user = useSession();
  const [calls, setCalls] = useState<Call[] | null>(null);
  const [instruments, setInstruments] = useState<Instrument[] | null>(null);
  const [past, setPast] = useState(false);
  const [category, setCategory] = useState<Category | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    document.title = `${t('calls.title')} · klynge`;
  }, [language]);
  useEffect(() => {
    if (user === undefined) return;
    Promise.all([fetchCalls(cluster.slug, past ? 'all' : 'open'), fetchInstruments(cluster.slug)]).then(([c, i]) => {
      setCalls(c.items);
      setInstruments(i.items);
    }, (err: Error) => setError(err.message));
  }, [cluster.slug, past, user?.id, version]);

  if (error) return <p class="notice" role="alert">{t('failed', { message: error })}</p>;
  if (!calls || !instruments) return <p role="status">{t('loading')}</p>;
  const member = cluster.access !== 'public';
  const saved = (text: string) => {
    setMessage(text);
    setVersion((v) => v + 1);
  };
  return (
    <div class="funding">
      <p class="lead">{t('lead')}</p>
      <p class="funding-announce" role="status" aria-live="polite">{message}</p>
      {cluster.access === 'manager' && (
        <div class="funding-manage-forms">
          <AddCall clusterId={cluster.id} instruments={instruments} onSaved={saved} />
          <AddInstrument clusterId={cluster.id} admin={user?.isAdmin ?? false} onSaved={saved} />
        </div>
      )}
      <section class="funding-calls" aria-labelledby="funding-calls-title">
        <h2 id="funding-calls-title">{t('calls.title')}</h2>
        <label class="funding-check"><input type="checkbox" checked={past} onChange={(e) => setPast(e.currentTarget.checked)} /> {t('calls.showPast')}</label>
        {calls.length === 0 ? <p class="muted">{t('calls.none')}</p> : (
          <ul class="funding-call-list">
            {calls.map((c) => (
              <CallCard key={c.id} slug={cluster.slug} call={c} signedIn={Boolean(user)} canMatch={member}
                canFollow={Boolean(user) && (member || c.clusterId === null)}
                onChange={(next, text) => {
                  setCalls(calls.map((x) => (x.id === next.id ? next : x)));
                  setMessage(text);
                }} />
            ))}
          </ul>
        )}
      </section>
      <Instruments items={instruments} category={category} onCategory={setCategory} />
    </div>
  );
}
