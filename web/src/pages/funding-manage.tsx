// The managers' forms on the funding page: add an instrument to the cluster's catalogue, add a call with its deadline.
import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { localized, useT } from '../i18n.ts';
import { CATEGORIES, createCall, createInstrument, LEVELS, type Category, type Instrument, type Level } from './funding-api.ts';
import { FUNDING } from './funding.messages.ts';

type Errors = Record<string, string>;

function useErrors() {
  const [errors, setErrors] = useState<Errors>({});
  const fail = (err: unknown, fix: string) => {
    const found: Errors = {};
    if (err instanceof ApiError) for (const d of err.details) found[d.field.split('.')[0]!] ??= d.message;
    setErrors(Object.keys(found).length ? { ...found, form: fix } : { form: (err as Error).message });
  };
  const aria = (prefix: string, key: string) => ({ id: `${prefix}-${key}`, 'aria-invalid': errors[key] ? true : undefined, 'aria-describedby': errors[key] ? `${prefix}-${key}-error` : undefined });
  const message = (prefix: string, key: string) => errors[key] && <p id={`${prefix}-${key}-error`} class="field-error">{errors[key]}</p>;
  return { errors, setErrors, fail, aria, message };
}

export function AddInstrument({ clusterId, admin, onSaved }: { clusterId: string; admin: boolean; onSaved: (message: string) => void }) {
  const { t } = useT(FUNDING);
  const [level, setLevel] = useState<Level>('state');
  const [category, setCategory] = useState<Category>('top_research');
  const [name, setName] = useState({ de: '', en: '', da: '' });
  const [funder, setFunder] = useState('');
  const [description, setDescription] = useState('');
  const [url, setUrl] = useState('');
  const [global, setGlobal] = useState(false);
  const { errors, setErrors, fail, aria, message } = useErrors();
  const p = 'instrument';
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const named = Object.fromEntries(Object.entries(name).filter(([, v]) => v.trim()));
      await createInstrument({ clusterId: global ? null : clusterId, level, category, name: named, funder, description: description ? { en: description } : {}, url: url || null });
      setErrors({});
      setName({ de: '', en: '', da: '' });
      onSaved(t('manage.saved'));
    } catch (err) {
      fail(err, t('manage.fix'));
    }
  };
  return (
    <details class="funding-manage">
      <summary>{t('manage.addInstrument')}</summary>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
        <div class="funding-form-row">
          <label>{t('manage.level')}<select value={level} onChange={(e) => setLevel(e.currentTarget.value as Level)}>{LEVELS.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}</select></label>
          <label>{t('manage.category')}<select value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>{CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}</select></label>
        </div>
        {(['de', 'en', 'da'] as const).map((l) => (
          <div class={errors.name ? 'field has-error' : 'field'} key={l}>
            <label for={`${p}-name-${l}`}>{t(`manage.name${l === 'de' ? 'De' : l === 'en' ? 'En' : 'Da'}`)}</label>
            <input id={`${p}-name-${l}`} lang={l} value={name[l]} onInput={(e) => setName({ ...name, [l]: e.currentTarget.value })} aria-invalid={errors.name ? true : undefined} aria-describedby={errors.name ? `${p}-name-error` : undefined} />
          </div>
        ))}
        {message(p, 'name')}
        <div class="field"><label for={`${p}-funder`}>{t('manage.funder')}</label><input {...aria(p, 'funder')} value={funder} onInput={(e) => setFunder(e.currentTarget.value)} />{message(p, 'funder')}</div>
        <div class="field"><label for={`${p}-description`}>{t('manage.description')}</label><textarea {...aria(p, 'description')} rows={3} value={description} onInput={(e) => setDescription(e.currentTarget.value)} /></div>
        <div class="field"><label for={`${p}-url`}>{t('manage.url')}</label><input {...aria(p, 'url')} type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />{message(p, 'url')}</div>
        {admin && <label class="funding-check"><input type="checkbox" checked={global} onChange={(e) => setGlobal(e.currentTarget.checked)} /> {t('manage.forEvery')}</label>}
        <div><button type="submit" class="primary">{t('manage.save')}</button></div>
      </form>
    </details>
  );
}

export function AddCall({ clusterId, instruments, onSaved }: { clusterId: string; instruments: Instrument[]; onSaved: (message: string) => void }) {
  const { t } = useT(FUNDING);
  const [instrumentId, setInstrumentId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState('');
  const [budget, setBudget] = useState('');
  const [url, setUrl] = useState('');
  const { errors, setErrors, fail, aria, message } = useErrors();
  const p = 'call';
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await createCall({
        clusterId, instrumentId: instrumentId || null, title, description, url: url || null, budget: budget ? Number(budget) : null,
        deadline: deadline ? new Date(`${deadline}T23:59:00`).toISOString() : '',
      });
      setErrors({});
      setTitle('');
      setDescription('');
      onSaved(t('manage.saved'));
    } catch (err) {
      fail(err, t('manage.fix'));
    }
  };
  return (
    <details class="funding-manage">
      <summary>{t('manage.addCall')}</summary>
      <form class="stack" onSubmit={(e) => void submit(e)}>
        {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
        <div class="field"><label for={`${p}-instrumentId`}>{t('manage.instrument')}</label>
          <select {...aria(p, 'instrumentId')} value={instrumentId} onChange={(e) => setInstrumentId(e.currentTarget.value)}>
            <option value="">{t('manage.noInstrument')}</option>
            {instruments.map((i) => <option key={i.id} value={i.id}>{localized(i.name)}</option>)}
          </select>{message(p, 'instrumentId')}
        </div>
        <div class={errors.title ? 'field has-error' : 'field'}><label for={`${p}-title`}>{t('manage.title')}</label><input {...aria(p, 'title')} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />{message(p, 'title')}</div>
        <div class="field"><label for={`${p}-description`}>{t('manage.callText')}</label><textarea {...aria(p, 'description')} rows={4} value={description} onInput={(e) => setDescription(e.currentTarget.value)} /></div>
        <div class="funding-form-row">
          <div class={errors.deadline ? 'field has-error' : 'field'}><label for={`${p}-deadline`}>{t('manage.deadline')}</label><input {...aria(p, 'deadline')} type="date" value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} />{message(p, 'deadline')}</div>
          <div class={errors.budget ? 'field has-error' : 'field'}><label for={`${p}-budget`}>{t('manage.budget')}</label><input {...aria(p, 'budget')} inputMode="decimal" value={budget} onInput={(e) => setBudget(e.currentTarget.value)} />{message(p, 'budget')}</div>
        </div>
        <div class="field"><label for={`${p}-url`}>{t('manage.url')}</label><input {...aria(p, 'url')} type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />{message(p, 'url')}</div>
        <div><button type="submit" class="primary">{t('manage.save')}</button></div>
      </form>
    </details>
  );
}
