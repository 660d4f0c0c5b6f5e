// Recommended partners at an event: the matching engine's likely partners of the participant's organisation,
// restricted to the organisations present; word overlap of offers and seeks when the engine has no answer in time.
import type { Ctx } from '#src/context.ts';
import { attendeeEvent, myParticipant } from '#src/events/event-access.ts';
import { findParticipants, type ParticipantListRow } from '#src/events/event-participant-repo.ts';
import { MAX_MATCH_K } from '#src/matching/match-types.ts';
import { likelyPartners } from '#src/matching/match-service.ts';

/** How long a recommendation waits for the matching index before answering from words. */
const ENGINE_WAIT_MS = 3000;
const LISTED = 20;

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared === 0 ? 0 : shared / Math.sqrt(a.size * b.size);
}

/** Word overlap of what I seek with what they offer, and of what I offer with what they seek. */
function textScore(me: ParticipantListRow, other: ParticipantListRow): number {
  return overlap(wordsOf(me.seeks), wordsOf(`${other.offers} ${other.organization_name}`)) + overlap(wordsOf(me.offers), wordsOf(other.seeks));
}

async function engineScores(ctx: Ctx, organizationId: string): Promise<Map<string, number> | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ENGINE_WAIT_MS).unref());
  const answer = likelyPartners(ctx, organizationId, MAX_MATCH_K).then((results) => new Map(results.map((r) => [r.orgId, r.score])), () => undefined);
  return Promise.race([answer, timeout]);
}

/** Participants the actor may want to meet, best first, and which source ranked them. */
export async function recommendPartners(ctx: Ctx, eventId: string) {
  await attendeeEvent(ctx, eventId);
  const mine = await myParticipant(ctx, eventId);
  const everyone = await findParticipants(ctx.db, eventId, {});
  const me = everyone.find((p) => p.id === mine.id)!;
  const others = everyone.filter((p) => p.organization_id !== me.organization_id);
  const engine = await engineScores(ctx, me.organization_id);
  const fromEngine = engine ? others.filter((p) => engine.has(p.organization_id)) : [];
  const source = fromEngine.length > 0 ? 'matching' as const : 'text' as const;
  const scored = source === 'matching'
    ? fromEngine.map((p) => ({ p, score: engine!.get(p.organization_id)! }))
    : others.map((p) => ({ p, score: textScore(me, p) })).filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || a.p.id.localeCompare(b.p.id));
  return {
    source,
    items: scored.slice(0, LISTED).map(({ p, score }) => ({ participantId: p.id, name: p.user_name, organizationName: p.organization_name, score: Math.round(score * 1000) / 1000 })),
  };
}
