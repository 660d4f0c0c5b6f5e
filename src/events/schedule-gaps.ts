// Idle gaps as the contract counts them: for each participant and day, the slots between their first and last
// meeting in which they are available but have no meeting (event-schedule.md, "What makes one schedule better").
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { ScheduleProblem } from './schedule-problem.ts';

/** Participant p's idle gaps on day d, given who meets when (`occupant[p * slotCount + s]`, -1 for free). */
export function dayGaps(problem: ScheduleProblem, occupant: Int32Array, p: number, d: number): number {
  const { daySlots, dayStart, slotCount, available } = problem;
  const row = p * slotCount;
  let gaps = 0;
  let pending = 0;
  let met = false;
  for (let i = dayStart[d]!, end = dayStart[d + 1]!; i < end; i++) {
    const s = daySlots[i]!;
    if (occupant[row + s]! >= 0) {
      if (met) gaps += pending;
      met = true;
      pending = 0;
    } else if (available[row + s] === 1) pending++;
  }
  return gaps;
}

/** The idle gaps of the whole schedule. */
export function totalGaps(problem: ScheduleProblem, occupant: Int32Array): number {
  const days = problem.dayStart.length - 1;
  let gaps = 0;
  for (let p = 0; p < problem.participantCount; p++) for (let d = 0; d < days; d++) gaps += dayGaps(problem, occupant, p, d);
  return gaps;
}

/** The idle gaps of a schedule given as a slot per meeting (-1 for unscheduled). */
export function scheduleGaps(problem: ScheduleProblem, slotOf: Int32Array): number {
  const occupant = new Int32Array(problem.participantCount * problem.slotCount).fill(-1);
  for (let m = 0; m < problem.meetingCount; m++) {
    const s = slotOf[m]!;
    if (s < 0) continue;
    for (let i = problem.memberStart[m]!; i < problem.memberStart[m + 1]!; i++) occupant[problem.members[i]! * problem.slotCount + s] = m;
  }
  return totalGaps(problem, occupant);
}
