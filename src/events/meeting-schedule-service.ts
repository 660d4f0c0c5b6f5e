// The organisers' schedule: run the scheduler, review the draft (conflicts with the event as it is now, and
// whether requests were accepted since), publish it (one publish per schedule version).
import type { Ctx } from '#src/context.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import { organiserEvent } from '#src/events/event-access.ts';
import { placementConflicts } from '#src/events/meeting-conflicts.ts';
import { enqueueEventSchedule } from '#src/events/meeting-schedule-job.ts';
import { buildEventInput } from '#src/events/meeting-schedule-input.ts';
import {
  bumpScheduleVersion,
  clearPlacements,
  findDraft,
  findLatestDraft,
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

/** Queues the scheduler for the event's accepted meetings; the draft appears when the job is done. */
export async function startSchedule(ctx: Ctx, eventId: string, seconds: number) {
  await organiserEvent(ctx, eventId);
  const job = await ctx.db.transaction().execute((trx) => enqueueEventSchedule(trx, eventId, seconds));
  return { jobId: job.id, alreadyRunning: !job.created };
}

/** A draft with its conflicts against the event now and the meetings accepted since it was computed. */
async function review(db: Db, event: EventRow, draft: DraftRow) {
  const { input, meetings, perDay } = await buildEventInput(db, event);
  const considered = new Set(draft.meeting_ids);
  const newMeetings = meetings.filter((m) => !considered.has(m.id)).map((m) => m.id);
  return {
    id: draft.id,
    createdAt: isoTime(draft.created_at),
    publishedAt: draft.published_at ? isoTime(draft.published_at) : null,
    basedOnVersion: draft.based_on_version,
    scheduleVersion: event.schedule_version,
    // A draft computed before another publish is stale; the published one itself is not.
    stale: newMeetings.length > 0 || (draft.published_at === null && draft.based_on_version !== event.schedule_version),
    newMeetings,
    conflicts: placementConflicts(input, draft.output.assignments, perDay),
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
    const { input, perDay } = await buildEventInput(trx, event);
    const conflicts = placementConflicts(input, draft.output.assignments, perDay);
    if (conflicts.length > 0) throw invalid(`the draft has ${conflicts.length} conflicts; resolve them or schedule again`, conflicts.map((message) => ({ field: 'draftId', message })));
    await clearPlacements(trx, eventId);
    await placeMeetings(trx, eventId, draft.output.assignments);
    await markDraftPublished(trx, draftId, now);
    const users = await usersWithMeetings(trx, eventId);
    await insertNotifications(trx, users.map((userId) => ({ userId, kind: AGENDA_PUBLISHED_NOTIFICATION, payload: { eventId, eventTitle: event.title }, createdAt: now })));
  });
  return getDraft(ctx, eventId);
}
