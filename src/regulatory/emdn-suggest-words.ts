// The English words of EMDN terms and of device descriptions, reduced to comparable stems (plurals, British and
// American spellings), and how closely two stems match.
import { foldWord } from '#src/matching/match-words.ts';

// Words that say nothing about which device is meant (EMDN terms are full of "WITH", "W/O", "- OTHER").
const STOPWORDS = new Set(
  ('a an and any are as at be by for from in into is it its of on or our the their this to used using via we which ' +
    'with without w o other others not including included those that such also can may well type types').split(' '),
);

// Singular words that end in "s" and must keep it ("lens" is not the plural of "len").
const SINGULAR_S = new Set(['lens', 'gas', 'bias', 'iris', 'pelvis', 'penis', 'testis', 'chassis', 'plus', 'ethos', 'thorax']);

// Everyday words for devices that EMDN names otherwise; each maps to EMDN's words (matched as stems).
export const SYNONYMS: ReadonlyMap<string, string[]> = new Map([
  ['pump', ['infusor']],
  ['ecg', ['electrocardiograph']],
  ['ekg', ['electrocardiograph']],
  ['eeg', ['electroencephalograph']],
  ['mri', ['magnetic', 'resonance']],
  ['ct', ['tomography']],
  ['app', ['software']],
  ['plaster', ['dressing']],
  ['bandaid', ['dressing']],
  ['respirator', ['ventilator']],
  ['glasses', ['spectacle']],
]);

// EMDN's abbreviations, read as their words so that "HIV rapid test" finds "HIV 1 / 2 - RT & POC".
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['rt', 'rapid test'],
  ['poc', 'point of care'],
  ['ag', 'antigen'],
  ['ab', 'antibody'],
  ['na', 'nucleic acid'],
  ['ivd', 'in vitro diagnostic'],
  ['nipb', 'non invasive blood pressure'],
]);

/** Lowercase, accents off, British spellings folded into one form ("haemo" = "hemo", "sterilise" = "sterilize"). */
export function normalizeWord(word: string): string {
  return foldWord(word)
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/(?<=[a-z]{3})is(?=e|er|ers|ed|ing|ation|ations)/g, 'iz')
    .replace(/(?<=[a-z]{3})ys(?=e|er|ers|ed|ing)/g, 'yz');
}

/** A light English stemmer for nomenclature words: plural endings off, a final "e" off ("syringes" = "syringe"). */
export function stemWord(normalized: string): string {
  let w = normalized;
  if (w.length <= 3 || SINGULAR_S.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('sis')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** The words of a text, split at anything but letters and digits ("single-use" = "single", "use"). */
export function rawWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The stems of a text's content words, stopwords and one-letter words left out, EMDN's abbreviations spelled out. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const word of rawWords(text)) {
    const normalized = normalizeWord(word);
    const expansion = ABBREVIATIONS.get(normalized);
    if (expansion !== undefined) out.push(...contentStems(expansion));
    else if (normalized.length >= 2 && !STOPWORDS.has(normalized)) out.push(stemWord(normalized));
  }
  return out;
}

/** Whether a (normalized) word is a stopword. */
export function isStopword(normalized: string): boolean {
  return STOPWORDS.has(normalized);
}

const MIN_PREFIX = 4;
const MIN_INFIX = 5;

// What may follow a word to make a word of the same family ("monitor" + "ing", "implant" + "able"); anything else
// makes another word ("roll" + "stuhl", "insulin" + "pump", "scalp" + "el").
const DERIVATIONS = new Set(
  'ing ed er or ers ors able ible al ial ic ical ly y ion ation ations ive ity ment ist ism ure ous ant ent ance ence'.split(' '),
);

/**
 * How well query stem `q` matches term stem `t`: 1 when equal; 0.7 when one is the other plus a derivational
 * ending ("monitor" / "monitoring"), but 0 when it is the other plus another word ("insulin" / "insulinpump");
 * 0.5 when they share a prefix of five letters or more covering three quarters of the shorter ("prosthes" /
 * "prosthetic") or `t` contains `q` ("microinfusor"); 0 otherwise.
 */
export function stemSimilarity(q: string, t: string): number {
  if (q === t) return 1;
  const shorter = Math.min(q.length, t.length);
  if (shorter < MIN_PREFIX) return 0;
  let common = 0;
  while (common < shorter && q.charCodeAt(common) === t.charCodeAt(common)) common += 1;
  if (common === shorter) return DERIVATIONS.has((q.length > t.length ? q : t).slice(shorter)) ? 0.7 : 0;
  if (common >= MIN_INFIX && common >= 0.75 * shorter) return 0.5;
  if (q.length >= MIN_INFIX && t.length > q.length && t.includes(q)) return 0.5;
  return 0;
}
