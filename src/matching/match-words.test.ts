// Readable words for stems: the most frequent title or name word the stem is the longest indexed prefix of.
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '#src/matching/match-index.ts';
import { foldWord, readableWords } from '#src/matching/match-words.ts';

const index = buildMatchIndex({
  organizations: [
    { id: 'o', cordisId: null, name: 'Studio Diabetes Centre', type: 'company', isSme: false, country: null, nutsCode: null, city: null, lat: null, lon: null, visibility: 'public', vector: "'diabet':2 'centr':3" },
  ],
  projects: [
    { id: 'p1', acronym: null, title: 'Clinical studies of wound healing', start: 2023, visibility: 'public', vector: "'clinic':1A 'studi':2A 'wound':4A 'heal':5A" },
    { id: 'p2', acronym: null, title: 'Wound studies, and one study', start: 2022, visibility: 'public', vector: "'wound':1A 'studi':2A" },
  ],
  participations: [{ projectId: 'p1', organizationId: 'o', role: 'coordinator' }],
});

describe('readable words for stems', () => {
  it('names a stem by the most frequent word it is the longest indexed prefix of', () => {
    const words = readableWords(index);
    expect(words.get('studi')).toBe('studies');
    expect(words.get('clinic')).toBe('clinical');
    expect(words.get('heal')).toBe('healing');
    expect(words.get('diabet')).toBe('diabetes');
  });

  it('leaves stems without such a word out, and folds accents as the search does', () => {
    expect(readableWords(index).has('ocean')).toBe(false);
    expect(foldWord('Universität')).toBe('universitat');
  });
});
