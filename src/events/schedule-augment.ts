// The search's second move, for events where tables are what is scarce: an unscheduled meeting enters a full
// slot by moving one of that slot's meetings to another slot, which may move one of its own, and so on until a
// slot with a free table takes the last one (an augmenting path over slots, found breadth first). Nobody leaves
// the schedule, so a path found is a gain of the meeting's whole weight.
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { Random } from './schedule-random.ts';
import type { ScheduleState } from './schedule-state.ts';

/** Breadth-first augmenting paths over slots, with buffers allocated once. */
export class SlotAugmenter {
  private readonly queue: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** How slot t was reached: meeting movedInto[t] comes from slot cameFrom[t] (-1: the new meeting goes there). */
  private readonly movedInto: Int32Array;
  private readonly cameFrom: Int32Array;
  private readonly pathMeeting: Int32Array;
  private readonly pathFrom: Int32Array;

  constructor(
    private readonly state: ScheduleState,
    private readonly random: Random,
  ) {
    const S = state.problem.slotCount;
    this.queue = new Int32Array(S);
    this.seen = new Int32Array(S);
    this.movedInto = new Int32Array(S);
    this.cameFrom = new Int32Array(S);
    this.pathMeeting = new Int32Array(S + 1);
    this.pathFrom = new Int32Array(S + 1);
  }

  /** Whether scheduled meeting c could leave slot s for slot t as far as its participants go. */
  private canShift(c: number, s: number, t: number): boolean {
    const st = this.state;
    const pr = st.problem;
    const S = pr.slotCount;
    if (pr.prevSlot[t] === s || pr.nextSlot[t] === s) {
      // c's own meeting in s would count in the run through t: check with c taken out.
      st.remove(c);
      const fits = st.participantsFit(c, t);
      st.place(c, s);
      return fits;
    }
    const k = pr.maxConsecutive;
    // Moving to another day needs room under the daily cap there; within a day the counts stay as they are.
    const otherDay = pr.hasDayCaps && pr.slotDay[t] !== pr.slotDay[s] ? pr.slotDay[t]! : -1;
    for (let i = pr.memberStart[c]!, end = pr.memberStart[c + 1]!; i < end; i++) {
      const p = pr.members[i]!;
      if (st.occupant[p * S + t]! >= 0 || st.runThrough(p, t, k) > k) return false;
      if (otherDay >= 0 && st.dayCount[p * pr.dayCount + otherDay]! >= pr.dayCap[p]!) return false;
    }
    return true;
  }

  /** Schedules meeting m (unscheduled) along an augmenting path if there is one; false leaves the state as it was. */
  augment(m: number): boolean {
    const st = this.state;
    const pr = st.problem;
    const direct = st.bestFit(m, this.random);
    if (direct >= 0) {
      st.place(m, direct);
      return true;
    }
    const stamp = ++this.stamp;
    let tail = 0;
    for (let j = pr.slotStart[m]!, end = pr.slotStart[m + 1]!; j < end; j++) {
      const s = pr.slotsOf[j]!;
      if (!st.participantsFit(m, s)) continue;
      this.seen[s] = stamp;
      this.movedInto[s] = -1;
      this.queue[tail++] = s;
    }
    for (let head = 0; head < tail; head++) {
      const s = this.queue[head]!;
      const base = st.slotBase[s]!;
      const n = st.used[s]!;
      const offset = this.random.below(n);
      for (let i = 0; i < n; i++) {
        const c = st.slotMeetings[base + ((i + offset) % n)]!;
        if (st.locked[c]) continue;
        for (let j = pr.slotStart[c]!, end = pr.slotStart[c + 1]!; j < end; j++) {
          const t = pr.slotsOf[j]!;
          if (this.seen[t] === stamp || !this.canShift(c, s, t)) continue;
          if (st.used[t]! < pr.slotCapacity[t]!) return this.apply(m, c, s, t);
          this.seen[t] = stamp;
          this.movedInto[t] = c;
          this.cameFrom[t] = s;
          this.queue[tail++] = t;
        }
      }
    }
    return false;
  }

  /** Carries out the path ending with c moving from s to t (free table), back to m; undoes it if a step fails. */
  private apply(m: number, c: number, s: number, t: number): boolean {
    const st = this.state;
    let length = 0;
    this.pathMeeting[length] = c;
    this.pathFrom[length++] = s;
    for (let slot = s; this.movedInto[slot]! >= 0; slot = this.cameFrom[slot]!) {
      this.pathMeeting[length] = this.movedInto[slot]!;
      this.pathFrom[length++] = this.cameFrom[slot]!;
    }
    // Step i moves pathMeeting[i] from pathFrom[i] into the slot step i - 1 emptied (t for the first step).
    let done = 0;
    let into = t;
    for (; done < length; done++) {
      const meeting = this.pathMeeting[done]!;
      st.remove(meeting);
      if (!st.canPlace(meeting, into)) {
        st.place(meeting, this.pathFrom[done]!);
        break;
      }
      st.place(meeting, into);
      into = this.pathFrom[done]!;
    }
    if (done === length && st.canPlace(m, into)) {
      st.place(m, into);
      return true;
    }
    // Undo in reverse: each moved meeting goes back to where it came from.
    for (let i = done - 1; i >= 0; i--) {
      const meeting = this.pathMeeting[i]!;
      st.remove(meeting);
      st.place(meeting, this.pathFrom[i]!);
    }
    return false;
  }
}
