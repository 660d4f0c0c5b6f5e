// Matching offers and requests: partner organisations and counterpart offers, stored, with the owners notified.
import { system } from '#src/auth/actor.ts';
import { requireAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Visibility } from '#src/db/types.ts';
import { notFound } from '#src/errors.ts';
import type { ReportProgress } from '#src/jobs/job-queue.ts';
import { detectLanguage } from '#src/matching/match-language.ts';
import { ownWordsOfStems, quotedWords, wordsForStems, type OwnWord } from '#src/matching/match-query-words.ts';
import { findPartners } from '#src/matching/match-service.ts';
import type { MatchResult } from '#src/matching/match-types.ts';
import { notifyNewMatches } from '#src/matching/offer-match-notify.ts';
import {
  deleteStaleMatches,
  findMatchableOffer,
  findMatchRun,
  findOfferMatches,
  findOrganizationMatches,
  findOrganizationVisibilities,
  findShareableOffers,
  recordMatchRun,
  upsertMatches,
  type MatchableOffer,
  type NewMatch,
} from '#src/matching/offer-match-repo.ts';
import { presentOfferMatches } from '#src/matching/offer-match-schema.ts';
import { counterpartMatches, partnerKindOf, type CounterpartMatch } from '#src/matching/offer-match-similarity.ts';
import { stemmedTerms } from '#src/matching/offer-match-text.ts';
import { findVisibleOffer } from '#src/registry/offer-repo.ts';
import { viewerOf } from '#src/registry/visibility.ts';

/** How many partner organisations an offer keeps. */
export const ORGANIZATION_MATCHES = 10;

/**
 * The least tf-idf cosine for a counterpart. On the demo registry every pair a person would call a match scores
 * 0.126 or more (a clinical site for a wound-care study 0.379, a municipality for a home-care pilot 0.209,
 * regulatory help 0.126) and every pair that shares one common word ("clinic", "partner", "develop", "test")
 * 0.065 or less; 0.1 lies in that gap, about two shared distinctive words.
 */
export const COUNTERPART_THRESHOLD = 0.1;

export type OfferMatchRun =
  /** `version`: the offer's updated_at that was matched. */
  | { offerId: string; version: Date; organizations: number; offers: number; newMatches: number; notifiedUsers: number }
  | { offerId: string; skipped: 'gone' | 'expired' };

const today = (ctx: Ctx) => ctx.clock().toISOString().slice(0, 10);
const textOf = (offer: Pick<MatchableOffer, 'title' | 'description'>) => `${offer.title}\n${offer.description}`;

/** The organisation visibility levels everyone who reads the offer may see (public offers: public organisations only). */
function levelsForReadersOf(offer: MatchableOffer): Visibility[] {
  return offer.visibility === 'public' ? ['public'] : ['public', 'members'];
}

/** The ten best partner organisations, as the system sees them, kept to those the offer's readers may see. */
async function organizationMatches(ctx: Ctx, offer: MatchableOffer): Promise<MatchResult[]> {
  const { results } = await findPartners({ ...ctx, actor: system }, {
    text: textOf(offer),
    requesterId: offer.organizationId,
    partnerKind: partnerKindOf(offer.direction, offer.kind),
    k: ORGANIZATION_MATCHES * 3,
  });
  const visibility = await findOrganizationVisibilities(ctx.db, results.map((r) => r.orgId));
  const levels = levelsForReadersOf(offer);
  return results.filter((r) => levels.includes(visibility.get(r.orgId) ?? 'private')).slice(0, ORGANIZATION_MATCHES);
}

/** A matched offer's text with its own word for each stem and whether it is German or Danish. */
type Words = { own: OwnWord; foreign: boolean };
type Counterpart = CounterpartMatch & { offer: MatchableOffer; words: Words };

/**
 * Current offers (for a request) or requests (for an offer) of other organisations whose texts are close enough,
 * with the words of both texts for the reasons. idf comes from every shareable offer and request, whichever side
 * runs, so a pair scores the same from both.
 */
async function counterparts(ctx: Ctx, offer: MatchableOffer): Promise<{ own: Words; found: Counterpart[] }> {
  const candidates = (await findShareableOffers(ctx.db, today(ctx))).filter((c) => c.id !== offer.id);
  if (candidates.length === 0) return { own: { own: () => undefined, foreign: false }, found: [] };
  const terms = await stemmedTerms(ctx.db, [offer, ...candidates].map(textOf));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const document = (o: MatchableOffer, i: number) => ({ id: o.id, organizationId: o.organizationId, direction: o.direction, kind: o.kind, terms: terms[i]! });
  const found = counterpartMatches(document(offer, 0), candidates.map((c, i) => document(c, i + 1)), COUNTERPART_THRESHOLD);
  // Words only for the texts that matched: the reasons name a German or Danish text's words as typed.
  const texts = [offer, ...found.map((m) => byId.get(m.id)!)].map(textOf);
  const languages = texts.map(detectLanguage);
  const owns = await ownWordsOfStems(ctx.db, texts, languages, { ownLanguage: true });
  const words = (i: number): Words => ({ own: owns[i]!, foreign: languages[i] !== 'en' });
  return { own: words(0), found: found.map((m, i) => ({ ...m, offer: byId.get(m.id)!, words: words(i + 1) })) };
}

/** Why two texts match: the words both use (the reading side's first, quoted when German or Danish) and the kinds. */
function counterpartReasons(offer: MatchableOffer, other: MatchableOffer, stems: string[], words: [Words, Words]): unknown[] {
  const named = wordsForStems(stems, words.map((w) => w.own));
  const listed = quotedWords(named, words.some((w) => w.foreign));
  const [request, answer] = offer.direction === 'request' ? [offer, other] : [other, offer];
  return [
    { kind: 'sharedTerms', terms: named, text: `Both speak of ${listed.join(', ')}` },
    { kind: 'kinds', requestKind: request.kind, offerKind: answer.kind, text: `a ${answer.kind.replace('_', ' ')} offer answers a ${request.kind.replace('_', ' ')} request` },
  ];
}

/**
 * Matches one offer or request and stores the result in one transaction: organisations and counterparts found
 * now replace the earlier ones, and only pairs never stored before are new and notify the owners. A private
 * offer gets matches but is never shown to the counterparts' owners.
 */
export async function matchOffer(ctx: Ctx, offerId: string, progress?: ReportProgress): Promise<OfferMatchRun> {
  requireAdmin(ctx.actor);
  const offer = await findMatchableOffer(ctx.db, offerId);
  if (!offer) return { offerId, skipped: 'gone' };
  if (offer.expiresAt !== null && offer.expiresAt < today(ctx)) {
    await recordMatchRun(ctx.db, offer.id, offer.updatedAt, ctx.clock());
    return { offerId, skipped: 'expired' };
  }
  await progress?.({ done: 0, total: 3, message: 'ranking partner organisations' });
  const organizations = await organizationMatches(ctx, offer);
  await progress?.({ done: 1, total: 3, message: 'comparing with offers and requests' });
  const { own, found: offers } = await counterparts(ctx, offer);
  await progress?.({ done: 2, total: 3, message: 'storing matches' });
  const shareable = offer.visibility !== 'private' && offer.organizationVisibility !== 'private';
  const now = ctx.clock();
  const matches: NewMatch[] = [
    ...organizations.map((r) => ({ offerId: offer.id, matchedOrganizationId: r.orgId, score: r.score, reasons: r.reasons })),
    ...offers.map((m) => ({ offerId: offer.id, matchedOfferId: m.id, score: m.score, reasons: counterpartReasons(offer, m.offer, m.terms, [own, m.words]) })),
    ...(shareable ? offers.map((m) => ({ offerId: m.id, matchedOfferId: offer.id, score: m.score, reasons: counterpartReasons(m.offer, offer, m.terms, [m.words, own]) })) : []),
  ];
  const result = await ctx.db.transaction().execute(async (trx) => {
    await deleteStaleMatches(trx, offer.id, {
      organizationIds: organizations.map((r) => r.orgId),
      offerIds: offers.map((m) => m.id),
      reverseOfferIds: shareable ? offers.map((m) => m.id) : [],
    });
    const stored = await upsertMatches(trx, matches, now);
    const fresh = stored.filter((s) => s.inserted);
    const notifiedUsers = await notifyNewMatches(trx, fresh, { offers: [offer, ...offers.map((m) => m.offer)], organizations, scores: matches }, now);
    await recordMatchRun(trx, offer.id, offer.updatedAt, now);
    return { newMatches: fresh.length, notifiedUsers };
  });
  await progress?.({ done: 3, total: 3, message: `${organizations.length} organisations, ${offers.length} offers or requests, ${result.newMatches} new` });
  return { offerId, version: offer.updatedAt, organizations: organizations.length, offers: offers.length, ...result };
}

/** The stored matches of an offer or request for someone who may read it (private ones: its organisation's editors). */
export async function listOfferMatches(ctx: Ctx, offerId: string) {
  const viewer = await viewerOf(ctx);
  const offer = await findVisibleOffer(ctx.db, viewer, offerId);
  if (!offer) throw notFound('offer', offerId);
  const [matchedAt, organizations, offers] = await Promise.all([
    findMatchRun(ctx.db, offerId),
    findOrganizationMatches(ctx.db, viewer, offerId),
    findOfferMatches(ctx.db, viewer, offerId, today(ctx)),
  ]);
  return presentOfferMatches(offerId, matchedAt, organizations, offers);
}
