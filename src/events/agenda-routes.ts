// HTTP routes of agendas and exports: one's agenda, its iCalendar feed, and the organisers' JSON and CSV exports.
import { createRoute, z } from '@hono/zod-openapi';
import { agendaCalendar, getMyAgenda } from '#src/events/agenda-service.ts';
import { exportAgendaCsv, exportEventJson, exportParticipantsCsv } from '#src/events/event-export.ts';
import { eventIdParamSchema } from '#src/events/event-schema.ts';
import type { EventRouter } from '#src/events/event-routes.ts';

const tags = ['events'];
const params = eventIdParamSchema;
const agendaOut = z.object({
  items: z.array(z.object({
    meetingId: z.string(), slotId: z.string(), startsAt: z.string(), endsAt: z.string(), table: z.string(), room: z.string(), priority: z.number(),
    with: z.array(z.object({ participantId: z.string(), name: z.string(), organizationName: z.string() })),
  })),
  feedToken: z.string().openapi({ description: 'for GET /events/{id}/agenda.ics?token=...' }),
}).openapi('EventAgenda');
const csv = (description: string) => ({ content: { 'text/csv': { schema: { type: 'string' as const } } }, description });

/** Adds the agenda and export routes to the events router. */
export function registerAgendaRoutes(router: EventRouter): void {
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/agenda', tags, summary: 'Your agenda: slots, tables, counterparts', request: { params }, responses: { 200: { content: { 'application/json': { schema: agendaOut } }, description: 'your meetings in time order' } } }),
    async (c) => c.json(await getMyAgenda(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/events/{id}/agenda.ics', tags, summary: 'Your agenda as an iCalendar feed (subscribe with your feed token)',
      request: { params, query: z.object({ token: z.string().max(200).optional() }) }, responses: { 200: { content: { 'text/calendar': { schema: { type: 'string' as const } } }, description: 'RFC 5545' } },
    }),
    async (c) => c.body(await agendaCalendar(c.var.ctx, c.req.valid('param').id, c.req.valid('query').token), 200, { 'content-type': 'text/calendar; charset=utf-8' }),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/events/{id}/export.json', tags, summary: 'The EVENT of event-schedule.md and the published schedule (organisers)', request: { params },
      responses: { 200: { content: { 'application/json': { schema: z.object({ event: z.unknown(), schedule: z.unknown() }) } }, description: 'event and schedule' } },
    }),
    async (c) => c.json(await exportEventJson(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/participants.csv', tags, summary: 'The participants as CSV (organisers)', request: { params }, responses: { 200: csv('one line per participant') } }),
    async (c) => c.body(await exportParticipantsCsv(c.var.ctx, c.req.valid('param').id), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="participants.csv"' }),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/agenda.csv', tags, summary: 'The published agenda as CSV (organisers)', request: { params }, responses: { 200: csv('one line per meeting') } }),
    async (c) => c.body(await exportAgendaCsv(c.var.ctx, c.req.valid('param').id), 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="agenda.csv"' }),
  );
}
