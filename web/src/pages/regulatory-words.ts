// The engine's English wording (reasons, procedures, obligations, plan items) in the interface language.
// Each language maps the English sentence to its own; a sentence without a translation stays English, marked lang="en".
import type { Lang } from '../../../src/regulatory/concepts.ts';
import { PLAN_DA } from './regulatory-plan-da.ts';
import { PLAN_DE } from './regulatory-plan-de.ts';
import { PLAN_WHY_DA, PLAN_WHY_PATTERNS_DA } from './regulatory-plan-why-da.ts';
import { PLAN_WHY_DE, PLAN_WHY_PATTERNS_DE } from './regulatory-plan-why-de.ts';
import { REASON_PATTERNS_DA, REASONS_DA } from './regulatory-reasons-da.ts';
import { REASON_PATTERNS_DE, REASONS_DE } from './regulatory-reasons-de.ts';
import { ROUTE_DA, ROUTE_PATTERNS_DA } from './regulatory-route-da.ts';
import { ROUTE_DE, ROUTE_PATTERNS_DE } from './regulatory-route-de.ts';

/** A sentence with slots (a class, a site, a date): its pattern and its wording, undefined for an unknown slot value. */
export type EnginePattern = [RegExp, (match: RegExpMatchArray) => string | undefined];

/** The wording `word` gives to the translation of `key` in `map`; undefined when the map has none. */
export function at(map: Readonly<Record<string, string>>, key: string | undefined, word: (value: string) => string): string | undefined {
  const value = key === undefined ? undefined : map[key];
  return value === undefined ? undefined : word(value);
}

const WORDS: Record<Exclude<Lang, 'en'>, { words: Readonly<Record<string, string>>; patterns: readonly EnginePattern[] }> = {
  de: {
    words: { ...REASONS_DE, ...ROUTE_DE, ...PLAN_DE, ...PLAN_WHY_DE },
    patterns: [...REASON_PATTERNS_DE, ...ROUTE_PATTERNS_DE, ...PLAN_WHY_PATTERNS_DE],
  },
  da: {
    words: { ...REASONS_DA, ...ROUTE_DA, ...PLAN_DA, ...PLAN_WHY_DA },
    patterns: [...REASON_PATTERNS_DA, ...ROUTE_PATTERNS_DA, ...PLAN_WHY_PATTERNS_DA],
  },
};

/** One English text in `lang`, or undefined when there is no wording for it. */
function one(lang: Lang, en: string): string | undefined {
  if (lang === 'en') return en;
  const { words, patterns } = WORDS[lang];
  const known = words[en];
  if (known !== undefined) return known;
  for (const [pattern, word] of patterns) {
    const match = en.match(pattern);
    const text = match ? word(match) : undefined;
    if (text !== undefined) return text;
  }
  return undefined;
}

/** An engine text in `lang` and the language it is actually in (English where no wording exists). */
export function engineText(lang: Lang, en: string): { text: string; lang: Lang } {
  const text = one(lang, en);
  return text === undefined ? { text: en, lang: 'en' } : { text, lang };
}

/** A rule's reasons (sub-cases joined by "; ") in `lang`, each translated on its own. */
export function reasonText(lang: Lang, because: string): { text: string; lang: Lang } {
  const parts = because.split('; ').map((part) => one(lang, part));
  return parts.every((p): p is string => p !== undefined) ? { text: parts.join('; '), lang } : { text: because, lang: 'en' };
}
