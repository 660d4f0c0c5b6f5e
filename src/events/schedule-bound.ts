// A proven upper bound on the weight of any valid schedule: the LP relaxation of a weighted b-matching
// (meetings as edges, participants with capacities, one table budget), solved exactly as a flow.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
//
// Why it is an upper bound. Take any valid schedule and let x_m = 1 when meeting m is scheduled. Then:
// (a) x_m = 0 unless some slot has all of m's participants available and a table (`slotsOf`);
// (b) participant p has at most c_p meetings, c_p = min(maxMeetings, meetings p can have, u_p), where u_p sums
//     over the days d of min(dailyCap_p, u_pd), and u_pd counts, over each maximal run of L consecutive slots of
//     day d in which p could meet at all, L - floor(L / (k + 1)) (any k + 1 consecutive slots hold a free one when
//     k = maxConsecutive; runs never cross days, and with no daily cap dailyCap_p is the meeting count);
// (c) at most T meetings are scheduled, T = sum over slots of min(tables, meetings usable there,
//     floor(participants available there / 2)).
// Dropping, from each meeting of three or more, all but the two participants with the least room (demand / c_p)
// only removes constraints. What remains is a b-matching LP; its optimum is half the maximum profit of a flow on
// the bipartite double cover (source -> hub (2T) -> L_p (c_p) -> R_q -> sink (c_q), arcs L_a -> R_b and
// L_b -> R_a of capacity 1 and profit w_m per meeting), because a schedule gives such a flow of twice its
// weight (one unit on each of its two arcs). Its floor is therefore a bound on every schedule's weight.
import { FlowNetwork } from './schedule-flow.ts';
import type { ScheduleProblem } from './schedule-problem.ts';

/** The bound and the LP's choice: `share[m]` is 0, 0.5 or 1 (how much of meeting m the relaxation takes). */
export type ScheduleBound = { upperBound: number; share: Float64Array; capacity: Int32Array };

/** c_p of the proof above: what participant p can ever hold. */
export function participantCapacity(problem: ScheduleProblem): Int32Array {
  const { participantCount: P, slotCount: S, meetingStart, meetingsOf, slotStart, slotsOf, prevSlot, nextSlot } = problem;
  const k = problem.maxConsecutive;
  const capacity = new Int32Array(P);
  const useful = new Uint8Array(S);
  for (let p = 0; p < P; p++) {
    useful.fill(0);
    let meetings = 0;
    for (let i = meetingStart[p]!; i < meetingStart[p + 1]!; i++) {
      const m = meetingsOf[i]!;
      if (slotStart[m + 1]! > slotStart[m]!) meetings++;
      for (let j = slotStart[m]!; j < slotStart[m + 1]!; j++) useful[slotsOf[j]!] = 1;
    }
    let usable = 0;
    for (let d = 0; d < problem.dayCount; d++) {
      let usableToday = 0;
      for (let i = problem.dayStart[d]!; i < problem.dayStart[d + 1]!; i++) {
        const s = problem.daySlots[i]!;
        if (!useful[s] || (prevSlot[s]! >= 0 && useful[prevSlot[s]!])) continue;
        let run = 0;
        for (let t = s; t >= 0 && useful[t]; t = nextSlot[t]!) run++;
        usableToday += run - Math.floor(run / (k + 1));
      }
      usable += Math.min(problem.dayCap[p]!, usableToday);
    }
    capacity[p] = Math.min(problem.maxMeetings[p]!, meetings, usable);
  }
  return capacity;
}

/** T of the proof above: the most meetings all slots together can host. */
function tableBudget(problem: ScheduleProblem): number {
  const { slotCount: S, participantCount: P, meetingCount: M, available, slotStart, slotsOf } = problem;
  const usable = new Int32Array(S);
  for (let m = 0; m < M; m++) for (let j = slotStart[m]!; j < slotStart[m + 1]!; j++) usable[slotsOf[j]!]! += 1;
  const present = new Int32Array(S);
  for (let p = 0; p < P; p++) for (let s = 0; s < S; s++) present[s]! += available[p * S + s]!;
  let total = 0;
  for (let s = 0; s < S; s++) total += Math.min(problem.slotCapacity[s]!, usable[s]!, Math.floor(present[s]! / 2));
  return total;
}

/** The proven upper bound on the total priority of any valid schedule, and the LP solution behind it. */
export function scheduleBound(problem: ScheduleProblem): ScheduleBound {
  const { participantCount: P, meetingCount: M, memberStart, members, weight } = problem;
  const capacity = participantCapacity(problem);
  const demand = new Int32Array(P);
  const candidate = new Uint8Array(M);
  for (let m = 0; m < M; m++) {
    if (problem.slotStart[m + 1]! === problem.slotStart[m]!) continue;
    let possible = true;
    for (let i = memberStart[m]!; i < memberStart[m + 1]!; i++) possible &&= capacity[members[i]!]! > 0;
    if (!possible) continue;
    candidate[m] = 1;
    for (let i = memberStart[m]!; i < memberStart[m + 1]!; i++) demand[members[i]!]! += 1;
  }
  // Nodes: 0 source, 1 hub, 2 + p for L_p, 2 + P + p for R_p, 2 + 2P sink.
  const sink = 2 + 2 * P;
  const net = new FlowNetwork(sink + 1, 1 + 2 * P + 2 * M);
  net.addArc(0, 1, 2 * tableBudget(problem), 0);
  for (let p = 0; p < P; p++) {
    net.addArc(1, 2 + p, capacity[p]!, 0);
    net.addArc(2 + P + p, sink, capacity[p]!, 0);
  }
  const arcOf = new Int32Array(M).fill(-1);
  let total = 0;
  for (let m = 0; m < M; m++) {
    if (!candidate[m]) continue;
    total += weight[m]!;
    // The two participants with the least room carry the meeting (for a meeting of two: both).
    let a = -1;
    let b = -1;
    const room = (p: number) => demand[p]! / capacity[p]!;
    for (let i = memberStart[m]!; i < memberStart[m + 1]!; i++) {
      const p = members[i]!;
      if (a < 0 || room(p) > room(a)) [a, b] = [p, a];
      else if (b < 0 || room(p) > room(b)) b = p;
    }
    arcOf[m] = net.addArc(2 + a, 2 + P + b, 1, -weight[m]!);
    net.addArc(2 + b, 2 + P + a, 1, -weight[m]!);
  }
  const profit = -net.minCostFlow(0, sink);
  const share = new Float64Array(M);
  for (let m = 0; m < M; m++) if (arcOf[m]! >= 0) share[m] = (net.flowOn(arcOf[m]!) + net.flowOn(arcOf[m]! + 2)) / 2;
  return { upperBound: Math.min(total, Math.floor(profit / 2)), share, capacity };
}
