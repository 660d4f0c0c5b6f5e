// The engine's extras beyond the contract: daily caps enforced by every move of the search (and counted in the
// bound), pinned placements kept exactly, and progress reports while it runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scheduleBound } from '#src/events/schedule-bound.ts';
import { parseEvent, type EventInput } from '#src/events/schedule-input.ts';
import { scheduleOutput } from '#src/events/schedule-output.ts';
import { buildProblem, type ScheduleExtras } from '#src/events/schedule-problem.ts';
import { Random } from '#src/events/schedule-random.ts';
import { solveSchedule, type SolveProgress } from '#src/events/schedule-solve.ts';
import { ScheduleState } from '#src/events/schedule-state.ts';
import { eventOf, optimumByEnumeration, randomDailyCaps, randomEvent, slotId } from '#src/events/schedule-test-events.ts';
import { validateSchedule } from '#src/events/schedule-validate.ts';

const now = () => performance.now();
const solve = (event: EventInput, extras: ScheduleExtras, ms: number) => {
  const problem = buildProblem(parseEvent(event), extras);
  return { problem, ...solveSchedule(problem, { deadline: now() + ms, now }) };
};
const publicEvent = (name: string) => parseEvent(JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/bench/schedule/${name}.json`, import.meta.url)), 'utf8')));

/** The placements of meetings per day of each participant: the largest count any participant has on any day. */
function busiestDay(event: EventInput, assignments: Array<{ meeting: string; slot: string }>, who: string): number {
  const day = new Map(event.slots.map((s) => [s.id, s.start.slice(0, 10)]));
  const members = new Map(event.meetings.map((m) => [m.id, m.participants]));
  const perDay = new Map<string, number>();
  for (const a of assignments) if (members.get(a.meeting)!.includes(who)) perDay.set(day.get(a.slot)!, (perDay.get(day.get(a.slot)!) ?? 0) + 1);
  return Math.max(0, ...perDay.values());
}

describe('daily caps', () => {
  it('canPlace agrees with the validator (given the caps) on random place and remove sequences over two days', () => {
    let placed = 0;
    let refused = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const event = parseEvent(randomEvent(seed, { participants: 6, slots: 3, days: 2, meetings: 14, tables: 2 }));
      const dailyCaps = randomDailyCaps(seed, event);
      const problem = buildProblem(event, { dailyCaps });
      const state = new ScheduleState(problem);
      const random = new Random(seed);
      for (let step = 0; step < 60; step++) {
        const m = random.below(problem.meetingCount);
        if (state.slotOf[m]! >= 0) {
          state.remove(m);
          continue;
        }
        const s = random.below(problem.slotCount);
        if (state.used[s]! >= problem.slotCapacity[s]!) continue;
        const trial = new ScheduleState(problem);
        trial.load(state.slotOf);
        trial.place(m, s);
        const fits = state.canPlace(m, s);
        expect(validateSchedule(event, scheduleOutput(trial, 1000, 0), dailyCaps).length === 0, `seed ${seed} step ${step}`).toBe(fits);
        if (fits) {
          state.place(m, s);
          placed++;
        } else refused++;
      }
    }
    expect(placed).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(40);
  });

  it('reaches the optimum (by enumeration) of small two-day events with daily caps, valid and under a proven bound', () => {
    let binding = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const event = randomEvent(seed, { participants: 6, slots: 3, days: 2, meetings: 11, tables: 2 });
      const dailyCaps = randomDailyCaps(seed, event);
      const { problem, state, upperBound } = solve(event, { dailyCaps }, 300);
      const optimum = optimumByEnumeration(problem);
      expect(state.weight, `seed ${seed}`).toBe(optimum);
      expect(upperBound).toBeGreaterThanOrEqual(optimum);
      const output = scheduleOutput(state, upperBound, 0);
      expect(validateSchedule(problem.event, output, dailyCaps)).toEqual([]);
      if (optimum < optimumByEnumeration(buildProblem(parseEvent(event)))) binding++;
    }
    // The caps matter on many of these events: without them more weight would fit.
    expect(binding).toBeGreaterThanOrEqual(4);
  });

  it('counts a participant with a daily cap for at most that many meetings a day in the bound', () => {
    // p1 wants four meetings over two days of three slots; a cap of one a day leaves two (the heaviest: 3 + 2).
    const meetings = [{ participants: ['p1', 'p2'], priority: 3 }, { participants: ['p1', 'p3'], priority: 1 }, { participants: ['p1', 'p4'], priority: 2 }, { participants: ['p1', 'p5'], priority: 1 }];
    const event = parseEvent(eventOf({ days: 2, slotsPerDay: 3, tables: 3, participants: 5, meetings }));
    expect(scheduleBound(buildProblem(event)).upperBound).toBe(7);
    expect(scheduleBound(buildProblem(event, { dailyCaps: { p1: 1 } })).upperBound).toBe(5);
    const { state, upperBound } = solve(event, { dailyCaps: { p1: 1 } }, 50);
    expect(state.weight).toBe(5);
    expect(upperBound).toBe(5);
    const output = scheduleOutput(state, upperBound, 0);
    expect(output.unscheduled).toEqual([
      { meeting: 'm2', reason: 'p1 already has its daily maximum of 1 meetings' },
      { meeting: 'm4', reason: 'p1 already has its daily maximum of 1 meetings' },
    ]);
  });

  it('moves a meeting to another day to make room, where dropping meetings after the search would lose weight', () => {
    // p1 has a cap of one a day. The light m1 can go on either day, the heavy m2 only on day 1: the search must put
    // m1 on day 2. A schedule made without the cap would put both on day 1 (first fit) and trimming would lose m1.
    const participants = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3', available: [slotId(1, 1)] }];
    const event = parseEvent(eventOf({ days: 2, slotsPerDay: 2, tables: 1, participants, meetings: [['p1', 'p2'], { participants: ['p1', 'p3'], priority: 3 }] }));
    const { state, upperBound } = solve(event, { dailyCaps: { p1: 1 } }, 50);
    const output = scheduleOutput(state, upperBound, 0);
    expect(output.stats.weight).toBe(4);
    expect(output.assignments.find((a) => a.meeting === 'm2')!.slot).toBe(slotId(1, 1));
    expect(output.assignments.find((a) => a.meeting === 'm1')!.slot.startsWith('d2-')).toBe(true);
  });

  it('keeps a public instance valid under daily caps of four, at or above the schedule trimmed to them afterwards', () => {
    const event = publicEvent('medium');
    const dailyCaps = Object.fromEntries(event.participants.map((p) => [p.id, 4]));
    const { problem, state, upperBound } = solve(event, { dailyCaps }, 2500);
    const output = scheduleOutput(state, upperBound, 0);
    expect(validateSchedule(problem.event, output, dailyCaps)).toEqual([]);
    for (const p of event.participants.slice(0, 50)) expect(busiestDay(event, output.assignments, p.id)).toBeLessThanOrEqual(4);
    // The bound counts the caps (1,847 without them), and the search gets within 3 % of it (0.1 % in 3 s on a quiet machine).
    expect(upperBound).toBeLessThan(1847);
    expect(state.weight / upperBound).toBeGreaterThan(0.97);
    // What the engine did before: schedule without the caps, then drop the lightest meetings over them.
    const free = solve(event, {}, 1500);
    const trimmed = trimmedWeight(event, scheduleOutput(free.state, free.upperBound, 0).assignments, 4);
    expect(state.weight).toBeGreaterThan(trimmed);
  });

  it('refuses a cap of an unknown participant or below 0, naming it', () => {
    const event = parseEvent(eventOf({ slotsPerDay: 2, tables: 1, participants: 2, meetings: [['p1', 'p2']] }));
    expect(() => buildProblem(event, { dailyCaps: { p9: 1 } })).toThrow('dailyCaps[p9]: unknown participant p9');
    expect(() => buildProblem(event, { dailyCaps: { p1: -1 } })).toThrow('dailyCaps[p1]: must be an integer of 0 or more');
  });
});

/** The weight left after dropping, heaviest first kept, every meeting that puts a participant over `cap` on a day. */
function trimmedWeight(event: EventInput, assignments: Array<{ meeting: string; slot: string }>, cap: number): number {
  const day = new Map(event.slots.map((s) => [s.id, s.start.slice(0, 10)]));
  const meetings = new Map(event.meetings.map((m) => [m.id, m]));
  const count = new Map<string, number>();
  let weight = 0;
  for (const a of [...assignments].sort((x, y) => (meetings.get(y.meeting)!.priority ?? 1) - (meetings.get(x.meeting)!.priority ?? 1))) {
    const keys = meetings.get(a.meeting)!.participants.map((p) => `${p} ${day.get(a.slot)}`);
    if (keys.some((k) => (count.get(k) ?? 0) >= cap)) continue;
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
    weight += meetings.get(a.meeting)!.priority ?? 1;
  }
  return weight;
}

describe('pinned placements', () => {
  it('keeps every pin that still fits at its slot and table, and places the other meetings around them optimally', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const event = parseEvent(randomEvent(seed, { participants: 6, slots: 4, meetings: 10, tables: 2 }));
      // Pins: a valid schedule of half the meetings, as a published agenda would be.
      const first = scheduleOutput(solve(event, {}, 30).state, 100, 0);
      const pinned = first.assignments.filter((_, i) => i % 2 === 0);
      const { problem, state, upperBound, pinned: kept } = solve(event, { pinned }, 80);
      expect(kept, `seed ${seed}`).toBe(pinned.length);
      const output = scheduleOutput(state, upperBound, 0);
      for (const pin of pinned) expect(output.assignments).toContainEqual(pin);
      expect(validateSchedule(problem.event, output)).toEqual([]);
      expect(state.weight, `seed ${seed}`).toBe(optimumByEnumeration(problem));
    }
  });

  it('never moves a pinned meeting, even where moving it would let a heavier one in', () => {
    // m2 (weight 3) can only meet in the first slot, where m1 is pinned; p1 is in both.
    const participants = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3', available: [slotId(1, 0)] }];
    const event = parseEvent(eventOf({ slotsPerDay: 2, tables: 2, participants, meetings: [['p1', 'p2'], { participants: ['p1', 'p3'], priority: 3 }] }));
    const free = solve(event, {}, 30);
    expect(free.state.weight).toBe(4);
    const { state, upperBound } = solve(event, { pinned: [{ meeting: 'm1', slot: slotId(1, 0), table: 'T2' }] }, 30);
    const output = scheduleOutput(state, upperBound, 0);
    expect(output.assignments).toEqual([{ meeting: 'm1', slot: slotId(1, 0), table: 'T2' }]);
    expect(output.unscheduled.map((u) => u.meeting)).toEqual(['m2']);
  });

  it('drops a pin that no longer fits (unavailable, unknown slot or table, a table absent then, a table pinned twice) and schedules it freely', () => {
    const participants = [{ id: 'p1', available: [slotId(1, 1), slotId(1, 2)] }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }];
    const tables = [{ id: 'T1' }, { id: 'T2', slots: [slotId(1, 0)] }];
    const event = parseEvent(eventOf({ slotsPerDay: 3, tables, participants, meetings: [['p1', 'p2'], ['p3', 'p4'], ['p2', 'p3'], ['p2', 'p4']] }));
    const pinned = [
      { meeting: 'm1', slot: slotId(1, 0), table: 'T1' }, // p1 is not there at 09:00
      { meeting: 'm2', slot: slotId(1, 1), table: 'T2' }, // T2 exists only at 09:00
      { meeting: 'm3', slot: 'gone', table: 'T1' },
      { meeting: 'm4', slot: slotId(1, 2), table: 'T1' },
      { meeting: 'm9', slot: slotId(1, 2), table: 'T1' },
    ];
    const { state, upperBound, pinned: kept } = solve(event, { pinned }, 50);
    expect(kept).toBe(1);
    const output = scheduleOutput(state, upperBound, 0);
    expect(output.assignments).toContainEqual({ meeting: 'm4', slot: slotId(1, 2), table: 'T1' });
    // m1 goes to 09:30 (p1 is not there earlier); m2 and m3 share p3 and can both only meet at 09:00.
    expect(output.assignments).toContainEqual({ meeting: 'm1', slot: slotId(1, 1), table: 'T1' });
    expect(output.stats.scheduled).toBe(3);
    expect(validateSchedule(event, output)).toEqual([]);
    // Two pins on one table and slot: the heavier one keeps it.
    const twice = parseEvent(eventOf({ slotsPerDay: 2, tables: 1, participants: 4, meetings: [['p1', 'p2'], { participants: ['p3', 'p4'], priority: 2 }] }));
    const both = solve(twice, { pinned: [{ meeting: 'm1', slot: slotId(1, 0), table: 'T1' }, { meeting: 'm2', slot: slotId(1, 0), table: 'T1' }] }, 30);
    expect(both.pinned).toBe(1);
    expect(scheduleOutput(both.state, both.upperBound, 0).assignments).toEqual([{ meeting: 'm1', slot: slotId(1, 1), table: 'T1' }, { meeting: 'm2', slot: slotId(1, 0), table: 'T1' }]);
  });

  it('keeps the pins of a large public instance while the search works around them', () => {
    const event = publicEvent('medium');
    const first = scheduleOutput(solve(event, {}, 300).state, 0, 0);
    const pinned = first.assignments.filter((_, i) => i % 3 !== 0);
    const { problem, state, upperBound, pinned: kept } = solve(event, { pinned }, 1000);
    expect(kept).toBe(pinned.length);
    const output = scheduleOutput(state, upperBound, 0);
    const placed = new Map(output.assignments.map((a) => [a.meeting, a]));
    expect(pinned.every((p) => placed.get(p.meeting)?.slot === p.slot && placed.get(p.meeting)?.table === p.table)).toBe(true);
    expect(validateSchedule(problem.event, output)).toEqual([]);
    expect(state.weight).toBeGreaterThanOrEqual(first.stats.weight - 5);
  });
});

describe('progress', () => {
  it('reports the weight phase, then the gap phase, with the weight reached and the bound', () => {
    const event = publicEvent('small');
    const seen: SolveProgress[] = [];
    const problem = buildProblem(event);
    const { state, upperBound } = solveSchedule(problem, { deadline: now() + 300, now, onProgress: (p) => seen.push(p), progressEveryMs: 20 });
    expect(seen[0]).toMatchObject({ phase: 'weight', upperBound: 345 });
    expect(seen.at(-1)).toEqual({ phase: 'gaps', weight: state.weight, upperBound });
    expect(seen.every((p, i) => i === 0 || p.weight >= seen[i - 1]!.weight)).toBe(true);
  });
});
