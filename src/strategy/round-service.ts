// Idea rounds: a cluster's managers open one (cluster-wide or for one theme) with a vote budget and a closing time,
// change or close it early; its members see the rounds of their cluster.
import { requireClusterMember } from '#src/auth/cluster-access.ts';
import { requireClusterManager } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import { actingUserId, managedCluster, memberCluster } from '#src/strategy/strategy-access.ts';
import { findTheme } from '#src/strategy/strategy-repo.ts';
import { announceDueRounds, enqueueRoundNotifications } from '#src/strategy/round-notify.ts';
import { findRound, findRounds, insertRound, lockRound, updateRoundRow } from '#src/strategy/round-repo.ts';
import { presentRound, roundState, type RoundCreate, type RoundRow, type RoundUpdate } from '#src/strategy/round-schema.ts';

/** The round, for the members and managers of its cluster; with how the actor stands. */
export async function memberRound(ctx: Ctx, id: string): Promise<{ round: RoundRow; access: 'manager' | 'member' }> {
  actingUserId(ctx);
  const round = await findRound(ctx.db, id);
  if (!round) throw notFound('round', id);
  return { round, access: await requireClusterMember(ctx, round.cluster_id) };
}

/** The rounds of a cluster, newest first (its members). */
export async function listRounds(ctx: Ctx, ref: string) {
  const { cluster } = await memberCluster(ctx, ref);
  const now = ctx.clock();
  return { items: (await findRounds(ctx.db, cluster.id)).map((r) => presentRound(r, now)) };
}

/** A round (the members of its cluster). */
export async function getRound(ctx: Ctx, id: string) {
  const { round } = await memberRound(ctx, id);
  return presentRound(round, ctx.clock());
}

const closesField = (message: string) => invalid(`closesAt: ${message}`, [{ field: 'closesAt', message }]);

/** Opens a round (the cluster's managers); members are told when it opens, at once when it opens now. */
export async function createRound(ctx: Ctx, ref: string, input: RoundCreate) {
  const userId = actingUserId(ctx);
  const cluster = await managedCluster(ctx, ref);
  const now = ctx.clock();
  if (input.themeId !== null) {
    const theme = await findTheme(ctx.db, input.themeId);
    if (!theme || theme.cluster_id !== cluster.id) throw invalid('themeId: not a theme of this cluster', [{ field: 'themeId', message: 'not a theme of this cluster' }]);
  }
  const opensAt = input.opensAt === undefined ? now : new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (closesAt <= now) throw closesField('must be in the future');
  if (closesAt <= opensAt) throw closesField('must be after opensAt');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const roundId = await insertRound(trx, {
      cluster_id: cluster.id, theme_id: input.themeId, title: JSON.stringify(input.title), description: JSON.stringify(input.description),
      vote_budget: input.voteBudget, opens_at: opensAt.toISOString(), closes_at: closesAt.toISOString(), created_by: userId,
    });
    await enqueueRoundNotifications(trx, { id: roundId, opens_at: opensAt, closes_at: closesAt });
    await announceDueRounds(trx, now, roundId);
    return roundId;
  });
  return getRound(ctx, id);
}

/** Changes a round's title, description or closing time while it is not closed (the cluster's managers). */
export async function updateRound(ctx: Ctx, id: string, input: RoundUpdate) {
  const { round } = await memberRound(ctx, id);
  await requireClusterManager(ctx, round.cluster_id);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await lockRound(trx, id))!;
    if (roundState(locked, now) === 'closed') throw conflict('this round is closed');
    if (input.closesAt !== undefined) {
      const closesAt = new Date(input.closesAt);
      if (closesAt <= now) throw closesField('must be in the future');
      if (closesAt <= locked.opens_at) throw closesField('must be after opensAt');
      await enqueueRoundNotifications(trx, { id, opens_at: locked.opens_at, closes_at: closesAt });
    }
    await updateRoundRow(trx, id, {
      ...(input.title === undefined ? {} : { title: JSON.stringify(input.title) }),
      ...(input.description === undefined ? {} : { description: JSON.stringify(input.description) }),
      ...(input.closesAt === undefined ? {} : { closes_at: input.closesAt }),
    });
  });
  return getRound(ctx, id);
}

/** Closes a round early (the cluster's managers): no vote counts after it, its results show, members are told. */
export async function closeRound(ctx: Ctx, id: string) {
  const { round } = await memberRound(ctx, id);
  await requireClusterManager(ctx, round.cluster_id);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    // The lock waits for votes being cast now; any vote after it finds the round closed.
    const locked = (await lockRound(trx, id))!;
    if (roundState(locked, now) === 'closed') throw conflict('this round is closed already');
    await updateRoundRow(trx, id, { closed_at: now.toISOString() });
    await announceDueRounds(trx, now, id);
  });
  return getRound(ctx, id);
}
