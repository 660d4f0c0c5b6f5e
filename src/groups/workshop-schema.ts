// Workshops of working groups over HTTP: request schemas, API objects and presenters (times as UTC instants and as
// wall-clock times in the workshop's own time zone).
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { WorkshopsTable } from '#src/db/types-cluster.ts';
import { localIso } from '#src/events/event-slots.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

/** An instant with an offset (`2027-03-10T09:00:00+01:00`, `...Z`), or a wall-clock time in the workshop's zone (`2027-03-10T10:00`). */
const when = z.iso.datetime({ offset: true, local: true }).openapi({ description: 'with an offset, or wall-clock time in `timezone`', example: '2027-03-10T10:00' });
const link = z.url({ protocol: /^https?$/ }).max(2000).nullable().openapi({ description: 'an online meeting link (http or https)' });
export const workshopStatusSchema = z.enum(['planned', 'held', 'cancelled']);

const workshopFields = {
  title: z.string().trim().min(1).max(300),
  startsAt: when,
  endsAt: when,
  timezone: z.string().min(1).max(64).openapi({ example: 'Europe/Berlin' }),
  place: z.string().trim().max(500),
  link,
  agenda: z.string().max(50_000).openapi({ description: 'Markdown' }),
};

export const workshopCreateSchema = z
  .object({ ...workshopFields, timezone: workshopFields.timezone.default('Europe/Berlin'), place: workshopFields.place.default(''), link: link.default(null), agenda: workshopFields.agenda.default('') })
  .strict()
  .openapi('WorkshopCreate');

export const workshopUpdateSchema = z
  .object({ ...workshopFields, minutes: z.string().max(100_000).openapi({ description: 'Markdown' }), status: workshopStatusSchema })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('WorkshopUpdate');

export const attendanceSchema = z
  .object({ entries: z.array(z.object({ userId: z.uuid(), status: z.enum(['attended', 'absent']) }).strict()).min(1).max(500) })
  .strict()
  .openapi('WorkshopAttendance');

export const workshopIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const attendeeOut = z.object({ userId: z.string(), name: z.string(), organizations: z.array(z.string()), status: z.enum(['registered', 'attended', 'absent']) });

export const workshopOutSchema = z
  .object({
    id: z.string(),
    groupId: z.string(),
    title: z.string(),
    startsAt: z.string().openapi({ description: 'UTC' }),
    endsAt: z.string().openapi({ description: 'UTC' }),
    timezone: z.string(),
    startsAtLocal: z.string().openapi({ description: 'wall-clock time in `timezone`, YYYY-MM-DDTHH:MM' }),
    endsAtLocal: z.string(),
    place: z.string(),
    link: z.string().nullable(),
    agenda: z.string(),
    minutes: z.string(),
    status: workshopStatusSchema,
    sequence: z.number(),
    attendees: z.array(attendeeOut),
    registered: z.number().openapi({ description: 'registrations, attended and absent included' }),
    attended: z.number(),
    myStatus: z.enum(['registered', 'attended', 'absent']).nullable(),
  })
  .openapi('Workshop');
export const workshopListOutSchema = z.object({ items: z.array(workshopOutSchema) }).openapi('WorkshopList');

export type WorkshopCreate = z.infer<typeof workshopCreateSchema>;
export type WorkshopUpdate = z.infer<typeof workshopUpdateSchema>;
export type WorkshopRow = Selectable<WorkshopsTable>;
export type AttendeeView = { workshop_id: string; user_id: string; name: string; organizations: string[]; status: 'registered' | 'attended' | 'absent' };

/** Turns a workshop and its attendees into the API object, from the point of view of user `me`. */
export function presentWorkshop(row: WorkshopRow, attendees: AttendeeView[], me: string | null): z.infer<typeof workshopOutSchema> {
  const start = new Date(row.starts_at);
  const end = new Date(row.ends_at);
  return {
    id: row.id, groupId: row.group_id, title: row.title, startsAt: isoTime(start), endsAt: isoTime(end), timezone: row.timezone,
    startsAtLocal: localIso(start, row.timezone).slice(0, 16), endsAtLocal: localIso(end, row.timezone).slice(0, 16),
    place: row.place, link: row.link, agenda: row.agenda, minutes: row.minutes, status: row.status, sequence: row.sequence,
    attendees: attendees.map((a) => ({ userId: a.user_id, name: a.name, organizations: a.organizations, status: a.status })),
    registered: attendees.length,
    attended: attendees.filter((a) => a.status === 'attended').length,
    myStatus: attendees.find((a) => a.user_id === me)?.status ?? null,
  };
}
