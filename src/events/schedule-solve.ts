// The scheduler end to end on an indexed problem: pinned meetings first, the greedy baseline around them, the
// proven bound, the weight search started from the greedy schedule, then fewer idle gaps at equal weight, all
// within one deadline, telling how far it got along the way when asked.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { scheduleBound } from './schedule-bound.ts';
import { reduceGaps } from './schedule-compact.ts';
import { greedySchedule } from './schedule-greedy.ts';
import type { ScheduleProblem } from './schedule-problem.ts';
import { maximiseWeight } from './schedule-search.ts';
import { ScheduleState } from './schedule-state.ts';

/** How far the solver got: which phase runs and the weight reached so far. */
export type SolveProgress = { phase: 'weight' | 'gaps'; weight: number; upperBound: number };

export type SolveOptions = {
  /** When the schedule must be ready, on the clock `now` (milliseconds). */
  deadline: number;
  now: () => number;
  seed?: number;
  /** Called when a phase starts and then at most every `progressEveryMs` (default 250) while it runs. */
  onProgress?: (progress: SolveProgress) => void;
  progressEveryMs?: number;
};

/** `pinned`: how many of the problem's pins were kept at their slot and table. */
export type SolveResult = { state: ScheduleState; upperBound: number; greedyWeight: number; pinned: number };

/** Share of the remaining time the weight search may use before the gaps get their turn. */
const WEIGHT_SHARE = 0.7;
/** Ejection chains: an evicted meeting may evict others one level down. */
const CHAIN_DEPTH = 1;

/** The best schedule found by the deadline (never below the greedy one) with the proven upper bound. */
export function solveSchedule(problem: ScheduleProblem, options: SolveOptions): SolveResult {
  const { now, deadline, onProgress } = options;
  const seed = options.seed ?? 1;
  const start = new ScheduleState(problem);
  const pinned = start.placePins();
  const state = greedySchedule(problem, start);
  const greedyWeight = state.weight;
  const { upperBound } = scheduleBound(problem);
  const every = options.progressEveryMs ?? 250;
  let phase: SolveProgress['phase'] = 'weight';
  let last = -Infinity;
  const tick = onProgress && (() => {
    const at = now();
    if (at - last < every) return;
    last = at;
    onProgress({ phase, weight: state.weight, upperBound });
  });
  tick?.();
  const weightDeadline = now() + Math.max(0, deadline - now()) * WEIGHT_SHARE;
  maximiseWeight(state, { deadline: weightDeadline, now, seed, upperBound, depth: CHAIN_DEPTH, tick });
  phase = 'gaps';
  last = -Infinity;
  tick?.();
  reduceGaps(state, { deadline, now, seed, tick });
  return { state, upperBound, greedyWeight, pinned };
}
