// Types of the documentation plan and of the catalogues (Annex I, II, III) it is built from.

/** Facts a profile does not state; the questionnaire may ask them. Absent: decided from the profile as documented. */
export type PlanOptions = {
  /** Intended for use by lay persons (MDR Annex I §22). IVDR self-tests are lay use whatever this says. */
  layUse?: boolean;
  /** An active hardware device incorporates electronics or software; absent: assumed for active devices. */
  incorporatesSoftware?: boolean;
};

/** When a checklist item applies, and why (or why not) in plain English. */
export type Condition<F> = { test: (f: F) => boolean; yes: string | ((f: F) => string); no: string };

export const ALL: Condition<unknown> = { test: () => true, yes: 'Applies to every device.', no: '' };

/** A catalogue entry: stable id (e.g. "gspr-17.2", "annex-ii-1.1"), its reference, title and applicability. */
export type CatalogueItem<F> = { id: string; ref: string; title: string; when: Condition<F> };
export type CatalogueSection<F> = { id: string; ref: string; title: string; items: Array<CatalogueItem<F>> };

/** One checklist item of the plan; items that do not apply stay, with the reason. */
export type PlanItem = { id: string; ref: string; title: string; applies: boolean; why: string };
export type PlanSection = { id: string; ref: string; title: string; items: PlanItem[] };
export type DocumentationPlan = { regulation: 'MDR' | 'IVDR'; sections: PlanSection[] };

/** Builds GSPR entries of one regulation's Annex I: id "gspr-<n>", ref "<REG> Annex I, Section <n>". */
export function gsprItem<F>(regulation: 'MDR' | 'IVDR', n: string, title: string, when: Condition<F>): CatalogueItem<F> {
  return { id: `gspr-${n}`, ref: `${regulation} Annex I, Section ${n}`, title, when };
}
