// The site's languages: a text is shown in the visitor's language, else in the first other language it has.
import type { LocalizedText } from '#src/db/types.ts';

export const SITE_LANGUAGES = ['de', 'en', 'da'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

/** A text as shown, with the language it is actually in (which differs from the asked one on a fallback). */
export type Shown = { text: string; lang: SiteLanguage };

/** The order in which languages stand in for a missing one: the asked language, then English, German, Danish. */
export function fallbackOrder(lang: SiteLanguage): SiteLanguage[] {
  return [lang, ...(['en', 'de', 'da'] as const).filter((l) => l !== lang)];
}

/** The text of `text` in `lang`, else in the first language of the fallback order that has a non-blank text. */
export function pickText(text: LocalizedText | null | undefined, lang: SiteLanguage): Shown {
  for (const l of fallbackOrder(lang)) {
    const value = text?.[l];
    if (value !== undefined && value.trim() !== '') return { text: value, lang: l };
  }
  return { text: '', lang };
}

/** The languages in which `text` has a non-blank text. */
export function languagesOf(text: LocalizedText | null | undefined): SiteLanguage[] {
  return SITE_LANGUAGES.filter((l) => (text?.[l] ?? '').trim() !== '');
}
