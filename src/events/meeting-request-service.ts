// Meeting requests between participants: a pending request blocks no slot, expires (with a reminder first),
// counts against the sender's cap of open requests; accepting one creates the meeting the scheduler places.
import type { Ctx } from '#src/context.ts';
import { conflict, forbidden, invalid, notFound } from '#src/errors.ts';
import { loadEvent, myParticipant } from '#src/events/event-access.ts';
import { enqueueRequestReminders } from '#src/events/meeting-request-jobs.ts';
import {
  answerPending,
  countOpenRequests,
  findRequest,
  findRequestsOf,
  insertMeeting,
  insertRequest,
  lockParticipant,
  setMeetingPriority,
  updateRequestRow,
} from '#src/events/meeting-request-repo.ts';
import { presentRequest, type RequestCreate } from '#src/events/meeting-request-schema.ts';
import { insertNotifications } from '#src/notifications/notification-repo.ts';

export const MEETING_REQUEST_NOTIFICATION = 'event_meeting_request';
export const MEETING_ANSWER_NOTIFICATION = 'event_meeting_answer';

const HOUR = 3_600_000;

/** The priority of a meeting: 1, plus one for each side that starred it (3 = both). */
export const priorityOf = (r: { starred_by_sender: boolean; starred_by_recipient: boolean }) => 1 + Number(r.starred_by_sender) + Number(r.starred_by_recipient);

async function requestView(ctx: Ctx, eventId: string, id: string) {
  const row = await findRequest(ctx.db, eventId, id);
  if (!row) throw notFound('meeting request', id);
  return presentRequest(row);
}

/** Sends a meeting request to another participant of the event, within the sender's cap of open requests. */
export async function sendRequest(ctx: Ctx, eventId: string, input: RequestCreate) {
  const event = await loadEvent(ctx, eventId);
  const me = await myParticipant(ctx, eventId);
  if (event.status === 'draft') throw conflict('registration for this event has not opened');
  if (input.toParticipantId === me.id) throw invalid('toParticipantId: you cannot ask yourself', [{ field: 'toParticipantId', message: 'is you' }]);
  const to = await ctx.db.selectFrom('event_participants').select(['id', 'user_id']).where('event_id', '=', eventId).where('id', '=', input.toParticipantId).executeTakeFirst();
  if (!to) throw invalid(`toParticipantId: no participant ${input.toParticipantId} at this event`, [{ field: 'toParticipantId', message: 'not a participant of this event' }]);
  const now = ctx.clock();
  const ttl = new Date(now.getTime() + event.request_ttl_hours * HOUR);
  const expiresAt = event.request_deadline && event.request_deadline < ttl ? event.request_deadline : ttl;
  if (expiresAt <= now) throw conflict('the request deadline of this event has passed');
  const cap = me.max_open_requests ?? event.default_max_open_requests;
  const id = await ctx.db.transaction().execute(async (trx) => {
    await lockParticipant(trx, me.id);
    const open = await countOpenRequests(trx, me.id);
    if (open >= cap) throw conflict(`you have ${open} open requests, your cap; wait for answers or withdraw one`, { open, cap });
    const pair = await trx.selectFrom('meeting_requests').select('id').where('event_id', '=', eventId).where('status', 'in', ['pending', 'accepted'])
      .where((eb) => eb.or([
        eb.and([eb('from_participant_id', '=', me.id), eb('to_participant_id', '=', to.id)]),
        eb.and([eb('from_participant_id', '=', to.id), eb('to_participant_id', '=', me.id)]),
      ])).executeTakeFirst();
    if (pair) throw conflict('a request between you two is pending or accepted already', { requestId: pair.id });
    const requestId = await insertRequest(trx, {
      event_id: eventId, from_participant_id: me.id, to_participant_id: to.id, message: input.message, starred_by_sender: input.starred, expires_at: expiresAt.toISOString(),
    });
    await insertNotifications(trx, [{ userId: to.user_id, kind: MEETING_REQUEST_NOTIFICATION, payload: { eventId, requestId, eventTitle: event.title, message: input.message }, createdAt: now }]);
    await enqueueRequestReminders(trx, requestId, expiresAt);
    return requestId;
  });
  return requestView(ctx, eventId, id);
}

/** The actor's sent and received requests at the event. */
export async function listMyRequests(ctx: Ctx, eventId: string) {
  await loadEvent(ctx, eventId);
  const me = await myParticipant(ctx, eventId);
  const rows = (await findRequestsOf(ctx.db, me.id)).map(presentRequest);
  return { sent: rows.filter((r) => r.fromParticipantId === me.id), received: rows.filter((r) => r.toParticipantId === me.id) };
}

/** Accepts, declines (the recipient) or withdraws (the sender) a pending request; accepting creates the meeting. */
export async function answerRequest(ctx: Ctx, eventId: string, requestId: string, answer: 'accepted' | 'declined' | 'withdrawn') {
  await loadEvent(ctx, eventId);
  const me = await myParticipant(ctx, eventId);
  const request = await findRequest(ctx.db, eventId, requestId);
  if (!request) throw notFound('meeting request', requestId);
  const mine = answer === 'withdrawn' ? request.from_participant_id : request.to_participant_id;
  if (mine !== me.id) throw forbidden(answer === 'withdrawn' ? 'only the sender may withdraw a request' : 'only the recipient may answer a request');
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await answerPending(trx, requestId, answer, now);
    if (!updated) throw conflict(`the request is ${request.status === 'pending' ? 'expired' : request.status}, no longer pending`);
    if (answer === 'accepted') await insertMeeting(trx, eventId, requestId, priorityOf(updated), [updated.from_participant_id, updated.to_participant_id]);
    const other = answer === 'withdrawn' ? updated.to_participant_id : updated.from_participant_id;
    const { user_id } = await trx.selectFrom('event_participants').select('user_id').where('id', '=', other).executeTakeFirstOrThrow();
    await insertNotifications(trx, [{ userId: user_id, kind: MEETING_ANSWER_NOTIFICATION, payload: { eventId, requestId, status: answer }, createdAt: now }]);
  });
  return requestView(ctx, eventId, requestId);
}

/** Stars or unstars a request on the actor's side; the meeting's priority follows. */
export async function starRequest(ctx: Ctx, eventId: string, requestId: string, starred: boolean) {
  await loadEvent(ctx, eventId);
  const me = await myParticipant(ctx, eventId);
  const request = await findRequest(ctx.db, eventId, requestId);
  if (!request) throw notFound('meeting request', requestId);
  if (me.id !== request.from_participant_id && me.id !== request.to_participant_id) throw forbidden('only the two sides of a request may star it');
  const side = me.id === request.from_participant_id ? { starred_by_sender: starred } : { starred_by_recipient: starred };
  await ctx.db.transaction().execute(async (trx) => {
    await updateRequestRow(trx, requestId, side);
    await setMeetingPriority(trx, requestId, priorityOf({ ...request, ...side }));
  });
  return requestView(ctx, eventId, requestId);
}
