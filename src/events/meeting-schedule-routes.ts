// HTTP routes of the organisers' schedule: run the scheduler, review and publish the draft, cancel and move meetings.
import { createRoute, z } from '@hono/zod-openapi';
import { eventIdParamSchema } from '#src/events/event-schema.ts';
import type { EventRouter } from '#src/events/event-routes.ts';
import { addMeeting, cancelMeeting, moveMeeting } from '#src/events/meeting-change-service.ts';
import { getDraft, publishDraft, startSchedule } from '#src/events/meeting-schedule-service.ts';

const tags = ['events'];
const params = eventIdParamSchema;
const meetingParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  meetingId: z.uuid().openapi({ param: { name: 'meetingId', in: 'path' } }),
});
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });

const scheduleOut = z.object({
  assignments: z.array(z.object({ meeting: z.string(), slot: z.string(), table: z.string() })),
  unscheduled: z.array(z.object({ meeting: z.string(), reason: z.string() })),
  stats: z.object({ scheduled: z.number(), unscheduled: z.number(), weight: z.number(), upperBound: z.number(), seconds: z.number() }),
});
const draftOut = z.object({
  id: z.string(), createdAt: z.string(), publishedAt: z.string().nullable(), basedOnVersion: z.number(), scheduleVersion: z.number(),
  stale: z.boolean().openapi({ description: 'meetings were accepted, or another schedule published, since this draft was computed' }),
  newMeetings: z.array(z.string()), conflicts: z.array(z.string()), schedule: scheduleOut,
}).openapi('EventScheduleDraft');
const draft = { content: { 'application/json': { schema: draftOut } }, description: 'the draft, reviewed against the event now' };

/** Adds the schedule routes to the events router. */
export function registerMeetingScheduleRoutes(router: EventRouter): void {
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/schedule', tags, summary: 'Run the scheduler on the accepted meetings (organisers); the draft appears when the job is done',
      request: { params, body: body(z.object({ seconds: z.number().positive().max(120).default(10) }).strict()) },
      responses: { 202: { content: { 'application/json': { schema: z.object({ jobId: z.string(), alreadyRunning: z.boolean() }) } }, description: 'the queued job (GET /jobs/{id} shows its progress)' } },
    }),
    async (c) => c.json(await startSchedule(c.var.ctx, c.req.valid('param').id, c.req.valid('json').seconds), 202),
  );
  router.openapi(
    createRoute({ method: 'get', path: '/events/{id}/schedule/draft', tags, summary: 'The newest schedule draft with its conflicts (organisers)', request: { params }, responses: { 200: draft } }),
    async (c) => c.json(await getDraft(c.var.ctx, c.req.valid('param').id), 200),
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/schedule/publish', tags, summary: 'Publish a draft (409 when another organiser published since `version`)',
      request: { params, body: body(z.object({ draftId: z.uuid(), version: z.number().int().min(0) }).strict()) }, responses: { 200: draft },
    }),
    async (c) => {
      const { draftId, version } = c.req.valid('json');
      return c.json(await publishDraft(c.var.ctx, c.req.valid('param').id, draftId, version), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/meetings', tags, summary: 'Add a meeting of two or more participants, e.g. a team meeting (organisers)',
      request: { params, body: body(z.object({ participantIds: z.array(z.uuid()).min(2).max(10), priority: z.number().int().min(1).max(3).default(1) }).strict()) },
      responses: { 201: { content: { 'application/json': { schema: z.object({ id: z.string(), participantIds: z.array(z.string()), priority: z.number() }) } }, description: 'the new meeting, unplaced' } },
    }),
    async (c) => c.json(await addMeeting(c.var.ctx, c.req.valid('param').id, c.req.valid('json')), 201),
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/meetings/{meetingId}/cancel', tags, summary: 'Cancel a meeting; its slot and table are free again, no other meeting moves (organisers)',
      request: { params: meetingParams, body: { content: { 'application/json': { schema: z.object({ fill: z.boolean().default(false).openapi({ description: 'put unscheduled meetings into the room it leaves' }) }).strict() } }, required: true } },
      responses: { 200: { content: { 'application/json': { schema: z.object({ id: z.string(), status: z.literal('cancelled'), filled: z.array(z.object({ meeting: z.string(), slot: z.string(), table: z.string() })) }) } }, description: 'cancelled, and the meetings put in its place' } },
    }),
    async (c) => {
      const { id, meetingId } = c.req.valid('param');
      return c.json(await cancelMeeting(c.var.ctx, id, meetingId, c.req.valid('json').fill), 200);
    },
  );
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/meetings/{meetingId}/move', tags, summary: 'Move a meeting to another slot and table, checked against every hard constraint (organisers)',
      request: { params: meetingParams, body: body(z.object({ slotId: z.uuid(), tableId: z.uuid() }).strict()) },
      responses: { 200: { content: { 'application/json': { schema: z.object({ id: z.string(), slotId: z.string(), tableId: z.string() }) } }, description: 'moved' } },
    }),
    async (c) => {
      const { id, meetingId } = c.req.valid('param');
      return c.json(await moveMeeting(c.var.ctx, id, meetingId, c.req.valid('json')), 200);
    },
  );
}
