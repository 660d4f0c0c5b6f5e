// Idle gaps as event-schedule.md counts them: available, meeting-free slots between a participant's first and last
// meeting of a day.
import { describe, expect, it } from 'vitest';
import { scheduleGaps } from '#src/events/schedule-gaps.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { eventOf } from '#src/events/schedule-test-events.ts';

// p1 meets p2..p5; p1 is away in slot 3 of day 1.
const allSlots = Array.from({ length: 2 }, (_, d) => Array.from({ length: 6 }, (_, i) => `d${d + 1}-s${i}`)).flat();
const problem = buildProblem(
  parseEvent(
    eventOf({
      days: 2,
      slotsPerDay: 6,
      tables: 4,
      participants: [{ id: 'p1', available: allSlots.filter((s) => s !== 'd1-s3') }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }, { id: 'p5' }],
      meetings: [['p1', 'p2'], ['p1', 'p3'], ['p1', 'p4'], ['p1', 'p5']],
    }),
  ),
);
const slots = (...ids: Array<string | null>) => Int32Array.from(ids.map((id) => (id === null ? -1 : allSlots.indexOf(id))));

describe('scheduleGaps', () => {
  it('counts nothing for back-to-back meetings or a single meeting a day', () => {
    expect(scheduleGaps(problem, slots('d1-s0', 'd1-s1', 'd1-s2', 'd2-s5'))).toBe(0);
  });

  it('counts the free available slots between the first and the last meeting of each day', () => {
    // Day 1: s0 and s5 with s3 away: s1, s2, s4 are gaps; day 2: s0 and s2: s1 is one.
    expect(scheduleGaps(problem, slots('d1-s0', 'd1-s5', 'd2-s0', 'd2-s2'))).toBe(4);
  });

  it('does not count slots before the first or after the last meeting, nor unscheduled meetings', () => {
    expect(scheduleGaps(problem, slots('d1-s2', 'd1-s4', null, null))).toBe(0);
    expect(scheduleGaps(problem, slots('d1-s1', 'd1-s2', null, 'd1-s4'))).toBe(0);
  });
});
