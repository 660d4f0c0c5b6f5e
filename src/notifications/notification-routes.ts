// HTTP routes of the signed-in user's notifications (tag `notifications`).
import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import {
  notificationIdParamSchema,
  notificationListOutSchema,
  notificationListQuerySchema,
  notificationOutSchema,
  readAllOutSchema,
} from '#src/notifications/notification-schema.ts';
import { listMyNotifications, readAllMyNotifications, readMyNotification } from '#src/notifications/notification-service.ts';

const tags = ['notifications'];
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const refusals = { 401: { description: 'not signed in' } };

/** The /me/notifications routes. */
export function createNotificationRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({
      method: 'get', path: '/me/notifications', tags, summary: 'My notifications, newest first, with the unread count',
      request: { query: notificationListQuerySchema },
      responses: { 200: json(notificationListOutSchema, 'a page of notifications'), ...refusals },
    }),
    async (c) => c.json(await listMyNotifications(c.var.ctx, c.req.valid('query')), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/me/notifications/read-all', tags, summary: 'Mark all my notifications read',
      responses: { 200: json(readAllOutSchema, 'how many were marked'), ...refusals },
    }),
    async (c) => c.json(await readAllMyNotifications(c.var.ctx), 200),
  );

  router.openapi(
    createRoute({
      method: 'post', path: '/me/notifications/{id}/read', tags, summary: 'Mark one of my notifications read',
      request: { params: notificationIdParamSchema },
      responses: { 200: json(notificationOutSchema, 'the notification'), ...refusals, 404: { description: 'no such notification of mine' } },
    }),
    async (c) => c.json(await readMyNotification(c.var.ctx, c.req.valid('param').id), 200),
  );

  return router;
}
