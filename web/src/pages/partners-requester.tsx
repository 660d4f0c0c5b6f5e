// Picks the requesting organisation: a combobox over the registry's search (ARIA 1.2 pattern, arrow keys, Enter, Escape).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { countryName } from './map-list.tsx';
import { isAbort, searchOrganizations, type OrganizationOption } from './partners-data.ts';
import { PARTNERS } from './partners.messages.ts';

export type Requester = { id: string; name: string };

type Props = { id: string; value: Requester | null; onChange: (value: Requester | null) => void; error?: string | undefined };

const TYPING_PAUSE_MS = 200;

/** The requester field: type two letters, choose with the arrow keys and Enter (or a click); Escape closes the list. */
export function RequesterPicker({ id, value, onChange, error }: Props) {
  const { t } = useT(PARTNERS);
  const { t: tf } = useT();
  const [text, setText] = useState(value?.name ?? '');
  const [options, setOptions] = useState<OrganizationOption[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = `${id}-list`;

  // A choice made elsewhere (a link, the back button) shows its name.
  useEffect(() => {
    if (value && value.name !== text) setText(value.name);
    if (!value && document.activeElement !== input.current) setText('');
  }, [value?.id, value?.name]);

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
    }, TYPING_PAUSE_MS);
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
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (count === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (open ? (a + step + count) % count : step === 1 ? 0 : count - 1));
    } else if (e.key === 'Enter' && expanded && active >= 0 && options?.[active]) {
      e.preventDefault(); // choosing, not submitting the form
      choose(options[active]);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const place = (o: OrganizationOption) => [o.address.city, o.address.country ? countryName(o.address.country) : ''].filter(Boolean).join(', ');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div class={error ? 'field partners-requester has-error' : 'field partners-requester'}>
      <label for={id}>{t('requesterLabel')}</label>
      <p id={`${id}-hint`} class="field-hint">{t('requesterHint')}</p>
      <div class="partners-combo">
        <input
          id={id}
          ref={input}
          type="text"
          role="combobox"
          autoComplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          value={text}
          placeholder={t('requesterPlaceholder')}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (value) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => options && setOpen(true)}
        />
        {value && (
          <button type="button" class="partners-combo-clear" aria-label={t('requesterClearLabel', { name: value.name })} onClick={() => {
            onChange(null);
            setText('');
            input.current?.focus();
          }}>
            {t('requesterClear')}
          </button>
        )}
        <ul id={listId} role="listbox" aria-label={t('requesterLabel')} class="partners-listbox" hidden={!expanded}>
          {options?.length === 0 && <li class="partners-option-none" role="option" aria-disabled="true" aria-selected="false">{t('requesterNone')}</li>}
          {options?.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'partners-option active' : 'partners-option'}
              onMouseDown={(e) => e.preventDefault() /* keeps the focus in the field */}
              onClick={() => choose(o)}
            >
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
