// SQL of idea rounds, the votes cast in them, their results, and who is told when a round opens or closes.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { StrategyRoundsTable } from '#src/db/types-cluster.ts';
import type { RoundRow } from '#src/strategy/round-schema.ts';

export async function insertRound(db: Db, row: Insertable<StrategyRoundsTable>): Promise<string> {
  return (await db.insertInto('strategy_rounds').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  return db.selectFrom('strategy_rounds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The round, locked until the transaction ends: votes and closing of one round happen one after the other. */
export function lockRound(db: Db, id: string): Promise<RoundRow | undefined> {
  return db.selectFrom('strategy_rounds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The rounds of a cluster, newest first. */
export function findRounds(db: Db, clusterId: string): Promise<RoundRow[]> {
  return db.selectFrom('strategy_rounds').selectAll().where('cluster_id', '=', clusterId).orderBy('opens_at', 'desc').orderBy('id').execute();
}

export async function updateRoundRow(db: Db, id: string, changes: Updateable<StrategyRoundsTable>): Promise<void> {
  await db.updateTable('strategy_rounds').set(changes).where('id', '=', id).execute();
}

/** A party: a member organisation, or a user voting for themself (organizationId null). */
export type PartyKey = { userId: string; organizationId: string | null };

const partyIs = (party: PartyKey) =>
  party.organizationId === null
    ? sql<boolean>`organization_id is null and user_id = ${party.userId}`
    : sql<boolean>`organization_id = ${party.organizationId}`;

/** The votes a party has cast in a round, per idea. */
export function findPartyVotes(db: Db, roundId: string, party: PartyKey): Promise<Array<{ idea_id: string; votes: number }>> {
  return db.selectFrom('idea_votes').select(['idea_id', 'votes']).where('round_id', '=', roundId).where(partyIs(party)).orderBy('idea_id').execute();
}

/** Sets a party's votes for one idea (0 removes them); `userId` is recorded as the one who set them. */
export async function setPartyVote(db: Db, roundId: string, ideaId: string, party: PartyKey, votes: number, at: Date): Promise<void> {
  await db.deleteFrom('idea_votes').where('round_id', '=', roundId).where('idea_id', '=', ideaId).where(partyIs(party)).execute();
  if (votes === 0) return;
  await db
    .insertInto('idea_votes')
    .values({ round_id: roundId, idea_id: ideaId, user_id: party.userId, organization_id: party.organizationId, votes, updated_at: at.toISOString() })
    .execute();
}

/** Per idea of a round: the votes it got and from how many parties; and the parties that voted at all. */
export async function tallyVotes(db: Db, roundId: string) {
  const perIdea = await db
    .selectFrom('idea_votes')
    .select((eb) => ['idea_id', eb.fn.sum<number>('votes').as('votes'), sql<number>`count(distinct coalesce(organization_id, user_id))`.as('voters')])
    .where('round_id', '=', roundId)
    .groupBy('idea_id')
    .execute();
  const voters = await db
    .selectFrom('idea_votes')
    .select(sql<number>`count(distinct coalesce(organization_id, user_id))`.as('n'))
    .where('round_id', '=', roundId)
    .executeTakeFirstOrThrow();
  return { perIdea: perIdea.map((r) => ({ ideaId: r.idea_id, votes: Number(r.votes), voters: Number(r.voters) })), voters: Number(voters.n) };
}

/** Removes the votes an idea holds in rounds still open at `now` (it was hidden: the voters get them back). */
export async function deleteOpenRoundVotes(db: Db, ideaId: string, now: Date): Promise<void> {
  await db
    .deleteFrom('idea_votes')
    .where('idea_id', '=', ideaId)
    .where('round_id', 'in', (eb) =>
      eb.selectFrom('strategy_rounds').select('id').where('closed_at', 'is', null).where('closes_at', '>', now))
    .execute();
}

/**
 * The users who take part in the cluster family `clusterIds`: the member role on one of them, or editing an
 * organisation with an active membership in one; disabled accounts left out.
 */
export async function familyMemberUserIds(db: Db, clusterIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('r.user_id')
    .where('u.disabled', '=', false)
    .where((eb) => eb.or([
      eb.and([eb('r.role', '=', 'member'), eb('r.scope_id', 'in', clusterIds)]),
      eb.and([
        eb('r.role', '=', 'organization_editor'),
        eb('r.scope_id', 'in', eb.selectFrom('memberships').select('organization_id').where('cluster_id', 'in', clusterIds).where('status', '=', 'active')),
      ]),
    ]))
    .distinct()
    .execute();
  return rows.map((r) => r.user_id);
}

/** Rounds whose opening (`open`) or closing (`close`) is due at `now` and not yet announced. */
export function findUnannounced(db: Db, now: Date, what: 'open' | 'close'): Promise<RoundRow[]> {
  const at = now;
  const query = db.selectFrom('strategy_rounds').selectAll().forUpdate();
  return what === 'open'
    ? query.where('open_notified_at', 'is', null).where('opens_at', '<=', at).where('closed_at', 'is', null).where('closes_at', '>', at).execute()
    : query.where('close_notified_at', 'is', null).where((eb) => eb.or([eb('closed_at', 'is not', null), eb('closes_at', '<=', at)])).execute();
}
