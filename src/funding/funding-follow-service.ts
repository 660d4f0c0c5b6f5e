// Following a call: members of its cluster (any signed-in user for a call listed for every cluster) follow open
// calls and are reminded before the deadline.
import { requireClusterMember } from '#src/auth/cluster-access.ts';
import { requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { conflict, forbidden, notFound } from '#src/errors.ts';
import { enqueueCallReminders } from '#src/funding/funding-reminder-jobs.ts';
import { deleteFollow, findCall, insertFollow } from '#src/funding/funding-repo.ts';
import { getCall } from '#src/funding/funding-service.ts';

async function followable(ctx: Ctx, id: string) {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('only users follow calls');
  const call = await findCall(ctx.db, id);
  if (!call) throw notFound('funding call', id);
  if (call.cluster_id !== null) await requireClusterMember(ctx, call.cluster_id);
  return { call, userId: actor.userId };
}

/** Follows an open call and queues its reminders. */
export async function followCall(ctx: Ctx, id: string) {
  const { call, userId } = await followable(ctx, id);
  const now = ctx.clock();
  const deadline = new Date(call.deadline);
  if (deadline <= now) throw conflict('the deadline of this call has passed');
  await ctx.db.transaction().execute(async (trx) => {
    await insertFollow(trx, id, userId, now);
    await enqueueCallReminders(trx, id, deadline, now);
  });
  return getCall(ctx, id);
}

/** Stops following a call (no reminders any more). */
export async function unfollowCall(ctx: Ctx, id: string) {
  const { userId } = await followable(ctx, id);
  await ctx.db.transaction().execute((trx) => deleteFollow(trx, id, userId));
  return getCall(ctx, id);
}
