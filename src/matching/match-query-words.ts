// A text's own word for each of its stems, for the reasons ("works on …", "both speak of …"): an English text's
// words as it writes them, a German or Danish text's words as the user typed them, not the glossary's English.
import type { Db } from '#src/db/connect.ts';
import { analyzeTexts } from '#src/matching/match-corpus.ts';
import { parseVector } from '#src/matching/match-index.ts';
import { renderedWords, type QueryLanguage } from '#src/matching/match-language.ts';
import { foldWord } from '#src/matching/match-words.ts';

/** The query's word for a stem of its rendering; undefined when none of its words gives that stem. */
export type OwnWord = (stem: string) => string | undefined;

/** Each rendered word at its first use, with the word of the text it stands for (the first occurrence wins). */
function firstUses(text: string, language: QueryLanguage): Map<string, string> {
  const uses = new Map<string, string>();
  for (const { word, own } of renderedWords(text, language)) if (!uses.has(word)) uses.set(word, own);
  return uses;
}

/** The words of a text as typed (case kept), as the stemmer splits them. */
const typedWords = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * For each German or Danish text, its typed words by their stems in its own language (as stemmedTerms stems the
 * text: "wundheil" of "Wundheilung"), the first word wins; one round trip per language, none for English texts.
 */
async function ownLanguageStems(db: Db, texts: string[], languages: QueryLanguage[]): Promise<Array<Map<string, string>>> {
  const stems = texts.map(() => new Map<string, string>());
  for (const language of ['de', 'da'] as const) {
    const indices = texts.flatMap((_, i) => (languages[i] === language ? [i] : []));
    const words = [...new Set(indices.flatMap((i) => typedWords(texts[i]!)))];
    if (words.length === 0) continue;
    const vectors = await analyzeTexts(db, words, `klynge_${language}`);
    const stemsOf = new Map(words.map((word, k) => [word, parseVector(vectors[k] ?? null).map(([stem]) => stem)]));
    for (const i of indices) {
      for (const word of typedWords(texts[i]!)) for (const stem of stemsOf.get(word) ?? []) if (!stems[i]!.has(stem)) stems[i]!.set(stem, word);
    }
  }
  return stems;
}

/** An English stem is the beginning of its word ("studi" of "studies"): the first word it begins. */
function byPrefix(uses: Map<string, string>): OwnWord {
  const words = [...uses.keys()].map(foldWord);
  const owns = [...uses.values()];
  return (stem) => {
    const at = words.findIndex((w) => w.startsWith(stem));
    return at >= 0 ? owns[at] : undefined;
  };
}

/**
 * For each text (in its language), its own word for each stem of its English rendering. A German or Danish text's
 * rendered words are stemmed one by one (one round trip for all texts), so every stem leads back exactly to the
 * typed word it came from, also where the stem is not the beginning of the English word ("therapi" of "therapy",
 * "smoke" of "smoking") and the first-word rule would fall back to an English word. With `ownLanguage`, its stems in
 * its own language (offer and funding texts are also stemmed so, offer-match-text.ts) lead back to their typed words
 * too, where the English rendering has no such stem. English texts keep the first-word rule and cost no query.
 */
export async function ownWordsOfStems(
  db: Db, texts: string[], languages: QueryLanguage[], { ownLanguage = false }: { ownLanguage?: boolean } = {},
): Promise<OwnWord[]> {
  const uses = texts.map((text, i) => firstUses(text, languages[i]!));
  const foreign = [...new Set(uses.flatMap((u, i) => (languages[i] === 'en' ? [] : [...u.keys()])))];
  const vectors = await analyzeTexts(db, foreign);
  const stemsOf = new Map(foreign.map((word, k) => [word, parseVector(vectors[k] ?? null).map(([stem]) => stem)]));
  // A partner query's stems all come from its rendering: only stems of offer and call texts need these.
  const native = ownLanguage ? await ownLanguageStems(db, texts, languages) : undefined;
  return uses.map((u, i) => {
    if (languages[i] === 'en') return byPrefix(u);
    const own = new Map<string, string>();
    for (const [word, typed] of u) for (const stem of stemsOf.get(word) ?? []) if (!own.has(stem)) own.set(stem, typed);
    return (stem) => own.get(stem) ?? native?.[i]!.get(stem);
  });
}

/** The words the stems come from, each from the first text that has one for it, a stem none has kept as it is; each word once. */
export function wordsForStems(stems: string[], owns: OwnWord[]): string[] {
  const words = stems.map((stem) => owns.reduce<string | undefined>((found, own) => found ?? own(stem), undefined) ?? stem);
  return [...new Set(words)];
}

/** Words shown inside an English sentence, quoted when they are a German or Danish text's own ("works on “Wundheilung”"). */
export const quotedWords = (words: string[], foreign: boolean): string[] => (foreign ? words.map((w) => `“${w}”`) : words);
