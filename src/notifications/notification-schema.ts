// Notifications over HTTP: query, API objects, presenter.
import { z } from '@hono/zod-openapi';
import { isoTime } from '#src/registry/competence-schema.ts';
import { pageQueryShape } from '#src/registry/cursor.ts';
import type { NotificationRow } from '#src/notifications/notification-repo.ts';

export const notificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true').openapi({ description: 'only unread ones' }),
  ...pageQueryShape,
});

export const notificationIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const notificationOutSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ description: 'what happened: `offer_matches` (new matches of an offer or request)' }),
    payload: z.record(z.string(), z.unknown()).openapi({ description: 'the details, by kind' }),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');

export const notificationListOutSchema = z
  .object({ items: z.array(notificationOutSchema), unread: z.number().int(), nextCursor: z.string().nullable() })
  .openapi('NotificationList');

export const readAllOutSchema = z.object({ updated: z.number().int(), unread: z.number().int() }).openapi('NotificationsRead');

export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

/** Turns a notification row into the API object. */
export function presentNotification(row: NotificationRow): z.infer<typeof notificationOutSchema> {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    createdAt: isoTime(row.created_at),
    readAt: row.read_at === null ? null : isoTime(row.read_at),
  };
}
