// Participants' side of an event: register from one's klynge profile, set availability and caps, browse the
// others, and the organisers' check-in and no-show records.
import { randomBytes } from 'node:crypto';
import { isAdmin } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { EventParticipantsTable } from '#src/db/types-events.ts';
import { conflict, forbidden, invalid, notFound } from '#src/errors.ts';
import { actingUserId, attendeeEvent, loadEvent, myParticipant, organiserEvent } from '#src/events/event-access.ts';
import { insertParticipant, findParticipants, updateParticipantRow, type ParticipantListRow } from '#src/events/event-participant-repo.ts';
import type { ParticipantListQuery, ParticipantUpdate, ParticipantView, Registration } from '#src/events/event-participant-schema.ts';
import { findSlots } from '#src/events/event-repo.ts';
import type { EventRow } from '#src/events/event-schema.ts';
import { localDay } from '#src/events/event-slots.ts';
import { isoTime } from '#src/registry/competence-schema.ts';
import type { Updateable } from 'kysely';

/** Turns a participant row into the API object; check-in times only for organisers. */
function present(row: ParticipantListRow, organiser: boolean): ParticipantView {
  return {
    id: row.id, userId: row.user_id, name: row.user_name, organizationId: row.organization_id, organizationName: row.organization_name,
    organizationType: row.organization_type, country: row.country, offers: row.offers, seeks: row.seeks, days: row.days,
    availableSlotIds: row.available_slot_ids, maxMeetingsPerDay: row.max_meetings_per_day, maxOpenRequests: row.max_open_requests,
    checkedInAt: organiser && row.checked_in_at ? isoTime(row.checked_in_at) : null, noShow: organiser && row.no_show,
  };
}

/** Checks days and slots against the event's; throws `invalid` naming the field. */
async function checkAvailability(ctx: Ctx, event: EventRow, days: string[] | undefined, slotIds: string[] | null | undefined): Promise<string[]> {
  const slots = await findSlots(ctx.db, event.id);
  const eventDays = [...new Set(slots.map((s) => localDay(s.starts_at, event.timezone)))];
  const unknownDay = (days ?? []).find((d) => !eventDays.includes(d));
  if (unknownDay) throw invalid(`days: ${unknownDay} is not a day of the event`, [{ field: 'days', message: `${unknownDay} is not a day of the event` }]);
  const known = new Set(slots.map((s) => s.id));
  const unknownSlot = (slotIds ?? []).find((s) => !known.has(s));
  if (unknownSlot) throw invalid(`availableSlotIds: unknown slot ${unknownSlot}`, [{ field: 'availableSlotIds', message: `unknown slot ${unknownSlot}` }]);
  return eventDays;
}

function requireRegistrationOpen(ctx: Ctx, event: EventRow): void {
  const now = ctx.clock();
  const open = event.status === 'open' && (!event.registration_opens_at || event.registration_opens_at <= now) && (!event.registration_closes_at || now < event.registration_closes_at);
  if (!open) throw conflict('registration for this event is not open');
}

/** Registers the signed-in user for the event on behalf of an organisation they edit. */
export async function registerForEvent(ctx: Ctx, eventId: string, input: Registration) {
  const userId = actingUserId(ctx);
  const event = await loadEvent(ctx, eventId);
  if (ctx.actor.kind === 'user' && !isAdmin(ctx.actor) && !ctx.actor.roles.some((r) => r.role === 'organization_editor' && r.scopeId === input.organizationId)) {
    throw forbidden('register on behalf of your own organisation (its editors may)');
  }
  requireRegistrationOpen(ctx, event);
  const eventDays = await checkAvailability(ctx, event, input.days, input.availableSlotIds);
  const taken = await ctx.db.selectFrom('event_participants').select('id').where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
  if (taken) throw conflict('you are registered for this event already', { participantId: taken.id });
  const id = await ctx.db.transaction().execute((trx) =>
    insertParticipant(trx, {
      event_id: eventId, user_id: userId, organization_id: input.organizationId, offers: input.offers, seeks: input.seeks,
      days: JSON.stringify(input.days ?? eventDays), available_slot_ids: input.availableSlotIds === null ? null : JSON.stringify(input.availableSlotIds),
      max_meetings_per_day: input.maxMeetingsPerDay, max_open_requests: input.maxOpenRequests, feed_token: randomBytes(24).toString('base64url'),
    }));
  return { ...(await participantView(ctx, eventId, id, true)), feedToken: (await myParticipant(ctx, eventId)).feed_token };
}

async function participantView(ctx: Ctx, eventId: string, id: string, organiser: boolean): Promise<ParticipantView> {
  const [row] = await findParticipants(ctx.db, eventId, { ids: [id] });
  if (!row) throw notFound('participant', id);
  return present(row, organiser);
}

/** Changes the actor's own availability, days, caps, offers and seeks. */
export async function updateMyParticipation(ctx: Ctx, eventId: string, input: ParticipantUpdate) {
  const event = await loadEvent(ctx, eventId);
  const me = await myParticipant(ctx, eventId);
  await checkAvailability(ctx, event, input.days, input.availableSlotIds);
  const values: Updateable<EventParticipantsTable> = {
    ...(input.offers === undefined ? {} : { offers: input.offers }),
    ...(input.seeks === undefined ? {} : { seeks: input.seeks }),
    ...(input.days === undefined ? {} : { days: JSON.stringify(input.days) }),
    ...(input.availableSlotIds === undefined ? {} : { available_slot_ids: input.availableSlotIds === null ? null : JSON.stringify(input.availableSlotIds) }),
    ...(input.maxMeetingsPerDay === undefined ? {} : { max_meetings_per_day: input.maxMeetingsPerDay }),
    ...(input.maxOpenRequests === undefined ? {} : { max_open_requests: input.maxOpenRequests }),
  };
  await ctx.db.transaction().execute((trx) => updateParticipantRow(trx, eventId, me.id, values));
  return participantView(ctx, eventId, me.id, false);
}

function count(rows: ParticipantListRow[], key: (r: ParticipantListRow) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const value = key(row);
    if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** The participants (organisers and participants only), searched by words, with type and country facets of the word matches. */
export async function listParticipants(ctx: Ctx, eventId: string, query: ParticipantListQuery) {
  const { organiser } = await attendeeEvent(ctx, eventId);
  const matching = await findParticipants(ctx.db, eventId, { q: query.q });
  const items = matching.filter((r) => (!query.type || r.organization_type === query.type) && (!query.country || r.country === query.country.toUpperCase()));
  return { items: items.map((r) => present(r, organiser)), facets: { type: count(matching, (r) => r.organization_type), country: count(matching, (r) => r.country) } };
}

/** Records a participant's check-in on site or no-show (organisers). */
export async function recordAttendance(ctx: Ctx, eventId: string, participantId: string, input: { checkedIn?: boolean | undefined; noShow?: boolean | undefined }) {
  await organiserEvent(ctx, eventId);
  const values: Updateable<EventParticipantsTable> = {
    ...(input.checkedIn === undefined ? {} : { checked_in_at: input.checkedIn ? ctx.clock().toISOString() : null }),
    ...(input.noShow === undefined ? {} : { no_show: input.noShow }),
  };
  if (Object.keys(values).length === 0) throw invalid('give checkedIn or noShow', [{ field: 'checkedIn', message: 'give checkedIn or noShow' }]);
  const found = await ctx.db.transaction().execute((trx) => updateParticipantRow(trx, eventId, participantId, values));
  if (!found) throw notFound('participant', participantId);
  return participantView(ctx, eventId, participantId, true);
}
