// The managers' crisis query: what is needed (product words or an EMDN category, quantity, lead time, certificates),
// the answer in a sentence per unit, the organisations that can deliver with their contacts, and the exports.
import { useState } from 'preact/hooks';
import { formatNumber, LANGUAGE_NAMES, LANGUAGES, useT, currentLanguage, type Language } from '../i18n.ts';
import { InputField, problemsOf, SelectInput } from './cluster-fields.tsx';
import { askReadiness, readinessQueryString, type Answer, type Match, type ReadinessQuery, type Total } from './readiness-api.ts';
import { READINESS } from './readiness.messages.ts';

const EMPTY: ReadinessQuery = { product: '', emdn: '', quantity: '', withinWeeks: '', minCapacity: '', certifications: [], unit: '' };
const EXAMPLE: ReadinessQuery = { ...EMPTY, product: 'swabs', quantity: '100000', withinWeeks: '4' };

/** The answer for one unit in a sentence: who alone, how many together, or how much is missing. */
export function AnswerSentence({ total }: { total: Total }) {
  const { t } = useT(READINESS);
  const n = (v: number) => formatNumber(v);
  const values = { organizations: total.organizations, total: n(total.capacityPerWeek), unit: total.unit, quantity: n(total.quantity ?? 0), alone: total.alone };
  if (total.quantity === null) return <p>{t('answer.noQuantity', values)}</p>;
  if (total.alone > 0) return <p class="readiness-enough">{t('answer.alone', values)}</p>;
  if (total.neededTogether !== null) return <p class="readiness-enough">{t('answer.together', { ...values, needed: total.neededTogether })}</p>;
  return <p class="readiness-short">{t('answer.short', { ...values, missing: n(total.quantity - total.capacityPerWeek) })}</p>;
}

function MatchCard({ match }: { match: Match }) {
  const { t } = useT(READINESS);
  return (
    <li class="card readiness-match">
      <h4>
        <a href={`/organizations/${match.organizationId}`}>{match.organizationName}</a>
        {match.city && <span class="muted"> · {match.city}</span>}
      </h4>
      <p class="readiness-figure">
        <strong>{t('answer.perWeek', { capacity: formatNumber(match.capacityPerWeek), unit: match.unit })}</strong> · {t('answer.leadTime', { weeks: match.leadTimeWeeks })}
        {match.alone && <> <span class="tag readiness-alone">{t('answer.alone_badge')}</span></>}
      </p>
      <ul class="readiness-capacity-lines">
        {match.capacities.map((c) => (
          <li key={c.id}>
            {c.product}
            {c.emdnCode && <> <code>{c.emdnCode}</code></>}: {formatNumber(c.capacityPerWeek)} {c.unit}
            {c.certifications.length > 0 && <span class="muted"> · {c.certifications.join(', ')}</span>}
          </li>
        ))}
      </ul>
      {match.contacts.length === 0 ? (
        <p class="muted">{t('answer.noContact')}</p>
      ) : (
        match.contacts.map((p) => (
          <p key={p.id} class="readiness-contact">
            <span class="muted">{t('answer.contact')}:</span> {p.name}
            {p.jobTitle && `, ${p.jobTitle}`}
            {p.email && <> · <a href={`mailto:${p.email}`}>{p.email}</a></>}
            {p.phone && <> · <a href={`tel:${p.phone.replace(/\s+/g, '')}`}>{p.phone}</a></>}
          </p>
        ))
      )}
    </li>
  );
}

function Exports({ slug, query }: { slug: string; query: ReadinessQuery }) {
  const { t } = useT(READINESS);
  const [lang, setLang] = useState<Language>(currentLanguage());
  const base = `/api/v1/clusters/${encodeURIComponent(slug)}`;
  return (
    <section class="readiness-export" aria-labelledby="readiness-export-title">
      <h3 id="readiness-export-title">{t('answer.export')}</h3>
      <p class="muted">{t('answer.exportLead')}</p>
      <div class="readiness-export-row">
        <SelectInput id="readiness-export-language" label={t('answer.language')} value={lang} onChange={(v) => setLang(v as Language)}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} />
        <a class="button-link" href={`${base}/readiness.csv${readinessQueryString(query, lang)}`} download>{t('answer.csv')}</a>
        <a class="button-link" href={`${base}/readiness.pdf${readinessQueryString(query, lang)}`} download>{t('answer.pdf')}</a>
      </div>
    </section>
  );
}

/** The query form and its answer. */
export function ReadinessQuerySection({ slug }: { slug: string }) {
  const { t } = useT(READINESS);
  const [form, setForm] = useState<ReadinessQuery & { certificationText: string }>({ ...EMPTY, certificationText: '' });
  const [asked, setAsked] = useState<ReadinessQuery | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof ReadinessQuery | 'certificationText') => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const ask = async (query: ReadinessQuery) => {
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      setAnswer(await askReadiness(slug, query));
      setAsked(query);
    } catch (err) {
      const p = problemsOf(err);
      setErrors(p.fields);
      setFailure(p.message);
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: Event) => {
    e.preventDefault();
    void ask({ ...form, certifications: form.certificationText.split(',').map((s) => s.trim()).filter(Boolean) });
  };
  const example = () => {
    setForm({ ...EXAMPLE, certificationText: '' });
    void ask(EXAMPLE);
  };
  return (
    <section aria-labelledby="readiness-query-title" class="readiness-query">
      <h2 id="readiness-query-title">{t('query.title')}</h2>
      <p>{t('query.lead')}</p>
      <p><button type="button" class="link-button" onClick={example}>{t('query.example')}</button></p>
      <form class="edit-form" onSubmit={submit} noValidate>
        <div class="field-row">
          <InputField id="rq-product" label={t('query.product')} hint={t('query.productHint')} value={form.product} onInput={set('product')} error={errors.product} />
          <InputField id="rq-emdn" label={t('query.emdn')} hint={t('query.emdnHint')} value={form.emdn} onInput={set('emdn')} error={errors.emdn} />
        </div>
        <div class="field-row">
          <InputField id="rq-quantity" label={t('query.quantity')} inputMode="numeric" value={form.quantity} onInput={set('quantity')} error={errors.quantity} />
          <InputField id="rq-weeks" label={t('query.withinWeeks')} inputMode="numeric" value={form.withinWeeks} onInput={set('withinWeeks')} error={errors.withinWeeks} />
          <InputField id="rq-min" label={t('query.minCapacity')} inputMode="numeric" value={form.minCapacity} onInput={set('minCapacity')} error={errors.minCapacity} />
        </div>
        <div class="field-row">
          <InputField id="rq-certifications" label={t('query.certifications')} hint={t('query.certificationsHint')} value={form.certificationText}
            onInput={set('certificationText')} error={errors.certifications} />
          <InputField id="rq-unit" label={t('query.unit')} hint={t('query.unitHint')} value={form.unit} onInput={set('unit')} error={errors.unit} />
        </div>
        <div class="form-actions">
          <button class="primary" type="submit" disabled={busy}>{busy ? t('query.asking') : t('query.submit')}</button>
        </div>
      </form>
      {failure && <p class="notice" role="alert">{t('failed', { message: failure })}</p>}
      <div aria-live="polite">
        {answer && asked && (
          <section aria-labelledby="readiness-answer-title" class="readiness-answer">
            <h3 id="readiness-answer-title">{t('answer.title')}</h3>
            {answer.totals.length === 0 ? <p>{t('answer.none')}</p> : answer.totals.map((total) => <AnswerSentence key={total.unit} total={total} />)}
            {answer.matches.length > 0 && (
              <>
                <p class="muted">{t('answer.results', { count: answer.matches.length })}</p>
                <ol class="cards readiness-matches">{answer.matches.map((m) => <MatchCard key={`${m.organizationId}-${m.unit}`} match={m} />)}</ol>
              </>
            )}
            <Exports slug={slug} query={asked} />
          </section>
        )}
      </div>
    </section>
  );
}
