// The query's own word for each stem, through the database stemmer: a German or Danish idea's words as typed, a
// compound for all its parts, an unknown word as it is, an English query's words as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '#src/db/connect.ts';
import { createTestDb } from '#src/db/test-db.ts';
import { analyzeTexts } from '#src/matching/match-corpus.ts';
import { parseVector } from '#src/matching/match-index.ts';
import { englishRendering, type QueryLanguage } from '#src/matching/match-language.ts';
import { ownWordsOfStems, wordsForStems } from '#src/matching/match-query-words.ts';

const GERMAN = 'Wundheilung mit kaltem Atmosphärendruckplasma: chronische Wunden wie das diabetische Fußsyndrom behandeln.';
const DANISH = 'sårheling med koldt plasma til kroniske sår hos patienter i Aarhus';
const ENGLISH = 'Gene therapy with AAV vectors for inherited retinal dystrophy';

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await createTestDb());
});
afterAll(async () => close());

/** Each stem of the text's rendering (as the query is searched) with the word named for it. */
async function namedStems(text: string, language: QueryLanguage): Promise<Record<string, string | undefined>> {
  const [vector] = await analyzeTexts(db, [englishRendering(text, language)]);
  const [own] = await ownWordsOfStems(db, [text], [language]);
  return Object.fromEntries(parseVector(vector!).map(([stem]) => [stem, own!(stem)]));
}

describe('ownWordsOfStems', () => {
  it('names each stem of a German idea by the word the user typed, a compound for every part', async () => {
    expect(await namedStems(GERMAN, 'de')).toEqual({
      wound: 'Wundheilung', heal: 'Wundheilung', cold: 'kaltem',
      atmospher: 'Atmosphärendruckplasma', pressur: 'Atmosphärendruckplasma', plasma: 'Atmosphärendruckplasma',
      chronic: 'chronische', diabet: 'diabetische', foot: 'Fußsyndrom', syndrom: 'Fußsyndrom', treat: 'behandeln', treatment: 'behandeln',
    });
  });

  it('names each stem of a Danish idea by its word, an unknown one (a place) as typed', async () => {
    expect(await namedStems(DANISH, 'da')).toEqual({
      wound: 'sårheling', heal: 'sårheling', cold: 'koldt', plasma: 'plasma', chronic: 'kroniske', ulcer: 'sår', patient: 'patienter', aarhus: 'Aarhus',
    });
  });

  it('finds the word also where the English stem does not begin the English word ("therapi", "smoke")', async () => {
    expect(await namedStems('Gesundheitsdaten, Gentherapie und Rauchen in Greifswald', 'de')).toEqual({
      health: 'Gesundheitsdaten', data: 'Gesundheitsdaten', gene: 'Gentherapie', therapi: 'Gentherapie', smoke: 'Rauchen', greifswald: 'Greifswald',
    });
  });

  it('keeps an English query as before: the first word the stem begins, none where no word begins with it', async () => {
    expect(await namedStems(ENGLISH, 'en')).toEqual({
      gene: 'gene', therapi: undefined, aav: 'aav', vector: 'vectors', inherit: 'inherited', retin: 'retinal', dystrophi: undefined,
    });
  });

  it('answers several texts in several languages at once, each for itself', async () => {
    const [de, en, da] = await ownWordsOfStems(db, [GERMAN, ENGLISH, DANISH], ['de', 'en', 'da']);
    expect([de!('wound'), en!('gene'), da!('wound')]).toEqual(['Wundheilung', 'gene', 'sårheling']);
    expect([de!('gene'), en!('wound'), da!('diabet')]).toEqual([undefined, undefined, undefined]);
  });

  it('names a German or Danish text’s stems in its own language too (as offers and calls are stemmed)', async () => {
    const [de, da] = await ownWordsOfStems(db, [GERMAN, DANISH], ['de', 'da'], { ownLanguage: true });
    expect([de!('wundheil'), de!('chronisch'), de!('fusssyndrom'), da!('kronisk'), da!('patient')]).toEqual(['Wundheilung', 'chronische', 'Fußsyndrom', 'kroniske', 'patienter']);
  });
});

describe('wordsForStems', () => {
  it('names each stem by the first text with a word for it, once, a stem no text has a word for as it is', async () => {
    const [de, en] = await ownWordsOfStems(db, [GERMAN, 'Cold plasma for chronic wounds'], ['de', 'en'], { ownLanguage: true });
    expect(wordsForStems(['wound', 'wundheil', 'heal', 'plasma', 'chronic', 'xyz'], [de!, en!])).toEqual(['Wundheilung', 'Atmosphärendruckplasma', 'chronische', 'xyz']);
    expect(wordsForStems(['wound', 'plasma', 'chronic'], [en!, de!])).toEqual(['wounds', 'plasma', 'chronic']);
  });
});
