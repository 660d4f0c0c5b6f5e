// HTTP routes of meeting requests: send, list one's own, accept, decline, withdraw, star.
import { createRoute } from '@hono/zod-openapi';
import { eventIdParamSchema } from '#src/events/event-schema.ts';
import type { EventRouter } from '#src/events/event-routes.ts';
import { requestCreateSchema, requestListOutSchema, requestOutSchema, requestParamSchema, starSchema } from '#src/events/meeting-request-schema.ts';
import { answerRequest, listMyRequests, sendRequest, starRequest } from '#src/events/meeting-request-service.ts';

const tags = ['events'];
const request = { content: { 'application/json': { schema: requestOutSchema } }, description: 'the meeting request' };
const answers = { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn' } as const;

/** Adds the meeting request routes to the events router. */
export function registerMeetingRequestRoutes(router: EventRouter): void {
  router.openapi(
    createRoute({ method: 'post', path: '/events/{id}/requests', tags, summary: 'Ask another participant for a meeting', request: { params: eventIdParamSchema, body: { content: { 'application/json': { schema: requestCreateSchema } }, required: true } }, responses: { 201: request } }),
    async (c) => c.json(await sendRequest(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/requests', tags, summary: 'Your sent and received requests', request: { params: eventIdParamSchema }, responses: { 200: { content: { 'application/json': { schema: requestListOutSchema } }, description: 'sent and received' } } }),
    async (c) => c.json(await listMyRequests(c.var.ctx, c.req.valid('param').id), 200),
  );
  for (const [verb, answer] of Object.entries(answers)) {
    router.openapi(
      createRoute({ method: 'post', path: `/events/{id}/requests/{requestId}/${verb}`, tags, summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a pending request`, request: { params: requestParamSchema }, responses: { 200: request } }),
      async (c) => {
        const { id, requestId } = c.req.valid('param');
        return c.json(await answerRequest(c.var.ctx, id, requestId, answer), 200);
      },
    );
  }
  router.openapi(
    createRoute({ method: 'post', path: '/events/{id}/requests/{requestId}/star', tags, summary: 'Star or unstar a request on your side (priority = 1 + stars)', request: { params: requestParamSchema, body: { content: { 'application/json': { schema: starSchema } }, required: true } }, responses: { 200: request } }),
    async (c) => {
      const { id, requestId } = c.req.valid('param');
      return c.json(await starRequest(c.var.ctx, id, requestId, c.req.valid('json').starred), 200);
    },
  );
}
