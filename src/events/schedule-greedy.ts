// The baseline simple tools use (the benchmark's "greedy"): meetings in file order, each into the earliest slot
// where all its participants and a table are free and maxMeetings and maxConsecutive still hold.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { ScheduleProblem } from './schedule-problem.ts';
import { ScheduleState } from './schedule-state.ts';

/**
 * First-fit in file order: the schedule the search starts from and must never fall below. Meetings `state`
 * already holds (pinned ones) stay; the others are added around them.
 */
export function greedySchedule(problem: ScheduleProblem, state = new ScheduleState(problem)): ScheduleState {
  for (let m = 0; m < problem.meetingCount; m++) {
    if (state.slotOf[m]! >= 0) continue;
    for (let i = problem.slotStart[m]!, end = problem.slotStart[m + 1]!; i < end; i++) {
      const s = problem.slotsOf[i]!;
      if (state.canPlace(m, s)) {
        state.place(m, s);
        break;
      }
    }
  }
  return state;
}
