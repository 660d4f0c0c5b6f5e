// References to the regulations ("MDR Annex I, Section 17.2") in the interface language, as the official German and
// Danish texts name their parts (Anhang/Abschnitt, bilag/punkt); quotations keep the English reference they come with.
import type { Lang } from '../../../src/regulatory/concepts.ts';

const PARTS: Record<Exclude<Lang, 'en'>, Array<[RegExp, string]>> = {
  de: [[/\bAnnexes\b/g, 'Anhänge'], [/\bAnnex\b/g, 'Anhang'], [/\bSections\b/g, 'Abschnitte'], [/\bSection\b/g, 'Abschnitt'], [/\bChapter\b/g, 'Kapitel'], [/\bPart\b/g, 'Teil']],
  da: [[/\bAnnexes\b/g, 'bilag'], [/\bAnnex\b/g, 'bilag'], [/\bSections\b/g, 'punkt'], [/\bSection\b/g, 'punkt'], [/\bChapter\b/g, 'kapitel'], [/\bPart\b/g, 'del']],
};

/** A reference such as "MDR Annex II, Section 6.1(b)" worded for `lang`. */
export function refText(ref: string, lang: Lang): string {
  if (lang === 'en') return ref;
  return PARTS[lang].reduce((text, [pattern, word]) => text.replace(pattern, word), ref);
}
