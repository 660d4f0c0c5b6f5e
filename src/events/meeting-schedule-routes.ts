// HTTP routes of the organisers' schedule: run the scheduler, review and publish the draft, cancel and move meetings.
import { createRoute, z } from '@hono/zod-openapi';
import { eventIdParamSchema } from '#src/events/event-schema.ts';
import type { EventRouter } from '#src/events/event-routes.ts';
import { addMeeting, cancelMeeting, joinMeeting, moveMeeting } from '#src/events/meeting-change-service.ts';
import { getDraft, getScheduleJob, publishDraft, startSchedule } from '#src/events/meeting-schedule-service.ts';

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
  newMeetings: z.array(z.string()), conflicts: z.array(z.string()),
  published: z.object({ kept: z.number(), moved: z.array(z.string()), dropped: z.array(z.string()) })
    .openapi({ description: 'the meetings placed now (the published agenda): how many the draft keeps at their slot and table, which it moves, which it leaves out' }),
  schedule: scheduleOut,
}).openapi('EventScheduleDraft');
const jobOut = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  phase: z.enum(['queued', 'reading', 'weight', 'gaps', 'saved', 'failed']).openapi({ description: 'weight: placing as many wanted meetings as possible; gaps: removing idle gaps at equal weight' }),
  done: z.number().openapi({ description: 'share of the search time spent, 0 to 1' }),
  seconds: z.number(), weight: z.number().nullable(), upperBound: z.number().nullable(), error: z.string().nullable(),
  createdAt: z.string(), startedAt: z.string().nullable(), finishedAt: z.string().nullable(),
}).openapi('EventScheduleJob');
const draft = { content: { 'application/json': { schema: draftOut } }, description: 'the draft, reviewed against the event now' };

/** Adds the schedule routes to the events router. */
export function registerMeetingScheduleRoutes(router: EventRouter): void {
  router.openapi(
    createRoute({
      method: 'post', path: '/events/{id}/schedule', tags, summary: 'Run the scheduler on the accepted meetings (organisers); the draft appears when the job is done',
      request: {
        params,
        body: body(z.object({
          seconds: z.number().positive().max(120).default(10),
          rebuild: z.boolean().default(false).openapi({ description: 'schedule from scratch; by default published meetings keep their slot and table where they still fit' }),
        }).strict()),
      },
      responses: { 202: { content: { 'application/json': { schema: z.object({ jobId: z.string(), alreadyRunning: z.boolean() }) } }, description: 'the queued job (GET /events/{id}/schedule/job shows its progress)' } },
    }),
    async (c) => {
      const { seconds, rebuild } = c.req.valid('json');
      return c.json(await startSchedule(c.var.ctx, c.req.valid('param').id, seconds, rebuild), 202);
    },
  );
  router.openapi(
    createRoute({
      method: 'get', path: '/events/{id}/schedule/job', tags, summary: 'The newest scheduling job of the event and how far it got (organisers)',
      request: { params }, responses: { 200: { content: { 'application/json': { schema: jobOut } }, description: 'the job' } },
    }),
    async (c) => c.json(await getScheduleJob(c.var.ctx, c.req.valid('param').id), 200),
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
      method: 'post', path: '/events/{id}/meetings/{meetingId}/participants', tags,
      summary: 'Add participants to a meeting, e.g. a colleague of one side (organisers); a placed meeting stays placed only if they fit there',
      request: { params: meetingParams, body: body(z.object({ participantIds: z.array(z.uuid()).min(1).max(8) }).strict()) },
      responses: {
        200: {
          content: { 'application/json': { schema: z.object({ id: z.string(), participantIds: z.array(z.string()), slotId: z.string().nullable(), tableId: z.string().nullable() }) } },
          description: 'the meeting with everyone in it',
        },
      },
    }),
    async (c) => {
      const { id, meetingId } = c.req.valid('param');
      return c.json(await joinMeeting(c.var.ctx, id, meetingId, c.req.valid('json').participantIds), 200);
    },
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
