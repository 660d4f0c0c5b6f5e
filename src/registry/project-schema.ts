// Projects over HTTP: filters, input schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable, Updateable } from 'kysely';
import type { ParticipationRole, ProjectsTable } from '#src/db/types.ts';
import { competenceIdSchema, localizedTextSchema, visibilitySchema } from '#src/registry/competence-schema.ts';
import { pageQueryShape } from '#src/registry/cursor.ts';

export const participationRoleSchema = z.enum(['coordinator', 'participant', 'associatedPartner', 'thirdParty']);
const money = z.number().min(0).max(1e12);
const text = (max: number) => z.string().trim().max(max);

export const participantInputSchema = z
  .object({ organizationId: z.uuid(), role: participationRoleSchema, ecContribution: money.nullable().optional() })
  .strict()
  .openapi('ParticipantInput');

const projectFields = {
  title: text(1000).min(1),
  acronym: text(100).nullable(),
  objective: text(20_000).nullable(),
  keywords: z.array(text(200).min(1)).max(100),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  status: text(50).nullable(),
  frameworkProgramme: text(50).nullable(),
  programme: text(200).nullable(),
  callId: text(200).nullable(),
  topicCode: text(200).nullable(),
  topicTitle: text(1000).nullable(),
  fundingScheme: text(100).nullable(),
  totalCost: money.nullable(),
  ecContribution: money.nullable(),
  visibility: visibilitySchema,
  topicIds: z.array(competenceIdSchema).max(200).openapi({ description: 'competence ids (euroSciVoc, sector, EMDN)' }),
};

const datesInOrder = (p: { startDate?: string | null | undefined; endDate?: string | null | undefined }) =>
  !p.startDate || !p.endDate || p.startDate <= p.endDate;
const datesMessage = { message: 'must not be before startDate', path: ['endDate'] };

export const projectCreateSchema = z
  .object({
    ...z.object(projectFields).partial().shape,
    title: projectFields.title,
    participants: z.array(participantInputSchema).max(500).optional(),
  })
  .strict()
  .refine(datesInOrder, datesMessage)
  .openapi('ProjectCreate');

export const projectUpdateSchema = z
  .object(projectFields)
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'give at least one field to change')
  .refine(datesInOrder, datesMessage)
  .openapi('ProjectUpdate');

export const projectListQuerySchema = z.object({
  organization: z.uuid().optional().openapi({ description: 'projects this organisation takes part in' }),
  competence: competenceIdSchema.optional().openapi({ description: 'projects with this topic or a narrower one' }),
  programme: text(200).min(1).optional().openapi({ description: 'framework programme (e.g. HORIZON) or programme' }),
  year: z.coerce.number().int().min(1950).max(2100).optional().openapi({ description: 'year the project started' }),
  q: text(200).min(1).optional().openapi({ description: 'words of the title or acronym' }),
  ...pageQueryShape,
});

export const projectIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
export const participantParamSchema = projectIdParamSchema.extend({
  organizationId: z.uuid().openapi({ param: { name: 'organizationId', in: 'path' } }),
});

const projectSummaryShape = {
  id: z.string(),
  cordisId: z.string().nullable(),
  acronym: z.string().nullable(),
  title: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.string().nullable(),
  frameworkProgramme: z.string().nullable(),
  programme: z.string().nullable(),
  ecContribution: z.number().nullable(),
  visibility: visibilitySchema,
};

export const projectSummarySchema = z.object(projectSummaryShape).openapi('ProjectSummary');
export const projectListOutSchema = z.object({ items: z.array(projectSummarySchema), nextCursor: z.string().nullable() }).openapi('ProjectList');

export const participantOutSchema = z
  .object({ organizationId: z.string(), name: z.string(), country: z.string().nullable(), role: participationRoleSchema, ecContribution: z.number().nullable() })
  .openapi('Participant');

export const projectOutSchema = z
  .object({
    ...projectSummaryShape,
    objective: z.string().nullable(),
    keywords: z.array(z.string()),
    callId: z.string().nullable(),
    topicCode: z.string().nullable(),
    topicTitle: z.string().nullable(),
    fundingScheme: z.string().nullable(),
    totalCost: z.number().nullable(),
    participants: z.array(participantOutSchema),
    topics: z.array(z.object({ id: z.string(), label: localizedTextSchema })),
  })
  .openapi('Project');

export type ProjectCreate = z.infer<typeof projectCreateSchema>;
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;
export type ParticipantInput = z.infer<typeof participantInputSchema>;
export type ProjectRow = Selectable<ProjectsTable>;
export type ParticipantRow = { organization_id: string; name: string; country: string | null; role: ParticipationRole; ec_contribution: number | null };

/** A project in lists. */
export function presentProjectSummary(row: ProjectRow): z.infer<typeof projectSummarySchema> {
  return {
    id: row.id,
    cordisId: row.cordis_id,
    acronym: row.acronym,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
    frameworkProgramme: row.framework_programme,
    programme: row.programme,
    ecContribution: row.ec_contribution,
    visibility: row.visibility,
  };
}

/** A project with its participants and topics. */
export function presentProject(
  row: ProjectRow,
  participants: ParticipantRow[],
  topics: Array<{ id: string; label: unknown }>,
): z.infer<typeof projectOutSchema> {
  return {
    ...presentProjectSummary(row),
    objective: row.objective,
    keywords: row.keywords,
    callId: row.call_id,
    topicCode: row.topic_code,
    topicTitle: row.topic_title,
    fundingScheme: row.funding_scheme,
    totalCost: row.total_cost,
    participants: participants.map((p) => ({ organizationId: p.organization_id, name: p.name, country: p.country, role: p.role, ecContribution: p.ec_contribution })),
    topics: topics.map((t) => ({ id: t.id, label: t.label as z.infer<typeof localizedTextSchema> })),
  };
}

const COLUMNS = {
  title: 'title',
  acronym: 'acronym',
  objective: 'objective',
  keywords: 'keywords',
  startDate: 'start_date',
  endDate: 'end_date',
  status: 'status',
  frameworkProgramme: 'framework_programme',
  programme: 'programme',
  callId: 'call_id',
  topicCode: 'topic_code',
  topicTitle: 'topic_title',
  fundingScheme: 'funding_scheme',
  totalCost: 'total_cost',
  ecContribution: 'ec_contribution',
  visibility: 'visibility',
} as const satisfies Record<Exclude<keyof ProjectUpdate, 'topicIds'>, keyof ProjectsTable>;

/** The columns of a project row from the API fields given (absent fields stay untouched). */
export function projectColumns(input: Partial<ProjectUpdate>): Updateable<ProjectsTable> {
  const values: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = input[key as keyof typeof COLUMNS];
    if (value !== undefined) values[column] = value;
  }
  return values as Updateable<ProjectsTable>;
}
