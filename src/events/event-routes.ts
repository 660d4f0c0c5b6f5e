// HTTP routes of partnering events (tag `events`): the event, its slots and tables; the participants', requests',
// scheduling and agenda routes are added by their own modules onto the same router.
import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '#src/http/env.ts';
import { registerAgendaRoutes } from '#src/events/agenda-routes.ts';
import { registerParticipantRoutes } from '#src/events/event-participant-routes.ts';
import {
  eventCreateSchema,
  eventIdParamSchema,
  eventOutSchema,
  eventStatusSchema,
  eventUpdateSchema,
  slotListOutSchema,
  slotParamSchema,
  slotPlanSchema,
  slotUpdateSchema,
  tableListOutSchema,
  tablesInputSchema,
} from '#src/events/event-schema.ts';
import { createEvent, deleteSlot, listEvents, generateSlots, getEvent, listSlots, listTables, saveTables, setEventStatus, updateEvent, updateSlot } from '#src/events/event-service.ts';
import { registerMeetingRequestRoutes } from '#src/events/meeting-request-routes.ts';
import { registerMeetingScheduleRoutes } from '#src/events/meeting-schedule-routes.ts';

export const tags = ['events'];
export type EventRouter = ReturnType<typeof createRouter>;
const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const event = json(eventOutSchema, 'the event');
const params = eventIdParamSchema;

/** The /events routes. */
export function createEventRoutes() {
  const router = createRouter();

  router.openapi(
    createRoute({ method: 'post', path: '/events', tags, summary: 'Create a partnering event of a cluster (its managers)', request: { body: { content: { 'application/json': { schema: eventCreateSchema } }, required: true } }, responses: { 201: event } }),
    async (c) => c.json(await createEvent(c.var.ctx, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/events', tags, summary: 'List events, newest first (signed-in users)', request: { query: z.object({ cluster: z.uuid().optional() }) },
      responses: { 200: json(z.object({ items: z.array(eventOutSchema) }).openapi('EventList'), 'the events') },
    }),
    async (c) => c.json(await listEvents(c.var.ctx, c.req.valid('query').cluster), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}', tags, summary: 'Get an event (signed-in users)', request: { params }, responses: { 200: event } }),
    async (c) => c.json(await getEvent(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/events/{id}', tags, summary: 'Change an event (organisers)', request: { params, body: { content: { 'application/json': { schema: eventUpdateSchema } }, required: true } }, responses: { 200: event } }),
    async (c) => c.json(await updateEvent(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/events/{id}/status', tags, summary: 'Open or close registration (organisers)', request: { params, body: { content: { 'application/json': { schema: eventStatusSchema } }, required: true } }, responses: { 200: event } }),
    async (c) => c.json(await setEventStatus(c.var.ctx, c.req.valid('param').id, c.req.valid('json').status), 200),
  );
  router.openapi(
    createRoute({ method: 'post', path: '/events/{id}/slots/generate', tags, summary: 'Replace the slots by ones laid out from days, sessions and breaks (organisers)', request: { params, body: { content: { 'application/json': { schema: slotPlanSchema } }, required: true } }, responses: { 200: json(slotListOutSchema, 'the new slots') } }),
    async (c) => c.json(await generateSlots(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/slots', tags, summary: 'The slots of an event', request: { params }, responses: { 200: json(slotListOutSchema, 'the slots in time order') } }),
    async (c) => c.json(await listSlots(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({ method: 'patch', path: '/events/{id}/slots/{slotId}', tags, summary: 'Change a slot (organisers); refused (409) while meetings are placed in it', request: { params: slotParamSchema, body: { content: { 'application/json': { schema: slotUpdateSchema } }, required: true } }, responses: { 200: json(slotListOutSchema, 'all slots') } }),
    async (c) => {
      const { id, slotId } = c.req.valid('param');
      return c.json(await updateSlot(c.var.ctx, id, slotId, c.req.valid('json')), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'delete', path: '/events/{id}/slots/{slotId}', tags,
      summary: 'Delete a slot; refused (409, naming them) while meetings are placed in it, unless `unplace` takes them out of the agenda to wait for a new place',
      request: { params: slotParamSchema, query: z.object({ unplace: z.enum(['true', 'false']).default('false').openapi({ description: 'take the meetings placed in the slot out of the agenda' }) }) },
      responses: { 200: json(z.object({ id: z.string(), unplaced: z.array(z.string()) }).openapi('EventSlotDeleted'), 'deleted, with the meetings taken out of the agenda') },
    }),
    async (c) => {
      const { id, slotId } = c.req.valid('param');
      return c.json(await deleteSlot(c.var.ctx, id, slotId, c.req.valid('query').unplace === 'true'), 200);
    },
  );
  router.openapi(
    createRoute({ method: 'put', path: '/events/{id}/tables', tags, summary: 'Add tables or change them by label (organisers)', request: { params, body: { content: { 'application/json': { schema: tablesInputSchema } }, required: true } }, responses: { 200: json(tableListOutSchema, 'all tables') } }),
    async (c) => c.json(await saveTables(c.var.ctx, c.req.valid('param').id, c.req.valid('json').tables), 200),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/tables', tags, summary: 'The tables of an event', request: { params }, responses: { 200: json(tableListOutSchema, 'all tables') } }),
    async (c) => c.json(await listTables(c.var.ctx, c.req.valid('param').id), 200),
  );

  registerParticipantRoutes(router);
  registerMeetingRequestRoutes(router);
  registerMeetingScheduleRoutes(router);
  registerAgendaRoutes(router);
  return router;
}
