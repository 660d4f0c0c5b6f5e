// The managers' small forms on the strategy page: texts in three languages, a theme, a goal, a milestone with its
// owner. Each shows the server's 422 problems under the field they name.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { LANGUAGES, LANGUAGE_NAMES, useT, type Localized } from '../i18n.ts';
import { HORIZONS, STATUSES, loadOwnerChoices, type Milestone, type MilestoneInput, type OwnerChoices, type ThemeKind } from './strategy-api.ts';
import { STRATEGY } from './strategy.messages.ts';

export type Errors = Record<string, string>;

/** The field problems of a refused request (422), by field; other failures under `form`. */
export function errorsOf(err: unknown): Errors {
  if (err instanceof ApiError && err.details.length > 0) return Object.fromEntries(err.details.map((d) => [d.field.split('.')[0]!, d.message]));
  return { form: (err as Error).message };
}

/** A labelled control with its problem underneath. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string | undefined; children: (aria: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => JSX.Element }) {
  const aria = error ? { id, 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-error` } : { id };
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {children(aria)}
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}

/** A text in German, English and Danish: one input (or text area) per language. */
export function LocalizedFields({ id, label, value, onChange, error, multiline }: { id: string; label: string; value: Localized; onChange: (v: Localized) => void; error?: string | undefined; multiline?: boolean }) {
  return (
    <fieldset class="strategy-localized">
      <legend>{label}</legend>
      {LANGUAGES.map((l) => {
        const fieldId = `${id}-${l}`;
        const props = { id: fieldId, lang: l, value: value[l] ?? '', onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...value, [l]: e.currentTarget.value }), 'aria-describedby': error ? `${id}-error` : undefined, 'aria-invalid': error ? ('true' as const) : undefined };
        return (
          <div class="field" key={l}>
            <label for={fieldId} lang={l}>{LANGUAGE_NAMES[l]}</label>
            {multiline ? <textarea {...props} rows={3} /> : <input {...props} />}
          </div>
        );
      })}
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </fieldset>
  );
}

/** Buttons saving or cancelling a form, and its form-wide problem. */
export function FormButtons({ saving, label, onCancel, error }: { saving: boolean; label: string; onCancel?: () => void; error?: string | undefined }) {
  const { t } = useT(STRATEGY);
  return (
    <div class="strategy-form-actions">
      <button type="submit" class="primary" disabled={saving}>{saving ? t('form.saving') : label}</button>
      {onCancel && <button type="button" onClick={onCancel}>{t('form.cancel')}</button>}
      {error && <p class="form-error" role="alert">{error}</p>}
    </div>
  );
}

/** Runs `save`, keeping the problems for the fields; returns whether it worked. */
export function useSubmit() {
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const submit = async (save: () => Promise<unknown>): Promise<boolean> => {
    setSaving(true);
    setErrors({});
    try {
      await save();
      return true;
    } catch (err) {
      setErrors(errorsOf(err));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { saving, errors, submit };
}

/** Creates or changes a theme: kind, title and description in three languages. */
export function ThemeForm({ id, initial, onSave, onCancel }: { id: string; initial?: { kind: ThemeKind; title: Localized; description: Localized }; onSave: (v: { kind: ThemeKind; title: Localized; description: Localized }) => Promise<unknown>; onCancel?: () => void }) {
  const { t } = useT(STRATEGY);
  const [kind, setKind] = useState<ThemeKind>(initial?.kind ?? 'focus_theme');
  const [title, setTitle] = useState<Localized>(initial?.title ?? {});
  const [description, setDescription] = useState<Localized>(initial?.description ?? {});
  const { saving, errors, submit } = useSubmit();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (await submit(() => onSave({ kind, title, description })) && !initial) { setTitle({}); setDescription({}); }
  };
  return (
    <form class="strategy-form" onSubmit={(e) => void onSubmit(e)}>
      <Field id={`${id}-kind`} label={t('form.kind')} error={errors.kind}>
        {(aria) => (
          <select {...aria} value={kind} onChange={(e) => setKind(e.currentTarget.value as ThemeKind)}>
            <option value="field_of_action">{t('kind.field_of_action')}</option>
            <option value="focus_theme">{t('kind.focus_theme')}</option>
          </select>
        )}
      </Field>
      <LocalizedFields id={`${id}-title`} label={t('form.title')} value={title} onChange={setTitle} error={errors.title} />
      <LocalizedFields id={`${id}-description`} label={t('form.description')} value={description} onChange={setDescription} error={errors.description} multiline />
      <FormButtons saving={saving} label={initial ? t('form.save') : t('theme.add')} onCancel={onCancel} error={errors.form} />
    </form>
  );
}

/** Creates or changes a goal's title. */
export function GoalForm({ id, initial, onSave, onCancel }: { id: string; initial?: Localized; onSave: (title: Localized) => Promise<unknown>; onCancel?: () => void }) {
  const { t } = useT(STRATEGY);
  const [title, setTitle] = useState<Localized>(initial ?? {});
  const { saving, errors, submit } = useSubmit();
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (await submit(() => onSave(title)) && !initial) setTitle({});
  };
  return (
    <form class="strategy-form" onSubmit={(e) => void onSubmit(e)}>
      <LocalizedFields id={`${id}-title`} label={initial ? t('goal.title') : t('goal.new')} value={title} onChange={setTitle} error={errors.title} />
      <FormButtons saving={saving} label={initial ? t('form.save') : t('goal.add')} onCancel={onCancel} error={errors.form} />
    </form>
  );
}

type OwnerKind = 'none' | 'organization' | 'person' | 'name';
const ownerKindOf = (m?: Milestone): OwnerKind => (m?.ownerPersonId ? 'person' : m?.ownerOrganizationId ? 'organization' : m?.ownerName ? 'name' : 'none');

/** Creates or changes a milestone: title, horizon, status, due and done dates, owner and evidence. */
export function MilestoneForm({ id, slug, initial, onSave, onCancel }: { id: string; slug: string; initial?: Milestone; onSave: (v: MilestoneInput) => Promise<unknown>; onCancel?: () => void }) {
  const { t } = useT(STRATEGY);
  const [title, setTitle] = useState<Localized>(initial?.title ?? {});
  const [horizon, setHorizon] = useState(initial?.horizon ?? 'short');
  const [status, setStatus] = useState(initial?.status ?? 'planned');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [doneOn, setDoneOn] = useState(initial?.doneOn ?? '');
  const [evidence, setEvidence] = useState(initial?.evidence ?? '');
  const [ownerKind, setOwnerKind] = useState<OwnerKind>(ownerKindOf(initial));
  const [owner, setOwner] = useState(initial?.ownerPersonId ?? initial?.ownerOrganizationId ?? initial?.ownerName ?? '');
  const [choices, setChoices] = useState<OwnerChoices | null>(null);
  const { saving, errors, submit } = useSubmit();
  useEffect(() => void loadOwnerChoices(slug).then(setChoices, () => setChoices({ organizations: [], people: [] })), [slug]);
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const value = owner.trim() || null;
    await submit(() => onSave({
      title, horizon, status, dueDate: dueDate || null, doneOn: status === 'done' ? doneOn || null : null, evidence,
      ownerPersonId: ownerKind === 'person' ? value : null, ownerOrganizationId: ownerKind === 'organization' ? value : null, ownerName: ownerKind === 'name' ? value : null,
    }));
  };
  const ownerError = errors.ownerPersonId ?? errors.ownerOrganizationId ?? errors.ownerName;
  return (
    <form class="strategy-form" onSubmit={(e) => void onSubmit(e)}>
      <LocalizedFields id={`${id}-title`} label={t('milestone.title')} value={title} onChange={setTitle} error={errors.title} />
      <div class="strategy-form-row">
        <Field id={`${id}-horizon`} label={t('milestone.horizon')} error={errors.horizon}>
          {(aria) => <select {...aria} value={horizon} onChange={(e) => setHorizon(e.currentTarget.value as typeof horizon)}>{HORIZONS.map((h) => <option key={h} value={h}>{t(`horizon.${h}`)}</option>)}</select>}
        </Field>
        <Field id={`${id}-status`} label={t('milestone.status')} error={errors.status}>
          {(aria) => <select {...aria} value={status} onChange={(e) => setStatus(e.currentTarget.value as typeof status)}>{STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}</select>}
        </Field>
        <Field id={`${id}-due`} label={t('milestone.dueDate')} error={errors.dueDate}>
          {(aria) => <input {...aria} type="date" value={dueDate} onInput={(e) => setDueDate(e.currentTarget.value)} />}
        </Field>
        {status === 'done' && (
          <Field id={`${id}-done`} label={t('milestone.doneOn')} error={errors.doneOn}>
            {(aria) => <input {...aria} type="date" value={doneOn} onInput={(e) => setDoneOn(e.currentTarget.value)} />}
          </Field>
        )}
      </div>
      <div class="strategy-form-row">
        <Field id={`${id}-owner-kind`} label={t('milestone.ownerKind')}>
          {(aria) => (
            <select {...aria} value={ownerKind} onChange={(e) => { setOwnerKind(e.currentTarget.value as OwnerKind); setOwner(''); }}>
              {(['none', 'organization', 'person', 'name'] as const).map((k) => <option key={k} value={k}>{t(`owner.${k}`)}</option>)}
            </select>
          )}
        </Field>
        {ownerKind !== 'none' && (
          <Field id={`${id}-owner`} label={t(`owner.${ownerKind}`)} error={ownerError}>
            {(aria) => ownerKind === 'name'
              ? <input {...aria} value={owner} onInput={(e) => setOwner(e.currentTarget.value)} />
              : (
                <select {...aria} value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
                  <option value="">{t('owner.choose')}</option>
                  {ownerKind === 'organization'
                    ? choices?.organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)
                    : choices?.people.map((p) => <option key={p.id} value={p.id}>{p.organizationName ? `${p.name} (${p.organizationName})` : p.name}</option>)}
                </select>
              )}
          </Field>
        )}
      </div>
      <Field id={`${id}-evidence`} label={t('milestone.evidence')} error={errors.evidence}>
        {(aria) => <textarea {...aria} rows={3} value={evidence} onInput={(e) => setEvidence(e.currentTarget.value)} />}
      </Field>
      <FormButtons saving={saving} label={initial ? t('form.save') : t('milestone.add')} onCancel={onCancel} error={errors.form} />
    </form>
  );
}
