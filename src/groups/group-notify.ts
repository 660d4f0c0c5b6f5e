// Notifications of working groups: a workshop planned or cancelled (to the group's members), a task assigned (to its
// owner), and the reminders of the group-reminders job. Written inside the caller's transaction.
import type { Db } from '#src/db/connect.ts';
import type { LocalizedText } from '#src/db/types.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';

export const WORKSHOP_PLANNED = 'group_workshop_planned';
export const WORKSHOP_CANCELLED = 'group_workshop_cancelled';
export const WORKSHOP_TOMORROW = 'group_workshop_tomorrow';
export const TASK_ASSIGNED = 'group_task_assigned';
export const TASK_DUE = 'group_task_due';

type GroupRef = { id: string; cluster_id: string; title: LocalizedText };
type WorkshopRef = { id: string; title: string; starts_at: Date | string; timezone: string };
type TaskRef = { id: string; title: string; due_date: string | null };

/** Where the group lives: its cluster's slug (the web page is /clusters/{slug}/groups/{id}), its id and title. */
async function groupPayload(db: Db, group: GroupRef) {
  const cluster = await db.selectFrom('clusters').select('slug').where('id', '=', group.cluster_id).executeTakeFirstOrThrow();
  return { clusterSlug: cluster.slug, groupId: group.id, groupTitle: group.title };
}

const workshopPayload = (w: WorkshopRef) => ({ workshopId: w.id, workshopTitle: w.title, startsAt: new Date(w.starts_at).toISOString(), timezone: w.timezone });

/** Tells `userIds` about a workshop of their group (planned, cancelled, or tomorrow). */
export async function notifyWorkshop(db: Db, kind: string, group: GroupRef, workshop: WorkshopRef, userIds: string[], at: Date): Promise<void> {
  if (userIds.length === 0) return;
  const payload = { ...(await groupPayload(db, group)), ...workshopPayload(workshop) };
  await insertNotifications(db, userIds.map((userId) => ({ userId, kind, payload, createdAt: at })));
}

/** Tells a task's owner that it was assigned to them, or that it is due soon. */
export async function notifyTask(db: Db, kind: string, group: GroupRef, task: TaskRef, ownerId: string, at: Date): Promise<void> {
  const payload = { ...(await groupPayload(db, group)), taskId: task.id, taskTitle: task.title, dueDate: task.due_date };
  await insertNotifications(db, [{ userId: ownerId, kind, payload, createdAt: at }]);
}
