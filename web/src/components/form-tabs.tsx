// Tabs over a text kept in German, English and Danish: one textarea per language, arrow keys move between tabs.
import { useState } from 'preact/hooks';
import { LANGUAGES, LANGUAGE_NAMES, useT, type Language } from '../i18n.ts';
import { TextField } from './form-field.tsx';
import { FORM_KIT } from './form-messages.ts';
import type { Form, Values } from './form-state.ts';

type Props<V extends Values> = { form: Form<V>; base: string; label: string; hint?: string; tab: Language; onTab: (l: Language) => void };

/** The language a field path such as `description.en` belongs to, if any (lets an error summary open its tab). */
export function languageOf(field: string): Language | null {
  const last = field.split('.').pop();
  return (LANGUAGES as readonly string[]).includes(last ?? '') ? (last as Language) : null;
}

/** The tab state of a LanguageTabs, starting with the interface language. */
export function useLanguageTab() {
  const { language } = useT();
  return useState<Language>(language);
}

/** A localized text as tabs; fields are `${base}.de`, `${base}.en`, `${base}.da`; a tab with an error says so. */
export function LanguageTabs<V extends Values>({ form, base, label, hint, tab, onTab }: Props<V>) {
  const { t } = useT(FORM_KIT);
  const tabId = (l: Language) => `${form.id(base)}-tab-${l}`;
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = LANGUAGES[(LANGUAGES.indexOf(tab) + step + LANGUAGES.length) % LANGUAGES.length] ?? tab;
    onTab(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div class="language-tabs">
      <p class="tabs-label" id={`${form.id(base)}-label`}>
        {label}
      </p>
      <div role="tablist" aria-labelledby={`${form.id(base)}-label`} onKeyDown={onKeyDown}>
        {LANGUAGES.map((l) => {
          const hasError = !!form.errorOf(`${base}.${l}`);
          return (
            <button
              key={l}
              type="button"
              role="tab"
              id={tabId(l)}
              aria-selected={tab === l}
              aria-controls={`${tabId(l)}-panel`}
              tabIndex={tab === l ? 0 : -1}
              class={hasError ? 'has-error' : undefined}
              onClick={() => onTab(l)}
            >
              {hasError ? t('tabError', { language: LANGUAGE_NAMES[l] }) : LANGUAGE_NAMES[l]}
            </button>
          );
        })}
      </div>
      {LANGUAGES.map((l) => (
        <div key={l} role="tabpanel" id={`${tabId(l)}-panel`} aria-labelledby={tabId(l)} hidden={tab !== l}>
          <TextField form={form} field={`${base}.${l}` as keyof V & string} label={`${label} (${LANGUAGE_NAMES[l]})`} hint={hint} multiline lang={l} />
        </div>
      ))}
    </div>
  );
}
