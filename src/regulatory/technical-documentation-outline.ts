// MDR Annex II (technical documentation) and Annex III (post-market surveillance documentation) as checklist sections.
import { ALL, type CatalogueItem, type CatalogueSection, type Condition } from './plan-types.ts';
import {
  BIOLOGICAL_TISSUE, CMR_SCOPE, COMBINATION, ELECTRICAL, HARDWARE, MEASURING, MEDICINAL, PROGRAMMABLE, STERILE,
  SUBSTANCE_BASED, type MdrFacts,
} from './plan-facts-mdr.ts';

type Item = CatalogueItem<MdrFacts>;
const ii = (id: string, n: string, title: string, when: Condition<MdrFacts>): Item =>
  ({ id: `annex-ii-${id}`, ref: `MDR Annex II, Section ${n}`, title, when });

const CLASSIFIED: Condition<MdrFacts> = {
  test: () => true,
  no: '',
  yes: (f) => `Applies to every device; it records class ${f.cls} and the classification rules that apply.`,
};

/** MDR Annex II Sections 1-6 with their subsections; 6.2 holds the specific cases decided by the profile. */
export const MDR_ANNEX_II_SECTIONS: Array<CatalogueSection<MdrFacts>> = [
  { id: 'annex-ii-1', ref: 'MDR Annex II, Section 1', title: 'Device description and specification, including variants and accessories', items: [
    ii('1.1', '1.1', 'Device description and specification: intended purpose and users, Basic UDI-DI, patient population, principles of operation, qualification and classification rationale, novel features, accessories, variants, key elements, materials, technical specifications', CLASSIFIED),
    ii('1.2', '1.2', 'Previous generations of the device and similar devices on the market', ALL),
  ] },
  { id: 'annex-ii-2', ref: 'MDR Annex II, Section 2', title: 'Information to be supplied by the manufacturer', items: [
    ii('2-label', '2', 'Labels on the device and its packaging, in the languages accepted where it is sold', ALL),
    ii('2-ifu', '2', 'Instructions for use, in the languages accepted where it is sold', ALL),
  ] },
  { id: 'annex-ii-3', ref: 'MDR Annex II, Section 3', title: 'Design and manufacturing information', items: [
    ii('3a', '3(a)', 'Design stages applied to the device', ALL),
    ii('3b', '3(b)', 'Manufacturing processes and their validation, adjuvants, continuous monitoring and final product testing', ALL),
    ii('3c', '3(c)', 'All design and manufacturing sites, including suppliers and sub-contractors', ALL),
  ] },
  { id: 'annex-ii-4', ref: 'MDR Annex II, Section 4', title: 'General safety and performance requirements', items: [
    ii('4', '4', 'GSPR checklist: the requirements that apply and why others do not, methods, harmonised standards or CS applied, and the controlled documents giving evidence (the Annex I items of this plan)', ALL),
  ] },
  { id: 'annex-ii-5', ref: 'MDR Annex II, Section 5', title: 'Benefit-risk analysis and risk management', items: [
    ii('5a', '5(a)', 'Benefit-risk analysis (Annex I Sections 1 and 8)', ALL),
    ii('5b', '5(b)', 'Solutions adopted and results of the risk management (Annex I Section 3)', ALL),
  ] },
  { id: 'annex-ii-6', ref: 'MDR Annex II, Section 6', title: 'Product verification and validation', items: [
    ii('6.1a', '6.1(a)', 'Pre-clinical tests (engineering, laboratory, simulated use, animal) and literature on pre-clinical safety and conformity', ALL),
    ii('6.1b-biocompatibility', '6.1(b)', 'Biocompatibility, identifying all materials in direct or indirect contact with patient or user', HARDWARE),
    ii('6.1b-characterisation', '6.1(b)', 'Physical, chemical and microbiological characterisation', HARDWARE),
    ii('6.1b-electrical', '6.1(b)', 'Electrical safety and electromagnetic compatibility', ELECTRICAL),
    ii('6.1b-software', '6.1(b)', 'Software verification and validation in the finished device', PROGRAMMABLE),
    ii('6.1b-stability', '6.1(b)', 'Stability, including shelf life', HARDWARE),
    ii('6.1b-performance', '6.1(b)', 'Performance and safety', ALL),
    ii('6.1c', '6.1(c)', 'Clinical evaluation plan and clinical evaluation report with updates (Art. 61(12), Annex XIV Part A)', ALL),
    ii('6.1d', '6.1(d)', 'PMCF plan and PMCF evaluation report (Annex XIV Part B), or why PMCF does not apply', ALL),
    ii('6.2a', '6.2(a)', 'Ancillary medicinal substance: its data and the medicines authority\'s scientific opinion', MEDICINAL),
    ii('6.2b', '6.2(b)', 'Tissues or cells of human or animal origin: sourcing, collection, processing and safety data', BIOLOGICAL_TISSUE),
    ii('6.2c', '6.2(c)', 'Substance-based device: absorption, distribution, metabolism, excretion, interactions, local tolerance, toxicity', SUBSTANCE_BASED),
    ii('6.2d', '6.2(d)', 'Justification for CMR or endocrine-disrupting substances (Annex I Section 10.4.2)', CMR_SCOPE),
    ii('6.2e', '6.2(e)', 'Sterile or defined microbiological condition: manufacturing environment and validated sterilisation, packaging, shelf life', STERILE),
    ii('6.2f', '6.2(f)', 'Measuring function: methods ensuring the specified accuracy', MEASURING),
    ii('6.2g', '6.2(g)', 'Connection to other devices: the combination and proof that it meets the requirements when connected', COMBINATION),
  ] },
];

// MDR Annex III is not in ../shared/data; its structure (1.1 PMS plan with points (a) and (b), 1.2 PSUR / PMS report)
// follows the Regulation as Articles 84-86 cite it ("Section 1.1 of Annex III").
const iii = (id: string, n: string, title: string, when: Condition<MdrFacts>): Item =>
  ({ id: `annex-iii-${id}`, ref: `MDR Annex III, Section ${n}`, title, when });

const PSUR_OR_REPORT: Condition<MdrFacts> = {
  test: () => true,
  no: '',
  yes: (f) => f.cls === 'I'
    ? 'Class I: a post-market surveillance report (Art. 85), updated when necessary.'
    : f.cls === 'IIa'
      ? 'Class IIa: a periodic safety update report (Art. 86), updated when necessary and at least every two years.'
      : `Class ${f.cls}: a periodic safety update report (Art. 86), updated at least annually.`,
};

/** MDR Annex III: the post-market surveillance plan and the PSUR or PMS report. */
export function mdrAnnexIII(cls: string): CatalogueSection<MdrFacts> {
  const report = cls === 'I' ? 'Post-market surveillance report (Art. 85)' : 'Periodic safety update report, PSUR (Art. 86)';
  return { id: 'annex-iii', ref: 'MDR Annex III', title: 'Technical documentation on post-market surveillance', items: [
    iii('1.1a', '1.1(a)', 'PMS plan: collection of serious incidents, FSCAs, non-serious incidents and side-effects, trends, literature and registers, user feedback and complaints, information on similar devices', ALL),
    iii('1.1b', '1.1(b)', 'PMS plan: methods to assess the data, indicators and thresholds for the benefit-risk reassessment, complaint investigation, trend reporting, communication, corrective actions and traceability', ALL),
    iii('1.1b-pmcf', '1.1(b)', 'PMCF plan (Annex XIV Part B), or a justification why PMCF does not apply', ALL),
    iii('1.2', '1.2', report, PSUR_OR_REPORT),
  ] };
}
