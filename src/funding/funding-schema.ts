// Funding over HTTP: the instrument catalogue, calls with deadlines, follows and the matching of a call, as zod schemas.
import { z } from '@hono/zod-openapi';
import { matchResultSchema } from '#src/matching/match-schema.ts';
import { stageSchema } from '#src/pipeline/pipeline-schema.ts';
import { localizedTextSchema } from '#src/registry/competence-schema.ts';

export const levelSchema = z.enum(['state', 'federal', 'eu', 'other']).openapi({ description: 'who funds: the state (Land), the federal government, the EU, other' });
export const categorySchema = z.enum(['top_research', 'equipment', 'construction', 'entrepreneurship', 'innovation', 'collaboration', 'other'])
  .openapi({ description: 'top research, scientific equipment, university construction, entrepreneurship, innovation, collaboration, other' });
const url = z.url({ protocol: /^https?$/ }).max(500);
const name = localizedTextSchema.refine((t) => Object.values(t).some((v) => v && v.trim()), 'give the name in at least one language');

const instrumentFields = {
  level: levelSchema,
  category: categorySchema,
  name,
  funder: z.string().trim().max(300),
  description: localizedTextSchema,
  url: url.nullable(),
};
export const instrumentCreateSchema = z
  .object({
    clusterId: z.uuid().nullable().default(null).openapi({ description: 'the cluster the instrument is listed for; null: every cluster (admins)' }),
    ...instrumentFields,
    category: categorySchema.default('other'),
    funder: instrumentFields.funder.default(''),
    description: localizedTextSchema.default({}),
    url: instrumentFields.url.default(null),
  })
  .strict()
  .openapi('FundingInstrumentCreate');
export const instrumentUpdateSchema = z
  .object(instrumentFields).partial().strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('FundingInstrumentUpdate');

const callFields = {
  instrumentId: z.uuid().nullable(),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(20_000),
  opensOn: z.iso.date().nullable(),
  deadline: z.iso.datetime({ offset: true }),
  url: url.nullable(),
  budget: z.number().min(0, 'must not be negative').max(1e12).nullable().openapi({ description: 'the call’s budget in euros' }),
};
export const callCreateSchema = z
  .object({
    clusterId: z.uuid().nullable().default(null).openapi({ description: 'the cluster the call is listed for; null: every cluster (admins)' }),
    ...callFields,
    instrumentId: callFields.instrumentId.default(null),
    description: callFields.description.default(''),
    opensOn: callFields.opensOn.default(null),
    url: callFields.url.default(null),
    budget: callFields.budget.default(null),
  })
  .strict()
  .openapi('FundingCallCreate');
export const callUpdateSchema = z
  .object(callFields).partial().strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .openapi('FundingCallUpdate');

export const instrumentListQuery = z.object({ level: levelSchema.optional(), category: categorySchema.optional() });
export const callListQuery = z.object({
  include: z.enum(['open', 'all']).default('open').openapi({ description: 'open: deadline not passed (default); all: past calls too' }),
});
export const matchQuery = z.object({
  cluster: z.string().min(1).max(100).openapi({ description: 'the cluster (id or slug) whose members and projects to match' }),
  k: z.coerce.number().int('must be an integer').min(1, 'must be from 1 to 50').max(50, 'must be from 1 to 50').default(10),
});
export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const instrumentOutSchema = z
  .object({
    id: z.string(), clusterId: z.string().nullable(), level: levelSchema, category: categorySchema, name: localizedTextSchema,
    funder: z.string(), description: localizedTextSchema, url: z.string().nullable(),
    openCalls: z.number().int().openapi({ description: 'calls of this instrument listed for the cluster whose deadline has not passed' }),
    canEdit: z.boolean(),
  })
  .openapi('FundingInstrument');
export const callOutSchema = z
  .object({
    id: z.string(), clusterId: z.string().nullable(),
    instrument: z.object({ id: z.string(), name: localizedTextSchema, level: levelSchema, category: categorySchema, funder: z.string() }).nullable(),
    title: z.string(), description: z.string(), opensOn: z.string().nullable(), deadline: z.string(),
    daysLeft: z.number().int().openapi({ description: 'calendar days (Central European time) from today to the deadline’s day: 0 on the day itself, negative after it' }),
    open: z.boolean(), url: z.string().nullable(), budget: z.number().nullable(),
    followers: z.number().int(), following: z.boolean().openapi({ description: 'you follow the call (reminders 14 and 3 days before its deadline)' }),
    canEdit: z.boolean(),
  })
  .openapi('FundingCall');
export const callMatchOutSchema = z
  .object({
    callId: z.string(),
    language: z.enum(['en', 'de', 'da']),
    organizations: z.array(matchResultSchema).openapi({ description: 'the cluster’s active member organisations, best first, with the matching engine’s reasons' }),
    projects: z.array(z.object({
      id: z.string(), title: z.string(), stage: stageSchema, trl: z.number().nullable(), leadOrganization: z.string().nullable(),
      score: z.number().openapi({ description: 'cosine similarity of the texts (0-1)' }),
      terms: z.array(z.string()).openapi({ description: 'the words project and call share, the weightiest first' }),
    })).openapi({ description: 'the cluster’s pipeline projects you may read whose texts share words with the call, most similar first' }),
  })
  .openapi('FundingCallMatches');

export type InstrumentCreate = z.infer<typeof instrumentCreateSchema>;
export type InstrumentUpdate = z.infer<typeof instrumentUpdateSchema>;
export type CallCreate = z.infer<typeof callCreateSchema>;
export type CallUpdate = z.infer<typeof callUpdateSchema>;
export type CallOut = z.infer<typeof callOutSchema>;
export type InstrumentOut = z.infer<typeof instrumentOutSchema>;
