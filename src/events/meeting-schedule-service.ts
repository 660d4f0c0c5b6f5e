// The organisers' schedule: run the scheduler (and follow its job), review the draft (conflicts with the event as
// it is now, whether requests were accepted since, which published meetings it keeps), publish it (one publish
// per schedule version).
import type { Ctx } from '#src/context.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import { organiserEvent } from '#src/events/event-access.ts';
import { placementConflicts } from '#src/events/meeting-conflicts.ts';
import { enqueueEventSchedule, readProgress, scheduleJobKey } from '#src/events/meeting-schedule-job.ts';
import { buildEventInput, placementsOf } from '#src/events/meeting-schedule-input.ts';
import {
  bumpScheduleVersion,
  clearPlacements,
  findDraft,
  findLatestDraft,
  findLatestJob,
  markDraftPublished,
  placeMeetings,
  usersWithMeetings,
  type DraftRow,
} from '#src/events/meeting-schedule-repo.ts';
import type { Db } from '#src/db/connect.ts';
import type { EventRow } from '#src/events/event-schema.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';
import { isoTime } from '#src/registry/competence-schema.ts';

export const AGENDA_PUBLISHED_NOTIFICATION = 'event_agenda_published';

/**
 * Queues the scheduler for the event's accepted meetings; the draft appears when the job is done. Published
 * meetings stay where they are (where they still fit) unless `rebuild` asks for a schedule from scratch.
 */
export async function startSchedule(ctx: Ctx, eventId: string, seconds: number, rebuild = false) {
  await organiserEvent(ctx, eventId);
  const job = await ctx.db.transaction().execute((trx) => enqueueEventSchedule(trx, eventId, seconds, rebuild));
  return { jobId: job.id, alreadyRunning: !job.created };
}

/**
 * The event's newest scheduling job for its organisers: status, phase, the share of the search time spent, the
 * weight reached so far and its bound, and the error if it failed.
 */
export async function getScheduleJob(ctx: Ctx, eventId: string) {
  await organiserEvent(ctx, eventId);
  const job = await findLatestJob(ctx.db, scheduleJobKey(eventId));
  if (!job) throw notFound('scheduling job of event', eventId);
  const { phase, weight, upperBound } = readProgress(job.progress?.message);
  const total = job.progress?.total ?? 0;
  const seconds = (job.payload as { seconds?: number }).seconds ?? total / 1000;
  const done = job.status === 'done' ? 1 : total > 0 ? Math.min(1, (job.progress?.done ?? 0) / total) : 0;
  return {
    id: job.id,
    status: job.status,
    phase: job.status === 'queued' ? 'queued' as const : job.status === 'failed' ? 'failed' as const : phase,
    done: Math.round(done * 1000) / 1000,
    seconds,
    weight,
    upperBound,
    error: job.status === 'failed' ? job.last_error : null,
    createdAt: isoTime(job.created_at),
    startedAt: job.started_at ? isoTime(job.started_at) : null,
    finishedAt: job.finished_at ? isoTime(job.finished_at) : null,
  };
}

/** A draft with its conflicts against the event now and the meetings accepted since it was computed. */
async function review(db: Db, event: EventRow, draft: DraftRow) {
  const { input, meetings, dailyCaps } = await buildEventInput(db, event);
  const considered = new Set(draft.meeting_ids);
  const newMeetings = meetings.filter((m) => !considered.has(m.id)).map((m) => m.id);
  // The meetings placed now (the published agenda): which the draft keeps where they are, which it moves or drops.
  const proposed = new Map(draft.output.assignments.map((a) => [a.meeting, a]));
  const current = placementsOf(meetings);
  const kept = current.filter((p) => proposed.get(p.meeting)?.slot === p.slot && proposed.get(p.meeting)?.table === p.table);
  const moved = current.filter((p) => proposed.has(p.meeting) && !kept.includes(p)).map((p) => p.meeting);
  const dropped = current.filter((p) => !proposed.has(p.meeting)).map((p) => p.meeting);
  return {
    id: draft.id,
    createdAt: isoTime(draft.created_at),
    publishedAt: draft.published_at ? isoTime(draft.published_at) : null,
    basedOnVersion: draft.based_on_version,
    scheduleVersion: event.schedule_version,
    // A draft computed before another publish is stale; the published one itself is not.
    stale: newMeetings.length > 0 || (draft.published_at === null && draft.based_on_version !== event.schedule_version),
    newMeetings,
    conflicts: placementConflicts(input, draft.output.assignments, dailyCaps),
    published: { kept: kept.length, moved, dropped },
    schedule: draft.output,
  };
}

/** The newest draft of the event, reviewed. */
export async function getDraft(ctx: Ctx, eventId: string) {
  const event = await organiserEvent(ctx, eventId);
  const draft = await findLatestDraft(ctx.db, eventId);
  if (!draft) throw notFound('schedule draft of event', eventId);
  return review(ctx.db, event, draft);
}

/**
 * Publishes a draft: the event must still be at `version` (else 409: another organiser published first), and the
 * draft must have no conflicts; its placements replace the published ones and the participants are notified.
 */
export async function publishDraft(ctx: Ctx, eventId: string, draftId: string, version: number) {
  await organiserEvent(ctx, eventId);
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await bumpScheduleVersion(trx, eventId, version, now))) throw conflict(`the schedule is no longer at version ${version}: another organiser published first; review again`);
    const draft = await findDraft(trx, eventId, draftId);
    if (!draft) throw notFound('schedule draft', draftId);
    const event = (await trx.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow());
    const { input, dailyCaps } = await buildEventInput(trx, event);
    const conflicts = placementConflicts(input, draft.output.assignments, dailyCaps);
    if (conflicts.length > 0) throw invalid(`the draft has ${conflicts.length} conflicts; resolve them or schedule again`, conflicts.map((message) => ({ field: 'draftId', message })));
    await clearPlacements(trx, eventId);
    await placeMeetings(trx, eventId, draft.output.assignments);
    await markDraftPublished(trx, draftId, now);
    const users = await usersWithMeetings(trx, eventId);
    await insertNotifications(trx, users.map((userId) => ({ userId, kind: AGENDA_PUBLISHED_NOTIFICATION, payload: { eventId, eventTitle: event.title }, createdAt: now })));
  });
  return getDraft(ctx, eventId);
}
