// Events, their slots and tables over HTTP: request schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { EventSlotsTable, EventsTable, EventTablesTable } from '#src/db/types-events.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

const instant = z.iso.datetime({ offset: true });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM');

const eventFields = {
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000),
  venue: z.string().trim().max(500),
  timezone: z.string().min(1).max(64).openapi({ example: 'Europe/Berlin' }),
  registrationOpensAt: instant.nullable(),
  registrationClosesAt: instant.nullable(),
  requestDeadline: instant.nullable().openapi({ description: 'pending requests expire at the latest then' }),
  requestTtlHours: z.number().int().min(1).max(24 * 60).openapi({ description: 'a pending request expires this long after it was sent' }),
  maxConsecutive: z.number().int().min(1).nullable(),
  defaultMaxMeetingsPerDay: z.number().int().min(0).max(100),
  defaultMaxOpenRequests: z.number().int().min(0).max(1000),
};

export const eventCreateSchema = z
  .object({
    clusterId: z.uuid(),
    ...eventFields,
    description: eventFields.description.default(''),
    venue: eventFields.venue.default(''),
    timezone: eventFields.timezone.default('Europe/Berlin'),
    registrationOpensAt: eventFields.registrationOpensAt.default(null),
    registrationClosesAt: eventFields.registrationClosesAt.default(null),
    requestDeadline: eventFields.requestDeadline.default(null),
    requestTtlHours: eventFields.requestTtlHours.default(72),
    maxConsecutive: eventFields.maxConsecutive.default(null),
    defaultMaxMeetingsPerDay: eventFields.defaultMaxMeetingsPerDay.default(12),
    defaultMaxOpenRequests: eventFields.defaultMaxOpenRequests.default(20),
  })
  .strict()
  .openapi('EventCreate');

export const eventUpdateSchema = z
  .object(eventFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('EventUpdate');

export const eventStatusSchema = z.object({ status: z.enum(['open', 'closed']) }).strict().openapi('EventStatusChange');

export const slotPlanSchema = z
  .object({
    days: z.array(z.iso.date()).min(1).max(14),
    sessions: z.array(z.object({ start: clock, end: clock })).min(1).max(8),
    slotMinutes: z.number().int().min(15).max(60),
    breaks: z.array(z.object({ start: clock, end: clock, label: z.string().trim().max(100).default('Break') })).max(20).default([]),
  })
  .strict()
  .openapi('SlotPlan');

export const tablesInputSchema = z
  .object({
    tables: z.array(z.object({ label: z.string().trim().min(1).max(50), room: z.string().trim().max(100).default(''), slotIds: z.array(z.uuid()).nullable().default(null) })).min(1).max(2000),
  })
  .strict()
  .openapi('EventTablesInput');

export const slotUpdateSchema = z
  .object({ startsAt: instant, endsAt: instant, kind: z.enum(['meeting', 'break']), label: z.string().trim().max(100) })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('EventSlotUpdate');

export const eventIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const slotParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  slotId: z.uuid().openapi({ param: { name: 'slotId', in: 'path' } }),
});

export const eventOutSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    title: z.string(),
    description: z.string(),
    venue: z.string(),
    timezone: z.string(),
    status: z.enum(['draft', 'open', 'closed', 'published']),
    registrationOpensAt: z.string().nullable(),
    registrationClosesAt: z.string().nullable(),
    requestDeadline: z.string().nullable(),
    requestTtlHours: z.number(),
    maxConsecutive: z.number().nullable(),
    defaultMaxMeetingsPerDay: z.number(),
    defaultMaxOpenRequests: z.number(),
    scheduleVersion: z.number(),
  })
  .openapi('Event');

export const slotOutSchema = z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), kind: z.enum(['meeting', 'break']), label: z.string() }).openapi('EventSlot');
export const slotListOutSchema = z.object({ items: z.array(slotOutSchema) }).openapi('EventSlotList');
export const tableOutSchema = z.object({ id: z.string(), label: z.string(), room: z.string(), slotIds: z.array(z.string()).nullable() }).openapi('EventTable');
export const tableListOutSchema = z.object({ items: z.array(tableOutSchema) }).openapi('EventTableList');

export type EventCreate = z.infer<typeof eventCreateSchema>;
export type EventUpdate = z.infer<typeof eventUpdateSchema>;
export type SlotUpdate = z.infer<typeof slotUpdateSchema>;
export type EventRow = Selectable<EventsTable>;
export type SlotRow = Selectable<EventSlotsTable>;
export type TableRow = Selectable<EventTablesTable>;

const maybeTime = (value: Date | null) => (value === null ? null : isoTime(value));

/** Turns an event row into the API object. */
export function presentEvent(row: EventRow): z.infer<typeof eventOutSchema> {
  return {
    id: row.id, clusterId: row.cluster_id, title: row.title, description: row.description, venue: row.venue, timezone: row.timezone, status: row.status,
    registrationOpensAt: maybeTime(row.registration_opens_at), registrationClosesAt: maybeTime(row.registration_closes_at),
    requestDeadline: maybeTime(row.request_deadline), requestTtlHours: row.request_ttl_hours, maxConsecutive: row.max_consecutive,
    defaultMaxMeetingsPerDay: row.default_max_meetings_per_day, defaultMaxOpenRequests: row.default_max_open_requests, scheduleVersion: row.schedule_version,
  };
}

/** Turns a slot row into the API object. */
export const presentSlot = (row: SlotRow): z.infer<typeof slotOutSchema> => ({ id: row.id, startsAt: isoTime(row.starts_at), endsAt: isoTime(row.ends_at), kind: row.kind, label: row.label });

/** Turns a table row into the API object. */
export const presentTable = (row: TableRow): z.infer<typeof tableOutSchema> => ({ id: row.id, label: row.label, room: row.room, slotIds: row.available_slot_ids });
