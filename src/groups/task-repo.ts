// SQL of working groups' decisions and tasks, a user's own tasks across groups, and the tasks due for a reminder.
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { GroupDecisionsTable, GroupTasksTable } from '#src/db/types-cluster.ts';
import type { DecisionRow, MyTaskView, TaskView } from '#src/groups/task-schema.ts';
import { timestampValue, uuidList } from '#src/registry/sql-helpers.ts';

export async function findDecisions(db: Db, groupId: string): Promise<DecisionRow[]> {
  return db.selectFrom('group_decisions').selectAll().where('group_id', '=', groupId).orderBy('decided_on', 'desc').orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function findDecision(db: Db, id: string): Promise<DecisionRow | undefined> {
  return db.selectFrom('group_decisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDecision(db: Db, row: Insertable<GroupDecisionsTable>): Promise<string> {
  return (await db.insertInto('group_decisions').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateDecisionRow(db: Db, id: string, changes: Updateable<GroupDecisionsTable>): Promise<void> {
  await db.updateTable('group_decisions').set(changes).where('id', '=', id).execute();
}

export async function deleteDecisionRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('group_decisions').where('id', '=', id).execute();
}

function tasksWithOwner(db: Db) {
  return db
    .selectFrom('group_tasks as t')
    .leftJoin('users as u', 'u.id', 't.owner_user_id')
    .selectAll('t')
    .select(sql<string | null>`nullif(coalesce(nullif(u.name, ''), u.email), '')`.as('owner_name'));
}

/** A group's tasks: open ones first, by due date (undated last), then done ones. */
export async function findTasks(db: Db, groupId: string): Promise<TaskView[]> {
  return tasksWithOwner(db)
    .where('t.group_id', '=', groupId)
    .orderBy('t.status', 'desc')
    .orderBy(sql`t.due_date asc nulls last`)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
}

export async function findTask(db: Db, id: string): Promise<TaskView | undefined> {
  return tasksWithOwner(db).where('t.id', '=', id).executeTakeFirst();
}

export async function insertTask(db: Db, row: Insertable<GroupTasksTable>): Promise<string> {
  return (await db.insertInto('group_tasks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateTaskRow(db: Db, id: string, changes: Updateable<GroupTasksTable>, at: Date): Promise<void> {
  await db.updateTable('group_tasks').set({ ...changes, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

export async function deleteTaskRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('group_tasks').where('id', '=', id).execute();
}

/** The tasks owned by a user in groups of the given clusters (all clusters when `clusterIds` is null). */
export async function findOwnTasks(db: Db, userId: string, clusterIds: string[] | null, status: 'open' | 'done' | 'all'): Promise<MyTaskView[]> {
  if (clusterIds?.length === 0) return [];
  let query = tasksWithOwner(db)
    .innerJoin('working_groups as g', 'g.id', 't.group_id')
    .innerJoin('clusters as c', 'c.id', 'g.cluster_id')
    .select(['g.title as group_title', 'c.slug as cluster_slug', 'c.name as cluster_name'])
    .where('t.owner_user_id', '=', userId);
  if (clusterIds) query = query.where('g.cluster_id', 'in', uuidList(clusterIds));
  if (status !== 'all') query = query.where('t.status', '=', status);
  return query.orderBy('t.status', 'desc').orderBy(sql`t.due_date asc nulls last`).orderBy('t.created_at').orderBy('t.id').execute();
}

/** Open tasks with an owner falling due between `from` and `to` (dates, inclusive), with their group. */
export async function findTasksDue(db: Db, from: string, to: string) {
  return db
    .selectFrom('group_tasks as t')
    .innerJoin('working_groups as g', 'g.id', 't.group_id')
    .select(['t.id', 't.title', 't.due_date', 't.owner_user_id', 'g.id as group_id', 'g.cluster_id', 'g.title as group_title'])
    .where('t.status', '=', 'open')
    .where('t.owner_user_id', 'is not', null)
    .where('t.due_date', '>=', from)
    .where('t.due_date', '<=', to)
    .orderBy('t.due_date')
    .orderBy('t.id')
    .execute();
}
