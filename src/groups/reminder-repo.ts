// SQL of the group reminders: planned workshops starting in a window, and the record of reminders already sent.
import type { Db } from '#src/db/connect.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';

/** Planned workshops starting in [from, to), with their group. */
export async function findPlannedWorkshopsBetween(db: Db, from: Date, to: Date) {
  return db
    .selectFrom('workshops as w')
    .innerJoin('working_groups as g', 'g.id', 'w.group_id')
    .select(['w.id', 'w.title', 'w.starts_at', 'w.timezone', 'g.id as group_id', 'g.cluster_id', 'g.title as group_title'])
    .where('w.status', '=', 'planned')
    .where('w.starts_at', '>=', timestampValue(from))
    .where('w.starts_at', '<', timestampValue(to))
    .orderBy('w.starts_at')
    .orderBy('w.id')
    .execute();
}

/**
 * Records that `userId` is reminded of an item as due at `dueKey`; false when that reminder was sent before. The
 * primary key makes this safe when two runs overlap: the second waits for the first and then inserts nothing.
 */
export async function claimReminder(db: Db, reminder: { kind: 'task_due' | 'workshop_tomorrow'; itemId: string; userId: string; dueKey: string; at: Date }): Promise<boolean> {
  const row = await db
    .insertInto('group_reminders')
    .values({ kind: reminder.kind, item_id: reminder.itemId, user_id: reminder.userId, due_key: reminder.dueKey, sent_at: timestampValue(reminder.at) })
    .onConflict((oc) => oc.columns(['kind', 'item_id', 'user_id', 'due_key']).doNothing())
    .returning('item_id')
    .executeTakeFirst();
  return row !== undefined;
}
