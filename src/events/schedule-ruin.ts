// The search's third move, a large-neighbourhood step: take out every meeting of one participant, then put back,
// heaviest first (ties and near-ties shuffled), that participant's meetings and the unscheduled meetings of its
// partners, each where it fits next to the most meetings of its participants. Kept when no weight is lost, undone otherwise. It reorders
// whole agendas, which single insertions cannot (trading one heavy meeting for two lighter ones, say).
// Pure: imports nothing from node: or the DB, and only relative paths (it runs in worker threads too).
import type { Random } from './schedule-random.ts';
import type { ScheduleState } from './schedule-state.ts';

/** Ruin-and-recreate around one participant, with buffers allocated once. */
export class Ruiner {
  private readonly journalMeeting: Int32Array;
  private readonly journalSlot: Int32Array;
  private journalLength = 0;
  private readonly candidates: Int32Array;
  private readonly keys: Float64Array;
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(
    private readonly state: ScheduleState,
    private readonly random: Random,
  ) {
    const M = state.problem.meetingCount;
    this.journalMeeting = new Int32Array(2 * M);
    this.journalSlot = new Int32Array(2 * M);
    this.candidates = new Int32Array(M);
    this.keys = new Float64Array(M);
    this.mark = new Int32Array(M);
  }

  private move(m: number, s: number): void {
    this.journalMeeting[this.journalLength] = m;
    this.journalSlot[this.journalLength++] = this.state.slotOf[m]!;
    this.state.assign(m, s);
  }

  private addCandidate(m: number, count: number): number {
    if (this.mark[m] === this.stamp) return count;
    this.mark[m] = this.stamp;
    this.candidates[count] = m;
    // Heavier first; a random part of up to 1.5 lets a lighter meeting go first now and then.
    this.keys[m] = this.state.problem.weight[m]! + 1.5 * this.random.unit();
    return count + 1;
  }

  /** Rebuilds participant p's agenda and its partners' unscheduled meetings; true when the result was kept. */
  rebuild(p: number): boolean {
    const st = this.state;
    const pr = st.problem;
    const before = st.weight;
    this.journalLength = 0;
    this.stamp++;
    let count = 0;
    for (let i = pr.meetingStart[p]!; i < pr.meetingStart[p + 1]!; i++) {
      const m = pr.meetingsOf[i]!;
      if (pr.slotStart[m + 1]! === pr.slotStart[m]! || st.locked[m]) continue;
      if (st.slotOf[m]! >= 0) this.move(m, -1);
      count = this.addCandidate(m, count);
      for (let j = pr.memberStart[m]!; j < pr.memberStart[m + 1]!; j++) {
        const q = pr.members[j]!;
        if (q === p) continue;
        for (let k = pr.meetingStart[q]!; k < pr.meetingStart[q + 1]!; k++) {
          const other = pr.meetingsOf[k]!;
          if (st.slotOf[other]! < 0 && pr.slotStart[other + 1]! > pr.slotStart[other]!) count = this.addCandidate(other, count);
        }
      }
    }
    // Insertion sort by key, heaviest first: a few dozen candidates, and nothing allocated.
    const { candidates, keys } = this;
    for (let i = 1; i < count; i++) {
      const m = candidates[i]!;
      let j = i - 1;
      for (; j >= 0 && keys[candidates[j]!]! < keys[m]!; j--) candidates[j + 1] = candidates[j]!;
      candidates[j + 1] = m;
    }
    for (let i = 0; i < count; i++) {
      const m = candidates[i]!;
      const s = st.bestFit(m, this.random);
      if (s >= 0) this.move(m, s);
    }
    if (st.weight >= before) return true;
    while (this.journalLength > 0) {
      const i = --this.journalLength;
      st.assign(this.journalMeeting[i]!, this.journalSlot[i]!);
    }
    return false;
  }
}
