// Workshops of a group: its leads and the cluster's managers plan, change, cancel them and record attendance and
// minutes; the group's members register; everyone in the cluster reads them. New and cancelled workshops are notified.
import type { Updateable } from 'kysely';
import type { Ctx } from '#src/context.ts';
import type { WorkshopsTable } from '#src/db/types-cluster.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import { requireTimezone, zonedInstant } from '#src/events/event-slots.ts';
import { actingUserId, insiderGroup, memberGroup, runnerGroup, type Standing } from '#src/groups/group-access.ts';
import { WORKSHOP_CANCELLED, WORKSHOP_PLANNED, notifyWorkshop } from '#src/groups/group-notify.ts';
import { firstOrganizationOf, memberUserIds } from '#src/groups/group-repo.ts';
import {
  deleteRegistration, deleteWorkshopRow, findAttendees, findGroupWorkshops, findWorkshop, insertRegistration, insertWorkshop,
  updateWorkshopRow, upsertAttendance,
} from '#src/groups/workshop-repo.ts';
import { presentWorkshop, type WorkshopCreate, type WorkshopRow, type WorkshopUpdate } from '#src/groups/workshop-schema.ts';

const field = (name: string, message: string) => invalid(`${name}: ${message}`, [{ field: name, message }]);

/** An instant from an ISO time with an offset, or from a wall-clock time (no offset) in `timezone`. */
export function instantOf(value: string, timezone: string): Date {
  if (/(Z|[+-]\d\d:?\d\d)$/i.test(value)) return new Date(value);
  const seconds = Number(value.slice(17, 19) || '0');
  return new Date(zonedInstant(value.slice(0, 10), value.slice(11, 16), timezone).getTime() + seconds * 1000);
}

/** The workshop and how the actor stands to its group, checked by `require` (insider, runner or member). */
async function workshopFor<S extends Standing>(ctx: Ctx, id: string, require: (ctx: Ctx, groupId: string) => Promise<S>): Promise<{ workshop: WorkshopRow; standing: S }> {
  const workshop = await findWorkshop(ctx.db, id);
  if (!workshop) throw notFound('workshop', id);
  return { workshop, standing: await require(ctx, workshop.group_id) };
}

const me = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** A group's workshops with their attendees, in time order (members of the cluster). */
export async function listWorkshops(ctx: Ctx, groupId: string) {
  await insiderGroup(ctx, groupId);
  const rows = await findGroupWorkshops(ctx.db, groupId);
  const attendees = await findAttendees(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => presentWorkshop(r, attendees.filter((a) => a.workshop_id === r.id), me(ctx))) };
}

/** One workshop with its attendees (members of the cluster). */
export async function getWorkshop(ctx: Ctx, id: string) {
  const { workshop } = await workshopFor(ctx, id, insiderGroup);
  return presentWorkshop(workshop, await findAttendees(ctx.db, [id]), me(ctx));
}

function requireOrder(start: Date, end: Date): void {
  if (end <= start) throw field('endsAt', 'must be after startsAt');
}

/** Plans a workshop of the group (its leads and the cluster's managers) and tells the group's other members. */
export async function createWorkshop(ctx: Ctx, groupId: string, input: WorkshopCreate) {
  const { group } = await runnerGroup(ctx, groupId);
  requireTimezone(input.timezone);
  const start = instantOf(input.startsAt, input.timezone);
  const end = instantOf(input.endsAt, input.timezone);
  requireOrder(start, end);
  const now = ctx.clock();
  const actor = me(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const workshopId = await insertWorkshop(trx, {
      group_id: groupId, title: input.title, starts_at: start, ends_at: end, timezone: input.timezone, place: input.place, link: input.link,
      agenda: input.agenda, created_by: actor,
    });
    const members = (await memberUserIds(trx, groupId)).filter((u) => u !== actor);
    await notifyWorkshop(trx, WORKSHOP_PLANNED, group, { id: workshopId, title: input.title, starts_at: start, timezone: input.timezone }, members, now);
    return workshopId;
  });
  return getWorkshop(ctx, id);
}

const CALENDAR_FIELDS = ['title', 'startsAt', 'endsAt', 'timezone', 'place', 'link', 'status'] as const;

/**
 * Changes a workshop: times, place, agenda, minutes, status (its group's leads and the cluster's managers). Changes a
 * calendar must pick up raise its SEQUENCE; cancelling tells the group's other members.
 */
export async function updateWorkshop(ctx: Ctx, id: string, input: WorkshopUpdate) {
  const { workshop, standing } = await workshopFor(ctx, id, runnerGroup);
  const timezone = input.timezone ?? workshop.timezone;
  requireTimezone(timezone);
  const start = input.startsAt === undefined ? new Date(workshop.starts_at) : instantOf(input.startsAt, timezone);
  const end = input.endsAt === undefined ? new Date(workshop.ends_at) : instantOf(input.endsAt, timezone);
  requireOrder(start, end);
  const changes: Updateable<WorkshopsTable> = {
    ...(input.title === undefined ? {} : { title: input.title }),
    ...(input.startsAt === undefined ? {} : { starts_at: start }),
    ...(input.endsAt === undefined ? {} : { ends_at: end }),
    ...(input.timezone === undefined ? {} : { timezone: input.timezone }),
    ...(input.place === undefined ? {} : { place: input.place }),
    ...(input.link === undefined ? {} : { link: input.link }),
    ...(input.agenda === undefined ? {} : { agenda: input.agenda }),
    ...(input.minutes === undefined ? {} : { minutes: input.minutes }),
    ...(input.status === undefined ? {} : { status: input.status }),
  };
  const bump = CALENDAR_FIELDS.some((f) => input[f] !== undefined);
  const cancelled = input.status === 'cancelled' && workshop.status !== 'cancelled';
  const now = ctx.clock();
  await ctx.db.transaction().execute(async (trx) => {
    await updateWorkshopRow(trx, id, changes, now, bump);
    if (!cancelled) return;
    const members = (await memberUserIds(trx, workshop.group_id)).filter((u) => u !== me(ctx));
    await notifyWorkshop(trx, WORKSHOP_CANCELLED, standing.group, { id, title: input.title ?? workshop.title, starts_at: start, timezone }, members, now);
  });
  return getWorkshop(ctx, id);
}

/** Deletes a workshop (its group's leads and the cluster's managers); to keep it in calendars as cancelled, cancel it instead. */
export async function deleteWorkshop(ctx: Ctx, id: string): Promise<void> {
  await workshopFor(ctx, id, runnerGroup);
  await ctx.db.transaction().execute((trx) => deleteWorkshopRow(trx, id));
}

/** Registers the actor for a planned workshop still to come (members of the group). */
export async function registerForWorkshop(ctx: Ctx, id: string) {
  const { workshop, standing } = await workshopFor(ctx, id, memberGroup);
  if (workshop.status !== 'planned') throw conflict(`the workshop is ${workshop.status}; registration is closed`);
  if (new Date(workshop.starts_at) <= ctx.clock()) throw conflict('the workshop has begun; registration is closed');
  await ctx.db.transaction().execute(async (trx) => insertRegistration(trx, id, standing.userId, await firstOrganizationOf(trx, standing.userId)));
  return getWorkshop(ctx, id);
}

/** Withdraws the actor's registration before the workshop begins. */
export async function withdrawRegistration(ctx: Ctx, id: string) {
  const { workshop } = await workshopFor(ctx, id, insiderGroup);
  const userId = actingUserId(ctx);
  if (new Date(workshop.starts_at) <= ctx.clock()) throw conflict('the workshop has begun; its attendance is recorded by the group’s leads');
  const removed = userId !== null && (await ctx.db.transaction().execute((trx) => deleteRegistration(trx, id, userId)));
  if (!removed) throw notFound('registration');
  return getWorkshop(ctx, id);
}

/**
 * Records who attended and who was absent once the workshop has begun (its group's leads and the cluster's
 * managers); everyone named must be a member of the group or registered. A planned workshop becomes held: the funder
 * report counts held workshops and their attended participants.
 */
export async function recordAttendance(ctx: Ctx, id: string, entries: Array<{ userId: string; status: 'attended' | 'absent' }>) {
  const { workshop } = await workshopFor(ctx, id, runnerGroup);
  if (workshop.status === 'cancelled') throw conflict('the workshop was cancelled');
  if (new Date(workshop.starts_at) > ctx.clock()) throw conflict('the workshop has not begun yet');
  const known = new Set([...(await memberUserIds(ctx.db, workshop.group_id)), ...(await findAttendees(ctx.db, [id])).map((a) => a.user_id)]);
  const unknown = entries.flatMap((e, i) => (known.has(e.userId) ? [] : [{ field: `entries.${i}.userId`, message: 'not a member of the group nor registered' }]));
  if (unknown.length > 0) throw invalid(`entries: ${unknown.map((u) => u.field).join(', ')}: not a member of the group nor registered`, unknown);
  await ctx.db.transaction().execute(async (trx) => {
    for (const e of entries) await upsertAttendance(trx, id, e.userId, e.status, await firstOrganizationOf(trx, e.userId));
    if (workshop.status === 'planned') await updateWorkshopRow(trx, id, { status: 'held' }, ctx.clock(), true);
  });
  return getWorkshop(ctx, id);
}
