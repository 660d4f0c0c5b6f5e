// Small labelled form controls for the cluster workspace pages (readiness, members, news): a hint and the server's
// 422 message under the control, tied to it with aria-describedby; and the field messages of an API error.
import type { ComponentChildren } from 'preact';
import { ApiError } from '../api.ts';
import '../components/form-styles.css';

/** The messages of a refused request per field (`body.de` stays `body.de`), and one line for anything else. */
export function problemsOf(err: unknown): { fields: Record<string, string>; message: string | null } {
  if (err instanceof ApiError && err.details.length > 0) {
    return { fields: Object.fromEntries(err.details.map((d) => [d.field, d.message])), message: null };
  }
  return { fields: {}, message: err instanceof Error ? err.message : String(err) };
}

type Common = { id: string; label: string; hint?: string | undefined; error?: string | undefined; required?: boolean };

function Wrap({ id, label, hint, error, children }: Common & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} class="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}

const described = (p: Common) => ({
  id: p.id,
  'aria-invalid': p.error ? ('true' as const) : undefined,
  'aria-describedby': [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ') || undefined,
  required: p.required,
});

/** A text, number, date or search input with its label, hint and error. */
export function InputField(p: Common & { value: string; onInput: (v: string) => void; type?: string; inputMode?: 'numeric' | 'text'; lang?: string; autoComplete?: string }) {
  return (
    <Wrap {...p}>
      <input {...described(p)} type={p.type ?? 'text'} value={p.value} inputMode={p.inputMode} lang={p.lang} autoComplete={p.autoComplete}
        onInput={(e) => p.onInput(e.currentTarget.value)} />
    </Wrap>
  );
}

/** A text area with its label, hint and error. */
export function TextAreaField(p: Common & { value: string; onInput: (v: string) => void; rows?: number; lang?: string }) {
  return (
    <Wrap {...p}>
      <textarea {...described(p)} rows={p.rows ?? 4} value={p.value} lang={p.lang} onInput={(e) => p.onInput(e.currentTarget.value)} />
    </Wrap>
  );
}

/** A select with its label, hint and error. */
export function SelectInput(p: Common & { value: string; onChange: (v: string) => void; options: Array<{ value: string; label: string }> }) {
  return (
    <Wrap {...p}>
      <select {...described(p)} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value)}>
        {p.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Wrap>
  );
}
