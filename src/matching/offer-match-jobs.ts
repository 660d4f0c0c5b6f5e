// Offer matching as background work: queued when an offer changes, run by the job worker, swept at start.
import { z } from 'zod';
import { requireAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { invalid, issuesToDetails } from '#src/errors.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { findMatchableOffer, findOffersToMatch } from '#src/matching/offer-match-repo.ts';
import { matchOffer } from '#src/matching/offer-match-service.ts';

export const OFFER_MATCHING = 'offer-matching';

const payloadSchema = z.object({ offerId: z.uuid() });

/**
 * Queues matching of an offer or request (once: while one waits or runs, it stands for this one). Pass the
 * transaction that wrote the offer, so the job exists exactly when the change does. True when a job was added.
 */
export async function enqueueOfferMatching(db: Db, offerId: string): Promise<boolean> {
  return (await enqueueJob(db, OFFER_MATCHING, { offerId }, { dedupeKey: `${OFFER_MATCHING}:${offerId}` })).created;
}

/**
 * The `offer-matching` job: matches the offer, and again when it changed while being matched (its own change
 * found this job running and queued nothing).
 */
export const handleOfferMatching: JobHandler = async (ctx, job, progress) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw invalid('invalid offer-matching payload', issuesToDetails(parsed.error.issues));
  for (let round = 0; round < 3; round++) {
    const run = await matchOffer(ctx, parsed.data.offerId, progress);
    ctx.log.debug(`offer matching ${JSON.stringify(run)}`);
    if ('skipped' in run) return;
    const latest = await findMatchableOffer(ctx.db, parsed.data.offerId);
    if (!latest || latest.updatedAt.getTime() === run.version.getTime()) return;
  }
};

/**
 * Queues matching of every current offer never matched or changed since (at start: the demo's, and those whose
 * change was never matched); returns how many jobs it added (an offer already queued keeps its job).
 */
export async function enqueueUnmatchedOffers(ctx: Ctx): Promise<number> {
  requireAdmin(ctx.actor);
  let added = 0;
  for (const id of await findOffersToMatch(ctx.db, ctx.clock().toISOString().slice(0, 10))) {
    if (await enqueueOfferMatching(ctx.db, id)) added += 1;
  }
  return added;
}
