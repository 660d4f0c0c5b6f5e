// The state of one form: values, errors as you type, the server's 422 details per field, saving, dirty.
import { useMemo, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { FORM_KIT } from './form-messages.ts';
import type { Rule } from './form-rules.ts';

export type Values = Record<string, unknown>;
export type Rules<V extends Values> = { [K in keyof V]?: Array<Rule> };
type FieldProblem = { field: string; message: string };

/** The id of a field's input (and, with "-error", of its message), unique per form. */
const fieldId = (form: string, field: string) => `${form}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A form's state and the handlers its fields and submit button use. */
export type Form<V extends Values> = ReturnType<typeof useForm<V>>;

/**
 * Keeps a form's values and validates them as the user types (a field shows its problem once changed or left, every
 * field after a submit attempt). A submit runs `save` only when the form is valid; a refusal with field `details` is
 * shown next to the named fields (paths such as `keywords.2` land on `keywords`) and in the summary.
 */
export function useForm<V extends Values>(name: string, initial: V, rules: Rules<V>) {
  const { t } = useT(FORM_KIT);
  const [values, setValues] = useState<V>(initial);
  const [baseline, setBaseline] = useState<string>(() => JSON.stringify(initial));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [summary, setSummary] = useState<FieldProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const clientErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    for (const [field, list] of Object.entries(rules) as Array<[string, Rule[] | undefined]>) {
      for (const rule of list ?? []) {
        const issue = rule(values[field], values);
        if (issue) {
          errors[field] = t(issue.key, issue.params ?? {});
          break;
        }
      }
    }
    return errors;
  }, [values, rules, t]);

  /** The message shown under a field: its own problem once it matters, else what the server said about it. */
  const errorOf = (field: string): string | null =>
    ((attempted || touched.has(field)) && clientErrors[field]) || server[field] || null;

  const knownField = (path: string): string | null => {
    const parts = path.split('.');
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('.');
      if (candidate in values) return candidate;
    }
    return null;
  };

  const set = <K extends keyof V & string>(field: K, value: V[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setServer((s) => (field in s ? Object.fromEntries(Object.entries(s).filter(([k]) => k !== field)) : s));
    setSaved(false);
  };

  const showSummary = (problems: FieldProblem[]) => {
    setSummary(problems);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  /** Runs `save` with the values when they are valid; returns whether it succeeded. */
  const submit = async (save: (values: V) => Promise<V | void>): Promise<boolean> => {
    setAttempted(true);
    setFormError(null);
    setSaved(false);
    const problems = Object.entries(clientErrors).map(([field, message]) => ({ field, message }));
    if (problems.length > 0) {
      showSummary(problems);
      return false;
    }
    setSaving(true);
    try {
      const next = (await save(values)) ?? values;
      setValues(next);
      setBaseline(JSON.stringify(next));
      setServer({});
      setSummary([]);
      setTouched(new Set());
      setAttempted(false);
      setSaved(true);
      return true;
    } catch (err) {
      const details = err instanceof ApiError ? err.details : [];
      const byField: Record<string, string> = {};
      const listed: FieldProblem[] = [];
      for (const d of details) {
        const field = knownField(d.field);
        if (field && !byField[field]) byField[field] = d.message;
        listed.push({ field: field ?? '', message: field ? d.message : `${d.field}: ${d.message}` });
      }
      setServer(byField);
      if (listed.length > 0) showSummary(listed);
      else setFormError(t('serverSaid', { message: err instanceof Error ? err.message : String(err) }));
      return false;
    } finally {
      setSaving(false);
    }
  };

  /** Replaces the values and their saved state (after loading, or after an item was chosen for editing). */
  const reset = (next: V) => {
    setValues(next);
    setBaseline(JSON.stringify(next));
    setTouched(new Set());
    setAttempted(false);
    setServer({});
    setSummary([]);
    setFormError(null);
    setSaved(false);
  };

  return {
    name,
    values,
    set,
    errorOf,
    submit,
    reset,
    touch: (field: string) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field))),
    summary,
    summaryRef,
    formError,
    saving,
    saved,
    dirty: JSON.stringify(values) !== baseline,
    id: (field: string) => fieldId(name, field),
  };
}
