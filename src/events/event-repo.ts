// SQL of events, their slots and tables.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { EventSlotsTable, EventsTable, EventTablesTable } from '#src/db/types-events.ts';
import type { PlannedSlot } from '#src/events/event-slots.ts';
import type { EventRow, SlotRow, TableRow } from '#src/events/event-schema.ts';
import { timestampValue } from '#src/registry/sql-helpers.ts';

/** One event. */
export async function findEvent(db: Db, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Events, newest first, of one cluster when given. */
export async function findEvents(db: Db, clusterId: string | undefined): Promise<EventRow[]> {
  let query = db.selectFrom('events').selectAll();
  if (clusterId) query = query.where('cluster_id', '=', clusterId);
  return query.orderBy('created_at', 'desc').orderBy('id').limit(500).execute();
}

/** Locks and returns one event for the rest of the transaction (writers of its schedule queue behind each other). */
export async function lockEvent(db: Db, id: string): Promise<EventRow | undefined> {
  return db.selectFrom('events').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts an event and returns its id. */
export async function insertEvent(db: Db, values: Insertable<EventsTable>): Promise<string> {
  return (await db.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** Updates an event. */
export async function updateEventRow(db: Db, id: string, values: Updateable<EventsTable>, at: Date): Promise<void> {
  await db.updateTable('events').set({ ...values, updated_at: timestampValue(at) }).where('id', '=', id).execute();
}

/** The event's slots in time order. */
export async function findSlots(db: Db, eventId: string): Promise<SlotRow[]> {
  return db.selectFrom('event_slots').selectAll().where('event_id', '=', eventId).orderBy('starts_at').orderBy('id').execute();
}

/** Replaces every slot of the event by `slots`. */
export async function replaceSlots(db: Db, eventId: string, slots: PlannedSlot[]): Promise<void> {
  await db.deleteFrom('event_slots').where('event_id', '=', eventId).execute();
  if (slots.length === 0) return;
  await db
    .insertInto('event_slots')
    .values(slots.map((s) => ({ event_id: eventId, starts_at: s.startsAt.toISOString(), ends_at: s.endsAt.toISOString(), kind: s.kind, label: s.label })))
    .execute();
}

/** Changes one slot of the event. */
export async function updateSlotRow(db: Db, eventId: string, slotId: string, values: Updateable<EventSlotsTable>): Promise<void> {
  await db.updateTable('event_slots').set(values).where('event_id', '=', eventId).where('id', '=', slotId).execute();
}

/** Deletes one slot of the event; returns whether it existed. */
export async function deleteSlotRow(db: Db, eventId: string, slotId: string): Promise<boolean> {
  const result = await db.deleteFrom('event_slots').where('event_id', '=', eventId).where('id', '=', slotId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Ids of the live meetings placed in any of `slotIds` of the event. */
export async function meetingsInSlots(db: Db, eventId: string, slotIds?: string[]): Promise<string[]> {
  let query = db.selectFrom('meetings').select('id').where('event_id', '=', eventId).where('slot_id', 'is not', null);
  if (slotIds) query = query.where('slot_id', 'in', slotIds.length > 0 ? slotIds : ['00000000-0000-0000-0000-000000000000']);
  return (await query.execute()).map((r) => r.id);
}

/** The live meetings placed at the event with their slot and table. */
export async function placedAtTables(db: Db, eventId: string): Promise<Array<{ id: string; slot_id: string; table_id: string }>> {
  const rows = await db.selectFrom('meetings').select(['id', 'slot_id', 'table_id']).where('event_id', '=', eventId).where('slot_id', 'is not', null).execute();
  return rows.map((r) => ({ id: r.id, slot_id: r.slot_id!, table_id: r.table_id! }));
}

/** The event's tables by label. */
export async function findTables(db: Db, eventId: string): Promise<TableRow[]> {
  return db.selectFrom('event_tables').selectAll().where('event_id', '=', eventId).orderBy('label').execute();
}

/** Inserts tables (a label already taken at the event is updated instead). */
export async function upsertTables(db: Db, rows: Array<Insertable<EventTablesTable>>): Promise<void> {
  await db
    .insertInto('event_tables')
    .values(rows)
    .onConflict((oc) => oc.columns(['event_id', 'label']).doUpdateSet((eb) => ({ room: eb.ref('excluded.room'), available_slot_ids: eb.ref('excluded.available_slot_ids') })))
    .execute();
}
