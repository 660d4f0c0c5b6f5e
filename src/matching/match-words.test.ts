// Readable words for stems: the most frequent title or name word the stem is the longest indexed prefix of.
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '#src/matching/match-index-build.ts';
import { foldWord } from '#src/matching/match-words.ts';

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

const wordOf = (stem: string) => index.termWords[index.terms.get(stem)!];

describe('readable words for stems (built with the index)', () => {
  it('names a stem by the most frequent word it is the longest indexed prefix of', () => {
    expect(wordOf('studi')).toBe('studies');
    expect(wordOf('clinic')).toBe('clinical');
    expect(wordOf('heal')).toBe('healing');
    expect(wordOf('diabet')).toBe('diabetes');
    expect(index.termWords).toHaveLength(index.termList.length);
  });

  it('leaves stems without such a word out, and folds accents as the search does', () => {
    expect(wordOf('centr')).toBe('centre');
    expect(index.terms.has('ocean')).toBe(false);
    const withOcean = buildMatchIndex({ organizations: [], projects: [{ id: 'p', acronym: null, title: 'Seas', start: null, visibility: 'public', vector: "'ocean':1" }], participations: [] });
    expect(withOcean.termWords[withOcean.terms.get('ocean')!]).toBeNull();
    expect(foldWord('Universität')).toBe('universitat');
  });
});
