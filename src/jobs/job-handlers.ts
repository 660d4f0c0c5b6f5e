// Every kind of background job and the capability function that does it, in one place; and what a start queues.
import type { Ctx } from '#src/context.ts';
import type { JobHandlers } from '#src/jobs/job-queue.ts';
import { MATCH_INDEX, enqueueMatchIndex, handleMatchIndex } from '#src/matching/match-index-jobs.ts';
import { OFFER_MATCHING, enqueueUnmatchedOffers, handleOfferMatching } from '#src/matching/offer-match-jobs.ts';

export const jobHandlers: JobHandlers = {
  [OFFER_MATCHING]: handleOfferMatching,
  [MATCH_INDEX]: handleMatchIndex,
};

/**
 * Queues the work a start owes (deduplicated against what is already queued): the matching index first (offer
 * matching needs it), then offers never matched yet.
 */
export async function enqueueStartupJobs(ctx: Ctx): Promise<{ matchIndex: boolean; offerMatching: number }> {
  const matchIndex = await enqueueMatchIndex(ctx.db);
  return { matchIndex, offerMatching: await enqueueUnmatchedOffers(ctx) };
}
