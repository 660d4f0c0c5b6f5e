// HTTP routes of event participants: register, change one's availability, browse, recommendations, attendance.
import { createRoute } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { eventIdParamSchema } from '#src/events/event-schema.ts';
import {
  attendanceSchema,
  participantListOutSchema,
  participantListQuerySchema,
  participantOutSchema,
  participantParamSchema,
  participantUpdateSchema,
  recommendationListOutSchema,
  registerSchema,
} from '#src/events/event-participant-schema.ts';
import { listParticipants, recordAttendance, registerForEvent, updateMyParticipation } from '#src/events/event-participant-service.ts';
import { recommendPartners } from '#src/events/event-recommend.ts';
import type { EventRouter } from '#src/events/event-routes.ts';

const tags = ['events'];
const params = eventIdParamSchema;
const participant = { content: { 'application/json': { schema: participantOutSchema } }, description: 'the participant' };
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

/** Adds the participant routes to the events router. */
export function registerParticipantRoutes(router: EventRouter): void {
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/participants', tags, summary: 'Register for the event on behalf of your organisation', request: { params, body: body(registerSchema) },
      responses: { 201: { content: { 'application/json': { schema: participantOutSchema.extend({ feedToken: z.string() }) } }, description: 'the registration and its calendar feed token' } },
    }),
    async (c) => c.json(await registerForEvent(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/events/{id}/participants/me', tags, summary: 'Change your days, availability, caps, offers and seeks', request: { params, body: body(participantUpdateSchema) }, responses: { 200: participant } }),
    async (c) => c.json(await updateMyParticipation(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/events/{id}/participants', tags, summary: 'Browse the participants (organisers and participants): words, type and country, with facets',
      request: { params, query: participantListQuerySchema }, responses: { 200: { content: { 'application/json': { schema: participantListOutSchema } }, description: 'the participants' } },
    }),
    async (c) => c.json(await listParticipants(c.var.ctx, c.req.valid('param').id, c.req.valid('query')), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/events/{id}/recommendations', tags, summary: 'Participants you may want to meet (matching engine, or word overlap of offers and seeks)',
      request: { params }, responses: { 200: { content: { 'application/json': { schema: recommendationListOutSchema } }, description: 'recommended participants, best first' } },
    }),
    async (c) => c.json(await recommendPartners(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/events/{id}/participants/{participantId}/attendance', tags, summary: 'Record check-in or no-show (organisers)', request: { params: participantParamSchema, body: body(attendanceSchema) }, responses: { 200: participant } }),
    async (c) => {
      const { id, participantId } = c.req.valid('param');
      return c.json(await recordAttendance(c.var.ctx, id, participantId, c.req.valid('json')), 200);
    },
  );
}
