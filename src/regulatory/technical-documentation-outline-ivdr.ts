// IVDR Annex II (technical documentation) and Annex III (post-market surveillance documentation) as checklist sections.
// The IVDR Annexes II and III are not in ../shared/data: this outline follows their section structure as the IVDR
// articles cite it (Art. 10(4) "Annexes II and III", Art. 79 "Section 1 of Annex III", Art. 56(5) performance
// evaluation report in Annex II, Art. 80/81 PMS report and PSUR); titles are summaries.
import { ALL, type CatalogueItem, type CatalogueSection, type Condition } from './plan-types.ts';
import { PHYSICAL, PROGRAMMABLE_IVD, type IvdrFacts } from './plan-facts-ivdr.ts';

type Item = CatalogueItem<IvdrFacts>;
const ii = (n: string, title: string, when: Condition<IvdrFacts>): Item =>
  ({ id: `annex-ii-${n}`, ref: `IVDR Annex II, Section ${n}`, title, when });

const CLASSIFIED: Condition<IvdrFacts> = {
  test: () => true,
  no: '',
  yes: (f) => `Applies to every device; it records class ${f.cls} and the classification rules that apply.`,
};
const SPECIFIC_CASES: Condition<IvdrFacts> = {
  test: (f) => f.sterile || f.reagent || f.instrument,
  yes: (f) => {
    const cases: string[] = [];
    if (f.sterile) cases.push('sterile: the manufacturing environment and the validated sterilisation');
    if (f.reagent) cases.push('reagents, calibrators and controls: origin and processing of any biological material');
    if (f.instrument) cases.push('instrument: measuring accuracy and connection to other devices');
    return `Specific cases for this device: ${cases.join('; ')}.`;
  },
  no: 'Non-sterile software or specimen receptacle: no specific case applies.',
};

/** IVDR Annex II Sections 1-6; Section 6 splits analytical and clinical performance (the performance evaluation). */
export const IVDR_ANNEX_II_SECTIONS: Array<CatalogueSection<IvdrFacts>> = [
  { id: 'annex-ii-1', ref: 'IVDR Annex II, Section 1', title: 'Device description and specification, including variants and accessories', items: [
    ii('1.1', 'Device description and specification: intended purpose (analyte, function, specimen, users, testing population), Basic UDI-DI, principles of the assay or instrument, classification rationale, components, variants and accessories', CLASSIFIED),
    ii('1.2', 'Previous generations of the device and similar devices on the market', ALL),
  ] },
  { id: 'annex-ii-2', ref: 'IVDR Annex II, Section 2', title: 'Information to be supplied by the manufacturer', items: [
    ii('2', 'Labels and instructions for use, in the languages accepted where the device is sold', ALL),
  ] },
  { id: 'annex-ii-3', ref: 'IVDR Annex II, Section 3', title: 'Design and manufacturing information', items: [
    ii('3.1', 'Design information: design stages, critical ingredients, instrument and software design', ALL),
    ii('3.2', 'Manufacturing information: processes and their validation, monitoring, final testing, sites and sub-contractors', ALL),
  ] },
  { id: 'annex-ii-4', ref: 'IVDR Annex II, Section 4', title: 'General safety and performance requirements', items: [
    ii('4', 'GSPR checklist: the requirements that apply and why others do not, methods, harmonised standards or CS applied, and the controlled documents giving evidence (the Annex I items of this plan)', ALL),
  ] },
  { id: 'annex-ii-5', ref: 'IVDR Annex II, Section 5', title: 'Benefit-risk analysis and risk management', items: [
    ii('5', 'Benefit-risk analysis (Annex I Sections 1 and 8) and risk management solutions and results (Annex I Section 3)', ALL),
  ] },
  { id: 'annex-ii-6', ref: 'IVDR Annex II, Section 6', title: 'Product verification and validation', items: [
    ii('6.1', 'Analytical performance: specimen type, accuracy, analytical sensitivity and specificity, metrological traceability, measuring range, cut-off', ALL),
    ii('6.2', 'Clinical performance and clinical evidence: the performance evaluation report (Art. 56(5), Annex XIII)', ALL),
    ii('6.3', 'Stability, excluding specimen stability (shelf life, in-use and transport stability)', PHYSICAL),
    ii('6.4', 'Software verification and validation', PROGRAMMABLE_IVD),
    ii('6.5', 'Additional information in specific cases (sterile condition, biological material, measuring function, connection to other devices)', SPECIFIC_CASES),
  ] },
];

const PSUR_OR_REPORT: Condition<IvdrFacts> = {
  test: () => true,
  no: '',
  yes: (f) => f.cls === 'C' || f.cls === 'D'
    ? `Class ${f.cls}: a periodic safety update report (Art. 81), updated at least annually.`
    : `Class ${f.cls}: a post-market surveillance report (Art. 80), updated when necessary.`,
};

/** IVDR Annex III: the post-market surveillance plan (with PMPF) and the PSUR or PMS report. */
export function ivdrAnnexIII(cls: string): CatalogueSection<IvdrFacts> {
  const report = cls === 'C' || cls === 'D' ? 'Periodic safety update report, PSUR (Art. 81)' : 'Post-market surveillance report (Art. 80)';
  return { id: 'annex-iii', ref: 'IVDR Annex III', title: 'Technical documentation on post-market surveillance', items: [
    { id: 'annex-iii-1', ref: 'IVDR Annex III, Section 1', title: 'PMS plan (Art. 79): information collected, assessment methods, indicators and thresholds, complaints, trend reporting, communication, corrective actions, traceability', when: ALL },
    { id: 'annex-iii-1-pmpf', ref: 'IVDR Annex III, Section 1', title: 'PMPF plan (Annex XIII Part B), or a justification why PMPF does not apply', when: ALL },
    { id: 'annex-iii-2', ref: 'IVDR Annex III, Section 2', title: report, when: PSUR_OR_REPORT },
  ] };
}
