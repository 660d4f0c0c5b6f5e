// The stemmed terms of offer texts in any of the three languages (their readable words: match-query-words.ts).
import type { Db } from '#src/db/connect.ts';
import { analyzeTexts } from '#src/matching/match-corpus.ts';
import { parseVector } from '#src/matching/match-index.ts';
import { detectLanguage, englishReading, type QueryLanguage } from '#src/matching/match-language.ts';
import type { TermCounts } from '#src/matching/offer-match-similarity.ts';

const CONFIGS = { en: 'klynge_en', de: 'klynge_de', da: 'klynge_da' } as const;

/**
 * Each text's stems with counts. A text is stemmed in its own language (so its stop words go), and a German or
 * Danish one gains the English words of its domain terms (match-glossary-de.ts, match-glossary-da.ts), so it meets English texts.
 */
export async function stemmedTerms(db: Db, texts: string[]): Promise<TermCounts[]> {
  const languages = texts.map(detectLanguage);
  const counts = texts.map(() => new Map<string, number>());
  const add = async (indices: number[], read: (i: number) => string, config: (typeof CONFIGS)[QueryLanguage]) => {
    if (indices.length === 0) return;
    const vectors = await analyzeTexts(db, indices.map(read), config);
    indices.forEach((i, k) => {
      for (const [term, n] of parseVector(vectors[k] ?? null)) counts[i]!.set(term, (counts[i]!.get(term) ?? 0) + n);
    });
  };
  for (const language of ['en', 'de', 'da'] as const) {
    await add(texts.flatMap((_, i) => (languages[i] === language ? [i] : [])), (i) => texts[i]!, CONFIGS[language]);
  }
  const glossaryWords = texts.map((text, i) => (languages[i] === 'en' ? '' : englishReading(text, languages[i]!).slice(text.length)));
  await add(texts.flatMap((_, i) => (glossaryWords[i] ? [i] : [])), (i) => glossaryWords[i]!, CONFIGS.en);
  return counts.map((map) => [...map.entries()]);
}
