// Tasks of a group: its leads and the cluster's managers create, assign (only to members of the group) and change
// them; a task's owner marks it done or open again; everyone sees their own tasks across groups, overdue ones flagged.
import type { Updateable } from 'kysely';
import { memberClusterIds } from '#src/auth/cluster-access.ts';
import { isAdmin, managedClusterIds, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { GroupTasksTable } from '#src/db/types-cluster.ts';
import { forbidden, invalid, notFound } from '#src/errors.ts';
import { localDay } from '#src/events/event-slots.ts';
import { requireGroupWorkshop } from '#src/groups/decision-service.ts';
import { actingUserId, insiderGroup, runnerGroup } from '#src/groups/group-access.ts';
import { TASK_ASSIGNED, notifyTask } from '#src/groups/group-notify.ts';
import { memberUserIds } from '#src/groups/group-repo.ts';
import { deleteTaskRow, findOwnTasks, findTask, findTasks, insertTask, updateTaskRow } from '#src/groups/task-repo.ts';
import { TASK_ZONE, presentMyTask, presentTask, type TaskCreate, type TaskUpdate } from '#src/groups/task-schema.ts';

const today = (ctx: Ctx) => localDay(ctx.clock(), TASK_ZONE);

/** Throws `invalid` (naming `ownerUserId`) unless the owner is a member of the group. */
async function requireOwnerInGroup(ctx: Ctx, groupId: string, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  if (!(await memberUserIds(ctx.db, groupId)).includes(ownerUserId)) {
    throw invalid('ownerUserId: not a member of the group', [{ field: 'ownerUserId', message: 'not a member of the group' }]);
  }
}

/** A group's tasks, open ones first by due date (members of the cluster). */
export async function listTasks(ctx: Ctx, groupId: string) {
  await insiderGroup(ctx, groupId);
  const day = today(ctx);
  return { items: (await findTasks(ctx.db, groupId)).map((t) => presentTask(t, day)) };
}

/** Creates a task of the group (its leads and the cluster's managers) and tells its owner. */
export async function createTask(ctx: Ctx, groupId: string, input: TaskCreate) {
  const { group } = await runnerGroup(ctx, groupId);
  await requireOwnerInGroup(ctx, groupId, input.ownerUserId);
  await requireGroupWorkshop(ctx, groupId, input.workshopId);
  const actor = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const now = ctx.clock();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const taskId = await insertTask(trx, { group_id: groupId, workshop_id: input.workshopId, title: input.title, owner_user_id: input.ownerUserId, due_date: input.dueDate });
    if (input.ownerUserId && input.ownerUserId !== actor) {
      await notifyTask(trx, TASK_ASSIGNED, group, { id: taskId, title: input.title, due_date: input.dueDate }, input.ownerUserId, now);
    }
    return taskId;
  });
  return presentTask((await findTask(ctx.db, id))!, today(ctx));
}

/**
 * Changes a task. Its group's leads and the cluster's managers change anything (a new owner is told); its owner only
 * marks it done or open again.
 */
export async function updateTask(ctx: Ctx, id: string, input: TaskUpdate) {
  const task = await findTask(ctx.db, id);
  if (!task) throw notFound('task', id);
  const { runs, group } = await insiderGroup(ctx, task.group_id);
  const actor = actingUserId(ctx);
  if (!runs) {
    if (actor === null || actor !== task.owner_user_id) throw forbidden('only the task’s owner, the group’s leads and the cluster’s managers may change it');
    if (Object.keys(input).some((k) => k !== 'status')) throw forbidden('as the task’s owner you may only mark it done or open');
  }
  await requireOwnerInGroup(ctx, task.group_id, input.ownerUserId);
  await requireGroupWorkshop(ctx, task.group_id, input.workshopId);
  const now = ctx.clock();
  const changes: Updateable<GroupTasksTable> = {
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.ownerUserId === undefined ? {} : { owner_user_id: input.ownerUserId }),
    ...(input.dueDate === undefined ? {} : { due_date: input.dueDate }),
    ...(input.workshopId === undefined ? {} : { workshop_id: input.workshopId }),
    ...(input.status === undefined || input.status === task.status ? {} : { status: input.status, done_at: input.status === 'done' ? now : null }),
  };
  const newOwner = input.ownerUserId && input.ownerUserId !== task.owner_user_id && input.ownerUserId !== actor ? input.ownerUserId : null;
  await ctx.db.transaction().execute(async (trx) => {
    await updateTaskRow(trx, id, changes, now);
    if (newOwner) {
      await notifyTask(trx, TASK_ASSIGNED, group, { id, title: input.title ?? task.title, due_date: input.dueDate === undefined ? task.due_date : input.dueDate }, newOwner, now);
    }
  });
  return presentTask((await findTask(ctx.db, id))!, today(ctx));
}

/** Deletes a task (the group's leads and the cluster's managers). */
export async function deleteTask(ctx: Ctx, id: string): Promise<void> {
  const task = await findTask(ctx.db, id);
  if (!task) throw notFound('task', id);
  await runnerGroup(ctx, task.group_id);
  await ctx.db.transaction().execute((trx) => deleteTaskRow(trx, id));
}

/** The actor's own tasks across the groups of the clusters they still belong to, with how many are overdue. */
export async function listMyTasks(ctx: Ctx, status: 'open' | 'done' | 'all') {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('only users own tasks');
  const clusters = isAdmin(actor) ? null : [...new Set([...(await managedClusterIds(ctx.db, actor)), ...(await memberClusterIds(ctx.db, actor))])];
  const day = today(ctx);
  const items = (await findOwnTasks(ctx.db, actor.userId, clusters, status)).map((t) => presentMyTask(t, day));
  return { items, overdue: items.filter((t) => t.overdue).length };
}
