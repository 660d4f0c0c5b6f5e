// Recommended partners at an event: the matching engine's likely partners of the participant's organisation,
// restricted to the organisations present, with the engine's reasons; word overlap of offers and seeks (the
// shared words as the reason) when the engine has no answer in time or knows none of them.
import type { Ctx } from '#src/context.ts';
import { attendeeEvent, myParticipant } from '#src/events/event-access.ts';
import { findParticipants, type ParticipantListRow } from '#src/events/event-participant-repo.ts';
import { MAX_MATCH_K, type MatchReason } from '#src/matching/match-types.ts';
import { likelyPartners } from '#src/matching/match-service.ts';

/** How long a recommendation waits for the matching index before answering from words. */
const ENGINE_WAIT_MS = 3000;
const LISTED = 20;

/** Why a participant is recommended: the engine's reasons, or the words their offers share with one's seeks (and back). */
export type RecommendReason = MatchReason | { kind: 'offersWhatYouSeek' | 'seeksWhatYouOffer'; text: string; terms: string[] };

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));

/** The words a and b share, in a's order, and their overlap (cosine of the word sets). */
function overlap(a: Set<string>, b: Set<string>): { shared: string[]; score: number } {
  const shared = [...a].filter((w) => b.has(w));
  return { shared, score: shared.length === 0 ? 0 : shared.length / Math.sqrt(a.size * b.size) };
}

/** Word overlap of what I seek with what they offer, and of what I offer with what they seek, with the shared words as reasons. */
function textMatch(me: ParticipantListRow, other: ParticipantListRow): { score: number; reasons: RecommendReason[] } {
  const offers = overlap(wordsOf(me.seeks), wordsOf(`${other.offers} ${other.organization_name}`));
  const seeks = overlap(wordsOf(me.offers), wordsOf(other.seeks));
  const reasons: RecommendReason[] = [];
  if (offers.shared.length > 0) reasons.push({ kind: 'offersWhatYouSeek', text: `offers what you seek: ${offers.shared.join(', ')}`, terms: offers.shared });
  if (seeks.shared.length > 0) reasons.push({ kind: 'seeksWhatYouOffer', text: `seeks what you offer: ${seeks.shared.join(', ')}`, terms: seeks.shared });
  return { score: offers.score + seeks.score, reasons };
}

type EngineAnswer = Map<string, { score: number; reasons: MatchReason[] }>;

async function engineMatches(ctx: Ctx, organizationId: string, attendees: string[]): Promise<EngineAnswer | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ENGINE_WAIT_MS).unref());
  const answer = likelyPartners(ctx, organizationId, MAX_MATCH_K, attendees).then((results) => new Map(results.map((r) => [r.orgId, { score: r.score, reasons: r.reasons }])), () => undefined);
  return Promise.race([answer, timeout]);
}

/** Participants the actor may want to meet, best first, why, and which source ranked them. */
export async function recommendPartners(ctx: Ctx, eventId: string) {
  await attendeeEvent(ctx, eventId);
  const mine = await myParticipant(ctx, eventId);
  const everyone = await findParticipants(ctx.db, eventId, {});
  const me = everyone.find((p) => p.id === mine.id)!;
  const others = everyone.filter((p) => p.organization_id !== me.organization_id);
  const engine = await engineMatches(ctx, me.organization_id, others.map((p) => p.organization_id));
  const fromEngine = engine ? others.filter((p) => engine.has(p.organization_id)) : [];
  const source = fromEngine.length > 0 ? 'matching' as const : 'text' as const;
  const scored = source === 'matching'
    ? fromEngine.map((p) => ({ p, ...engine!.get(p.organization_id)! }))
    : others.map((p) => ({ p, ...textMatch(me, p) })).filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || a.p.id.localeCompare(b.p.id));
  return {
    source,
    items: scored.slice(0, LISTED).map(({ p, score, reasons }) => ({
      participantId: p.id, name: p.user_name, organizationName: p.organization_name, score: Math.round(score * 1000) / 1000, reasons: reasons as RecommendReason[],
    })),
  };
}
