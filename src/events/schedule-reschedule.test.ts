// rescheduleAfterCancellation: the cancelled meeting frees its slot and table, unscheduled meetings that now fit
// take the room, and no other meeting moves (slot and table), fast even on the largest public instance.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { rescheduleAfterCancellation } from '#src/events/schedule-reschedule.ts';
import { solveSchedule } from '#src/events/schedule-solve.ts';
import { eventOf } from '#src/events/schedule-test-events.ts';
import { validateSchedule, type ScheduleOutput } from '#src/events/schedule-validate.ts';

// One table, two slots: m1 (p1+p2) and m2 (p3+p4) hold both; m3 (p5+p6, priority 3) and m4 (p1+p5) wait.
const problem = buildProblem(
  parseEvent(eventOf({ slotsPerDay: 2, tables: 1, participants: 6, meetings: [['p1', 'p2'], ['p3', 'p4'], { participants: ['p5', 'p6'], priority: 3 }, ['p1', 'p5']] })),
);
const published: ScheduleOutput = {
  assignments: [
    { meeting: 'm1', slot: 'd1-s0', table: 'T1' },
    { meeting: 'm2', slot: 'd1-s1', table: 'T1' },
  ],
  unscheduled: [
    { meeting: 'm3', reason: 'x' },
    { meeting: 'm4', reason: 'x' },
  ],
  stats: { scheduled: 2, unscheduled: 2, weight: 2, upperBound: 4, seconds: 0 },
};
const kept = (before: ScheduleOutput, after: ScheduleOutput, cancelled: string) => {
  const now = new Map(after.assignments.map((a) => [a.meeting, a]));
  return before.assignments.filter((a) => a.meeting !== cancelled).every((a) => JSON.stringify(now.get(a.meeting)) === JSON.stringify(a));
};
const publicInstance = (name: string) =>
  buildProblem(parseEvent(JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/bench/schedule/${name}.json`, import.meta.url)), 'utf8'))));

describe('rescheduleAfterCancellation', () => {
  it('fills the freed slot and table with the heaviest meeting that fits, moving nothing else', () => {
    const after = rescheduleAfterCancellation(problem, published, 'm2', { seconds: 0 });
    expect(after.assignments).toEqual([
      { meeting: 'm1', slot: 'd1-s0', table: 'T1' },
      { meeting: 'm3', slot: 'd1-s1', table: 'T1' },
    ]);
    expect(after.unscheduled).toEqual([
      { meeting: 'm2', reason: 'cancelled' },
      { meeting: 'm4', reason: expect.any(String) },
    ]);
    expect(after.stats).toEqual({ scheduled: 2, unscheduled: 2, weight: 4, upperBound: 4, seconds: 0 });
    expect(validateSchedule(problem.event, after)).toEqual([]);
  });

  it('leaves the room empty when asked not to fill it', () => {
    const after = rescheduleAfterCancellation(problem, published, 'm1', { fill: false, seconds: 0 });
    expect(after.assignments).toEqual([{ meeting: 'm2', slot: 'd1-s1', table: 'T1' }]);
    expect(after.stats.weight).toBe(1);
  });

  it('refuses an unknown meeting or one that is not scheduled', () => {
    expect(() => rescheduleAfterCancellation(problem, published, 'm9', { seconds: 0 })).toThrow(AppError);
    expect(() => rescheduleAfterCancellation(problem, published, 'm3', { seconds: 0 })).toThrow('meetings[m3]: not scheduled, so it cannot be cancelled');
  });

  it('moves no other meeting on the large public instance, keeps the schedule valid and takes well under a second', () => {
    const large = publicInstance('large');
    const solved = solveSchedule(large, { deadline: performance.now() + 1500, now: () => performance.now() });
    const before = scheduleOutput(solved.state, solved.upperBound, 0);
    for (const cancelled of [before.assignments[0]!.meeting, before.assignments[5000]!.meeting, before.assignments.at(-1)!.meeting]) {
      const started = performance.now();
      const after = rescheduleAfterCancellation(large, before, cancelled, { seconds: 0 });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(kept(before, after, cancelled)).toBe(true);
      expect(after.unscheduled).toContainEqual({ meeting: cancelled, reason: 'cancelled' });
      expect(after.stats.weight).toBeGreaterThanOrEqual(before.stats.weight - large.weight[large.event.meetings.findIndex((m) => m.id === cancelled)]!);
      expect(validateSchedule(large.event, after)).toEqual([]);
    }
  });
});
