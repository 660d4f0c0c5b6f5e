// The `event-request-reminders` job: reminds recipients 24 h before a pending request expires, then expires it
// and tells the sender. Queued for each request's reminder time and expiry; each run handles all that is due.
import type { Db } from '#src/db/connect.ts';
import { findDueReminders, expireDue, updateRequestRow } from '#src/events/meeting-request-repo.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';

export const EVENT_REQUEST_REMINDERS = 'event-request-reminders';
export const REQUEST_REMINDER_NOTIFICATION = 'event_request_reminder';
export const REQUEST_EXPIRED_NOTIFICATION = 'event_request_expired';

const DAY = 86_400_000;

/** Queues the reminder run (24 h before `expiresAt`, at once if that has passed) and the expiry run of a request. */
export async function enqueueRequestReminders(db: Db, requestId: string, expiresAt: Date): Promise<void> {
  await enqueueJob(db, EVENT_REQUEST_REMINDERS, { requestId }, { runAfter: new Date(expiresAt.getTime() - DAY) });
  await enqueueJob(db, EVENT_REQUEST_REMINDERS, { requestId }, { runAfter: expiresAt });
}

/** The `event-request-reminders` job: sends the due reminders and expires the due requests (safe to repeat). */
export const handleRequestReminders: JobHandler = async (ctx, _job, progress) => {
  const now = ctx.clock();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const due = await findDueReminders(trx, now);
    for (const r of due) await updateRequestRow(trx, r.id, { reminded_at: now.toISOString() });
    await insertNotifications(trx, due.map((r) => ({
      userId: r.user_id, kind: REQUEST_REMINDER_NOTIFICATION, payload: { eventId: r.event_id, requestId: r.id, eventTitle: r.title, expiresAt: r.expires_at.toISOString() }, createdAt: now,
    })));
    const expired = await expireDue(trx, now);
    await insertNotifications(trx, expired.map((r) => ({ userId: r.userId, kind: REQUEST_EXPIRED_NOTIFICATION, payload: { eventId: r.eventId, requestId: r.id }, createdAt: now })));
    return { reminded: due.length, expired: expired.length };
  });
  await progress({ done: 1, total: 1, message: `${result.reminded} reminders sent, ${result.expired} requests expired` });
};
