// scheduleBound: a proven upper bound (never below the optimum found by enumeration), exact on simple structures,
// and the best known bounds of the public instances.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scheduleBound } from '#src/events/schedule-bound.ts';
import { parseEvent } from '#src/events/schedule-input.ts';
import { buildProblem } from '#src/events/schedule-problem.ts';
import { eventOf, optimumByEnumeration, randomEvent } from '#src/events/schedule-test-events.ts';

const publicInstance = (name: string) =>
  buildProblem(parseEvent(JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/bench/schedule/${name}.json`, import.meta.url)), 'utf8'))));
const boundOf = (spec: Parameters<typeof eventOf>[0]) => scheduleBound(buildProblem(parseEvent(eventOf(spec)))).upperBound;

describe('scheduleBound', () => {
  it('is never below the optimum of small random events, and equal to it on most', () => {
    let equal = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const problem = buildProblem(parseEvent(randomEvent(seed, { participants: 6, slots: 4, meetings: 10, tables: 2 })));
      const optimum = optimumByEnumeration(problem);
      const { upperBound } = scheduleBound(problem);
      expect(upperBound).toBeGreaterThanOrEqual(optimum);
      if (upperBound === optimum) equal++;
    }
    expect(equal).toBeGreaterThanOrEqual(30);
  });

  it('counts a participant capped by maxMeetings only for its heaviest meetings', () => {
    const participants = [{ id: 'p1', maxMeetings: 2 }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }];
    const meetings = [{ participants: ['p1', 'p2'], priority: 3 }, { participants: ['p1', 'p3'], priority: 1 }, { participants: ['p1', 'p4'], priority: 2 }];
    expect(boundOf({ slotsPerDay: 4, tables: 3, participants, meetings })).toBe(5);
  });

  it('counts no more meetings than the tables hold over all slots', () => {
    const meetings = [{ participants: ['p1', 'p2'], priority: 1 }, { participants: ['p3', 'p4'], priority: 3 }, { participants: ['p5', 'p6'], priority: 2 }];
    expect(boundOf({ slotsPerDay: 2, tables: 1, participants: 6, meetings })).toBe(5);
  });

  it('counts at most k meetings in every k + 1 consecutive slots a participant can use', () => {
    // Three consecutive slots and maxConsecutive 1: p1 meets at most twice (first and last slot).
    const meetings: Array<[string, string]> = [['p1', 'p2'], ['p1', 'p3'], ['p1', 'p4']];
    expect(boundOf({ slotsPerDay: 3, tables: 3, participants: 4, meetings, maxConsecutive: 1 })).toBe(2);
  });

  it('leaves out meetings whose participants share no slot with a table', () => {
    const participants = [{ id: 'p1', available: ['d1-s0'] }, { id: 'p2', available: ['d1-s1'] }, { id: 'p3' }];
    expect(boundOf({ slotsPerDay: 2, tables: 2, participants, meetings: [['p1', 'p2'], ['p2', 'p3']] })).toBe(1);
  });

  it('meets the best known bounds of the public instances (the proven optimum of small and medium)', () => {
    expect(scheduleBound(publicInstance('small')).upperBound).toBe(345);
    expect(scheduleBound(publicInstance('medium')).upperBound).toBe(1847);
    expect(scheduleBound(publicInstance('large')).upperBound).toBe(16208);
    // tight: 8,102 is the best known; relaxing its three-person meetings costs one unit.
    expect(scheduleBound(publicInstance('tight')).upperBound).toBeLessThanOrEqual(8103);
  });
});
