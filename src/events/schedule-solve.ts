// The scheduler end to end on an indexed problem: the greedy baseline, the proven bound, the weight search
// started from the greedy schedule, then fewer idle gaps at equal weight, all within one deadline.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { scheduleBound } from './schedule-bound.ts';
import { reduceGaps } from './schedule-compact.ts';
import { greedySchedule } from './schedule-greedy.ts';
import type { ScheduleProblem } from './schedule-problem.ts';
import { maximiseWeight } from './schedule-search.ts';
import type { ScheduleState } from './schedule-state.ts';

export type SolveOptions = {
  /** When the schedule must be ready, on the clock `now` (milliseconds). */
  deadline: number;
  now: () => number;
  seed?: number;
};

export type SolveResult = { state: ScheduleState; upperBound: number; greedyWeight: number };

/** Share of the remaining time the weight search may use before the gaps get their turn. */
const WEIGHT_SHARE = 0.6;
/** Ejection chains: an evicted meeting may evict others one level down. */
const CHAIN_DEPTH = 1;

/** The best schedule found by the deadline (never below the greedy one) with the proven upper bound. */
export function solveSchedule(problem: ScheduleProblem, options: SolveOptions): SolveResult {
  const { now, deadline } = options;
  const seed = options.seed ?? 1;
  const state = greedySchedule(problem);
  const greedyWeight = state.weight;
  const { upperBound } = scheduleBound(problem);
  const weightDeadline = now() + Math.max(0, deadline - now()) * WEIGHT_SHARE;
  maximiseWeight(state, { deadline: weightDeadline, now, seed, upperBound, depth: CHAIN_DEPTH });
  reduceGaps(state, { deadline, now, seed });
  return { state, upperBound, greedyWeight };
}
