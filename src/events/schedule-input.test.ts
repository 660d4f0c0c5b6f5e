// parseEvent: every refusal of event-schedule.md names the offending id; valid input passes untouched.
import { describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { eventOf } from '#src/events/schedule-test-events.ts';

const base = () => eventOf({ slotsPerDay: 3, tables: 1, participants: 3, meetings: [['p1', 'p2'], ['p2', 'p3']] }) as unknown as Record<string, unknown[]> & { rules?: unknown };

/** The message parseEvent refuses `value` with (fails the test if it is accepted). */
function refusal(value: unknown): string {
  try {
    parseEvent(value);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('invalid');
    return (err as AppError).message;
  }
  throw new Error('accepted');
}

describe('parseEvent', () => {
  it('accepts a valid event, optional fields absent', () => {
    const event = parseEvent(base());
    expect(event.meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(event.participants[0]!.available).toBeUndefined();
  });

  it('accepts a meeting whose participants share no slot: unschedulable, not invalid', () => {
    const e = base();
    e.participants = [{ id: 'p1', available: ['d1-s0'] }, { id: 'p2', available: ['d1-s1'] }, { id: 'p3' }];
    expect(() => parseEvent(e)).not.toThrow();
  });

  it('refuses a meeting naming an unknown participant', () => {
    const e = base();
    e.meetings!.push({ id: 'm42', participants: ['p1', 'p99'] });
    expect(refusal(e)).toBe('meetings[m42]: unknown participant p99');
  });

  it('refuses a meeting naming the same participant twice', () => {
    const e = base();
    e.meetings!.push({ id: 'm42', participants: ['p1', 'p2', 'p1'] });
    expect(refusal(e)).toBe('meetings[m42]: participant p1 is named twice');
  });

  it('refuses a table or a participant naming an unknown slot', () => {
    const t = base();
    t.tables = [{ id: 'T7', slots: ['d1-s0', 'd9-s9'] }];
    expect(refusal(t)).toBe('tables[T7]: unknown slot d9-s9');
    const p = base();
    p.participants![1] = { id: 'p2', available: ['x'] };
    expect(refusal(p)).toBe('participants[p2]: unknown slot x');
  });

  it.each(['slots', 'tables', 'participants', 'meetings'])('refuses a duplicate id within %s', (collection) => {
    const e = base();
    const list = e[collection]!;
    list.push({ ...(list[0] as object) });
    const id = (list[0] as { id: string }).id;
    expect(refusal(e)).toMatch(new RegExp(`^${collection}\\[${id}\\]: duplicate id`));
  });

  it('refuses slots out of start order, overlapping, or ending before they start', () => {
    const order = base();
    order.slots = [order.slots![1]!, order.slots![0]!];
    expect(refusal(order)).toBe('slots[d1-s0]: not in start order: starts before d1-s1');
    const overlap = base();
    overlap.slots![1] = { id: 'd1-s1', start: '2027-03-10T09:15:00+01:00', end: '2027-03-10T09:45:00+01:00' };
    expect(refusal(overlap)).toBe('slots[d1-s1]: overlaps d1-s0');
    const backwards = base();
    backwards.slots![2] = { id: 'd1-s2', start: '2027-03-10T11:00:00+01:00', end: '2027-03-10T11:00:00+01:00' };
    expect(refusal(backwards)).toMatch(/^slots\[d1-s2\]: end .* is not after start/);
  });

  it.each([[0], [4], [1.5], ['2']])('refuses priority %j', (priority) => {
    const e = base();
    e.meetings!.push({ id: 'm42', participants: ['p1', 'p3'], priority });
    expect(refusal(e)).toMatch(/^meetings\[m42\]\.priority: /);
  });

  it('refuses a meeting with fewer than two participants', () => {
    const e = base();
    e.meetings!.push({ id: 'm42', participants: ['p1'] });
    expect(refusal(e)).toBe('meetings[m42].participants: a meeting needs at least two participants');
  });

  it('refuses maxMeetings below 0 and maxConsecutive below 1', () => {
    const cap = base();
    cap.participants![2] = { id: 'p3', maxMeetings: -1 };
    expect(refusal(cap)).toBe('participants[p3].maxMeetings: must be 0 or more');
    const rules = base();
    rules.rules = { maxConsecutive: 0 };
    expect(refusal(rules)).toBe('rules.maxConsecutive: must be 1 or more');
  });

  it('refuses a missing required field or a value of the wrong type, naming the element', () => {
    const missing = base();
    delete (missing.meetings![1] as Record<string, unknown>).participants;
    expect(refusal(missing)).toMatch(/^meetings\[m2\]\.participants: /);
    const noId = base();
    noId.tables = [{ slots: [] }];
    expect(refusal(noId)).toMatch(/^tables\[#0\]\.id: /);
    const time = base();
    time.slots![0] = { id: 'd1-s0', start: 'tomorrow', end: '2027-03-10T09:30:00+01:00' };
    expect(refusal(time)).toMatch(/^slots\[d1-s0\]\.start: /);
    const wrongType = base();
    delete wrongType.tables;
    expect(refusal(wrongType)).toMatch(/^tables: /);
    expect(refusal([])).toMatch(/^\(root\): must be a JSON object/);
  });
});
