// The query's own word for each stem of its English rendering, for the reasons ("works on …"): an English query's
// words as it writes them, a German or Danish query's words as the user typed them, not the glossary's English.
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
 * "smoke" of "smoking") and the first-word rule would fall back to an English word. English texts keep the
 * first-word rule and cost no query.
 */
export async function ownWordsOfStems(db: Db, texts: string[], languages: QueryLanguage[]): Promise<OwnWord[]> {
  const uses = texts.map((text, i) => firstUses(text, languages[i]!));
  const foreign = [...new Set(uses.flatMap((u, i) => (languages[i] === 'en' ? [] : [...u.keys()])))];
  const vectors = await analyzeTexts(db, foreign);
  const stemsOf = new Map(foreign.map((word, k) => [word, parseVector(vectors[k] ?? null).map(([stem]) => stem)]));
  return uses.map((u, i) => {
    if (languages[i] === 'en') return byPrefix(u);
    const own = new Map<string, string>();
    for (const [word, typed] of u) for (const stem of stemsOf.get(word) ?? []) if (!own.has(stem)) own.set(stem, typed);
    return (stem) => own.get(stem);
  });
}
