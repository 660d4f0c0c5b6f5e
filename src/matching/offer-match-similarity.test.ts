// Offer similarity: kinds that answer each other, tf-idf cosine, and the counterparts a target keeps.
import { describe, expect, it } from 'vitest';
import { cosine, counterpartMatches, kindsFit, partnerKindOf, tfidfVectors, type OfferDocument } from '#src/matching/offer-match-similarity.ts';

const doc = (id: string, direction: 'offer' | 'request', kind: OfferDocument['kind'], words: string, organizationId = id): OfferDocument => {
  const counts = new Map<string, number>();
  for (const w of words.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { id, organizationId, direction, kind, terms: [...counts.entries()] };
};

describe('kinds', () => {
  it('lets a specific need be answered by its own kind or a general one, and a general need by anything', () => {
    expect(kindsFit('clinical_site', 'clinical_site')).toBe(true);
    expect(kindsFit('clinical_site', 'technology')).toBe(false);
    expect(kindsFit('cdmo', 'service')).toBe(true);
    expect(kindsFit('funding', 'expertise')).toBe(false);
    expect(kindsFit('partner', 'funding')).toBe(true);
  });

  it('names the partner kind where the offer’s kind says it', () => {
    expect(partnerKindOf('request', 'clinical_site')).toBe('clinical');
    expect(partnerKindOf('request', 'cdmo')).toBe('company');
    expect(partnerKindOf('offer', 'clinical_site')).toBe('company');
    expect(partnerKindOf('request', 'expertise')).toBeUndefined();
  });
});

describe('tf-idf cosine', () => {
  it('gives identical texts 1, disjoint texts 0, and weighs rare shared words above common ones', () => {
    const [a, b, c, d] = tfidfVectors([['clinic', 'studi'], ['clinic', 'studi'], ['robot'], ['clinic', 'robot']].map((ws) => ws.map((w): [string, number] => [w, 1])));
    expect(cosine(a!, b!).score).toBeCloseTo(1, 6);
    expect(cosine(a!, c!).score).toBe(0);
    expect(cosine(a!, d!).terms).toEqual(['clinic']);
    expect(cosine(c!, d!).score).toBeGreaterThan(0);
  });
});

describe('counterparts', () => {
  const request = doc('r', 'request', 'clinical_site', 'clinic studi diabet wound');
  const candidates = [
    doc('site', 'offer', 'clinical_site', 'clinic studi diabet patient'),
    doc('tech', 'offer', 'technology', 'clinic studi diabet wound'),
    doc('own', 'offer', 'clinical_site', 'clinic studi diabet wound', 'r'),
    doc('other-request', 'request', 'clinical_site', 'clinic studi diabet wound'),
    doc('far', 'offer', 'service', 'robot care municip'),
  ];

  it('keeps offers of other organisations whose kind answers and whose text reaches the threshold, best first', () => {
    const found = counterpartMatches(request, candidates, 0.1);
    expect(found.map((m) => m.id)).toEqual(['site']);
    expect(found[0]!.terms.slice(0, 3).sort()).toEqual(['clinic', 'diabet', 'studi']);
    expect(counterpartMatches(request, candidates, 0.99)).toEqual([]);
  });

  it('matches requests from the offer’s side, never other offers', () => {
    const site = candidates[0]!;
    // Both requests have the same text: equal scores, then by id.
    expect(counterpartMatches(site, [request, ...candidates.slice(1)], 0.1).map((m) => m.id)).toEqual(['other-request', 'r']);
  });
});
