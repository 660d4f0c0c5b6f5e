// The `funding-call-reminders` job: tells followers of a call 14 days and 3 days before its deadline. Queued for
// those two moments when someone follows or the deadline moves, and once at every start; each run sends whatever
// is due and marks it sent, so running it again sends nothing twice.
import type { Db } from '#src/db/connect.ts';
import { claimDueReminders, clusterSlugs } from '#src/funding/funding-repo.ts';
import { daysUntil } from '#src/funding/funding-days.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';

export const FUNDING_REMINDERS = 'funding-call-reminders';
export const FUNDING_REMINDER_NOTIFICATION = 'funding_call_reminder';
/** Days before the deadline at which followers are reminded. */
export const REMINDER_DAYS = [14, 3] as const;

const DAY = 86_400_000;

/** Queues a run at each reminder point of the call's deadline still ahead of `now`. */
export async function enqueueCallReminders(db: Db, callId: string, deadline: Date, now: Date): Promise<void> {
  for (const days of REMINDER_DAYS) {
    const at = new Date(deadline.getTime() - days * DAY);
    if (at > now) await enqueueJob(db, FUNDING_REMINDERS, { callId }, { runAfter: at, dedupeKey: `${FUNDING_REMINDERS}:${callId}:${at.toISOString()}` });
  }
}

/** Queues a run now (at start), catching up on anything due while no process ran. */
export async function enqueueFundingReminders(db: Db): Promise<boolean> {
  return (await enqueueJob(db, FUNDING_REMINDERS, {}, { dedupeKey: `${FUNDING_REMINDERS}:start` })).created;
}

/** Sends the reminders due now, one notification per follower and call; returns how many it sent. */
export async function sendDueReminders(db: Db, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await claimDueReminders(trx, now);
    const slugs = await clusterSlugs(trx, [...new Set(due.flatMap((d) => (d.cluster_id ? [d.cluster_id] : [])))]);
    await insertNotifications(trx, due.map((d) => {
      const deadline = new Date(d.deadline);
      return {
        userId: d.user_id, kind: FUNDING_REMINDER_NOTIFICATION, createdAt: now,
        payload: {
          callId: d.call_id, callTitle: d.title, deadline: deadline.toISOString(),
          days: deadline.getTime() - now.getTime() <= 3 * DAY ? 3 : 14,
          daysLeft: daysUntil(now, deadline),
          clusterSlug: d.cluster_id ? slugs.get(d.cluster_id) ?? null : null,
          url: d.url,
        },
      };
    }));
    return due.length;
  });
}

/** The job: sends what is due (safe to repeat). */
export const handleFundingReminders: JobHandler = async (ctx, _job, progress) => {
  const sent = await sendDueReminders(ctx.db, ctx.clock());
  await progress({ done: 1, total: 1, message: `${sent} funding call reminders sent` });
};
