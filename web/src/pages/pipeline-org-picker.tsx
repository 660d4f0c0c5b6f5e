// Picks an organisation of the registry: a combobox over the organisation search (ARIA 1.2: arrow keys, Enter, Escape).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { isAbort, searchOrganizations, type OrganizationOption } from './partners-data.ts';
import { PIPELINE } from './pipeline.messages.ts';

export type OrgChoice = { id: string; name: string };
type Props = { id: string; label: string; hint?: string; value: OrgChoice | null; onChange: (value: OrgChoice | null) => void; error?: string | undefined; required?: boolean };

/** A labelled organisation field: type two letters, choose from the list; its error shows underneath. */
export function OrgPicker({ id, label, hint, value, onChange, error, required }: Props) {
  const { t } = useT(PIPELINE);
  const { t: tf } = useT();
  const [text, setText] = useState(value?.name ?? '');
  const [options, setOptions] = useState<OrganizationOption[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = `${id}-list`;

  useEffect(() => {
    if (value && value.name !== text) setText(value.name);
    if (!value && document.activeElement !== input.current) setText('');
  }, [value?.id]);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2 || (value && value.name === text)) {
      setOptions(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchOrganizations(q, controller.signal).then(
        (found) => {
          setOptions(found);
          setActive(-1);
          setOpen(true);
        },
        (err) => !isAbort(err) && setOptions([]),
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const expanded = open && options !== null;
  const choose = (o: OrganizationOption) => {
    onChange({ id: o.id, name: o.name });
    setText(o.name);
    setOpen(false);
    setOptions(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const count = options?.length ?? 0;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && count > 0) {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (open ? (a + step + count) % count : step === 1 ? 0 : count - 1));
    } else if (e.key === 'Enter' && expanded && active >= 0 && options?.[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div class={error ? 'field org-picker has-error' : 'field org-picker'}>
      <label for={id}>{label}{required && <span aria-hidden="true"> *</span>}</label>
      <p id={`${id}-hint`} class="field-hint">{hint ?? t('picker.hint')}</p>
      <div class="org-picker-combo">
        <input
          id={id} ref={input} type="text" role="combobox" autoComplete="off" spellcheck={false}
          aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId} aria-required={required ? true : undefined}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy} aria-invalid={error ? true : undefined} value={text}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (value) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => options && setOpen(true)}
        />
        {value && (
          <button type="button" aria-label={t('picker.clearLabel', { name: value.name })} onClick={() => {
            onChange(null);
            setText('');
            input.current?.focus();
          }}>{t('picker.clear')}</button>
        )}
        <ul id={listId} role="listbox" aria-label={label} class="org-picker-list" hidden={!expanded}>
          {options?.length === 0 && <li role="option" aria-disabled="true" aria-selected="false">{t('picker.none')}</li>}
          {options?.map((o, i) => (
            <li key={o.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} class={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()} onClick={() => choose(o)}>
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
