// Organisers' side of an event: create and change it, lay out its slots and tables, open and close registration.
import { requireClusterManager, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import type { EventsTable } from '#src/db/types-events.ts';
import { conflict, invalid, notFound } from '#src/errors.ts';
import { loadEvent, organiserEvent } from '#src/events/event-access.ts';
import { deleteSlotRow, findEvents, findSlots, findTables, insertEvent, meetingsInSlots, placedAtTables, replaceSlots, updateEventRow, updateSlotRow, upsertTables } from '#src/events/event-repo.ts';
import { notifyMeetings } from '#src/events/meeting-change-service.ts';
import { placeMeetings } from '#src/events/meeting-schedule-repo.ts';
import { presentEvent, presentSlot, presentTable, type EventCreate, type EventUpdate, type SlotUpdate } from '#src/events/event-schema.ts';
import { planSlots, requireTimezone, type SlotPlan } from '#src/events/event-slots.ts';
import type { Updateable } from 'kysely';

/** The events (of one cluster when given), newest first, for signed-in users. */
export async function listEvents(ctx: Ctx, clusterId: string | undefined) {
  requireUser(ctx.actor);
  return { items: (await findEvents(ctx.db, clusterId)).map(presentEvent) };
}

/** The event as any signed-in user sees it. */
export async function getEvent(ctx: Ctx, id: string) {
  return presentEvent(await loadEvent(ctx, id));
}

function columnsOf(input: EventUpdate): Updateable<EventsTable> {
  const pick = <K extends keyof EventUpdate, C extends keyof EventsTable>(key: K, column: C) => (input[key] === undefined ? {} : { [column]: input[key] });
  return {
    ...pick('title', 'title'), ...pick('description', 'description'), ...pick('venue', 'venue'), ...pick('timezone', 'timezone'),
    ...pick('registrationOpensAt', 'registration_opens_at'), ...pick('registrationClosesAt', 'registration_closes_at'),
    ...pick('requestDeadline', 'request_deadline'), ...pick('requestTtlHours', 'request_ttl_hours'), ...pick('maxConsecutive', 'max_consecutive'),
    ...pick('defaultMaxMeetingsPerDay', 'default_max_meetings_per_day'), ...pick('defaultMaxOpenRequests', 'default_max_open_requests'),
  };
}

function requireWindow(opens: string | Date | null | undefined, closes: string | Date | null | undefined): void {
  if (opens && closes && new Date(closes) <= new Date(opens)) {
    throw invalid('registrationClosesAt: must be after registrationOpensAt', [{ field: 'registrationClosesAt', message: 'must be after registrationOpensAt' }]);
  }
}

/** Creates an event of a cluster the actor manages (a draft: registration not yet open). */
export async function createEvent(ctx: Ctx, input: EventCreate) {
  await requireClusterManager(ctx, input.clusterId);
  requireTimezone(input.timezone);
  requireWindow(input.registrationOpensAt, input.registrationClosesAt);
  const cluster = await ctx.db.selectFrom('clusters').select('id').where('id', '=', input.clusterId).executeTakeFirst();
  if (!cluster) throw notFound('cluster', input.clusterId);
  const { clusterId, ...fields } = input;
  const id = await ctx.db.transaction().execute((trx) => insertEvent(trx, { cluster_id: clusterId, ...columnsOf(fields), title: input.title }));
  return getEvent(ctx, id);
}

/** Changes an event (its organisers). */
export async function updateEvent(ctx: Ctx, id: string, input: EventUpdate) {
  const event = await organiserEvent(ctx, id);
  if (input.timezone !== undefined) requireTimezone(input.timezone);
  requireWindow(input.registrationOpensAt === undefined ? event.registration_opens_at : input.registrationOpensAt,
    input.registrationClosesAt === undefined ? event.registration_closes_at : input.registrationClosesAt);
  await ctx.db.transaction().execute((trx) => updateEventRow(trx, id, columnsOf(input), ctx.clock()));
  return getEvent(ctx, id);
}

/** Opens or closes registration (a published event stays published). */
export async function setEventStatus(ctx: Ctx, id: string, status: 'open' | 'closed') {
  const event = await organiserEvent(ctx, id);
  if (event.status === 'published') throw conflict('the schedule is published; registration can no longer change');
  if (status === 'open' && (await findSlots(ctx.db, id)).length === 0) throw invalid('status: lay out the slots before opening registration', [{ field: 'status', message: 'the event has no slots' }]);
  await ctx.db.transaction().execute((trx) => updateEventRow(trx, id, { status }, ctx.clock()));
  return getEvent(ctx, id);
}

/** Replaces the event's slots by those planned from days and sessions; refused while meetings are placed in them. */
export async function generateSlots(ctx: Ctx, id: string, plan: SlotPlan) {
  const event = await organiserEvent(ctx, id);
  const slots = planSlots(plan, event.timezone);
  if (!slots.some((s) => s.kind === 'meeting')) throw invalid('slotMinutes: no meeting slot fits into the sessions', [{ field: 'slotMinutes', message: 'no meeting slot fits' }]);
  await ctx.db.transaction().execute(async (trx) => {
    const placed = await meetingsInSlots(trx, id);
    if (placed.length > 0) throw conflict(`${placed.length} meetings are placed in the current slots; cancel or unpublish them first`, { meetings: placed });
    await replaceSlots(trx, id, slots);
  });
  return listSlots(ctx, id);
}

/** The event's slots (any signed-in user). */
export async function listSlots(ctx: Ctx, id: string) {
  await loadEvent(ctx, id);
  return { items: (await findSlots(ctx.db, id)).map(presentSlot) };
}

/** Changes a slot's times, kind or label; refused (409) while meetings are placed in it, 422 when it would overlap another. */
export async function updateSlot(ctx: Ctx, id: string, slotId: string, input: SlotUpdate) {
  await organiserEvent(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const slots = await findSlots(trx, id);
    const slot = slots.find((s) => s.id === slotId);
    if (!slot) throw notFound('slot', slotId);
    const placed = await meetingsInSlots(trx, id, [slotId]);
    if (placed.length > 0 && (input.startsAt || input.endsAt || input.kind === 'break')) throw conflict(`slot ${slotId} holds ${placed.length} meetings; move or cancel them first`, { meetings: placed });
    const start = input.startsAt ? new Date(input.startsAt) : slot.starts_at;
    const end = input.endsAt ? new Date(input.endsAt) : slot.ends_at;
    if (end <= start) throw invalid('endsAt: must be after startsAt', [{ field: 'endsAt', message: 'must be after startsAt' }]);
    const overlap = slots.find((s) => s.id !== slotId && s.starts_at < end && start < s.ends_at);
    if (overlap) throw invalid(`startsAt: the slot would overlap slot ${overlap.id}`, [{ field: 'startsAt', message: `overlaps slot ${overlap.id}` }]);
    await updateSlotRow(trx, id, slotId, {
      starts_at: start.toISOString(), ends_at: end.toISOString(),
      ...(input.kind === undefined ? {} : { kind: input.kind }), ...(input.label === undefined ? {} : { label: input.label }),
    });
  });
  return listSlots(ctx, id);
}

/**
 * Deletes a slot. While meetings are placed in it the delete is refused (409, naming them) unless `unplace` says
 * to take them out of the agenda: they then wait for a new place (their participants are told), never silently
 * dropped or kept in a slot that is gone. A draft that used the slot shows it as a conflict.
 */
export async function deleteSlot(ctx: Ctx, id: string, slotId: string, unplace: boolean): Promise<{ id: string; unplaced: string[] }> {
  await organiserEvent(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
    const placed = await meetingsInSlots(trx, id, [slotId]);
    if (placed.length > 0 && !unplace) throw conflict(`slot ${slotId} holds ${placed.length} meetings; move or cancel them first, or take them out of the agenda`, { meetings: placed });
    await placeMeetings(trx, id, placed.map((meeting) => ({ meeting, slot: null, table: null })));
    if (!(await deleteSlotRow(trx, id, slotId))) throw notFound('slot', slotId);
    await notifyMeetings(trx, id, placed, 'unplaced', ctx.clock());
    return { id: slotId, unplaced: placed };
  });
}

/**
 * Adds tables (or changes those with the same label): label, room, the slots they exist in (null = all). A table
 * may not stop existing in a slot where a meeting is placed at it (409, naming the meetings).
 */
export async function saveTables(ctx: Ctx, id: string, tables: Array<{ label: string; room: string; slotIds: string[] | null }>) {
  await organiserEvent(ctx, id);
  const known = new Set((await findSlots(ctx.db, id)).map((s) => s.id));
  for (const [i, table] of tables.entries()) {
    const unknown = (table.slotIds ?? []).find((s) => !known.has(s));
    if (unknown) throw invalid(`tables.${i}.slotIds: unknown slot ${unknown}`, [{ field: `tables.${i}.slotIds`, message: `unknown slot ${unknown}` }]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('events').select('id').where('id', '=', id).forUpdate().execute();
    const byLabel = new Map((await findTables(trx, id)).map((t) => [t.label, t.id]));
    const placed = await placedAtTables(trx, id);
    const stranded = tables.flatMap((t) => {
      const tableId = byLabel.get(t.label);
      if (!tableId || t.slotIds === null) return [];
      const open = new Set(t.slotIds);
      return placed.filter((p) => p.table_id === tableId && !open.has(p.slot_id)).map((p) => p.id);
    });
    if (stranded.length > 0) throw conflict(`${stranded.length} meetings are placed at these tables in slots you leave out; move or cancel them first`, { meetings: stranded });
    await upsertTables(trx, tables.map((t) => ({ event_id: id, label: t.label, room: t.room, available_slot_ids: t.slotIds === null ? null : JSON.stringify(t.slotIds) })));
  });
  return listTables(ctx, id);
}

/** The event's tables (any signed-in user). */
export async function listTables(ctx: Ctx, id: string) {
  await loadEvent(ctx, id);
  return { items: (await findTables(ctx.db, id)).map(presentTable) };
}
