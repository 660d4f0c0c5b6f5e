// Meeting requests over HTTP: send, answer, star; the actor's sent and received requests.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { MeetingRequestsTable } from '#src/db/types-events.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export const requestCreateSchema = z
  .object({
    toParticipantId: z.uuid(),
    message: z.string().trim().max(2000).default(''),
    starred: z.boolean().default(false).openapi({ description: 'the sender marks it as one that matters most' }),
  })
  .strict()
  .openapi('MeetingRequestCreate');

export const starSchema = z.object({ starred: z.boolean() }).strict().openapi('MeetingRequestStar');

export const requestParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  requestId: z.uuid().openapi({ param: { name: 'requestId', in: 'path' } }),
});

export const requestOutSchema = z
  .object({
    id: z.string(),
    fromParticipantId: z.string(),
    toParticipantId: z.string(),
    message: z.string(),
    starredBySender: z.boolean(),
    starredByRecipient: z.boolean(),
    status: z.enum(['pending', 'accepted', 'declined', 'expired', 'withdrawn']),
    expiresAt: z.string(),
    createdAt: z.string(),
    meetingId: z.string().nullable(),
  })
  .openapi('MeetingRequest');

export const requestListOutSchema = z.object({ sent: z.array(requestOutSchema), received: z.array(requestOutSchema) }).openapi('MeetingRequestList');

export type RequestCreate = z.infer<typeof requestCreateSchema>;
export type RequestRow = Selectable<MeetingRequestsTable> & { meeting_id: string | null };

/** Turns a request row into the API object. */
export function presentRequest(row: RequestRow): z.infer<typeof requestOutSchema> {
  return {
    id: row.id, fromParticipantId: row.from_participant_id, toParticipantId: row.to_participant_id, message: row.message,
    starredBySender: row.starred_by_sender, starredByRecipient: row.starred_by_recipient, status: row.status,
    expiresAt: isoTime(row.expires_at), createdAt: isoTime(row.created_at), meetingId: row.meeting_id,
  };
}
