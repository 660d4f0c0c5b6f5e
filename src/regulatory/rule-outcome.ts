// One rule's outcome from its applying sub-rules: the strictest sub-rule gives the class (MDR Annex VIII 3.5, IVDR 1.9).
import type { AppliedRule, DeviceClass } from './classify.ts';

/** A quotation from the Regulation: `ref` says where it is, `text` is the quoted sentence. */
export type Citation = { ref: string; text: string };

/** One sub-rule that applies: its class, the sub-case in a few words, and the sentence that makes it apply. */
export type SubRule = { class: DeviceClass; because: string; citation: Citation };

/** Rank of a class within its regulation: I < IIa < IIb < III and A < B < C < D. */
const CLASS_RANK: Readonly<Record<DeviceClass, number>> = { I: 0, IIa: 1, IIb: 2, III: 3, A: 0, B: 1, C: 2, D: 3 };

/** A sub-rule that applies, for the `cases` of `strictest`. */
export const sub = (cls: DeviceClass, because: string, citation: Citation): SubRule => ({ class: cls, because, citation });

/**
 * The rule's entry from its sub-rules (`false` where a sub-rule does not apply): the strictest class, `because`
 * naming every sub-case of that class, the citation of the first; null when no sub-rule applies.
 */
export function strictest(rule: string, cases: ReadonlyArray<SubRule | false>): AppliedRule | null {
  let best: SubRule | undefined;
  const reasons: string[] = [];
  for (const c of cases) {
    if (c === false) continue;
    if (best === undefined || CLASS_RANK[c.class] > CLASS_RANK[best.class]) {
      best = c;
      reasons.length = 0;
    }
    if (c.class === best.class && !reasons.includes(c.because)) reasons.push(c.because);
  }
  return best === undefined ? null : { rule, class: best.class, because: reasons.join('; '), citation: best.citation };
}

/** The higher of two classes of the same regulation. */
export const higherClass = (a: DeviceClass, b: DeviceClass): DeviceClass => (CLASS_RANK[b] > CLASS_RANK[a] ? b : a);
