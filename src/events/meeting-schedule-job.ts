// The `event-schedule` job: reads the event's EVENT from the database, runs the engine in a worker thread, and
// stores the result as a draft with the meetings it was computed from (so a later accepted request shows it stale).
import { z } from 'zod';
import type { Db } from '#src/db/connect.ts';
import { invalid } from '#src/errors.ts';
import { findEvent } from '#src/events/event-repo.ts';
import { trimToDailyCaps } from '#src/events/meeting-conflicts.ts';
import { buildEventInput } from '#src/events/meeting-schedule-input.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { startTypeScriptWorker } from '#src/workers.ts';

export const EVENT_SCHEDULE = 'event-schedule';

const payloadSchema = z.object({ eventId: z.uuid(), seconds: z.number().positive().max(120) });

/** Queues scheduling an event (one at a time per event: a queued or running job stands for a new one). */
export async function enqueueEventSchedule(db: Db, eventId: string, seconds: number): Promise<{ id: string; created: boolean }> {
  return enqueueJob(db, EVENT_SCHEDULE, { eventId, seconds }, { dedupeKey: `${EVENT_SCHEDULE}:${eventId}` });
}

/** Runs the engine on `event` in a worker thread. */
function scheduleInWorker(event: unknown, seconds: number): Promise<ScheduleOutput> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(new URL('./meeting-schedule-worker.ts', import.meta.url), { event, seconds });
    worker.once('message', (message: { output?: ScheduleOutput; error?: { message: string; invalid: boolean } }) => {
      void worker.terminate();
      if (message.output) resolve(message.output);
      else reject(message.error?.invalid ? invalid(message.error.message) : new Error(message.error?.message ?? 'the scheduler stopped'));
    });
    worker.once('error', reject);
  });
}

/** The `event-schedule` job: a new draft schedule of the event's accepted meetings. */
export const handleEventSchedule: JobHandler = async (ctx, job, progress) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw invalid('event-schedule: payload needs eventId and seconds');
  const { eventId, seconds } = parsed.data;
  const event = await findEvent(ctx.db, eventId);
  if (!event) throw invalid(`event-schedule: no event ${eventId}`);
  const { input, meetings, perDay } = await ctx.db.transaction().setIsolationLevel('repeatable read').execute((trx) => buildEventInput(trx, event));
  await progress({ done: 0, total: 1, message: `scheduling ${input.meetings.length} meetings into ${input.slots.length} slots at ${input.tables.length} tables` });
  const output = trimToDailyCaps(input, await scheduleInWorker(input, seconds), perDay);
  await ctx.db.insertInto('event_schedules').values({
    event_id: eventId, output: JSON.stringify(output), meeting_ids: JSON.stringify(meetings.map((m) => m.id)), based_on_version: event.schedule_version,
  }).execute();
  await progress({ done: 1, total: 1, message: `draft: ${output.stats.scheduled} scheduled, ${output.stats.unscheduled} unscheduled, weight ${output.stats.weight} of at most ${output.stats.upperBound}` });
};
