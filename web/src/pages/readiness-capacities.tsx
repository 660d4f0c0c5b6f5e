// An organisation's production capacities for its editors: the list, and a form to declare or change one, with the
// EMDN code suggested from the product's name (the regulatory navigator's suggestions) or chosen in the EMDN tree.
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { InputField, problemsOf, SelectInput, TextAreaField } from './cluster-fields.tsx';
import { EmdnBrowser } from './emdn-tree.tsx';
import { suggestEmdn, type EmdnSuggestion } from './product-api.ts';
import {
  createCapacity, deleteCapacity, listCapacities, organizationPeople, updateCapacity, type Capacity, type CapacityInput,
} from './readiness-api.ts';
import { READINESS } from './readiness.messages.ts';
import './product.css';

type Draft = { product: string; emdnCode: string; capacityPerWeek: string; unit: string; leadTimeWeeks: string; certifications: string; contactPersonId: string; notes: string };
const BLANK: Draft = { product: '', emdnCode: '', capacityPerWeek: '', unit: 'pieces', leadTimeWeeks: '', certifications: '', contactPersonId: '', notes: '' };

const draftOf = (c: Capacity): Draft => ({
  product: c.product, emdnCode: c.emdnCode ?? '', capacityPerWeek: String(c.capacityPerWeek), unit: c.unit, leadTimeWeeks: String(c.leadTimeWeeks),
  certifications: c.certifications.join(', '), contactPersonId: c.contactPersonId ?? '', notes: c.notes,
});

const WHOLE = /^\d+$/;

/** The EMDN code of a capacity: typed, taken from the suggestions for the product's name, or chosen in the tree. */
function EmdnField({ product, value, onChange, error }: { product: string; value: string; onChange: (code: string) => void; error?: string | undefined }) {
  const { t } = useT(READINESS);
  const [suggestions, setSuggestions] = useState<EmdnSuggestion[] | null>(null);
  const [browse, setBrowse] = useState(false);
  const suggest = () => void suggestEmdn(product).then((r) => setSuggestions(r.items), () => setSuggestions([]));
  return (
    <div class="readiness-emdn">
      <InputField id="cap-emdn" label={t('capacities.emdnCode')} value={value} onInput={onChange} error={error} />
      <div class="form-actions">
        <button type="button" disabled={!product.trim()} onClick={suggest}>{t('capacities.suggest')}</button>
        <button type="button" aria-expanded={browse} onClick={() => setBrowse(!browse)}>{t('capacities.browse')}</button>
        {value && <button type="button" class="link-button" onClick={() => onChange('')}>{t('capacities.clear')}</button>}
      </div>
      {suggestions && (
        <div aria-live="polite">
          {suggestions.length === 0 ? <p class="muted">{t('capacities.noSuggestions')}</p> : (
            <>
              <p class="tabs-label">{t('capacities.suggestions')}</p>
              <ul class="readiness-suggestions">
                {suggestions.map((s) => (
                  <li key={s.id}>
                    <button type="button" onClick={() => { onChange(s.code); setSuggestions(null); }}>
                      {t('capacities.use')} <code>{s.code}</code> <span lang="en">{s.term}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {browse && <EmdnBrowser current={value ? `emdn:${value}` : null} onPick={(n) => { onChange(n.code); setBrowse(false); }} />}
    </div>
  );
}

function CapacityForm({ organizationId, editing, onDone }: { organizationId: string; editing: Capacity | null; onDone: (message: string) => void }) {
  const { t } = useT(READINESS);
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { data: people } = useLoad(organizationId, organizationPeople);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [editing?.id]);
  const set = (key: keyof Draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!draft.product.trim()) local.product = t('capacities.required');
    if (!WHOLE.test(draft.capacityPerWeek.trim())) local.capacityPerWeek = t('capacities.wholeNumber');
    if (!WHOLE.test(draft.leadTimeWeeks.trim())) local.leadTimeWeeks = t('capacities.wholeNumber');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const input: CapacityInput = {
      product: draft.product.trim(), emdnCode: draft.emdnCode.trim() || null, capacityPerWeek: Number(draft.capacityPerWeek), unit: draft.unit.trim() || 'pieces',
      leadTimeWeeks: Number(draft.leadTimeWeeks), certifications: draft.certifications.split(',').map((s) => s.trim()).filter(Boolean),
      contactPersonId: draft.contactPersonId || null, notes: draft.notes.trim(),
    };
    try {
      await (editing ? updateCapacity(editing.id, input) : createCapacity(organizationId, input));
      onDone(t('capacities.saved'));
    } catch (err) {
      const p = problemsOf(err);
      setErrors(p.fields);
      setFailure(p.message);
    }
  };
  return (
    <form class="edit-form card readiness-form" onSubmit={(e) => void submit(e)} noValidate>
      <h4 ref={heading} tabIndex={-1}>{editing ? t('capacities.editing', { product: editing.product }) : t('capacities.adding')}</h4>
      <InputField id="cap-product" label={t('capacities.product')} required value={draft.product} onInput={set('product')} error={errors.product} />
      <EmdnField product={draft.product} value={draft.emdnCode} onChange={set('emdnCode')} error={errors.emdnCode} />
      <div class="field-row">
        <InputField id="cap-capacity" label={t('capacities.capacityPerWeek')} required inputMode="numeric" value={draft.capacityPerWeek} onInput={set('capacityPerWeek')} error={errors.capacityPerWeek} />
        <InputField id="cap-unit" label={t('capacities.unit')} hint={t('capacities.unitHint')} value={draft.unit} onInput={set('unit')} error={errors.unit} />
        <InputField id="cap-lead" label={t('capacities.leadTimeWeeks')} required inputMode="numeric" value={draft.leadTimeWeeks} onInput={set('leadTimeWeeks')} error={errors.leadTimeWeeks} />
      </div>
      <InputField id="cap-certifications" label={t('capacities.certifications')} hint={t('capacities.certificationsHint')} value={draft.certifications}
        onInput={set('certifications')} error={errors.certifications} />
      <SelectInput id="cap-contact" label={t('capacities.contact')} value={draft.contactPersonId} onChange={set('contactPersonId')} error={errors.contactPersonId}
        options={[{ value: '', label: t('capacities.nobody') }, ...(people?.items ?? []).map((p) => ({ value: p.id, label: `${p.givenName} ${p.familyName}${p.jobTitle ? `, ${p.jobTitle}` : ''}` }))]} />
      <TextAreaField id="cap-notes" label={t('capacities.notes')} rows={3} value={draft.notes} onInput={set('notes')} error={errors.notes} />
      {failure && <p class="form-error" role="alert">{t('failed', { message: failure })}</p>}
      <div class="form-actions">
        <button type="submit" class="primary">{t('capacities.save')}</button>
        <button type="button" onClick={() => onDone('')}>{t('capacities.cancel')}</button>
      </div>
    </form>
  );
}

/** The capacities of one organisation the user edits, with the form to declare or change them. */
export function CapacitiesSection({ organizationId, organizationName, active }: { organizationId: string; organizationName: string; active: boolean }) {
  const { t } = useT(READINESS);
  const { data, error, retry } = useLoad(organizationId, listCapacities);
  const [editing, setEditing] = useState<Capacity | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const headingId = `capacities-${organizationId}`;
  const done = (message: string) => {
    setEditing(null);
    setStatus(message);
    retry();
  };
  const remove = async (c: Capacity) => {
    if (!window.confirm(t('capacities.confirmDelete', { product: c.product }))) return;
    await deleteCapacity(c.id);
    done(t('capacities.deleted'));
  };
  return (
    <section aria-labelledby={headingId} class="readiness-capacities">
      <h2 id={headingId}>{t('capacities.title', { organization: organizationName })}</h2>
      {!active && <p class="notice">{t('capacities.notActive', { organization: organizationName })}</p>}
      {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
      {data && data.items.length === 0 && <p>{t('capacities.none')}</p>}
      {data && data.items.length > 0 && (
        <ul class="cards">
          {data.items.map((c) => (
            <li key={c.id} class="card">
              <h3>{c.product}</h3>
              <p>
                <strong>{t('answer.perWeek', { capacity: formatNumber(c.capacityPerWeek), unit: c.unit })}</strong> · {t('answer.leadTime', { weeks: c.leadTimeWeeks })}
              </p>
              {c.emdnCode && <p><code>{c.emdnCode}</code> {c.emdnTerm && <span lang="en" class="muted">{c.emdnTerm}</span>}</p>}
              {c.certifications.length > 0 && <p class="muted">{t('answer.certifications')}: {c.certifications.join(', ')}</p>}
              {c.contact && <p class="muted">{t('answer.contact')}: {c.contact.name}</p>}
              <div class="form-actions">
                <button type="button" onClick={() => setEditing(c)}>{t('capacities.edit')}<span class="visually-hidden">: {c.product}</span></button>
                <button type="button" class="danger" onClick={() => void remove(c)}>{t('capacities.delete')}<span class="visually-hidden">: {c.product}</span></button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="form-status" role="status">{status}</p>
      {editing === null && <button type="button" class="primary" onClick={() => { setStatus(''); setEditing('new'); }}>{t('capacities.add')}</button>}
      {editing !== null && <CapacityForm key={editing === 'new' ? 'new' : editing.id} organizationId={organizationId} editing={editing === 'new' ? null : editing} onDone={done} />}
    </section>
  );
}
