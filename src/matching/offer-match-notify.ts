// Tells the editors of an offer's organisation about its new matches: one notification per offer and run.
import type { Db } from '#src/db/connect.ts';
import type { MatchResult } from '#src/matching/match-types.ts';
import { findOrganizationEditors, markMatchesNotified, type MatchableOffer, type NewMatch, type StoredMatch } from '#src/matching/offer-match-repo.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';

export const OFFER_MATCHES_NOTIFICATION = 'offer_matches';

/** At most this many matches are listed in one notification; `count` tells how many there were. */
const LISTED = 10;

export type MatchedItem =
  | { type: 'organization'; id: string; name: string; score: number }
  | { type: 'offer'; id: string; title: string; direction: string; kind: string; organizationId: string; organizationName: string; score: number };

/** The payload of an `offer_matches` notification. */
export type OfferMatchesPayload = {
  offerId: string;
  offerTitle: string;
  direction: string;
  organizationId: string;
  organizationName: string;
  count: number;
  matches: MatchedItem[];
};

type Known = { offers: MatchableOffer[]; organizations: MatchResult[]; scores: NewMatch[] };

/**
 * Notifies, in the caller's transaction, the editors of each offer that has new matches among `fresh`, and marks
 * those matches notified. Returns how many notifications it wrote.
 */
export async function notifyNewMatches(db: Db, fresh: StoredMatch[], known: Known, at: Date): Promise<number> {
  if (fresh.length === 0) return 0;
  const offers = new Map(known.offers.map((o) => [o.id, o]));
  const organizations = new Map(known.organizations.map((r) => [r.orgId, r]));
  const scores = new Map(known.scores.map((m) => [`${m.offerId}:${m.matchedOfferId ?? m.matchedOrganizationId}`, m.score]));
  const byOffer = new Map<string, StoredMatch[]>();
  for (const match of fresh) byOffer.set(match.offerId, [...(byOffer.get(match.offerId) ?? []), match]);

  const payloads: Array<{ organizationId: string; payload: OfferMatchesPayload }> = [];
  for (const [offerId, matches] of byOffer) {
    const offer = offers.get(offerId)!;
    const items = matches.map((m): MatchedItem => {
      const score = scores.get(`${offerId}:${m.matchedOfferId ?? m.matchedOrganizationId}`) ?? 0;
      if (m.matchedOrganizationId !== null) return { type: 'organization', id: m.matchedOrganizationId, name: organizations.get(m.matchedOrganizationId)?.name ?? '', score };
      const other = offers.get(m.matchedOfferId!)!;
      return {
        type: 'offer', id: other.id, title: other.title, direction: other.direction, kind: other.kind,
        organizationId: other.organizationId, organizationName: other.organizationName, score,
      };
    });
    // Counterpart offers first (the more direct answer), then organisations, each best first.
    items.sort((a, b) => (a.type === b.type ? b.score - a.score : a.type === 'offer' ? -1 : 1));
    payloads.push({
      organizationId: offer.organizationId,
      payload: {
        offerId, offerTitle: offer.title, direction: offer.direction, organizationId: offer.organizationId,
        organizationName: offer.organizationName, count: items.length, matches: items.slice(0, LISTED),
      },
    });
  }
  const editors = await findOrganizationEditors(db, [...new Set(payloads.map((p) => p.organizationId))]);
  const rows = payloads.flatMap(({ organizationId, payload }) =>
    editors.filter((e) => e.organizationId === organizationId).map((e) => ({ userId: e.userId, kind: OFFER_MATCHES_NOTIFICATION, payload, createdAt: at })),
  );
  await insertNotifications(db, rows);
  await markMatchesNotified(db, fresh.map((m) => m.id), at);
  return rows.length;
}
