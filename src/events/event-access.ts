// Who may do what at an event: its organisers (the managers of its cluster, and admins) and its participants.
import type { Selectable } from 'kysely';
import { isAdmin, managedClusterIds, requireClusterManager, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { EventParticipantsTable } from '#src/db/types-events.ts';
import { forbidden, notFound } from '#src/errors.ts';
import { findEvent } from '#src/events/event-repo.ts';
import type { EventRow } from '#src/events/event-schema.ts';

export type ParticipantRow = Selectable<EventParticipantsTable>;

/** The event, for any signed-in user (visitors must sign in first). */
export async function loadEvent(ctx: Ctx, id: string): Promise<EventRow> {
  requireUser(ctx.actor);
  const event = await findEvent(ctx.db, id);
  if (!event) throw notFound('event', id);
  return event;
}

/** The event, for its organisers only. */
export async function organiserEvent(ctx: Ctx, id: string): Promise<EventRow> {
  const event = await loadEvent(ctx, id);
  await requireClusterManager(ctx, event.cluster_id);
  return event;
}

/** Whether the actor organises the event. */
export async function isOrganiser(ctx: Ctx, event: EventRow): Promise<boolean> {
  return isAdmin(ctx.actor) || (await managedClusterIds(ctx.db, ctx.actor)).includes(event.cluster_id);
}

/** The acting user's user id; the operator's system actor has none. */
export function actingUserId(ctx: Ctx): string {
  const actor = requireUser(ctx.actor);
  if (actor.kind !== 'user') throw forbidden('only users take part in events');
  return actor.userId;
}

/** The actor's own registration at the event, or 403 when they are not registered. */
export async function myParticipant(ctx: Ctx, eventId: string): Promise<ParticipantRow> {
  const userId = actingUserId(ctx);
  const row = await ctx.db.selectFrom('event_participants').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw forbidden('register for this event first');
  return row;
}

/** The event, for its organisers and its registered participants. */
export async function attendeeEvent(ctx: Ctx, id: string): Promise<{ event: EventRow; organiser: boolean }> {
  const event = await loadEvent(ctx, id);
  if (await isOrganiser(ctx, event)) return { event, organiser: true };
  await myParticipant(ctx, id);
  return { event, organiser: false };
}
