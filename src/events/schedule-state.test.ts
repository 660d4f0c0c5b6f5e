// ScheduleState: canPlace says yes exactly when the independent validator accepts the schedule with the meeting
// added, and place/remove keep every incremental structure as a fresh build would have it.
import { describe, expect, it } from 'vitest';
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { Random } from '#src/events/schedule-random.ts';
import { ScheduleState } from '#src/events/schedule-state.ts';
import { randomEvent } from '#src/events/schedule-test-events.ts';
import { validateSchedule } from '#src/events/schedule-validate.ts';

describe('ScheduleState', () => {
  it('canPlace agrees with validateSchedule on every attempt of random place and remove sequences', () => {
    let placed = 0;
    let refused = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const problem = buildProblem(parseEvent(randomEvent(seed, { participants: 7, slots: 5, meetings: 14, tables: 2 })));
      const state = new ScheduleState(problem);
      const random = new Random(seed);
      for (let step = 0; step < 60; step++) {
        const m = random.below(problem.meetingCount);
        if (state.slotOf[m]! >= 0) {
          state.remove(m);
          continue;
        }
        const s = random.below(problem.slotCount);
        const fits = state.canPlace(m, s);
        // Place it regardless (in a copy, if a table exists there), and ask the validator about the result.
        if (state.used[s]! >= problem.slotCapacity[s]!) {
          expect(fits).toBe(false);
          refused++;
          continue;
        }
        const trial = new ScheduleState(problem);
        trial.load(state.slotOf);
        trial.place(m, s);
        const problems = validateSchedule(problem.event, scheduleOutput(trial, 1000, 0));
        expect(problems.length === 0).toBe(fits);
        if (fits) {
          placed++;
          state.place(m, s);
        } else refused++;
      }
    }
    expect(placed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('keeps counts, slot lists and the unscheduled pool consistent through place, remove and load', () => {
    const problem = buildProblem(parseEvent(randomEvent(5, { participants: 8, slots: 6, meetings: 20, tables: 3 })));
    const state = new ScheduleState(problem);
    const random = new Random(9);
    for (let step = 0; step < 300; step++) {
      const m = random.below(problem.meetingCount);
      const s = random.below(problem.slotCount);
      if (state.slotOf[m]! >= 0) state.remove(m);
      else if (state.canPlace(m, s)) state.place(m, s);
    }
    const copy = new ScheduleState(problem);
    copy.load(state.slotOf);
    expect(Array.from(copy.slotOf)).toEqual(Array.from(state.slotOf));
    expect(Array.from(copy.count)).toEqual(Array.from(state.count));
    expect(Array.from(copy.used)).toEqual(Array.from(state.used));
    expect(copy.weight).toBe(state.weight);
    for (let s = 0; s < problem.slotCount; s++) {
      const listed = Array.from(state.slotMeetings.subarray(state.slotBase[s]!, state.slotBase[s]! + state.used[s]!)).sort();
      expect(listed).toEqual(Array.from(state.slotOf.keys()).filter((m) => state.slotOf[m] === s).sort());
    }
    const pool = Array.from(state.pool.subarray(0, state.poolSize)).sort((a, b) => a - b);
    const unscheduled = Array.from(state.slotOf.keys()).filter((m) => state.slotOf[m]! < 0 && problem.slotStart[m + 1]! > problem.slotStart[m]!);
    expect(pool).toEqual(unscheduled);
  });
});
