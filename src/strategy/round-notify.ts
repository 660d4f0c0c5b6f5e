// Tells a cluster's members when an idea round opens and when it closes with results: at once when a manager opens
// or closes it, else by the `strategy-round-notify` job queued for the round's opening and closing times. Each
// round remembers what it announced, so a repeated or late run tells nobody twice.
import { clusterFamily } from '#src/auth/cluster-access.ts';
import type { Db } from '#src/db/connect.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';
import { familyMemberUserIds, findUnannounced, tallyVotes, updateRoundRow } from '#src/strategy/round-repo.ts';
import type { RoundRow } from '#src/strategy/round-schema.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export const STRATEGY_ROUND_NOTIFY = 'strategy-round-notify';
export const ROUND_OPENED_NOTIFICATION = 'strategy_round_opened';
export const ROUND_CLOSED_NOTIFICATION = 'strategy_round_closed';

/** Queues the announcement runs for a round's opening and closing times. */
export async function enqueueRoundNotifications(db: Db, round: Pick<RoundRow, 'id' | 'opens_at' | 'closes_at'>): Promise<void> {
  await enqueueJob(db, STRATEGY_ROUND_NOTIFY, { roundId: round.id }, { runAfter: round.opens_at });
  await enqueueJob(db, STRATEGY_ROUND_NOTIFY, { roundId: round.id }, { runAfter: round.closes_at });
}

async function payloadOf(db: Db, round: RoundRow): Promise<Record<string, unknown>> {
  const cluster = await db.selectFrom('clusters').select(['slug', 'name']).where('id', '=', round.cluster_id).executeTakeFirstOrThrow();
  return { roundId: round.id, clusterId: round.cluster_id, clusterSlug: cluster.slug, clusterName: cluster.name, title: round.title, closesAt: isoTime(round.closed_at ?? round.closes_at) };
}

/**
 * Announces the rounds (all, or only `roundId`) whose opening or closing is due at `now` and not yet announced; run
 * it inside a transaction. Returns how many openings and closings it announced.
 */
export async function announceDueRounds(db: Db, now: Date, roundId?: string): Promise<{ opened: number; closed: number }> {
  const pick = (rows: RoundRow[]) => (roundId === undefined ? rows : rows.filter((r) => r.id === roundId));
  const opening = pick(await findUnannounced(db, now, 'open'));
  for (const round of opening) {
    const users = await familyMemberUserIds(db, await clusterFamily(db, round.cluster_id));
    const payload = await payloadOf(db, round);
    await insertNotifications(db, users.map((userId) => ({ userId, kind: ROUND_OPENED_NOTIFICATION, payload: { ...payload, voteBudget: round.vote_budget }, createdAt: now })));
    await updateRoundRow(db, round.id, { open_notified_at: now.toISOString() });
  }
  const closing = pick(await findUnannounced(db, now, 'close'));
  for (const round of closing) {
    const users = await familyMemberUserIds(db, await clusterFamily(db, round.cluster_id));
    const payload = await payloadOf(db, round);
    const { voters } = await tallyVotes(db, round.id);
    await insertNotifications(db, users.map((userId) => ({ userId, kind: ROUND_CLOSED_NOTIFICATION, payload: { ...payload, voters }, createdAt: now })));
    // A round closed before it opened is never announced as opening afterwards.
    await updateRoundRow(db, round.id, { close_notified_at: now.toISOString(), open_notified_at: round.open_notified_at ?? now.toISOString() });
  }
  return { opened: opening.length, closed: closing.length };
}

/** The `strategy-round-notify` job: announces every due opening and closing (safe to repeat). */
export const handleRoundNotifications: JobHandler = async (ctx, _job, progress) => {
  const result = await ctx.db.transaction().execute((trx) => announceDueRounds(trx, ctx.clock()));
  await progress({ done: 1, total: 1, message: `${result.opened} rounds announced as open, ${result.closed} as closed` });
};
