// Which offers answer which requests: kind compatibility and tf-idf cosine similarity of their stemmed texts (pure).
import type { OffersTable } from '#src/db/types.ts';
import type { PartnerKind } from '#src/matching/match-types.ts';

export type OfferKind = OffersTable['kind'];
export type OfferDirection = OffersTable['direction'];

const ALL_KINDS: OfferKind[] = ['technology', 'service', 'clinical_site', 'partner', 'cdmo', 'funding', 'expertise', 'other'];

// The kinds of offer that can answer a request of each kind. A specific need (a clinical site, a CDMO, funding)
// is met by that kind or by a general partner or service; a general "partner" or "other" request by anything.
const OFFER_KINDS_FOR_REQUEST: Record<OfferKind, OfferKind[]> = {
  technology: ['technology', 'expertise', 'service', 'partner', 'other'],
  service: ['service', 'expertise', 'technology', 'cdmo', 'clinical_site', 'partner', 'other'],
  clinical_site: ['clinical_site', 'service', 'partner', 'other'],
  partner: ALL_KINDS,
  cdmo: ['cdmo', 'service', 'partner', 'other'],
  funding: ['funding', 'partner', 'other'],
  expertise: ['expertise', 'service', 'partner', 'other'],
  other: ALL_KINDS,
};

/** True when an offer of kind `offerKind` can answer a request of kind `requestKind`. */
export function kindsFit(requestKind: OfferKind, offerKind: OfferKind): boolean {
  return OFFER_KINDS_FOR_REQUEST[requestKind].includes(offerKind);
}

/**
 * The kind of organisation that would take up an offer or answer a request, where the kind says it: a clinical
 * site is sought from hospitals, a CDMO among companies; an offered clinical site or manufacturing serves
 * companies. Other kinds (technology, expertise, funding: investors are no partner kind) leave it open.
 */
export function partnerKindOf(direction: OfferDirection, kind: OfferKind): PartnerKind | undefined {
  if (direction === 'request') return kind === 'clinical_site' ? 'clinical' : kind === 'cdmo' ? 'company' : undefined;
  return kind === 'clinical_site' || kind === 'cdmo' ? 'company' : undefined;
}

/** A document of the comparison: its stemmed terms with their counts. */
export type TermCounts = Array<[term: string, count: number]>;

type WeightedVector = Map<string, number>;

/**
 * Unit-length tf-idf vectors of the documents: tf = 1 + ln(count), idf = ln(1 + N / df). The smoothed idf keeps
 * a word that every document uses above zero, so two offers in a registry of two can still meet.
 */
export function tfidfVectors(docs: TermCounts[]): WeightedVector[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc.map(([t]) => t))) df.set(term, (df.get(term) ?? 0) + 1);
  return docs.map((doc) => {
    const vector: WeightedVector = new Map();
    for (const [term, count] of doc) {
      if (count <= 0) continue;
      vector.set(term, (vector.get(term) ?? 0) + (1 + Math.log(count)) * Math.log(1 + docs.length / df.get(term)!));
    }
    const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
    if (norm > 0) for (const [term, w] of vector) vector.set(term, w / norm);
    return vector;
  });
}

/** Cosine of two unit vectors, with the shared terms that contribute most first. */
export function cosine(a: WeightedVector, b: WeightedVector): { score: number; terms: string[] } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const shared: Array<[string, number]> = [];
  let score = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other === undefined) continue;
    score += w * other;
    shared.push([term, w * other]);
  }
  shared.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return { score, terms: shared.map(([t]) => t) };
}

export type OfferDocument = { id: string; organizationId: string; direction: OfferDirection; kind: OfferKind; terms: TermCounts };

export type CounterpartMatch = { id: string; score: number; terms: string[] };

/**
 * The counterparts of `target` among `candidates` (requests for an offer, offers for a request) of other
 * organisations whose kinds fit and whose texts reach `threshold`, best first. idf is taken over the target and
 * all candidates.
 */
export function counterpartMatches(target: OfferDocument, candidates: OfferDocument[], threshold: number): CounterpartMatch[] {
  const vectors = tfidfVectors([target.terms, ...candidates.map((c) => c.terms)]);
  const out: CounterpartMatch[] = [];
  candidates.forEach((candidate, i) => {
    if (candidate.organizationId === target.organizationId || candidate.direction === target.direction) return;
    const [request, offer] = target.direction === 'request' ? [target, candidate] : [candidate, target];
    if (!kindsFit(request.kind, offer.kind)) return;
    const { score, terms } = cosine(vectors[0]!, vectors[i + 1]!);
    if (score >= threshold) out.push({ id: candidate.id, score: Math.round(score * 1000) / 1000, terms: terms.slice(0, 8) });
  });
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
