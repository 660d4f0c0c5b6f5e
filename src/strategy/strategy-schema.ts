// Themes, goals and milestones over HTTP: request schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { LocalizedText } from '#src/db/types.ts';
import type { MilestonesTable, StrategyGoalsTable, StrategyThemesTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

const text = (max: number) => z.string().trim().max(max);
/** Text in the interface languages; a title needs at least one of them. */
export const localizedSchema = (max: number) => z.object({ de: text(max).optional(), en: text(max).optional(), da: text(max).optional() }).strict();
export const localizedTitleSchema = localizedSchema(300).refine((t) => Object.values(t).some((v) => v !== undefined && v !== ''), 'give the title in at least one language');
export const localizedOutSchema = z.object({ de: z.string().optional(), en: z.string().optional(), da: z.string().optional() }).openapi('StrategyText');

export const themeKindSchema = z.enum(['field_of_action', 'focus_theme']);
export const horizonSchema = z.enum(['short', 'medium', 'long']);
export const milestoneStatusSchema = z.enum(['planned', 'on_track', 'at_risk', 'done']);
const date = z.iso.date();

const nonEmpty = (body: object) => Object.keys(body).length > 0;

export const themeCreateSchema = z
  .object({ kind: themeKindSchema, title: localizedTitleSchema, description: localizedSchema(5000).default({}) })
  .strict()
  .openapi('StrategyThemeCreate');
export const themeUpdateSchema = z
  .object({ kind: themeKindSchema, title: localizedTitleSchema, description: localizedSchema(5000) })
  .partial()
  .strict()
  .refine(nonEmpty, 'give at least one field to change')
  .openapi('StrategyThemeUpdate');

export const goalCreateSchema = z.object({ title: localizedTitleSchema, description: localizedSchema(5000).default({}) }).strict().openapi('StrategyGoalCreate');
export const goalUpdateSchema = z
  .object({ title: localizedTitleSchema, description: localizedSchema(5000) })
  .partial()
  .strict()
  .refine(nonEmpty, 'give at least one field to change')
  .openapi('StrategyGoalUpdate');

export const orderSchema = z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict().openapi('StrategyOrder');

const milestoneFields = {
  title: localizedTitleSchema,
  description: localizedSchema(5000),
  horizon: horizonSchema,
  ownerPersonId: z.uuid().nullable(),
  ownerOrganizationId: z.uuid().nullable(),
  ownerName: text(200).nullable(),
  dueDate: date.nullable(),
  status: milestoneStatusSchema,
  evidence: text(10_000).openapi({ description: 'what shows the progress: text with links (Markdown)' }),
  doneOn: date.nullable(),
};
export const milestoneCreateSchema = z
  .object({
    ...milestoneFields,
    description: milestoneFields.description.default({}),
    ownerPersonId: milestoneFields.ownerPersonId.default(null),
    ownerOrganizationId: milestoneFields.ownerOrganizationId.default(null),
    ownerName: milestoneFields.ownerName.default(null),
    dueDate: milestoneFields.dueDate.default(null),
    status: milestoneFields.status.default('planned'),
    evidence: milestoneFields.evidence.default(''),
    doneOn: milestoneFields.doneOn.default(null),
  })
  .strict()
  .openapi('MilestoneCreate');
export const milestoneUpdateSchema = z.object(milestoneFields).partial().strict().refine(nonEmpty, 'give at least one field to change').openapi('MilestoneUpdate');

export const roadmapQuerySchema = z.object({
  theme: z.uuid().optional(),
  status: milestoneStatusSchema.optional(),
  horizon: horizonSchema.optional(),
  late: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
});

export const idParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const ownerOutSchema = z
  .object({
    kind: z.enum(['person', 'organization', 'name']),
    id: z.string().nullable(),
    name: z.string().openapi({ description: 'empty when the person or organisation is not shown to you' }),
  })
  .nullable()
  .openapi('MilestoneOwner');

export const milestoneOutSchema = z
  .object({
    id: z.string(),
    goalId: z.string(),
    title: localizedOutSchema,
    description: localizedOutSchema,
    horizon: horizonSchema,
    owner: ownerOutSchema,
    ownerPersonId: z.string().nullable(),
    ownerOrganizationId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: milestoneStatusSchema,
    evidence: z.string(),
    doneOn: z.string().nullable(),
    late: z.boolean().openapi({ description: 'due date passed (by the server clock) and not done' }),
    position: z.number(),
    updatedAt: z.string(),
  })
  .openapi('Milestone');

export const goalOutSchema = z
  .object({ id: z.string(), themeId: z.string(), title: localizedOutSchema, description: localizedOutSchema, position: z.number(), milestones: z.array(milestoneOutSchema) })
  .openapi('StrategyGoal');

export const themeOutSchema = z
  .object({
    id: z.string(),
    clusterId: z.string(),
    kind: themeKindSchema,
    title: localizedOutSchema,
    description: localizedOutSchema,
    position: z.number(),
    goals: z.array(goalOutSchema),
  })
  .openapi('StrategyTheme');

export const strategyOutSchema = z
  .object({
    cluster: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
    access: z.enum(['manager', 'member', 'public']),
    today: z.string().openapi({ description: 'the date the late flags were computed against' }),
    themes: z.array(themeOutSchema),
  })
  .openapi('Strategy');

export const roadmapItemSchema = milestoneOutSchema
  .extend({ theme: z.object({ id: z.string(), kind: themeKindSchema, title: localizedOutSchema }), goal: z.object({ id: z.string(), title: localizedOutSchema }) })
  .openapi('RoadmapMilestone');
export const roadmapOutSchema = z
  .object({
    today: z.string(),
    items: z.array(roadmapItemSchema).openapi({ description: 'by due date (undated last), then theme and goal order' }),
    counts: z.object({
      total: z.number(),
      late: z.number(),
      byStatus: z.record(milestoneStatusSchema, z.number()),
      byHorizon: z.record(horizonSchema, z.number()),
    }),
    themes: z.array(z.object({ id: z.string(), kind: themeKindSchema, title: localizedOutSchema })).openapi({ description: 'every theme, for the filter' }),
  })
  .openapi('Roadmap');

export const ownerChoicesOutSchema = z
  .object({
    organizations: z.array(z.object({ id: z.string(), name: z.string() })),
    people: z.array(z.object({ id: z.string(), name: z.string(), organizationName: z.string().nullable() })),
  })
  .openapi('MilestoneOwnerChoices');

export type ThemeCreate = z.infer<typeof themeCreateSchema>;
export type ThemeUpdate = z.infer<typeof themeUpdateSchema>;
export type GoalCreate = z.infer<typeof goalCreateSchema>;
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;
export type MilestoneCreate = z.infer<typeof milestoneCreateSchema>;
export type MilestoneUpdate = z.infer<typeof milestoneUpdateSchema>;
export type RoadmapQuery = z.infer<typeof roadmapQuerySchema>;
export type ThemeRow = Selectable<StrategyThemesTable>;
export type GoalRow = Selectable<StrategyGoalsTable>;
export type MilestoneRow = Selectable<MilestonesTable>;
export type MilestoneOut = z.infer<typeof milestoneOutSchema>;
export type Owner = z.infer<typeof ownerOutSchema>;

/** The date (YYYY-MM-DD, UTC) of an instant: what due dates are compared against. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Whether a milestone is late on day `today`: its due date has passed and it is not done. */
export const isLate = (m: Pick<MilestoneRow, 'due_date' | 'status'>, today: string) => m.status !== 'done' && m.due_date !== null && m.due_date < today;

const loc = (value: LocalizedText) => value as z.infer<typeof localizedOutSchema>;

/** Turns a milestone row into the API object; `owner` is resolved by the caller (names shown only where allowed). */
export function presentMilestone(row: MilestoneRow, owner: Owner, today: string): MilestoneOut {
  return {
    id: row.id, goalId: row.goal_id, title: loc(row.title), description: loc(row.description), horizon: row.horizon, owner,
    ownerPersonId: row.owner_person_id, ownerOrganizationId: row.owner_organization_id, ownerName: row.owner_name,
    dueDate: row.due_date, status: row.status, evidence: row.evidence, doneOn: row.done_on, late: isLate(row, today),
    position: row.position, updatedAt: isoTime(row.updated_at),
  };
}

/** Turns a goal row and its presented milestones into the API object. */
export const presentGoal = (row: GoalRow, milestones: MilestoneOut[]): z.infer<typeof goalOutSchema> => ({
  id: row.id, themeId: row.theme_id, title: loc(row.title), description: loc(row.description), position: row.position, milestones,
});

/** Turns a theme row and its presented goals into the API object. */
export const presentTheme = (row: ThemeRow, goals: Array<z.infer<typeof goalOutSchema>>): z.infer<typeof themeOutSchema> => ({
  id: row.id, clusterId: row.cluster_id, kind: row.kind, title: loc(row.title), description: loc(row.description), position: row.position, goals,
});
