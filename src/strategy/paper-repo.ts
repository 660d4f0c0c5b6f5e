// SQL of strategy papers.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { StrategyPapersTable } from '#src/db/types-cluster.ts';
import type { PaperRow } from '#src/strategy/round-schema.ts';

export async function insertPaper(db: Db, row: Insertable<StrategyPapersTable>): Promise<string> {
  return (await db.insertInto('strategy_papers').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findPaper(db: Db, id: string): Promise<PaperRow | undefined> {
  return db.selectFrom('strategy_papers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The papers of a cluster, newest first; only the final ones when `finalOnly`. */
export function findPapers(db: Db, clusterId: string, finalOnly: boolean): Promise<PaperRow[]> {
  let query = db.selectFrom('strategy_papers').selectAll().where('cluster_id', '=', clusterId);
  if (finalOnly) query = query.where('status', '=', 'final');
  return query.orderBy('updated_at', 'desc').orderBy('id').execute();
}

export async function updatePaperRow(db: Db, id: string, changes: Updateable<StrategyPapersTable>, at: Date): Promise<void> {
  await db.updateTable('strategy_papers').set({ ...changes, updated_at: at.toISOString() }).where('id', '=', id).execute();
}

export async function deletePaperRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('strategy_papers').where('id', '=', id).execute();
}
