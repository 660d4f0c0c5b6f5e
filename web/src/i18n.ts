// The interface language: German, English or Danish; chosen, remembered, else taken from the browser.
import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { da } from './locales/da.ts';
import { de } from './locales/de.ts';
import { en } from './locales/en.ts';

export const LANGUAGES = ['de', 'en', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Text in the interface languages, as the API sends it ({de, en, da}, any may be missing). */
export type Localized = Partial<Record<Language, string>>;
export const LANGUAGE_NAMES: Record<Language, string> = { de: 'Deutsch', en: 'English', da: 'Dansk' };
const LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };
const STORAGE_KEY = 'klynge.language';
/**
 * The same choice as a cookie, for the server, which writes the public site's pages (/site/...) in the visitor's
 * language: it sets it for a `?lang=` and reads it when there is none (src/site/site-language.ts). Only the language.
 */
export const LANGUAGE_COOKIE = { name: 'klynge_site_lang', path: '/site', maxAge: 60 * 60 * 24 * 365, sameSite: 'Lax' } as const;

/** Whether `value` is one of the interface's (and the public site's) languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language a server-rendered page (/site/...) was written in, else the remembered choice, else the first
 * browser language we speak, else English. The first has to win: the first render must match the page's HTML. */
export function detectLanguage(): Language {
  const served = globalThis.document?.documentElement.dataset.lang;
  if (isLanguage(served)) return served;
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    if (base === 'nb' || base === 'no' || base === 'sv') return 'da';
    if (isLanguage(base)) return base;
  }
  return 'en';
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
type Bundles = Record<Language, object>;
const pending = new Map<string, Bundles>();

/**
 * Registers a page's own texts under namespace `ns` (pages bring their texts with their lazily loaded code,
 * so the first page stays small). English is the source; German and Danish must have the same keys.
 */
export function defineMessages<T extends object>(ns: string, bundles: { en: T; de: Widen<T>; da: Widen<T> }): string {
  if (!i18next.isInitialized) pending.set(ns, bundles);
  else for (const l of LANGUAGES) i18next.addResourceBundle(l, ns, bundles[l], true, true);
  return ns;
}

/** Initialises i18next with the frame's texts and any page texts registered before (the server renderer names `lng`). */
export async function initI18n(lng: Language = detectLanguage()): Promise<void> {
  const resources: Record<Language, Record<string, object>> = {
    en: { translation: en },
    de: { translation: de },
    da: { translation: da },
  };
  for (const [ns, bundles] of pending) for (const l of LANGUAGES) resources[l][ns] = bundles[l];
  pending.clear();
  await i18next.init({
    lng,
    fallbackLng: 'en',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (globalThis.document) document.documentElement.lang = i18next.language;
}

/** Remembers the language for the next page load: this app's, and the public site's rendered on the server. */
export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  const { name, path, maxAge, sameSite } = LANGUAGE_COOKIE;
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${language}; Path=${path}; Max-Age=${maxAge}; SameSite=${sameSite}${secure}`;
}

/** Switches and remembers the language. */
export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

/** The `t` function (of namespace `ns`, else the frame's), re-rendering the component when the language changes. */
export function useT(ns?: string) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return { t: ns ? i18next.getFixedT(null, ns) : i18next.t.bind(i18next), language: currentLanguage() };
}

/** Formats a number in the interface language (1.234 in German, 1,234 in English). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[currentLanguage()], options).format(value);
}

/** Formats an amount of euros compactly (e.g. "€ 2.4 m"). */
export function formatEuros(value: number): string {
  return formatNumber(value, { style: 'currency', currency: 'EUR', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
}

/** Formats an ISO date (YYYY-MM-DD or a timestamp) in the interface language. */
export function formatDate(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(LOCALES[currentLanguage()], { timeZone: 'UTC', ...options }).format(date);
}

/** Picks the text of a {de,en,da} object in the interface language, falling back to English, then any. */
export function localized(text: Localized | null | undefined): string {
  if (!text) return '';
  return text[currentLanguage()] ?? text.en ?? text.de ?? text.da ?? '';
}
