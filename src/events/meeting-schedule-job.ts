// The `event-schedule` job: reads the event's EVENT from the database, runs the engine in a worker thread with the
// participants' daily caps and (unless the organiser rebuilds from scratch) the published placements pinned, and
// stores the result as a draft with the meetings it was computed from (so a later accepted request shows it stale).
// Its progress (phase, weight so far, time spent of the budget) is written to the job as the search runs.
import { z } from 'zod';
import type { Db } from '#src/db/connect.ts';
import type { JobProgress } from '#src/db/types.ts';
import { invalid } from '#src/errors.ts';
import { findEvent } from '#src/events/event-repo.ts';
import { buildEventInput, placementsOf } from '#src/events/meeting-schedule-input.ts';
import type { RunProgress } from '#src/events/meeting-schedule-run.ts';
import type { ScheduleExtras } from '#src/events/schedule-problem.ts';
import type { ScheduleOutput } from '#src/events/schedule-validate.ts';
import { enqueueJob, type JobHandler } from '#src/jobs/job-queue.ts';
import { startTypeScriptWorker } from '#src/workers.ts';

export const EVENT_SCHEDULE = 'event-schedule';

const payloadSchema = z.object({ eventId: z.uuid(), seconds: z.number().positive().max(120), rebuild: z.boolean().default(false) });

/** The dedupe key of an event's scheduling job: the newest job with it is the event's. */
export const scheduleJobKey = (eventId: string) => `${EVENT_SCHEDULE}:${eventId}`;

/**
 * Queues scheduling an event (one at a time per event: a queued or running job stands for a new one). `rebuild`
 * ignores the published placements; otherwise they stay where they still fit.
 */
export async function enqueueEventSchedule(db: Db, eventId: string, seconds: number, rebuild = false): Promise<{ id: string; created: boolean }> {
  return enqueueJob(db, EVENT_SCHEDULE, { eventId, seconds, rebuild }, { dedupeKey: scheduleJobKey(eventId) });
}

/** The phases a scheduling job goes through, as its progress tells them. */
export type SchedulePhase = 'reading' | 'weight' | 'gaps' | 'saved';

const PHASE_WORDS: Record<Exclude<SchedulePhase, 'saved' | 'reading'>, string> = { weight: 'searching', gaps: 'reducing idle gaps' };

/** The job's progress while the engine runs: time spent of the budget (ms), and the phase and weight in words. */
export function searchProgress(p: RunProgress, seconds: number): JobProgress {
  return { done: Math.min(Math.round(p.seconds * 1000), seconds * 1000), total: seconds * 1000, message: `${PHASE_WORDS[p.phase]}: weight ${p.weight} of at most ${p.upperBound}` };
}

/** What a progress message of this job says: the phase, and the weight reached and the bound when known. */
export function readProgress(message: string | undefined): { phase: SchedulePhase; weight: number | null; upperBound: number | null } {
  const search = /^(searching|reducing idle gaps): weight (\d+) of at most (\d+)$/.exec(message ?? '');
  if (search) return { phase: search[1] === 'searching' ? 'weight' : 'gaps', weight: Number(search[2]), upperBound: Number(search[3]) };
  const saved = /^draft: \d+ scheduled, \d+ unscheduled, weight (\d+) of at most (\d+)$/.exec(message ?? '');
  if (saved) return { phase: 'saved', weight: Number(saved[1]), upperBound: Number(saved[2]) };
  return { phase: 'reading', weight: null, upperBound: null };
}

type WorkerMessage = { progress?: RunProgress; result?: { output: ScheduleOutput; pinned: number }; error?: { message: string; invalid: boolean } };

/** Runs the engine on `event` in a worker thread, passing on its progress reports. */
function scheduleInWorker(event: unknown, seconds: number, extras: ScheduleExtras, onProgress: (p: RunProgress) => void): Promise<{ output: ScheduleOutput; pinned: number }> {
  return new Promise((resolve, reject) => {
    const worker = startTypeScriptWorker(new URL('./meeting-schedule-worker.ts', import.meta.url), { event, seconds, extras });
    worker.on('message', (message: WorkerMessage) => {
      if (message.progress) return onProgress(message.progress);
      void worker.terminate();
      if (message.result) resolve(message.result);
      else reject(message.error?.invalid ? invalid(message.error.message) : new Error(message.error?.message ?? 'the scheduler stopped'));
    });
    worker.once('error', reject);
  });
}

/** The `event-schedule` job: a new draft schedule of the event's accepted meetings. */
export const handleEventSchedule: JobHandler = async (ctx, job, progress) => {
  const parsed = payloadSchema.safeParse(job.payload);
  if (!parsed.success) throw invalid('event-schedule: payload needs eventId and seconds');
  const { eventId, seconds, rebuild } = parsed.data;
  const event = await findEvent(ctx.db, eventId);
  if (!event) throw invalid(`event-schedule: no event ${eventId}`);
  const { input, meetings, dailyCaps } = await ctx.db.transaction().setIsolationLevel('repeatable read').execute((trx) => buildEventInput(trx, event));
  const pinned = rebuild ? [] : placementsOf(meetings);
  await progress({ done: 0, total: seconds * 1000, message: `scheduling ${input.meetings.length} meetings into ${input.slots.length} slots at ${input.tables.length} tables, ${pinned.length} kept in place` });
  // Reports are written one after the other; the draft waits for the last one.
  let reported = Promise.resolve();
  const onProgress = (p: RunProgress) => {
    reported = reported.then(() => progress(searchProgress(p, seconds))).catch((err: unknown) => ctx.log.warn(`event-schedule ${job.id}: progress not written`, String(err)));
  };
  const { output } = await scheduleInWorker(input, seconds, { dailyCaps, pinned }, onProgress);
  await reported;
  await ctx.db.insertInto('event_schedules').values({
    event_id: eventId, output: JSON.stringify(output), meeting_ids: JSON.stringify(meetings.map((m) => m.id)), based_on_version: event.schedule_version,
  }).execute();
  await progress({ done: seconds * 1000, total: seconds * 1000, message: `draft: ${output.stats.scheduled} scheduled, ${output.stats.unscheduled} unscheduled, weight ${output.stats.weight} of at most ${output.stats.upperBound}` });
};
