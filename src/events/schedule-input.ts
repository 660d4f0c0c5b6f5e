// The EVENT file of `klynge schedule` (../shared/contracts/event-schedule.md): zod shapes and every check of the
// contract, each refusal naming the offending id (`meetings[m42]: unknown participant p99`).
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { z } from 'zod';
import { invalid } from '../errors.ts';

const id = z.string().min(1, 'must be a non-empty string');
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a UTC offset' });

const slotSchema = z.object({ id, start: instant, end: instant });
const tableSchema = z.object({ id, slots: z.array(id).optional() });
const participantSchema = z.object({
  id,
  available: z.array(id).optional(),
  maxMeetings: z.number().int('must be an integer').min(0, 'must be 0 or more').optional(),
});
const meetingSchema = z.object({
  id,
  participants: z.array(id).min(2, 'a meeting needs at least two participants'),
  priority: z.number().int('must be an integer from 1 to 3').min(1, 'must be an integer from 1 to 3').max(3, 'must be an integer from 1 to 3').optional(),
});
const eventSchema = z.object({
  slots: z.array(slotSchema),
  tables: z.array(tableSchema),
  participants: z.array(participantSchema),
  meetings: z.array(meetingSchema),
  rules: z.object({ maxConsecutive: z.number().int('must be an integer').min(1, 'must be 1 or more').optional() }).optional(),
});

/** An EVENT as the contract defines it, after parsing (optional fields stay optional). */
export type EventInput = z.infer<typeof eventSchema>;

type Detail = { field: string; message: string };

/** `meetings.41.priority` as `meetings[m42].priority`: the element's id when it has one, else its position. */
function fieldOf(value: unknown, path: ReadonlyArray<PropertyKey>): string {
  const [collection, index, ...rest] = path;
  if (typeof collection !== 'string' || typeof index !== 'number') return path.map(String).join('.') || '(root)';
  const list = (value as Record<string, unknown>)[collection] as unknown[];
  const element = list[index] as { id?: unknown } | null | undefined;
  const name = typeof element === 'object' && element !== null && typeof element.id === 'string' && element.id !== '' ? element.id : `#${index}`;
  const tail = rest.length > 0 && typeof rest[0] === 'string' ? `.${rest[0]}` : '';
  return `${collection}[${name}]${tail}`;
}

/** The first problem as the message, all of them as details. */
function refuse(details: Detail[]): never {
  const first = details[0]!;
  throw invalid(`${first.field}: ${first.message}`, details);
}

/** Every id of a collection once; the second use of an id is refused. */
function uniqueIds(collection: string, items: ReadonlyArray<{ id: string }>): Map<string, number> {
  const index = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (index.has(item.id)) refuse([{ field: `${collection}[${item.id}]`, message: `duplicate id (at positions ${index.get(item.id)} and ${i})` }]);
    index.set(item.id, i);
  }
  return index;
}

/** Slots ordered by start, none overlapping the one before, each ending after it starts. */
function checkSlotTimes(slots: EventInput['slots']): void {
  let previous: { id: string; start: number; end: number } | undefined;
  for (const slot of slots) {
    const start = Date.parse(slot.start);
    const end = Date.parse(slot.end);
    if (!(end > start)) refuse([{ field: `slots[${slot.id}]`, message: `end ${slot.end} is not after start ${slot.start}` }]);
    if (previous && start < previous.start) refuse([{ field: `slots[${slot.id}]`, message: `not in start order: starts before ${previous.id}` }]);
    if (previous && start < previous.end) refuse([{ field: `slots[${slot.id}]`, message: `overlaps ${previous.id}` }]);
    previous = { id: slot.id, start, end };
  }
}

/** Every slot a table or participant lists exists. */
function checkSlotRefs(collection: string, items: ReadonlyArray<{ id: string; slots?: string[]; available?: string[] }>, slotIds: Map<string, number>): void {
  for (const item of items) {
    for (const slot of item.slots ?? item.available ?? []) {
      if (!slotIds.has(slot)) refuse([{ field: `${collection}[${item.id}]`, message: `unknown slot ${slot}` }]);
    }
  }
}

/** Every meeting names known participants, each once. */
function checkMeetings(meetings: EventInput['meetings'], participantIds: Map<string, number>): void {
  for (const meeting of meetings) {
    const seen = new Set<string>();
    for (const p of meeting.participants) {
      if (!participantIds.has(p)) refuse([{ field: `meetings[${meeting.id}]`, message: `unknown participant ${p}` }]);
      if (seen.has(p)) refuse([{ field: `meetings[${meeting.id}]`, message: `participant ${p} is named twice` }]);
      seen.add(p);
    }
  }
}

/**
 * Parses an EVENT (already read as JSON) and applies every check of the contract; invalid input throws
 * `invalid` with a message naming the offending id and all zod issues as details.
 */
export function parseEvent(value: unknown): EventInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse([{ field: '(root)', message: 'must be a JSON object with slots, tables, participants and meetings' }]);
  const parsed = eventSchema.safeParse(value);
  if (!parsed.success) refuse(parsed.error.issues.map((issue) => ({ field: fieldOf(value, issue.path), message: issue.message })));
  const event = parsed.data;
  const slotIds = uniqueIds('slots', event.slots);
  uniqueIds('tables', event.tables);
  const participantIds = uniqueIds('participants', event.participants);
  uniqueIds('meetings', event.meetings);
  checkSlotTimes(event.slots);
  checkSlotRefs('tables', event.tables, slotIds);
  checkSlotRefs('participants', event.participants, slotIds);
  checkMeetings(event.meetings, participantIds);
  return event;
}
