// The language of a query and its English reading: the registry's project texts are English (CORDIS), so a
// German or Danish idea is matched through an English rendering of its words (glossaries in match-glossary-de.ts and match-glossary-da.ts).
import { GLOSSARY_DA } from '#src/matching/match-glossary-da.ts';
import { GLOSSARY_DE } from '#src/matching/match-glossary-de.ts';

export type QueryLanguage = 'en' | 'de' | 'da';

const LANGUAGES = ['en', 'de', 'da'] as const;

// Function words: evidence of their language, and left out of a German or Danish reading, where the English
// stemmer would take some of them for English words ("die", "war", "men").
const COMMON: Record<QueryLanguage, Set<string>> = {
  en: new Set(
    ('a about after against all also an and any are as at be been being between both but by can could do does each for from ' +
      'had has have how however if in into is it its may more most much must no not of on only or other our over such than ' +
      'that the their them then there these they this those through to under up us use used using very via was we well were ' +
      'what when where which while who will with within would').split(' '),
  ),
  de: new Set(
    ('aber alle allen aller als also am an auch auf aus bei beim bis bzw da damit dann das dass dem den denen der des dessen ' +
      'die dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines er es etwa für gegen hat ' +
      'haben hatte hier ich ihr ihre ihrem ihren ihrer im in ins insbesondere ist jede jedem jeden jeder jedes kann kein keine ' +
      'können man mehr mit muss müssen nach nicht noch nur ob oder ohne sehr sein seine seiner seit sich sie sind so soll ' +
      'sollen sowie über um und uns unser unsere unseren unserer unter viel viele vom von vor war waren was weil welche ' +
      'welcher welches wenn werden wie wir wird wo wurde wurden zu zum zur zwischen suche suchen').split(' '),
  ),
  da: new Set(
    ('af alle allerede andre at blandt blev bliver både da de dem den denne der deres det dette disse du efter eller en end ' +
      'er et for fra før gennem har havde hende hendes her hos hun hvad hvem hver hvilke hvis hvor hvordan i igen ikke ind ' +
      'jeg kan kun kunne man med meget mellem men mere mest mange mod må når nogle nu og også om op os over på sammen samt ' +
      'sig sin sine sit skal skulle som så til ud under uden var ved vi vil ville vores være været søge søger').split(' '),
  ),
};

/** How one language builds words: its glossary by position in a compound, its inflection endings, its linking letters. */
type Lexicon = {
  /** The function words, folded and respelled as words are looked up ("fuer" is "für"). */
  common: Set<string>;
  /** Words that stand alone (and may be any part of a compound). */
  words: Map<string, string>;
  /** Words that may open or continue a compound. */
  heads: Map<string, string>;
  /** Words that may end a compound. */
  tails: Map<string, string>;
  /** Endings stripped to find an inflected form's entry, longest first. */
  endings: string[];
  /** Letters between two parts of a compound (German Fugen-s: "Gesundheit-s-daten"). */
  links: string[];
  /** German drops a head's final e ("Wunde" → "Wundheilung", "Zelle" → "Zellkultur"). */
  headDropsE: boolean;
  /** Spellings without the special letters ("ue" for "ü", "aa" for "å"), as folded text writes them. */
  respell: (word: string) => string;
};

/** Folds a word as the search configurations' unaccent does (lowercase, "ß" → "ss", "æ" → "ae", "ø" → "o", marks off). */
export function fold(word: string): string {
  return word.toLowerCase().replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ø/g, 'o').normalize('NFD').replace(/\p{M}/gu, '');
}

function lexicon(language: 'de' | 'da', glossary: ReadonlyArray<readonly [string, string]>): Lexicon {
  const words = new Map<string, string>();
  const heads = new Map<string, string>();
  const tails = new Map<string, string>();
  for (const [key, english] of glossary) {
    const head = key.endsWith('-');
    const tail = key.startsWith('-');
    const word = fold(key.replace(/^-|-$/g, ''));
    if (!head && !tail) words.set(word, english);
    if (!tail) heads.set(word, english);
    if (!head) tails.set(word, english);
  }
  const german = language === 'de';
  const respell = german
    ? (w: string) => w.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')
    : (w: string) => w.replace(/aa/g, 'a').replace(/oe/g, 'o');
  return {
    common: new Set([...COMMON[language]].map((w) => respell(fold(w)))),
    words,
    heads,
    tails,
    endings: german ? ['ern', 'en', 'em', 'er', 'es', 'e', 'n', 's'] : ['erne', 'ene', 'ens', 'ets', 'en', 'et', 'er', 'e', 's', 't'],
    links: german ? ['s', 'es', 'n', 'en', 'e'] : ['s', 'e'],
    headDropsE: german,
    respell,
  };
}

const LEXICONS = { de: lexicon('de', GLOSSARY_DE), da: lexicon('da', GLOSSARY_DA) };

// English content words: the glossaries' English side (the vocabulary of the domain) counts as evidence of English.
const ENGLISH_WORDS = new Set([...GLOSSARY_DE, ...GLOSSARY_DA].flatMap(([, english]) => english.split(/[\s-]+/)));

// Parts of a compound have at least three letters ("hud", "sår", "gen"); a part that stands for the whole word
// without the rest of it being understood needs five ("...krebs"), so that "bezogene" is not read as "...gene".
const MIN_PART = 3;
const MIN_LONE_TAIL = 5;
const MIN_LONE_HEAD = 6;

/** A glossary entry for the word itself or for it without an inflection ending ("seltene" → "selten"). */
function entry(lex: Lexicon, map: Map<string, string>, word: string): string | undefined {
  const direct = map.get(word);
  if (direct !== undefined) return direct;
  for (const ending of lex.endings) {
    if (word.length - ending.length >= MIN_PART && word.endsWith(ending)) {
      const found = map.get(word.slice(0, -ending.length));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function headEntry(lex: Lexicon, part: string): string | undefined {
  return lex.heads.get(part) ?? (lex.headDropsE ? lex.heads.get(`${part}e`) : undefined);
}

/**
 * The fewest glossary parts that spell each ending of the word (`covers[i]` spells `word.slice(i)`), parts joined
 * by the language's linking letters, the last part a tail; null where no spelling exists.
 */
function compoundCovers(lex: Lexicon, word: string): Array<string[] | null> {
  const n = word.length;
  const covers: Array<string[] | null> = new Array<string[] | null>(n + 1).fill(null);
  for (let i = n - MIN_PART; i >= 0; i--) {
    let best: string[] | null = null;
    const last = i > 0 ? entry(lex, lex.tails, word.slice(i)) : undefined;
    if (last !== undefined) best = [last];
    for (let j = i + MIN_PART; j <= n - MIN_PART; j++) {
      const head = headEntry(lex, word.slice(i, j));
      if (head === undefined) continue;
      for (const link of ['', ...lex.links]) {
        const rest = j + link.length;
        const tail = rest < n && word.startsWith(link, j) ? covers[rest] : null;
        if (tail && (!best || tail.length + 1 < best.length)) best = [head, ...tail];
      }
    }
    covers[i] = best;
  }
  return covers;
}

/** English for a word: its entry, or its compound parts' entries ("hudkræft" = hud + kræft); undefined if unknown. */
const MAX_COMPOUND = 40;

function translateFolded(lex: Lexicon, word: string, wholeOnly: boolean): string | undefined {
  const whole = entry(lex, lex.words, word);
  // A compound of more than 40 letters is not a word but a sequence, an address or a pasted blob; splitting costs
  // the cube of the length (a 2,000-letter token took 28 s), so such tokens are never split.
  if (whole !== undefined || word.length < 2 * MIN_PART || word.length > MAX_COMPOUND) return whole;
  const covers = compoundCovers(lex, word);
  if (covers[0]) return covers[0].join(' ');
  if (wholeOnly) return undefined;
  // Only part of the word is known: German and Danish compounds end in their head noun, so a known ending says
  // what the word is about ("Blasenkrebs" → cancer); failing that, a long known beginning ("Krankenhausaufenthalt").
  for (let i = MIN_PART; i <= word.length - MIN_LONE_TAIL; i++) if (covers[i]) return covers[i]!.join(' ');
  for (let j = word.length - MIN_PART; j >= MIN_LONE_HEAD; j--) {
    const head = headEntry(lex, word.slice(0, j));
    if (head !== undefined) return head;
  }
  return undefined;
}

const cache = { de: new Map<string, string | null>(), da: new Map<string, string | null>() };

/** English for a word as written or as typed without the special letters ("kuenstliche", "kraeft"). */
function translateSpelled(lex: Lexicon, word: string, wholeOnly: boolean): string | undefined {
  const folded = fold(word);
  const respelled = lex.respell(folded);
  return translateFolded(lex, folded, wholeOnly) ?? (respelled !== folded ? translateFolded(lex, respelled, wholeOnly) : undefined);
}

/** English for a German or Danish word (lowercase), null if unknown (remembered: texts repeat their words). */
function translateWord(language: 'de' | 'da', word: string): string | null {
  const memo = cache[language];
  const known = memo.get(word);
  if (known !== undefined) return known;
  const english = translateSpelled(LEXICONS[language], word, false) ?? null;
  if (memo.size > 50_000) memo.clear();
  memo.set(word, english);
  return english;
}

/** Whether a word is a function word of the language, also typed without its special letters. */
function isCommon(language: 'de' | 'da', word: string): boolean {
  const lex = LEXICONS[language];
  return lex.common.has(lex.respell(fold(word)));
}

/** Lowercase words of a text (letters and digits, accents kept). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Endings only one of the languages has (checked on words the lists do not know, of seven letters or more).
const ENDINGS: Record<QueryLanguage, RegExp> = {
  en: /(?:ness|ity|ities|ies|ical|ally|ised|ized|ising|izing)$/,
  de: /(?:ung|ungen|heit|heiten|keit|keiten|lich|liche|lichen|licher|isch|ische|ischen|schaft|schaften)$/,
  da: /(?:ighed|igheder|heden|lige|ligt|iske|elser|ninger|ningen)$/,
};

/**
 * The languages a word is evidence of: a function word, a German or Danish glossary word or compound, an English
 * domain word; for a word none of them knows, a compound known only in part, or an ending only one language has.
 */
function languagesOf(word: string): QueryLanguage[] {
  const found = LANGUAGES.filter((lang) => {
    if (lang === 'en') return COMMON.en.has(word) || ENGLISH_WORDS.has(word) || (word.endsWith('s') && ENGLISH_WORDS.has(word.slice(0, -1)));
    return isCommon(lang, word) || translateSpelled(LEXICONS[lang], word, true) !== undefined;
  });
  if (found.length > 0 || word.length < 7) return found;
  const partly = (['de', 'da'] as const).filter((lang) => translateWord(lang, word) !== null);
  return partly.length > 0 ? partly : LANGUAGES.filter((lang) => ENDINGS[lang].test(word));
}

// Enough words to tell the language of a long text; the rest would only cost time.
const DETECTION_WORDS = 120;

/**
 * The language of a text whose function words leave no doubt (at least 8 of one language and five times as many as
 * of both others together), else null. Most texts are decided here, without the glossary's slower evidence
 * (which took 1.6 ms per call text).
 */
function clearByFunctionWords(words: string[]): QueryLanguage | null {
  const count: Record<QueryLanguage, number> = { en: 0, de: 0, da: 0 };
  for (const word of words) for (const lang of LANGUAGES) if (COMMON[lang].has(word)) count[lang] += 1;
  for (const lang of LANGUAGES) {
    const others = LANGUAGES.reduce((sum, other) => (other === lang ? sum : sum + count[other]), 0);
    if (count[lang] >= 8 && count[lang] >= 5 * others) return lang;
  }
  return null;
}

/**
 * The language of the text: each word counts for the languages it is evidence of (shared among them), a word with
 * ä/ö/ü/ß counts once more for German and one with æ/ø/å for Danish; English when nothing tells or on a tie.
 */
export function detectLanguage(text: string): QueryLanguage {
  const words = wordsOf(text).slice(0, DETECTION_WORDS);
  const clear = clearByFunctionWords(words);
  if (clear) return clear;
  const score: Record<QueryLanguage, number> = { en: 0, de: 0, da: 0 };
  for (const word of words) {
    const languages = languagesOf(word);
    for (const lang of languages) score[lang] += 1 / languages.length;
    if (/[äöüß]/.test(word)) score.de += 1;
    if (/[æøå]/.test(word)) score.da += 1;
  }
  return LANGUAGES.reduce((best, lang) => (score[lang] > score[best] ? lang : best));
}

/** The words of a German or Danish text without its function words, each with its English (null if unknown). */
function readWords(text: string, language: 'de' | 'da'): Array<{ token: string; english: string | null }> {
  const out: Array<{ token: string; english: string | null }> = [];
  for (const token of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const word = token.toLowerCase();
    if (!isCommon(language, word)) out.push({ token, english: translateWord(language, word) });
  }
  return out;
}

/**
 * The text as the English index reads it: English text unchanged; German or Danish text followed by a line of the
 * English words for the terms it contains, in order, compounds by their parts ("Gesundheitsdaten" = Gesundheit +
 * s + Daten: "health data"). The text itself comes first, unchanged (callers take what follows it).
 */
export function englishReading(text: string, language: QueryLanguage): string {
  if (language === 'en') return text;
  const english = readWords(text, language).flatMap((w) => (w.english === null ? [] : [w.english]));
  return english.length === 0 ? text : `${text}\n${english.join(' ')}`;
}

/**
 * The text rendered in English for the English stemmer: English text unchanged; German or Danish text as its words
 * in order, each known one replaced by its English words, function words left out (the stemmer would take "die",
 * "mit", "men" for English words, or match them in organisation names), unknown words (names, acronyms) kept.
 */
export function englishRendering(text: string, language: QueryLanguage): string {
  if (language === 'en') return text;
  return readWords(text, language)
    .map((w) => w.english ?? w.token)
    .join(' ');
}

/**
 * The words of englishRendering (as wordsOf splits it), each with the word of the text it stands for, as typed: a
 * German or Danish word's English words, all parts of a compound, point to it ("Gesundheitsdaten" → health, data),
 * an unknown word to itself; an English text's words to themselves. The reasons show the user's words, not ours.
 */
export function renderedWords(text: string, language: QueryLanguage): Array<{ word: string; own: string }> {
  if (language === 'en') return wordsOf(text).map((word) => ({ word, own: word }));
  return readWords(text, language).flatMap((w) => wordsOf(w.english ?? w.token).map((word) => ({ word, own: w.token })));
}
