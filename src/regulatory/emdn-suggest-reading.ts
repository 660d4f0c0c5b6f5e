// A device name and description (English, German or Danish) read as the English words EMDN terms use: words EMDN
// knows stay, others are translated (device glossary first, compounds by their parts, then the matching glossaries
// through src/matching/match-language.ts), and everyday names get EMDN's synonyms.
import { detectLanguage, englishRendering, fold, type QueryLanguage } from '#src/matching/match-language.ts';
import { vocabularyMatch, type EmdnIndex, type QueryWord } from '#src/regulatory/emdn-suggest-index.ts';
import { DEVICE_GLOSSARY_DA, DEVICE_GLOSSARY_DE } from '#src/regulatory/emdn-suggest-glossary.ts';
import { isStopword, normalizeWord, rawWords, stemWord, SYNONYMS } from '#src/regulatory/emdn-suggest-words.ts';

export type QueryReading = { language: QueryLanguage; english: string[]; words: QueryWord[] };

type Foreign = 'de' | 'da';

/** Folds a German or Danish word as typed with or without its special letters ("Hörgerät" = "hoergeraet"). */
function foldForeign(word: string): string {
  return fold(word)
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/aa/g, 'a');
}

const GLOSSARIES: Record<Foreign, Map<string, string>> = {
  de: new Map(DEVICE_GLOSSARY_DE.map(([word, english]) => [foldForeign(word), english])),
  da: new Map(DEVICE_GLOSSARY_DA.map(([word, english]) => [foldForeign(word), english])),
};
const ENDINGS: Record<Foreign, string[]> = { de: ['ern', 'en', 'er', 'es', 'e', 'n', 's'], da: ['erne', 'ene', 'en', 'er', 'et', 'e', 's'] };
const LINKS: Record<Foreign, string[]> = { de: ['', 's', 'n', 'en', 'e', 'es'], da: ['', 's', 'e'] };
const MIN_PART = 3;
const MAX_WORDS = 60;

/** The device glossary's English for a folded word or for it without an inflection ending. */
function deviceWord(folded: string, language: Foreign): string | undefined {
  const glossary = GLOSSARIES[language];
  const direct = glossary.get(folded);
  if (direct !== undefined) return direct;
  for (const ending of ENDINGS[language]) {
    if (folded.length - ending.length >= MIN_PART && folded.endsWith(ending)) {
      const found = glossary.get(folded.slice(0, -ending.length));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** English for a part of a compound: a device word, a word EMDN uses as it is ("insulin"), or a glossary word. */
function partWord(part: string, language: Foreign, index: EmdnIndex): string | undefined {
  for (const link of LINKS[language]) {
    if (!part.endsWith(link) || part.length - link.length < MIN_PART) continue;
    const base = part.slice(0, part.length - link.length);
    const english = deviceWord(base, language) ?? (index.postings.has(stemWord(normalizeWord(base))) ? base : translated(base, language));
    if (english !== undefined) return english;
  }
  return undefined;
}

/** The matching glossaries' English for a word, when they know it. */
function translated(word: string, language: Foreign): string | undefined {
  const english = englishRendering(word, language).trim();
  return english !== '' && english.toLowerCase() !== word.toLowerCase() ? english : undefined;
}

/** English for a German or Danish word: whole, as a compound of a device word and a known part, or as glossaries read it. */
function translateToken(token: string, language: Foreign, index: EmdnIndex): string | undefined {
  const folded = foldForeign(token);
  const whole = deviceWord(folded, language);
  if (whole !== undefined) return whole;
  let tailOnly: string | undefined;
  for (let i = MIN_PART; i <= folded.length - MIN_PART; i++) {
    const tail = deviceWord(folded.slice(i), language);
    if (tail === undefined) continue;
    const head = partWord(folded.slice(0, i), language, index);
    if (head !== undefined) return `${head} ${tail}`;
    tailOnly ??= tail;
  }
  for (let i = folded.length - MIN_PART; i >= MIN_PART; i--) {
    const head = deviceWord(folded.slice(0, i), language);
    if (head === undefined) continue;
    const tail = partWord(folded.slice(i), language, index);
    if (tail !== undefined) return `${head} ${tail}`;
  }
  return translated(token, language) ?? tailOnly;
}

/** Whether the token is a German or Danish function word (the matching glossaries leave those out). */
function isFunctionWord(token: string, language: Foreign): boolean {
  return englishRendering(token, language).trim() === '';
}

function queryWord(english: string, weight: number): QueryWord | null {
  const normalized = normalizeWord(english);
  if (normalized.length < 2 || isStopword(normalized)) return null;
  const stem = stemWord(normalized);
  const synonyms = (SYNONYMS.get(stem) ?? []).map((s) => ({ stem: stemWord(normalizeWord(s)), factor: 0.9 }));
  return { word: english.toLowerCase(), weight, stems: [{ stem, factor: 1 }, ...synonyms] };
}

/**
 * Reads the text for EMDN: each word EMDN knows (or nearly) as it is; otherwise its translation from the text's
 * language, or from the other of German and Danish (short names are often misjudged), counting 0.9; words known
 * only loosely count 0.6; unknown words (brands, acronyms) are left out.
 */
export function readQuery(text: string, index: EmdnIndex): QueryReading {
  const language = detectLanguage(text);
  const order: Foreign[] = language === 'da' ? ['da', 'de'] : ['de', 'da'];
  const words = new Map<string, QueryWord>();
  const english: string[] = [];
  const add = (word: string, weight: number) => {
    const q = queryWord(word, weight);
    if (!q) return;
    english.push(q.word);
    const key = q.stems[0]!.stem;
    const known = words.get(key);
    if (!known || known.weight < q.weight) words.set(key, q);
  };
  for (const token of rawWords(text).slice(0, MAX_WORDS)) {
    const normalized = normalizeWord(token);
    if (normalized.length < 2 || isStopword(normalized)) continue;
    if (language !== 'en' && isFunctionWord(token, language)) continue;
    const match = vocabularyMatch(index, stemWord(normalized));
    if (match >= 0.7) {
      add(token, 1);
      continue;
    }
    const translation = order.map((lang) => translateToken(token, lang, index)).find((t) => t !== undefined);
    if (translation !== undefined) for (const word of rawWords(translation)) add(word, 0.9);
    else if (match > 0) add(token, 0.6);
  }
  return { language, english, words: [...words.values()] };
}
