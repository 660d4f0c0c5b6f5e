// Labelled form controls that show their problem underneath (aria-invalid, aria-describedby), and a form's actions.
import type { ComponentChildren, JSX } from 'preact';
import { useT } from '../i18n.ts';
import { FORM_KIT } from './form-messages.ts';
import type { Form, Values } from './form-state.ts';
import './form-styles.css';

type Base<V extends Values> = { form: Form<V>; field: keyof V & string; label: string; hint?: string | undefined; required?: boolean };

/** The aria attributes tying a control to its hint and error, and the message element ids. */
function describe<V extends Values>(form: Form<V>, field: string, hint?: string) {
  const id = form.id(field);
  const error = form.errorOf(field);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, error, aria: { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined } };
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean | undefined }) {
  const { t } = useT(FORM_KIT);
  return (
    <label for={htmlFor}>
      {label}
      {required && <span class="required-mark"> ({t('requiredMark')})</span>}
    </label>
  );
}

function Messages({ id, hint, error }: { id: string; hint?: string | undefined; error: string | null }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </>
  );
}

type TextProps<V extends Values> = Base<V> & {
  type?: 'text' | 'url' | 'email' | 'date' | 'password';
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'decimal' | 'text' | 'url' | 'email';
  placeholder?: string;
  lang?: string;
};

/** A text input or textarea bound to a string field. */
export function TextField<V extends Values>(props: TextProps<V>) {
  const { form, field, label, hint, required, multiline } = props;
  const { id, error, aria } = describe(form, field, hint);
  const common = {
    ...aria,
    name: field,
    value: String(form.values[field] ?? ''),
    required,
    placeholder: props.placeholder,
    lang: props.lang,
    onInput: (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => form.set(field, e.currentTarget.value as V[typeof field]),
    onBlur: () => form.touch(field),
  };
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <Label htmlFor={id} label={label} required={required} />
      {multiline ? (
        <textarea {...common} rows={6} />
      ) : (
        <input {...common} type={props.type ?? 'text'} autoComplete={props.autoComplete} inputMode={props.inputMode} />
      )}
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A select bound to a string field. */
export function SelectField<V extends Values>(props: Base<V> & { options: Array<{ value: string; label: string }> }) {
  const { form, field, label, hint, required, options } = props;
  const { id, error, aria } = describe(form, field, hint);
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <Label htmlFor={id} label={label} required={required} />
      <select {...aria} name={field} value={String(form.values[field] ?? '')} onChange={(e) => form.set(field, e.currentTarget.value as V[typeof field])}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A checkbox bound to a boolean field. */
export function CheckboxField<V extends Values>(props: Base<V>) {
  const { form, field, label, hint } = props;
  const { error, aria } = describe(form, field, hint);
  return (
    <div class="field checkbox">
      <label>
        <input {...aria} type="checkbox" name={field} checked={form.values[field] === true} onChange={(e) => form.set(field, e.currentTarget.checked as V[typeof field])} />
        {label}
      </label>
      <Messages id={aria.id} hint={hint} error={error} />
    </div>
  );
}

/** A group of checkboxes bound to a list of strings (e.g. sectors). */
export function CheckboxGroup<V extends Values>(props: Base<V> & { options: Array<{ value: string; label: string }> }) {
  const { form, field, label, hint, options } = props;
  const { id, error } = describe(form, field, hint);
  const chosen = (form.values[field] as string[] | undefined) ?? [];
  const toggle = (value: string, on: boolean) =>
    form.set(field, (on ? [...chosen, value] : chosen.filter((v) => v !== value)) as V[typeof field]);
  return (
    <fieldset id={id} tabIndex={-1} class={error ? 'field group has-error' : 'field group'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      <div class="options">
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" name={field} value={o.value} checked={chosen.includes(o.value)} onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
            {o.label}
          </label>
        ))}
      </div>
      <Messages id={id} hint={hint} error={error} />
    </fieldset>
  );
}

/**
 * The problems of a failed submit, each a link to its field; `reveal` makes a hidden field visible first (a language
 * tab, say).
 */
export function ErrorSummary<V extends Values>({ form, reveal }: { form: Form<V>; reveal?: (field: string) => void }) {
  const { t } = useT(FORM_KIT);
  if (form.summary.length === 0) return null;
  const go = (event: Event, field: string) => {
    event.preventDefault();
    reveal?.(field);
    requestAnimationFrame(() => document.getElementById(form.id(field))?.focus());
  };
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={form.summaryRef} aria-labelledby={`${form.name}-summary-title`}>
      <h2 id={`${form.name}-summary-title`}>{t('summaryTitle', { count: form.summary.length })}</h2>
      <ul>
        {form.summary.map((p, i) => (
          <li key={i}>
            {p.field ? (
              <a href={`#${form.id(p.field)}`} onClick={(e) => go(e, p.field)}>
                {p.message}
              </a>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The submit button (disabled while saving), the saved/refused status, and an unsaved-changes note. */
export function FormActions<V extends Values>({ form, label, children }: { form: Form<V>; label?: string; children?: ComponentChildren }) {
  const { t } = useT(FORM_KIT);
  return (
    <div class="form-actions">
      <button type="submit" class="primary" disabled={form.saving}>
        {form.saving ? t('saving') : (label ?? t('save'))}
      </button>
      {children}
      <p class={form.saved ? 'form-status' : 'form-status unsaved'} role="status" aria-live="polite">
        {form.saved ? t('saved') : form.dirty ? t('unsavedNote') : ''}
      </p>
      {form.formError && (
        <p class="form-error" role="alert">
          {form.formError}
        </p>
      )}
    </div>
  );
}
