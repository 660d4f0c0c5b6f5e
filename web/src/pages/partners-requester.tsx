// Picks the requesting organisation: a combobox over the registry's search (ARIA 1.2 pattern, arrow keys, Enter, Escape).
import { useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import { useOrganizationCombobox, type OrgChoice } from './organization-combobox.ts';
import type { OrganizationOption } from './partners-data.ts';
import { PARTNERS } from './partners.messages.ts';

export type Requester = OrgChoice;

type Props = { id: string; value: Requester | null; onChange: (value: Requester | null) => void; error?: string | undefined };

/** The requester field: type two letters, choose with the arrow keys and Enter (or a click); Escape closes the list. */
export function RequesterPicker({ id, value, onChange, error }: Props) {
  const { t } = useT(PARTNERS);
  const { t: tf } = useT();
  const { options, active, expanded, listId, inputProps, optionProps, clear } = useOrganizationCombobox(id, value, onChange);

  const place = (o: OrganizationOption) => [o.address.city, o.address.country ? countryName(o.address.country) : ''].filter(Boolean).join(', ');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div class={error ? 'field partners-requester has-error' : 'field partners-requester'}>
      <label for={id}>{t('requesterLabel')}</label>
      <p id={`${id}-hint`} class="field-hint">{t('requesterHint')}</p>
      <div class="partners-combo">
        <input
          {...inputProps}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder={t('requesterPlaceholder')}
        />
        {value && (
          <button type="button" class="partners-combo-clear" aria-label={t('requesterClearLabel', { name: value.name })} onClick={clear}>
            {t('requesterClear')}
          </button>
        )}
        <ul id={listId} role="listbox" aria-label={t('requesterLabel')} class="partners-listbox" hidden={!expanded}>
          {options?.length === 0 && <li class="partners-option-none" role="option" aria-disabled="true" aria-selected="false">{t('requesterNone')}</li>}
          {options?.map((o, i) => (
            <li key={o.id} {...optionProps(o, i)} class={i === active ? 'partners-option active' : 'partners-option'}>
              <span>{o.name}</span>
              <span class="muted">{[tf(`orgTypes.${o.type}`), place(o)].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {options === null ? '' : options.length === 0 ? t('requesterNone') : t('requesterResults', { count: options.length })}
      </p>
      {error && <p id={`${id}-error`} class="field-error">{error}</p>}
    </div>
  );
}
