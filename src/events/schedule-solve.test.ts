// solveSchedule and its parts: the greedy baseline of the benchmark, the search reaching the optimum of small
// events, the gap reduction keeping the weight, all schedules valid.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reduceGaps } from '#src/events/schedule-compact.ts';
import { scheduleGaps } from '#src/events/schedule-gaps.ts';
import { greedySchedule } from '#src/events/schedule-greedy.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem, type ScheduleProblem } from '#src/events/schedule-problem.ts';
import { solveSchedule } from '#src/events/schedule-solve.ts';
import { eventOf, optimumByEnumeration, randomEvent } from '#src/events/schedule-test-events.ts';
import { validateSchedule } from '#src/events/schedule-validate.ts';

const publicInstance = (name: string) =>
  buildProblem(parseEvent(JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/bench/schedule/${name}.json`, import.meta.url)), 'utf8'))));
const now = () => performance.now();
const solve = (problem: ScheduleProblem, ms: number) => solveSchedule(problem, { deadline: now() + ms, now });

describe('greedySchedule', () => {
  it('reproduces the greedy weights of the benchmark README (file order, earliest feasible slot)', () => {
    expect(greedySchedule(publicInstance('small')).weight).toBe(307);
    expect(greedySchedule(publicInstance('medium')).weight).toBe(1798);
    expect(greedySchedule(publicInstance('tight')).weight).toBe(6869);
  });
});

describe('solveSchedule', () => {
  it('reaches the optimum (found by enumeration) of small random events, with valid schedules', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const problem = buildProblem(parseEvent(randomEvent(seed, { participants: 6, slots: 4, meetings: 10, tables: 2 })));
      const { state, upperBound } = solve(problem, 250);
      expect(state.weight, `seed ${seed}`).toBe(optimumByEnumeration(problem));
      expect(upperBound).toBeGreaterThanOrEqual(state.weight);
      expect(validateSchedule(problem.event, scheduleOutput(state, upperBound, 0))).toEqual([]);
    }
  });

  it('reaches the proven optimum of the public small and medium instances within a second each', () => {
    for (const [name, optimum] of [['small', 345], ['medium', 1847]] as const) {
      const problem = publicInstance(name);
      const { state, upperBound, greedyWeight } = solve(problem, 1000);
      expect(state.weight).toBe(optimum);
      expect(upperBound).toBe(optimum);
      expect(greedyWeight).toBeLessThan(optimum);
      expect(validateSchedule(problem.event, scheduleOutput(state, upperBound, 0))).toEqual([]);
    }
  });

  it('handles meetings of many participants (a team of six) like any other', () => {
    const meetings: Array<[string, ...string[]]> = [['p1', 'p2', 'p3', 'p4', 'p5', 'p6'], ['p1', 'p7'], ['p2', 'p7'], ['p3', 'p8'], ['p7', 'p8'], ['p4', 'p5'], ['p6', 'p8']];
    const problem = buildProblem(parseEvent(eventOf({ slotsPerDay: 3, tables: 2, participants: 8, meetings, maxConsecutive: 2 })));
    const { state, upperBound } = solve(problem, 200);
    expect(state.weight).toBe(optimumByEnumeration(problem));
    expect(validateSchedule(problem.event, scheduleOutput(state, upperBound, 0))).toEqual([]);
  });

  it('never falls below the greedy schedule, even with no time at all', () => {
    const problem = publicInstance('tight');
    const { state, greedyWeight } = solve(problem, -1);
    expect(state.weight).toBeGreaterThanOrEqual(greedyWeight);
    expect(validateSchedule(problem.event, scheduleOutput(state, 10_000, 0))).toEqual([]);
  });
});

describe('reduceGaps', () => {
  it('lowers the idle gaps below the greedy schedule without changing which meetings are scheduled', () => {
    const problem = publicInstance('medium');
    const state = greedySchedule(problem);
    const scheduled = Array.from(state.slotOf, (s) => s >= 0);
    const before = scheduleGaps(problem, state.slotOf);
    reduceGaps(state, { deadline: now() + 2000, now, seed: 1 });
    expect(Array.from(state.slotOf, (s) => s >= 0)).toEqual(scheduled);
    expect(scheduleGaps(problem, state.slotOf)).toBeLessThan(before * 0.5);
    expect(validateSchedule(problem.event, scheduleOutput(state, 10_000, 0))).toEqual([]);
  });
});
