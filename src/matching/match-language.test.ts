// Query languages: German and Danish ideas are recognised and read in the English words of the project texts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#src/db/connect.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { analyzeTexts } from '#src/matching/match-corpus.ts';
import { GLOSSARY_DA } from '#src/matching/match-glossary-da.ts';
import { GLOSSARY_DE } from '#src/matching/match-glossary-de.ts';
import { detectLanguage, englishReading, englishRendering, renderedWords, wordsOf } from '#src/matching/match-language.ts';

const GERMAN = [
  'Wundheilung mit kaltem Plasma',
  'Gentherapie für seltene Erkrankungen',
  'Künstliche Intelligenz in der Bildgebung',
  'Krebsdiagnostik',
  'Gesundheitsdaten',
  'Antibiotikaresistenz',
  'Schlaganfall Rehabilitation',
  'Neue Biomarker für Demenz',
  'Impfstoffe gegen Infektionen',
  'Mikrobiom und Ernährung',
  'Prothesen und Implantate aus Titan',
  'Digitale Pflege im ländlichen Raum',
  'Meeresbiotechnologie: Wirkstoffe aus Algen',
  'Wir suchen einen Partner für eine klinische Studie zur Behandlung von Hautkrebs.',
];

const DANISH = [
  'kunstig intelligens til diagnostik af hudkræft',
  'sårheling med koldt plasma',
  'genterapi mod sjældne sygdomme',
  'hudkræft',
  'sårheling',
  'sundhedsdata',
  'demens og pleje',
  'antibiotikaresistens',
  'vacciner mod infektioner',
  'telemedicin til patienter med hjertesvigt',
  'nye biomarkører for tidlig opsporing af kræft',
  'Vi søger en partner til et klinisk forsøg med implantater',
  'bæredygtig fødevareproduktion med alger',
];

const ENGLISH = [
  'AI for skin cancer diagnostics',
  'gene therapy for rare diseases',
  'wound healing with cold plasma',
  'cancer',
  'diabetes',
  'machine learning for medical imaging',
  'antimicrobial resistance',
  'vaccines against infections',
  'dementia care at home',
  'plasma medicine',
  'biomarkers for early detection of cancer',
  'We are looking for a partner for a clinical trial of implants.',
  'telemedicine for patients with heart failure',
  'Sustainable food production from algae',
];

describe('detecting the language of a query', () => {
  it.each(GERMAN)('reads "%s" as German', (text) => expect(detectLanguage(text)).toBe('de'));
  it.each(DANISH)('reads "%s" as Danish', (text) => expect(detectLanguage(text)).toBe('da'));
  it.each(ENGLISH)('reads "%s" as English', (text) => expect(detectLanguage(text)).toBe('en'));

  it('takes ä, ö, ü, ß and æ, ø, å as evidence where no word is known', () => {
    expect(detectLanguage('Straße')).toBe('de');
    expect(detectLanguage('Blåbær')).toBe('da');
  });

  it('recognises German and Danish typed without their special letters', () => {
    expect(detectLanguage('Kuenstliche Intelligenz fuer Krebsdiagnostik')).toBe('de');
    expect(detectLanguage('kraeft og saarheling')).toBe('da');
  });

  it('falls back to English when nothing tells', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('CRISPR 2025')).toBe('en');
  });
});

/** The English words a German or Danish text's reading adds after the text. */
const readingWords = (text: string, language: 'de' | 'da') => {
  const reading = englishReading(text, language);
  expect(reading.startsWith(text)).toBe(true);
  return wordsOf(reading.slice(text.length));
};

describe('reading German and Danish in English', () => {
  it.each([
    ['Wundheilung mit kaltem Plasma', ['wound', 'healing', 'cold', 'plasma']],
    ['Gentherapie für seltene Erkrankungen', ['gene', 'therapy', 'rare', 'diseases']],
    ['Künstliche Intelligenz und maschinelles Lernen in der Bildgebung', ['artificial', 'intelligence', 'machine', 'learning', 'imaging']],
    ['Neue Wirkstoffe aus Mikroalgen gegen multiresistente Keime', ['new', 'active', 'drugs', 'microalgae', 'multidrug', 'resistant', 'germs']],
    ['Telemedizinische Versorgung von Patienten mit Herzinsuffizienz', ['telemedicine', 'care', 'patients', 'heart', 'failure']],
    ['Sensoren für die Früherkennung von Demenz bei älteren Menschen', ['sensors', 'early', 'detection', 'dementia', 'elderly']],
  ] as const)('reads "%s" with the English words', (text, expected) => {
    expect(readingWords(text, 'de')).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ['kunstig intelligens til diagnostik af hudkræft', ['artificial', 'intelligence', 'diagnostics', 'skin', 'cancer']],
    ['sårheling med koldt plasma', ['wound', 'healing', 'cold', 'plasma']],
    ['genterapi mod sjældne sygdomme', ['gene', 'therapy', 'rare', 'diseases']],
    ['nye biomarkører for tidlig opsporing af kræft', ['new', 'biomarkers', 'early', 'detection', 'cancer']],
    ['sensorer til overvågning af patienter med kroniske sår', ['sensors', 'monitoring', 'patients', 'chronic', 'wound']],
    ['bæredygtige fødevarer og proteiner fra alger', ['sustainable', 'food', 'proteins', 'algae']],
  ] as const)('reads "%s" with the English words', (text, expected) => {
    expect(readingWords(text, 'da')).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ['de', 'Gesundheitsdaten', ['health', 'data']],
    ['de', 'Hautkrebsfrüherkennung', ['skin', 'cancer', 'early', 'detection']],
    ['de', 'Nierenzellkarzinom', ['kidney', 'cell', 'carcinoma']],
    ['de', 'Krebsforschung', ['cancer', 'research']],
    ['de', 'Blasenkrebs', ['cancer']],
    ['da', 'sundhedsdata', ['health', 'data']],
    ['da', 'kræftbehandling', ['cancer', 'treatment']],
    ['da', 'nyresygdomme', ['kidney', 'diseases']],
    ['da', 'tyktarmskræft', ['intestine', 'cancer']],
  ] as const)('splits the %s compound "%s", which the glossary does not list', (language, word, expected) => {
    const glossary = language === 'de' ? GLOSSARY_DE : GLOSSARY_DA;
    expect(glossary.some(([key]) => key === word.toLowerCase())).toBe(false);
    expect(readingWords(word, language)).toEqual(expect.arrayContaining([...expected]));
  });

  it('adds a line of English after the text, and nothing when it knows no term', () => {
    expect(englishReading('Gentherapie für seltene Erkrankungen', 'de')).toBe('Gentherapie für seltene Erkrankungen\ngene therapy rare diseases');
    expect(englishReading('Wir suchen einen Partner in Greifswald', 'de')).toBe('Wir suchen einen Partner in Greifswald\npartner partners');
    expect(englishReading('Vi søger nogen i Aarhus', 'da')).toBe('Vi søger nogen i Aarhus');
  });

  it('renders the text in English without its function words, keeping the words it does not know', () => {
    expect(englishRendering('Wir suchen einen Partner in Greifswald', 'de')).toBe('partner partners Greifswald');
    expect(englishRendering('vi søger en partner til hudkræft i Aarhus', 'da')).toBe('partner skin cancer Aarhus');
    expect(englishRendering('AI for skin cancer diagnostics', 'en')).toBe('AI for skin cancer diagnostics');
  });

  it('reads words typed without their special letters', () => {
    const words = readingWords('Kuenstliche Intelligenz fuer Krebsdiagnostik', 'de');
    expect(words).toEqual(expect.arrayContaining(['artificial', 'intelligence', 'cancer', 'diagnostics']));
    expect(words).not.toContain('fuer');
    expect(readingWords('kraeft', 'da')).toEqual(['cancer']);
  });

  it('does not read a word by a short ending it merely happens to have', () => {
    expect(readingWords('bezogene Daten', 'de')).toEqual(['data']);
  });

  it('returns English text unchanged', () => {
    for (const text of ENGLISH) {
      expect(englishReading(text, 'en')).toBe(text);
      expect(englishReading(text, detectLanguage(text))).toBe(text);
    }
  });
});

describe('renderedWords', () => {
  it('points the English words of a German word to it as typed, all parts of a compound to the compound', () => {
    expect(renderedWords('Gesundheitsdaten und Gentherapie in Greifswald', 'de')).toEqual([
      { word: 'health', own: 'Gesundheitsdaten' },
      { word: 'data', own: 'Gesundheitsdaten' },
      { word: 'gene', own: 'Gentherapie' },
      { word: 'therapy', own: 'Gentherapie' },
      // A word the glossary does not know stands for itself.
      { word: 'greifswald', own: 'Greifswald' },
    ]);
    expect(renderedWords('chronische Wunden', 'de')).toEqual([{ word: 'chronic', own: 'chronische' }, { word: 'wounds', own: 'Wunden' }]);
  });

  it('points the English words of a Danish word to it, an unknown word to itself', () => {
    expect(renderedWords('koldt plasma til kroniske sår i Aarhus', 'da')).toEqual([
      { word: 'cold', own: 'koldt' },
      { word: 'plasma', own: 'plasma' },
      { word: 'chronic', own: 'kroniske' },
      { word: 'wound', own: 'sår' },
      { word: 'wounds', own: 'sår' },
      { word: 'ulcer', own: 'sår' },
      { word: 'aarhus', own: 'Aarhus' },
    ]);
  });

  it('lists exactly the words of the rendering, in order', () => {
    for (const text of GERMAN) expect(renderedWords(text, 'de').map((w) => w.word)).toEqual(wordsOf(englishRendering(text, 'de')));
    for (const text of DANISH) expect(renderedWords(text, 'da').map((w) => w.word)).toEqual(wordsOf(englishRendering(text, 'da')));
  });

  it('leaves the words of an English text as they are', () => {
    for (const text of ENGLISH) expect(renderedWords(text, 'en')).toEqual(wordsOf(text).map((word) => ({ word, own: word })));
  });
});

describe('the glossary', () => {
  it.each([
    ['German', GLOSSARY_DE, 'de'],
    ['Danish', GLOSSARY_DA, 'da'],
  ] as const)('lists 350 to 600 %s words, sorted, unique, each read as its own English', (_name, glossary, language) => {
    expect(glossary.length).toBeGreaterThanOrEqual(350);
    expect(glossary.length).toBeLessThanOrEqual(600);
    const keys = glossary.map(([key]) => key.replace(/^-|-$/g, ''));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort((a, b) => a.localeCompare(b, language))).toEqual(keys);
    for (const [key, english] of glossary) {
      expect(key).toBe(key.toLowerCase());
      expect(english).toMatch(/^[a-z]+(?:[ -][a-z]+)*$/);
      // A word that is also a function word, or that folds onto another entry, would not read as its own English.
      if (!key.startsWith('-') && !key.endsWith('-')) expect(englishReading(key, language)).toBe(`${key}\n${english}`);
    }
  });
});

/** The stems of a tsvector's text ("'gene':1 'rare':3"). */
const stemsOf = (vector: string) => new Set([...vector.matchAll(/'([^']+)':/g)].map((m) => m[1]!));

describe('readings through the database stemmer', () => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ db, close } = await createTestDb());
  });
  afterAll(async () => close());

  it.each([
    ['de', 'Gentherapie für seltene Erkrankungen', 'gene therapy for rare diseases', ['gene', 'therapi', 'rare', 'diseas']],
    ['de', 'Wundheilung mit kaltem Plasma', 'wound healing with cold plasma', ['wound', 'heal', 'cold', 'plasma']],
    ['de', 'Künstliche Intelligenz für die Diagnostik von Hautkrebs', 'artificial intelligence for skin cancer diagnostics', ['artifici', 'intellig', 'skin', 'cancer', 'diagnost']],
    ['da', 'genterapi mod sjældne sygdomme', 'gene therapy for rare diseases', ['gene', 'therapi', 'rare', 'diseas']],
    ['da', 'kunstig intelligens til diagnostik af hudkræft', 'artificial intelligence for skin cancer diagnostics', ['artifici', 'intellig', 'skin', 'cancer', 'diagnost']],
  ] as const)('stems the %s reading of "%s" as the English "%s"', async (language, text, english, terms) => {
    const [original, reading, rendering, target] = await analyzeTexts(db, [text, englishReading(text, language), englishRendering(text, language), english]);
    const targetStems = stemsOf(target!);
    for (const term of terms) {
      expect(targetStems).toContain(term);
      expect(stemsOf(reading!)).toContain(term);
      expect(stemsOf(rendering!)).toContain(term);
    }
    // Without the reading the English stemmer meets none of the domain words (plasma aside, which is international).
    expect(terms.filter((term) => term !== 'plasma' && stemsOf(original!).has(term))).toEqual([]);
  });
});
