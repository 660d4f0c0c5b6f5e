// The local search that maximises the total priority of scheduled meetings: from the greedy schedule, three moves
// (ejection chains, augmenting paths over slots, ruin and recreate of an agenda), each keeping only results that
// lose no weight, so equal-weight changes let it wander across plateaus while it never falls back.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import { SlotAugmenter } from './schedule-augment.ts';
import { Ejector } from './schedule-eject.ts';
import { Random } from './schedule-random.ts';
import { Ruiner } from './schedule-ruin.ts';
import type { ScheduleState } from './schedule-state.ts';

export type SearchOptions = {
  /** When to stop, on the clock `now` (milliseconds). */
  deadline: number;
  now: () => number;
  seed: number;
  /** A proven bound: reaching it ends the search. */
  upperBound: number;
  /** How deep an ejection chain may go. */
  depth: number;
  /** Called once per move (the solver's progress report; it keeps its own clock). */
  tick?: (() => void) | undefined;
};

/** The three moves, chosen at random in proportion to the weight each has recently gained per millisecond. */
const RUIN = 0;
const AUGMENT = 1;
const EJECT = 2;
/** Each move is chosen at least this often, so a move that stalled gets a chance to prove itself again. */
const FLOOR = 0.05;
/** How fast old results fade: each use of a move keeps this much of its record. */
const MEMORY = 0.98;

/** Improves the state's weight until the deadline or the bound; every move kept loses nothing. */
export function maximiseWeight(state: ScheduleState, options: SearchOptions): void {
  const pr = state.problem;
  const random = new Random(options.seed);
  const ejector = new Ejector(state, random, options.depth);
  const augmenter = new SlotAugmenter(state, random);
  const ruiner = new Ruiner(state, random);
  const gained = new Float64Array([1, 1, 1]);
  const spent = new Float64Array([1, 1, 1]);
  const share = new Float64Array(3);
  for (let iteration = 1; state.poolSize > 0 && state.weight < options.upperBound; iteration++) {
    if ((iteration & 31) === 0) {
      let total = 0;
      for (let i = 0; i < 3; i++) total += share[i] = gained[i]! / spent[i]!;
      for (let i = 0; i < 3; i++) share[i] = FLOOR + (1 - 3 * FLOOR) * (total > 0 ? share[i]! / total : 1 / 3);
    }
    // Of two unscheduled meetings drawn at random, the heavier.
    let m = state.pool[random.below(state.poolSize)]!;
    const other = state.pool[random.below(state.poolSize)]!;
    if (pr.weight[other]! > pr.weight[m]!) m = other;
    const draw = random.unit();
    const move = draw < share[RUIN]! ? RUIN : draw < share[RUIN]! + share[AUGMENT]! ? AUGMENT : EJECT;
    const before = state.weight;
    const started = options.now();
    if (started >= options.deadline) break;
    options.tick?.();
    if (move === RUIN) ruiner.rebuild(pr.members[pr.memberStart[m]! + random.below(pr.memberStart[m + 1]! - pr.memberStart[m]!)]!);
    else if (move === AUGMENT) augmenter.augment(m);
    else if (ejector.insert(m, ejector.chooseSlot(m))) {
      if (state.weight < before) ejector.undo();
      else ejector.commit();
    }
    gained[move] = gained[move]! * MEMORY + (state.weight - before);
    spent[move] = spent[move]! * MEMORY + (options.now() - started);
  }
}
