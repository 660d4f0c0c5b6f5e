// Decisions and tasks of working groups over HTTP: request schemas, API objects and presenters.
import { z } from '@hono/zod-openapi';
import type { Selectable } from 'kysely';
import type { LocalizedText } from '#src/db/types.ts';
import type { GroupDecisionsTable, GroupTasksTable } from '#src/db/types-cluster.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

const date = z.iso.date();
const nonEmpty = (body: object) => Object.keys(body).length > 0;
export const taskStatusSchema = z.enum(['open', 'done']);

const decisionFields = { text: z.string().trim().min(1).max(5000), decidedOn: date, workshopId: z.uuid().nullable() };
export const decisionCreateSchema = z.object({ ...decisionFields, workshopId: decisionFields.workshopId.default(null) }).strict().openapi('GroupDecisionCreate');
export const decisionUpdateSchema = z.object(decisionFields).partial().strict().refine(nonEmpty, 'give at least one field to change').openapi('GroupDecisionUpdate');

const taskFields = {
  title: z.string().trim().min(1).max(500),
  ownerUserId: z.uuid().nullable().openapi({ description: 'a member of the group' }),
  dueDate: date.nullable(),
  workshopId: z.uuid().nullable(),
};
export const taskCreateSchema = z
  .object({ ...taskFields, ownerUserId: taskFields.ownerUserId.default(null), dueDate: taskFields.dueDate.default(null), workshopId: taskFields.workshopId.default(null) })
  .strict()
  .openapi('GroupTaskCreate');
export const taskUpdateSchema = z
  .object({ ...taskFields, status: taskStatusSchema })
  .partial()
  .strict()
  .refine(nonEmpty, 'give at least one field to change')
  .openapi('GroupTaskUpdate');
export const myTasksQuerySchema = z.object({ status: z.enum(['open', 'done', 'all']).default('open') });
export const itemIdParamSchema = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const decisionOutSchema = z
  .object({ id: z.string(), groupId: z.string(), workshopId: z.string().nullable(), text: z.string(), decidedOn: z.string(), createdAt: z.string() })
  .openapi('GroupDecision');
export const decisionListOutSchema = z.object({ items: z.array(decisionOutSchema) }).openapi('GroupDecisionList');

export const taskOutSchema = z
  .object({
    id: z.string(),
    groupId: z.string(),
    workshopId: z.string().nullable(),
    title: z.string(),
    ownerUserId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string().nullable(),
    status: taskStatusSchema,
    doneAt: z.string().nullable(),
    overdue: z.boolean().openapi({ description: 'open and due before today (Europe/Berlin)' }),
  })
  .openapi('GroupTask');
export const taskListOutSchema = z.object({ items: z.array(taskOutSchema) }).openapi('GroupTaskList');

const groupRef = z.object({ id: z.string(), title: z.object({ de: z.string().optional(), en: z.string().optional(), da: z.string().optional() }), clusterSlug: z.string(), clusterName: z.string() });
export const myTaskListOutSchema = z
  .object({ items: z.array(taskOutSchema.extend({ group: groupRef })), overdue: z.number() })
  .openapi('MyGroupTasks');

export type DecisionCreate = z.infer<typeof decisionCreateSchema>;
export type DecisionUpdate = z.infer<typeof decisionUpdateSchema>;
export type TaskCreate = z.infer<typeof taskCreateSchema>;
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;
export type DecisionRow = Selectable<GroupDecisionsTable>;
export type TaskView = Selectable<GroupTasksTable> & { owner_name: string | null };
export type MyTaskView = TaskView & { group_title: LocalizedText; cluster_slug: string; cluster_name: string };

/** The day tasks fall due in: the clusters klynge serves keep Central European time. */
export const TASK_ZONE = 'Europe/Berlin';

export const presentDecision = (row: DecisionRow): z.infer<typeof decisionOutSchema> => ({
  id: row.id, groupId: row.group_id, workshopId: row.workshop_id, text: row.text, decidedOn: row.decided_on, createdAt: isoTime(row.created_at),
});

/** Turns a task into the API object; `today` (YYYY-MM-DD) decides whether an open task is overdue. */
export function presentTask(row: TaskView, today: string): z.infer<typeof taskOutSchema> {
  return {
    id: row.id, groupId: row.group_id, workshopId: row.workshop_id, title: row.title, ownerUserId: row.owner_user_id, ownerName: row.owner_name,
    dueDate: row.due_date, status: row.status, doneAt: row.done_at === null ? null : isoTime(row.done_at),
    overdue: row.status === 'open' && row.due_date !== null && row.due_date < today,
  };
}

/** A task of the actor's with the group it belongs to. */
export function presentMyTask(row: MyTaskView, today: string) {
  return { ...presentTask(row, today), group: { id: row.group_id, title: row.group_title, clusterSlug: row.cluster_slug, clusterName: row.cluster_name } };
}
