// validateSchedule: each of the five hard constraints, the every-meeting-once rule and true stats are checked.
import { describe, expect, it } from 'vitest';
import { parseEvent } from '#src/events/schedule-input.ts';
import { eventOf } from '#src/events/schedule-test-events.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';

// p1 is available in the first three slots only and takes two meetings; T2 exists in s0 and s1 only; runs ≤ 2.
const event = parseEvent(
  eventOf({
    slotsPerDay: 4,
    tables: [{ id: 'T1' }, { id: 'T2', slots: ['d1-s0', 'd1-s1'] }],
    participants: [{ id: 'p1', available: ['d1-s0', 'd1-s1', 'd1-s2'], maxMeetings: 2 }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }],
    meetings: [['p1', 'p2'], ['p3', 'p4'], ['p1', 'p3'], ['p2', 'p3']],
    maxConsecutive: 2,
  }),
);

const valid = (): ScheduleOutput => ({
  assignments: [
    { meeting: 'm1', slot: 'd1-s0', table: 'T1' },
    { meeting: 'm2', slot: 'd1-s0', table: 'T2' },
    { meeting: 'm3', slot: 'd1-s1', table: 'T1' },
  ],
  unscheduled: [{ meeting: 'm4', reason: 'test' }],
  stats: { scheduled: 3, unscheduled: 1, weight: 3, upperBound: 4, seconds: 0 },
});

/** The valid schedule with assignment i changed. */
function withAssignment(i: number, change: Partial<ScheduleOutput['assignments'][number]>): ScheduleOutput {
  const s = valid();
  s.assignments[i] = { ...s.assignments[i]!, ...change };
  return s;
}

describe('validateSchedule', () => {
  it('accepts a valid schedule', () => expect(validateSchedule(event, valid())).toEqual([]));

  it('1. refuses a slot outside a participant availability or outside the table slots', () => {
    expect(validateSchedule(event, withAssignment(2, { slot: 'd1-s3' }))).toContain('m3: p1 is not available in slot d1-s3');
    expect(validateSchedule(event, withAssignment(1, { slot: 'd1-s2' }))).toContain('m2: table T2 does not exist in slot d1-s2');
  });

  it('2. refuses a participant in two meetings of one slot', () => {
    expect(validateSchedule(event, withAssignment(2, { slot: 'd1-s0', table: 'T2' }))).toEqual(expect.arrayContaining(['m3: p1 already meets in m1 in slot d1-s0']));
  });

  it('3. refuses a table hosting two meetings in one slot', () => {
    expect(validateSchedule(event, withAssignment(1, { table: 'T1' }))).toEqual(['m2: table T1 already hosts m1 in slot d1-s0']);
  });

  it('4. refuses more meetings than maxMeetings', () => {
    const capped = parseEvent({ ...event, participants: event.participants.map((p) => (p.id === 'p3' ? { ...p, maxMeetings: 1 } : p)) });
    expect(validateSchedule(capped, valid())).toEqual(['p3: 2 meetings, more than maxMeetings 1']);
  });

  it('5. refuses a run of consecutive meetings longer than maxConsecutive, but not across a gap', () => {
    const s = valid();
    s.assignments[1] = { meeting: 'm2', slot: 'd1-s3', table: 'T1' };
    s.assignments.push({ meeting: 'm4', slot: 'd1-s2', table: 'T1' });
    s.unscheduled = [];
    s.stats = { ...s.stats, scheduled: 4, unscheduled: 0, weight: 4 };
    // p3: m3 in s1, m4 in s2, m2 in s3: three in a row.
    expect(validateSchedule(event, s)).toEqual(['p3: more than 2 meetings in a row, up to slot d1-s3']);
    s.assignments[1] = { meeting: 'm2', slot: 'd1-s0', table: 'T2' };
    s.assignments[3] = { meeting: 'm4', slot: 'd1-s3', table: 'T1' };
    expect(validateSchedule(event, s)).toEqual([]);
  });

  it('refuses a meeting missing, twice, or unknown, and stats that are not true', () => {
    const s = valid();
    s.unscheduled = [];
    expect(validateSchedule(event, s)).toContain('m4: neither assigned nor unscheduled');
    s.unscheduled = [{ meeting: 'm4', reason: '' }, { meeting: 'm1', reason: '' }, { meeting: 'm9', reason: '' }];
    expect(validateSchedule(event, s)).toEqual(expect.arrayContaining(['m1: appears more than once', 'm9: not a meeting of the event']));
    const stats = valid();
    stats.stats = { scheduled: 2, unscheduled: 1, weight: 5, upperBound: 2, seconds: 0 };
    expect(validateSchedule(event, stats)).toEqual(['stats.scheduled is 2, not 3', 'stats.weight is 5, not 3', 'stats.upperBound 2 is not an integer at least the weight']);
  });
});
