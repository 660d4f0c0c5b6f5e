// Readable words for the index's stems ("studi" → "studies"), taken from the registry's own titles and names, for
// reasons of queries that have no words of their own (similar organisations, likely partners).

const MIN_STEM = 3;

/** Folds a word as the search configurations do (lowercase, accents off). */
export const foldWord = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * For each term of `terms` (term → number), the most frequent word of `texts` whose longest indexed prefix is the
 * term (English stems are prefixes of their words), null when there is none. Computed once, when the index is
 * built (~0.2 s for the full registry), so that no process pays for it when it loads the index.
 */
export function readableWords(texts: Iterable<string>, terms: Map<string, number>): Array<string | null> {
  const counts = new Map<number, Map<string, number>>();
  for (const text of texts) {
    for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const folded = foldWord(word);
      for (let end = folded.length; end >= MIN_STEM; end--) {
        const term = terms.get(folded.slice(0, end));
        if (term === undefined) continue;
        const forms = counts.get(term) ?? new Map<string, number>();
        const form = word.toLowerCase();
        forms.set(form, (forms.get(form) ?? 0) + 1);
        counts.set(term, forms);
        break;
      }
    }
  }
  const words = new Array<string | null>(terms.size).fill(null);
  for (const [term, forms] of counts) words[term] = [...forms.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return words;
}
