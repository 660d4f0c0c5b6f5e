// SQL of funding: instruments and calls listed for a cluster family (and every cluster's global ones), follows.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { FundingCallsTable, FundingInstrumentsTable } from '#src/db/types-cluster.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';

/** The instruments listed for a cluster family, with how many of their listed calls are still open at `now`. */
export async function findInstruments(db: Db, clusterIds: string[], now: Date) {
  return db.selectFrom('funding_instruments as i')
    .selectAll('i')
    .select((eb) => eb.selectFrom('funding_calls as c').select((e) => e.fn.countAll<number>().as('n'))
      .whereRef('c.instrument_id', '=', 'i.id').where('c.deadline', '>', now)
      .where((e) => e.or([e('c.cluster_id', 'is', null), e('c.cluster_id', 'in', clusterIds)])).as('open_calls'))
    .where(sql<boolean>`(i.cluster_id is null or i.cluster_id in (${sql.join(clusterIds)}))`)
    .orderBy(sql`array_position(array['state','federal','eu','other'], i.level)`)
    .orderBy('i.category').orderBy(sql`i.name->>'en'`).orderBy('i.id')
    .execute();
}

export async function findInstrument(db: Db, id: string) {
  return db.selectFrom('funding_instruments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInstrument(db: Db, values: Insertable<FundingInstrumentsTable>): Promise<string> {
  return (await db.insertInto('funding_instruments').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateInstrumentRow(db: Db, id: string, values: Updateable<FundingInstrumentsTable>): Promise<void> {
  await db.updateTable('funding_instruments').set(values).where('id', '=', id).execute();
}

export async function deleteInstrumentRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('funding_instruments').where('id', '=', id).execute();
}

function selectCalls(db: Db, userId: string | null) {
  return db.selectFrom('funding_calls as c')
    .leftJoin('funding_instruments as i', 'i.id', 'c.instrument_id')
    .selectAll('c')
    .select(['i.name as instrument_name', 'i.level as instrument_level', 'i.category as instrument_category', 'i.funder as instrument_funder', 'i.description as instrument_description'])
    .select((eb) => [
      eb.selectFrom('funding_call_follows as f').select((e) => e.fn.countAll<number>().as('n')).whereRef('f.call_id', '=', 'c.id').as('followers'),
      eb.exists(eb.selectFrom('funding_call_follows as f').select('f.call_id').whereRef('f.call_id', '=', 'c.id')
        .where('f.user_id', '=', userId ?? '00000000-0000-0000-0000-000000000000')).as('following'),
    ]);
}
export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

/** The calls listed for a cluster family, by deadline; only those still open at `openAt` unless it is null. */
export async function findCalls(db: Db, clusterIds: string[], userId: string | null, openAt: Date | null) {
  let query = selectCalls(db, userId).where(sql<boolean>`(c.cluster_id is null or c.cluster_id in (${sql.join(clusterIds)}))`);
  if (openAt) query = query.where('c.deadline', '>', openAt);
  return query.orderBy('c.deadline').orderBy('c.id').execute();
}

export async function findCall(db: Db, id: string, userId: string | null = null) {
  return selectCalls(db, userId).where('c.id', '=', id).executeTakeFirst();
}

export async function insertCall(db: Db, values: Insertable<FundingCallsTable>): Promise<string> {
  return (await db.insertInto('funding_calls').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateCallRow(db: Db, id: string, values: Updateable<FundingCallsTable>, at: Date): Promise<void> {
  await db.updateTable('funding_calls').set({ ...values, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

export async function deleteCallRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('funding_calls').where('id', '=', id).execute();
}

/** Follows a call (a second follow changes nothing). */
export async function insertFollow(db: Db, callId: string, userId: string, at: Date): Promise<void> {
  await db.insertInto('funding_call_follows').values({ call_id: callId, user_id: userId, created_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['call_id', 'user_id']).doNothing()).execute();
}

export async function deleteFollow(db: Db, callId: string, userId: string): Promise<void> {
  await db.deleteFrom('funding_call_follows').where('call_id', '=', callId).where('user_id', '=', userId).execute();
}

/**
 * Marks the follows whose reminder is due at `now` as reminded and returns them, in one statement: a reminder is due
 * `days` (14, then 3) before the deadline, for follows older than that point that were not reminded since. A run
 * late enough for both sends only the 3-day one; of two concurrent runs, PostgreSQL lets the second re-check the
 * condition after the first committed, so each reminder is sent once.
 */
export async function claimDueReminders(db: Db, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const point = (days: number) => sql`c.deadline - interval '${sql.raw(String(days))} days'`;
  const due = (days: number) => sql`(${point(days)} <= ${at} and f.created_at < ${point(days)} and (f.reminded_at is null or f.reminded_at < ${point(days)}))`;
  const { rows } = await sql<{ call_id: string; user_id: string; title: string; deadline: Date; cluster_id: string | null; url: string | null }>`
    update funding_call_follows f set reminded_at = ${at}
    from funding_calls c
    where c.id = f.call_id and c.deadline > ${at}
      and (${due(3)} or (${point(3)} > ${at} and ${due(14)}))
    returning f.call_id, f.user_id, c.title, c.deadline, c.cluster_id, c.url`.execute(db);
  return rows;
}

/** The slugs of clusters by id. */
export async function clusterSlugs(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('clusters').select(['id', 'slug']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.slug]));
}

/** The organisations with an active membership in one of these clusters. */
export async function activeMembers(db: Db, clusterIds: string[]): Promise<Set<string>> {
  const rows = await db.selectFrom('memberships').select('organization_id').where('cluster_id', 'in', clusterIds).where('status', '=', 'active').execute();
  return new Set(rows.map((r) => r.organization_id));
}
