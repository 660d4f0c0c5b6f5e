// Picks an organisation of the registry: a combobox over the organisation search (ARIA 1.2: arrow keys, Enter, Escape).
import { useT } from '../i18n.ts';
import { useOrganizationCombobox, type OrgChoice } from './organization-combobox.ts';
import { PIPELINE } from './pipeline.messages.ts';

export type { OrgChoice };
type Props = { id: string; label: string; hint?: string; value: OrgChoice | null; onChange: (value: OrgChoice | null) => void; error?: string | undefined; required?: boolean };

/** A labelled organisation field: type two letters, choose from the list; its error shows underneath. */
export function OrgPicker({ id, label, hint, value, onChange, error, required }: Props) {
  const { t } = useT(PIPELINE);
  const { t: tf } = useT();
  const { options, active, expanded, listId, inputProps, optionProps, clear } = useOrganizationCombobox(id, value, onChange);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div class={error ? 'field org-picker has-error' : 'field org-picker'}>
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <p id={`${id}-hint`} class="field-hint">{hint ?? t('picker.hint')}</p>
      <div class="org-picker-combo">
        <input {...inputProps} aria-required={required ? true : undefined} aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
        {value && (
          <button type="button" aria-label={t('picker.clearLabel', { name: value.name })} onClick={clear}>{t('picker.clear')}</button>
        )}
        <ul id={listId} role="listbox" aria-label={label} class="org-picker-list" hidden={!expanded}>
          {options?.length === 0 && <li role="option" aria-disabled="true" aria-selected="false">{t('picker.none')}</li>}
          {options?.map((o, i) => (
            <li key={o.id} {...optionProps(o, i)} class={i === active ? 'active' : undefined}>
              <span>{o.name}</span> <span class="muted">{tf(`orgTypes.${o.type}`)}{o.address.city ? ` · ${o.address.city}` : ''}</span>
            </li>
          ))}
        </ul>
      </div>
      <p class="visually-hidden" aria-live="polite">{options === null ? '' : options.length === 0 ? t('picker.none') : t('picker.results', { count: options.length })}</p>
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}
