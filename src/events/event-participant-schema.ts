// Participants of an event over HTTP: registration, availability and caps, the browsable list with facets.
import { z } from '@hono/zod-openapi';
import { matchReasonSchema } from '#src/matching/match-schema.ts';

const fields = {
  offers: z.string().trim().max(2000).openapi({ description: 'what the participant offers' }),
  seeks: z.string().trim().max(2000).openapi({ description: 'what the participant seeks' }),
  days: z.array(z.iso.date()).min(1).max(14).openapi({ description: 'the event days the participant is there' }),
  availableSlotIds: z.array(z.uuid()).nullable().openapi({ description: 'slots the participant can meet in; null = every slot of their days' }),
  maxMeetingsPerDay: z.number().int().min(0).max(100).nullable().openapi({ description: 'null = the event default' }),
  maxOpenRequests: z.number().int().min(0).max(1000).nullable().openapi({ description: 'null = the event default' }),
};

export const registerSchema = z
  .object({
    organizationId: z.uuid(),
    offers: fields.offers.default(''),
    seeks: fields.seeks.default(''),
    days: fields.days.optional().openapi({ description: 'absent = every day of the event' }),
    availableSlotIds: fields.availableSlotIds.default(null),
    maxMeetingsPerDay: fields.maxMeetingsPerDay.default(null),
    maxOpenRequests: fields.maxOpenRequests.default(null),
  })
  .strict()
  .openapi('EventRegistration');

export const participantUpdateSchema = z
  .object(fields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('EventParticipantUpdate');

export const attendanceSchema = z.object({ checkedIn: z.boolean().optional(), noShow: z.boolean().optional() }).strict().openapi('EventAttendance');

export const participantListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().openapi({ description: 'words in the name, organisation, offers or seeks' }),
  type: z.string().max(40).optional().openapi({ description: 'organisation type' }),
  country: z.string().length(2).optional(),
});

export const participantParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  participantId: z.uuid().openapi({ param: { name: 'participantId', in: 'path' } }),
});

export const participantOutSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    organizationId: z.string(),
    organizationName: z.string(),
    organizationType: z.string(),
    country: z.string().nullable(),
    offers: z.string(),
    seeks: z.string(),
    days: z.array(z.string()),
    availableSlotIds: z.array(z.string()).nullable(),
    maxMeetingsPerDay: z.number().nullable(),
    maxOpenRequests: z.number().nullable(),
    checkedInAt: z.string().nullable().openapi({ description: 'organisers only (null for others)' }),
    noShow: z.boolean(),
  })
  .openapi('EventParticipant');

export const participantListOutSchema = z
  .object({
    items: z.array(participantOutSchema),
    facets: z.object({ type: z.record(z.string(), z.number()), country: z.record(z.string(), z.number()) }),
  })
  .openapi('EventParticipantList');

export const recommendationListOutSchema = z
  .object({
    source: z.enum(['matching', 'text']).openapi({ description: 'the matching engine, or word overlap of offers and seeks when it is not ready' }),
    items: z.array(z.object({
      participantId: z.string(), name: z.string(), organizationName: z.string(), score: z.number(),
      reasons: z.array(z.union([
        matchReasonSchema,
        z.object({ kind: z.enum(['offersWhatYouSeek', 'seeksWhatYouOffer']), text: z.string(), terms: z.array(z.string()) }),
      ])).openapi({ description: "the matching engine's reasons, or the words their offers share with your seeks (and back)" }),
    })),
  })
  .openapi('EventRecommendations');

export type Registration = z.infer<typeof registerSchema>;
export type ParticipantUpdate = z.infer<typeof participantUpdateSchema>;
export type ParticipantListQuery = z.infer<typeof participantListQuerySchema>;
export type ParticipantView = z.infer<typeof participantOutSchema>;
