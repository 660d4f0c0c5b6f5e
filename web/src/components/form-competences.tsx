// Picks declared competences from the taxonomy: search as you type (/competences?q=), add, remove.
import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { localized, useT } from '../i18n.ts';
import { useTypeahead } from '../use-typeahead.ts';
import { FORM_KIT } from './form-messages.ts';
import type { Form, Values } from './form-state.ts';

/** A chosen competence: its taxonomy id and the label shown. */
export type PickedCompetence = { id: string; label: string };
type Found = { id: string; code: string; label: { de?: string; en?: string; da?: string }; organizationCount: number };

/** The competence picker bound to a field holding PickedCompetence[] (sent to the server as their ids). */
export function CompetencePicker<V extends Values>({ form, field, label }: { form: Form<V>; field: keyof V & string; label?: string }) {
  const { t } = useT(FORM_KIT);
  const id = form.id(field);
  const chosen = (form.values[field] as PickedCompetence[] | undefined) ?? [];
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const error = form.errorOf(field);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const labelOf = (c: PickedCompetence) => labels[c.id] ?? c.label;

  // Items keep only competence ids: look up the labels of those that arrived without one.
  const unlabelled = chosen.filter((c) => c.label === c.id && !(c.id in labels)).map((c) => c.id);
  useEffect(() => {
    for (const cid of unlabelled) {
      api<Found>(`/competences/${encodeURIComponent(cid)}`).then(
        (c) => setLabels((l) => ({ ...l, [cid]: localized(c.label) || cid })),
        () => setLabels((l) => ({ ...l, [cid]: cid })),
      );
    }
  }, [unlabelled.join(' ')]);

  useTypeahead(q, (text, signal) => api<{ items: Found[] }>(`/competences${query({ q: text, limit: 12 })}`, { signal }), {
    found: (r) => setFound(r.items),
    cleared: () => setFound(null),
  });

  const add = (c: Found) => form.set(field, [...chosen, { id: c.id, label: localized(c.label) || c.id }] as V[typeof field]);
  const remove = (cid: string) => form.set(field, chosen.filter((c) => c.id !== cid) as V[typeof field]);
  const offered = (found ?? []).filter((c) => !chosen.some((p) => p.id === c.id));

  return (
    <fieldset id={id} tabIndex={-1} class={error ? 'field group competence-picker has-error' : 'field group competence-picker'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label ?? t('competences')}</legend>
      {chosen.length === 0 ? (
        <p class="muted">{t('competenceNone')}</p>
      ) : (
        <ul class="chips">
          {chosen.map((c) => (
            <li key={c.id}>
              <span>{labelOf(c)}</span>
              <button type="button" class="chip-remove" aria-label={t('competenceRemove', { label: labelOf(c) })} onClick={() => remove(c.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={`${id}-search`}>{t('competenceSearch')}</label>
      <input id={`${id}-search`} type="search" value={q} placeholder={t('competencePlaceholder')} autoComplete="off" onInput={(e) => setQ(e.currentTarget.value)} />
      <p class="visually-hidden" aria-live="polite">
        {found === null ? '' : t('competenceResults', { count: offered.length })}
      </p>
      {offered.length > 0 && (
        <ul class="competence-results">
          {offered.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => add(c)}>
                <span class="visually-hidden">{t('competenceAdd')} </span>
                <span aria-hidden="true">+ </span>
                {localized(c.label) || c.id} <span class="muted">{c.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
