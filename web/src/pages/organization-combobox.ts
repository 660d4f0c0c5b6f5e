// What every organisation picker does (ARIA 1.2 combobox over the registry's organisation search): search after a
// pause in typing from two letters on, arrow keys move through the list, Enter chooses, Escape closes.
import type { InputHTMLAttributes, LiHTMLAttributes } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useTypeahead } from '../use-typeahead.ts';
import { isAbort, searchOrganizations, type OrganizationOption } from './partners-data.ts';

export type OrgChoice = { id: string; name: string };

/** The state of an organisation combobox `id`, the props of its input and of each option, and a way to clear the choice. */
export function useOrganizationCombobox(id: string, value: OrgChoice | null, onChange: (value: OrgChoice | null) => void) {
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

  // The chosen organisation's own name is not searched again.
  useTypeahead(text, searchOrganizations, {
    found: (found) => {
      setOptions(found);
      setActive(-1);
      setOpen(true);
    },
    failed: (err) => !isAbort(err) && setOptions([]),
    cleared: () => setOptions(null),
  }, value !== null && value.name === text);

  const expanded = open && options !== null;
  const choose = (o: OrganizationOption) => {
    onChange({ id: o.id, name: o.name });
    setText(o.name);
    setOpen(false);
    setOptions(null);
  };
  const clear = () => {
    onChange(null);
    setText('');
    input.current?.focus();
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

  const inputProps: InputHTMLAttributes<HTMLInputElement> = {
    id,
    ref: input,
    type: 'text',
    role: 'combobox',
    autoComplete: 'off',
    spellcheck: false,
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-activedescendant': expanded && active >= 0 ? `${listId}-${active}` : undefined,
    value: text,
    onInput: (e) => {
      setText(e.currentTarget.value);
      if (value) onChange(null);
    },
    onKeyDown,
    onBlur: () => setOpen(false),
    onFocus: () => options && setOpen(true),
  };
  const optionProps = (o: OrganizationOption, i: number): LiHTMLAttributes<HTMLLIElement> => ({
    id: `${listId}-${i}`,
    role: 'option',
    'aria-selected': i === active,
    onMouseDown: (e) => e.preventDefault(), // keeps the focus in the field
    onClick: () => choose(o),
  });

  return { options, active, expanded, listId, inputProps, optionProps, clear };
}
