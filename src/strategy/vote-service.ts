// Voting in an idea round: each party (a member organisation, or a member without one; decision 012) spreads up
// to the round's budget over the round's ideas while it is open; the results show only once it has closed.
import { clusterFamily } from '#src/auth/cluster-access.ts';
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { conflict, forbidden, invalid, notFound } from '#src/errors.ts';
import { actorOrganizations } from '#src/strategy/idea-service.ts';
import { findIdea, findIdeas } from '#src/strategy/idea-repo.ts';
import { findPartyVotes, lockRound, setPartyVote, tallyVotes, type PartyKey } from '#src/strategy/round-repo.ts';
import { memberRound } from '#src/strategy/round-service.ts';
import { closedAtOf, roundState, type Party, type Results, type RoundRow } from '#src/strategy/round-schema.ts';
import { actingUserId } from '#src/strategy/strategy-access.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

/** Every party the actor may vote for in the round's cluster: the member organisations they edit, else themself as a member. */
async function partiesOf(ctx: Ctx, round: RoundRow): Promise<Party[]> {
  const userId = actingUserId(ctx);
  const organizations = await actorOrganizations(ctx, round.cluster_id);
  if (organizations.length > 0) return organizations.map((o) => ({ kind: 'organization', id: o.id, name: o.name }));
  const family = await clusterFamily(ctx.db, round.cluster_id);
  const direct = ctx.actor.kind === 'user' && ctx.actor.roles.some((r) => r.role === 'member' && family.includes(r.scopeId));
  if (!direct) return [];
  const user = await ctx.db.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirst();
  return [{ kind: 'user', id: userId, name: user?.name || user?.email || '' }];
}

/** The party named by `organizationId` (or the first), 422 when the actor may not vote for it. */
function pickParty(parties: Party[], organizationId: string | undefined): Party | null {
  if (organizationId === undefined) return parties[0] ?? null;
  const party = parties.find((p) => p.kind === 'organization' && p.id === organizationId);
  if (!party) throw invalid('organizationId: not a member organisation you vote for', [{ field: 'organizationId', message: 'not a member organisation you edit' }]);
  return party;
}

const keyOf = (ctx: Ctx, party: Party): PartyKey => ({ userId: actingUserId(ctx), organizationId: party.kind === 'organization' ? party.id : null });

/** The ideas that take votes in the round: those of its theme (or of every theme of its cluster) not hidden. */
async function eligibleIdeas(db: Db, round: RoundRow) {
  const ideas = await findIdeas(db, { clusterId: round.cluster_id, themeId: round.theme_id ?? undefined, hiddenFor: 'all' });
  return ideas.filter((i) => i.status !== 'hidden');
}

async function ballotOf(ctx: Ctx, db: Db, round: RoundRow, parties: Party[], party: Party | null) {
  const votes = party === null ? [] : await findPartyVotes(db, round.id, keyOf(ctx, party));
  const used = votes.reduce((sum, v) => sum + v.votes, 0);
  return {
    roundId: round.id, state: roundState(round, ctx.clock()), budget: round.vote_budget, used, remaining: Math.max(0, round.vote_budget - used),
    party, parties, votes: votes.map((v) => ({ ideaId: v.idea_id, votes: v.votes })), eligibleIdeaIds: (await eligibleIdeas(db, round)).map((i) => i.id),
  };
}

/** The actor's own allocation in the round and what is left of the budget (members of its cluster). */
export async function getBallot(ctx: Ctx, roundId: string, organizationId: string | undefined) {
  const { round } = await memberRound(ctx, roundId);
  const parties = await partiesOf(ctx, round);
  return ballotOf(ctx, ctx.db, round, parties, pickParty(parties, organizationId));
}

/**
 * Sets the votes the actor's party gives one idea. One transaction holding the round's row lock checks that the
 * round is open, the idea takes votes and the party's total stays within the budget, then writes: two requests of
 * the same party cannot both pass the check on the same remaining budget.
 */
export async function castVotes(ctx: Ctx, roundId: string, ideaId: string, input: { votes: number; organizationId?: string | undefined }) {
  const { round } = await memberRound(ctx, roundId);
  const parties = await partiesOf(ctx, round);
  const party = pickParty(parties, input.organizationId);
  if (party === null) throw forbidden('only member organisations and members without one vote');
  const idea = await findIdea(ctx.db, ideaId);
  if (!idea || idea.cluster_id !== round.cluster_id) throw notFound('idea', ideaId);
  if (round.theme_id !== null && idea.theme_id !== round.theme_id) throw invalid('ideaId: the idea is not part of this round', [{ field: 'ideaId', message: 'not part of this round' }]);
  return ctx.db.transaction().execute(async (trx) => {
    const locked = (await lockRound(trx, roundId))!;
    const now = ctx.clock();
    if (roundState(locked, now) !== 'open') throw conflict(`this round is ${roundState(locked, now)}; votes count only while it is open`);
    const current = await findIdea(trx, ideaId);
    if (!current || current.status === 'hidden') throw invalid('ideaId: hidden ideas take no votes', [{ field: 'ideaId', message: 'the idea is hidden' }]);
    const key = keyOf(ctx, party);
    const others = (await findPartyVotes(trx, roundId, key)).filter((v) => v.idea_id !== ideaId).reduce((sum, v) => sum + v.votes, 0);
    if (others + input.votes > locked.vote_budget) {
      const left = locked.vote_budget - others;
      throw invalid(`votes: only ${left} of the budget of ${locked.vote_budget} are left for this idea`, [{ field: 'votes', message: `at most ${left}` }]);
    }
    await setPartyVote(trx, roundId, ideaId, key, input.votes, now);
    return ballotOf(ctx, trx, locked, parties, party);
  });
}

/** Ranks items sorted by votes (most first), equal votes sharing a rank: 1, 2, 2, 4. */
export function rankByVotes<T extends { votes: number }>(items: T[]): Array<T & { rank: number }> {
  return items.map((item) => ({ ...item, rank: items.findIndex((other) => other.votes === item.votes) + 1 }));
}

/** The round's results once it has closed (members of its cluster): per idea its votes, voters and rank. */
export async function getResults(ctx: Ctx, roundId: string): Promise<Results> {
  const { round } = await memberRound(ctx, roundId);
  return resultsOf(ctx.db, round, ctx.clock());
}

/** The results of a closed round (409 before it closes: no one sees how others voted while it is open). */
export async function resultsOf(db: Db, round: RoundRow, now: Date): Promise<Results> {
  if (roundState(round, now) !== 'closed') throw conflict('the results are shown once the round has closed');
  const ideas = await eligibleIdeas(db, round);
  const { perIdea, voters } = await tallyVotes(db, round.id);
  const tally = new Map(perIdea.map((t) => [t.ideaId, t]));
  const rows = ideas
    .map((i, order) => ({
      ideaId: i.id, themeId: i.theme_id, title: i.title, organizationName: i.organization_name, status: i.status,
      votes: tally.get(i.id)?.votes ?? 0, voters: tally.get(i.id)?.voters ?? 0, order,
    }))
    .sort((a, b) => b.votes - a.votes || b.voters - a.voters || a.order - b.order)
    .map(({ order: _order, ...r }) => r);
  return {
    roundId: round.id, closedAt: isoTime(closedAtOf(round)), voters,
    votesCast: rows.reduce((sum, r) => sum + r.votes, 0), items: rankByVotes(rows),
  };
}
