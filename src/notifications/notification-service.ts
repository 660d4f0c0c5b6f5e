// The signed-in user's notifications: list them, mark them read. Nobody sees another user's.
import { requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import { decodeCursor, pageOf } from '#src/registry/cursor.ts';
import {
  countUnread,
  findNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '#src/notifications/notification-repo.ts';
import { presentNotification, type NotificationListQuery } from '#src/notifications/notification-schema.ts';

/** The acting user's id; visitors must sign in, and the operator's system actor has no inbox. */
function inboxOwner(ctx: Ctx): string {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('only users have notifications');
  return actor.userId;
}

/** A page of the user's notifications, newest first, with how many are unread. */
export async function listMyNotifications(ctx: Ctx, query: NotificationListQuery) {
  const userId = inboxOwner(ctx);
  const rows = await findNotifications(ctx.db, userId, {
    unreadOnly: query.unread,
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2),
    limit: query.limit,
  });
  const page = pageOf(rows, query.limit, (r) => [isoTime(r.created_at), r.id], presentNotification);
  return { ...page, unread: await countUnread(ctx.db, userId) };
}

/** Marks one of the user's notifications read; another user's is not found. */
export async function readMyNotification(ctx: Ctx, id: string) {
  const userId = inboxOwner(ctx);
  const row = await markNotificationRead(ctx.db, userId, id, ctx.clock());
  if (!row) throw notFound('notification', id);
  return presentNotification(row);
}

/** Marks all of the user's notifications read. */
export async function readAllMyNotifications(ctx: Ctx) {
  const userId = inboxOwner(ctx);
  const updated = await markAllNotificationsRead(ctx.db, userId, ctx.clock());
  return { updated, unread: await countUnread(ctx.db, userId) };
}
