// The `group-reminders` job, run every hour: reminds owners of open tasks due within two days, and the members of a
// group of its workshops the next day. Each reminder is recorded, so repeated or overlapping runs never send one twice.
import type { Ctx } from '#src/context.ts';
import type { Db } from '#src/db/connect.ts';
import { localDay } from '#src/events/event-slots.ts';
import { TASK_DUE, WORKSHOP_TOMORROW, notifyTask, notifyWorkshop } from '#src/groups/group-notify.ts';
import { memberUserIds } from '#src/groups/group-repo.ts';
import { claimReminder, findPlannedWorkshopsBetween } from '#src/groups/reminder-repo.ts';
import { findTasksDue } from '#src/groups/task-repo.ts';
import { TASK_ZONE } from '#src/groups/task-schema.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';

export const GROUP_REMINDERS = 'group-reminders';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A task is reminded of once it falls due within this many days (today included). */
export const TASK_REMINDER_DAYS = 2;

/** Queues a reminder run now unless one is queued or running (at every start). Returns whether one was added. */
export async function enqueueGroupReminders(db: Db): Promise<boolean> {
  return (await enqueueJob(db, GROUP_REMINDERS, {}, { dedupeKey: GROUP_REMINDERS })).created;
}

/**
 * Sends the reminders due at `ctx.clock()`: for each open task with an owner still in its group and due from today
 * to today + 2 days (Europe/Berlin), one to the owner; for each planned workshop starting tomorrow in its own time
 * zone, one to each member of its group. Returns how many were sent.
 */
export async function sendGroupReminders(ctx: Ctx): Promise<{ tasks: number; workshops: number }> {
  const now = ctx.clock();
  return ctx.db.transaction().execute(async (trx) => {
    const members = new Map<string, string[]>();
    const membersOf = async (groupId: string) => members.get(groupId) ?? members.set(groupId, await memberUserIds(trx, groupId)).get(groupId)!;
    let tasks = 0;
    const today = localDay(now, TASK_ZONE);
    const until = localDay(new Date(now.getTime() + TASK_REMINDER_DAYS * DAY), TASK_ZONE);
    for (const task of await findTasksDue(trx, today, until)) {
      const owner = task.owner_user_id!;
      if (!(await membersOf(task.group_id)).includes(owner)) continue;
      if (!(await claimReminder(trx, { kind: 'task_due', itemId: task.id, userId: owner, dueKey: task.due_date!, at: now }))) continue;
      await notifyTask(trx, TASK_DUE, { id: task.group_id, cluster_id: task.cluster_id, title: task.group_title }, task, owner, now);
      tasks += 1;
    }
    let workshops = 0;
    for (const w of await findPlannedWorkshopsBetween(trx, now, new Date(now.getTime() + 2 * DAY))) {
      const startsAt = new Date(w.starts_at);
      if (localDay(startsAt, w.timezone) !== localDay(new Date(now.getTime() + DAY), w.timezone)) continue;
      const due: string[] = [];
      for (const userId of await membersOf(w.group_id)) {
        if (await claimReminder(trx, { kind: 'workshop_tomorrow', itemId: w.id, userId, dueKey: startsAt.toISOString(), at: now })) due.push(userId);
      }
      await notifyWorkshop(trx, WORKSHOP_TOMORROW, { id: w.group_id, cluster_id: w.cluster_id, title: w.group_title }, { ...w, starts_at: startsAt }, due, now);
      workshops += due.length;
    }
    return { tasks, workshops };
  });
}

/** The start of the hour after `at`. */
export const nextHour = (at: Date) => new Date(Math.floor(at.getTime() / HOUR) * HOUR + HOUR);

/** The `group-reminders` job: sends what is due, then queues the next hourly run (one per hour, however many chains run). */
export const handleGroupReminders: JobHandler = async (ctx, _job, progress) => {
  const sent = await sendGroupReminders(ctx);
  const next = nextHour(ctx.clock());
  await enqueueJob(ctx.db, GROUP_REMINDERS, {}, { dedupeKey: `${GROUP_REMINDERS}@${next.toISOString()}`, runAfter: next });
  await progress({ done: 1, total: 1, message: `${sent.tasks} task reminders, ${sent.workshops} workshop reminders sent` });
};
