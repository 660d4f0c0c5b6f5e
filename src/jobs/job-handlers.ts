// Every kind of background job and the capability function that does it, in one place; and what a start queues.
import type { Ctx } from '#src/context.ts';
import { EVENT_REQUEST_REMINDERS, handleRequestReminders } from '#src/events/meeting-request-jobs.ts';
import { EVENT_SCHEDULE, handleEventSchedule } from '#src/events/meeting-schedule-job.ts';
import { FUNDING_REMINDERS, enqueueFundingReminders, handleFundingReminders } from '#src/funding/funding-reminder-jobs.ts';
import { GROUP_REMINDERS, enqueueGroupReminders, handleGroupReminders } from '#src/groups/group-reminder-jobs.ts';
import type { JobHandlers } from '#src/jobs/job-queue.ts';
import { MATCH_INDEX, enqueueMatchIndex, handleMatchIndex } from '#src/matching/match-index-jobs.ts';
import { OFFER_MATCHING, enqueueUnmatchedOffers, handleOfferMatching } from '#src/matching/offer-match-jobs.ts';
import { PRODUCT_RECLASSIFY, enqueueProductReclassify, handleProductReclassify } from '#src/regulatory/product-reclassify-jobs.ts';
import { STRATEGY_ROUND_NOTIFY, handleRoundNotifications } from '#src/strategy/round-notify.ts';

export const jobHandlers: JobHandlers = {
  [OFFER_MATCHING]: handleOfferMatching,
  [MATCH_INDEX]: handleMatchIndex,
  [PRODUCT_RECLASSIFY]: handleProductReclassify,
  [EVENT_SCHEDULE]: handleEventSchedule,
  [EVENT_REQUEST_REMINDERS]: handleRequestReminders,
  [GROUP_REMINDERS]: handleGroupReminders,
  [FUNDING_REMINDERS]: handleFundingReminders,
  [STRATEGY_ROUND_NOTIFY]: handleRoundNotifications,
};

/**
 * Queues the work a start owes (deduplicated against what is already queued): the matching index first (offer
 * matching needs it), then offers never matched yet, then products whose stored class the engine now reads otherwise.
 */
export async function enqueueStartupJobs(ctx: Ctx): Promise<{ matchIndex: boolean; offerMatching: number; productReclassify: boolean }> {
  await enqueueGroupReminders(ctx.db); // working groups: the hourly reminder run, which queues its next run itself
  await enqueueFundingReminders(ctx.db); // funding: reminders due while no process ran (each follow queues its own)
  const matchIndex = await enqueueMatchIndex(ctx.db);
  const offerMatching = await enqueueUnmatchedOffers(ctx);
  return { matchIndex, offerMatching, productReclassify: await enqueueProductReclassify(ctx.db) };
}
