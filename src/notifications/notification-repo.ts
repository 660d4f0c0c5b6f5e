// SQL of users' notifications: written by background work, read and marked read by their user.
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { NotificationsTable } from '#src/db/types.ts';

export type NotificationRow = Selectable<NotificationsTable>;

/** Inserts notifications (one per user and event). */
export async function insertNotifications(
  db: Db,
  rows: Array<{ userId: string; kind: string; payload: Record<string, unknown>; createdAt: Date }>,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values(rows.map((r) => ({ user_id: r.userId, kind: r.kind, payload: JSON.stringify(r.payload), created_at: r.createdAt.toISOString() })))
    .execute();
}

/** A page of a user's notifications, newest first (`limit + 1` rows, to tell whether another page follows). */
export async function findNotifications(
  db: Db,
  userId: string,
  filter: { unreadOnly: boolean; after?: Array<string | number | null> | undefined; limit: number },
): Promise<NotificationRow[]> {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (filter.unreadOnly) query = query.where('read_at', 'is', null);
  if (filter.after) {
    const [createdAt, id] = filter.after;
    query = query.where(sql<SqlBool>`(created_at, id) < (${createdAt}::timestamptz, ${id}::uuid)`);
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit + 1).execute();
}

/** How many notifications of the user are unread. */
export async function countUnread(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one notification of the user read (keeping the first reading time); undefined when the user has no such one. */
export async function markNotificationRead(db: Db, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  return db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, ${at.toISOString()}::timestamptz)` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllNotificationsRead(db: Db, userId: string, at: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at.toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
