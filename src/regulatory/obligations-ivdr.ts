// The IVDR obligations that follow from a device's class and nature (Art. 10, 15, 17-18, 24-29, 56, 78-82).
import type { IvdrProfile } from './device-profile.ts';
import type { Obligation, RouteInput } from './route-types.ts';

const QMS: Obligation = {
  id: 'quality-management-system', title: 'Quality management system',
  text: 'Run a quality management system proportionate to the risk class and type of device, covering design, production, risk management, performance evaluation, post-market surveillance and vigilance.',
  citation: { ref: 'IVDR Art. 10(8)', text: 'Manufacturers of devices, other than devices for performance study, shall establish, document, implement, maintain, keep up to date and continually improve a quality management system' },
};
const TECHNICAL_DOCUMENTATION: Obligation = {
  id: 'technical-documentation', title: 'Technical documentation',
  text: 'Draw up and keep up to date the technical documentation of Annex II and the post-market surveillance documentation of Annex III (see the documentation plan).',
  citation: { ref: 'IVDR Art. 10(4)', text: 'The technical documentation shall include the elements set out in Annexes II and III.' },
};
const PERFORMANCE_EVALUATION_TEXT = 'Every device needs a performance evaluation demonstrating scientific validity, analytical performance and clinical performance, documented in a performance evaluation report and kept up to date with post-market performance follow-up (PMPF) data.';
const PERFORMANCE_EVALUATION_CITATION = { ref: 'IVDR Art. 56(1)', text: 'manufacturers shall plan, conduct and document a performance evaluation in accordance with this Article and with Part A of Annex XIII.' };
const PERFORMANCE_EVALUATION: Obligation = {
  id: 'performance-evaluation', title: 'Performance evaluation', frequency: 'when-necessary',
  text: PERFORMANCE_EVALUATION_TEXT, citation: PERFORMANCE_EVALUATION_CITATION,
};
const PERFORMANCE_EVALUATION_ANNUAL: Obligation = {
  id: 'performance-evaluation', title: 'Performance evaluation', frequency: 'annually',
  text: `${PERFORMANCE_EVALUATION_TEXT} Class C and D: update the performance evaluation report when necessary, but at least annually (Art. 56(6)).`,
  citation: PERFORMANCE_EVALUATION_CITATION,
};
const CLINICAL_PERFORMANCE_STUDIES: Obligation = {
  id: 'clinical-performance-studies', title: 'Clinical performance studies',
  text: 'Carry out clinical performance studies (Annex XIII Part A Section 2) unless you can duly justify relying on other sources of clinical performance data.',
  citation: { ref: 'IVDR Art. 56(4)', text: 'Clinical performance studies in accordance with Section 2 of Part A of Annex XIII shall be carried out unless it is duly justified to rely on other sources of clinical performance data.' },
};
const PMS_SYSTEM: Obligation = {
  id: 'post-market-surveillance', title: 'Post-market surveillance system and plan',
  text: 'Plan and run a post-market surveillance system for the device, based on a post-market surveillance plan that is part of the technical documentation (Annex III).',
  citation: { ref: 'IVDR Art. 78(1)', text: 'For each device manufacturers shall plan, establish, document, implement, maintain and update a post-market surveillance system' },
};
const PMS_REPORT: Obligation = {
  id: 'pms-report', title: 'Post-market surveillance report', frequency: 'when-necessary',
  text: 'Class A and B: summarise the post-market surveillance results and any preventive and corrective actions in a report, update it when necessary and give it to the notified body and the competent authority on request.',
  citation: { ref: 'IVDR Art. 80', text: 'The report shall be updated when necessary and made available to the notified body and the competent authority upon request.' },
};
const PSUR_TEXT = 'update the PSUR (benefit-risk conclusions, main PMPF findings, sales volume and user population) at least annually;';
const PSUR_C: Obligation = {
  id: 'psur', title: 'Periodic safety update report (PSUR)', frequency: 'annually',
  text: `Class C: ${PSUR_TEXT} make it available to the notified body and, on request, to competent authorities (Art. 81(3)).`,
  citation: { ref: 'IVDR Art. 81(1)', text: 'Manufacturers of class C and D devices shall update the PSUR at least annually.' },
};
const PSUR_D: Obligation = {
  id: 'psur', title: 'Periodic safety update report (PSUR)', frequency: 'annually',
  text: `Class D: ${PSUR_TEXT} submit it through EUDAMED to the notified body, which adds its evaluation.`,
  citation: { ref: 'IVDR Art. 81(2)', text: 'Manufacturers of class D devices shall submit PSUR by means of the electronic system referred to in Article 87 to the notified body' },
};
const SSP: Obligation = {
  id: 'ssp', title: 'Summary of safety and performance (SSP)',
  text: 'Write a summary of safety and performance for the intended user (and the patient where relevant); the notified body validates it and publishes it in EUDAMED; the label or instructions for use say where it is.',
  citation: { ref: 'IVDR Art. 29(1)', text: 'For class C and D devices, other than devices for performance studies, the manufacturer shall draw up a summary of safety and performance.' },
};
const VIGILANCE: Obligation = {
  id: 'vigilance', title: 'Vigilance: serious incidents and field safety corrective actions',
  text: 'Report serious incidents and field safety corrective actions to the competent authorities, and trends of non-serious incidents and expected erroneous results (Art. 83).',
  citation: { ref: 'IVDR Art. 82(1)', text: 'Manufacturers of devices, made available on the Union market, other than devices for performance study, shall report, to the relevant competent authorities' },
};
const UDI_DATES: Record<string, string> = {
  D: '26 May 2023 (class D devices)', C: '26 May 2025 (class B and C devices)', B: '26 May 2025 (class B and C devices)',
  A: '26 May 2027 (class A devices)',
};
const ACTOR_REGISTRATION: Obligation = {
  id: 'eudamed-actor-registration', title: 'EUDAMED registration of the manufacturer (SRN)',
  text: 'Register as manufacturer in EUDAMED and obtain the single registration number (SRN) before placing a device on the market, and before applying to a notified body where one is involved; confirm the data after one year and every second year.',
  citation: { ref: 'IVDR Art. 28(1)', text: 'Before placing a device on the market, manufacturers, authorised representatives and importers shall, in order to register, submit to the electronic system' },
};
const PRRC: Obligation = {
  id: 'prrc', title: 'Person responsible for regulatory compliance (PRRC)',
  text: 'Have at least one person responsible for regulatory compliance with a relevant degree and one year of regulatory or QMS experience with IVDs, or four years of such experience. Micro and small enterprises may instead have such a person permanently and continuously at their disposal (e.g. an external consultant).',
  citation: { ref: 'IVDR Art. 15(1)-(2)', text: 'Micro and small enterprises [...] shall not be required to have the person responsible for regulatory compliance within their organisation but shall have such person permanently and continuously at their disposal.' },
};
const DECLARATION: Obligation = {
  id: 'declaration-of-conformity', title: 'EU declaration of conformity',
  text: 'Draw up and keep updated the EU declaration of conformity with the content of Annex IV, including the Basic UDI-DI, translated as the Member States require.',
  citation: { ref: 'IVDR Art. 17(1)', text: 'The EU declaration of conformity shall state that the requirements specified in this Regulation have been fulfilled.' },
};
const CE_CITATION = { ref: 'IVDR Art. 18(5)', text: 'Where applicable, the CE marking shall be followed by the identification number of the notified body responsible for the conformity assessment procedures set out in Article 48.' };
const CE_WITH_NB: Obligation = {
  id: 'ce-marking', title: 'CE marking with the notified body number',
  text: 'Affix the CE marking followed by the identification number of your notified body, on the device or its sterile packaging, the instructions for use and sales packaging, and in promotional material.',
  citation: CE_CITATION,
};
const CE_WITHOUT_NB: Obligation = {
  id: 'ce-marking', title: 'CE marking',
  text: 'Affix the CE marking (without a notified body number, as no notified body is involved) on the device or its packaging, the instructions for use and sales packaging.',
  citation: CE_CITATION,
};

function udi(c: RouteInput): Obligation {
  return {
    id: 'udi', title: 'Unique Device Identification (UDI)',
    text: `Assign a UDI (UDI-DI and UDI-PI) to the device and its packaging levels before placing it on the market, submit its data to the UDI database and keep a list of assigned UDIs in the technical documentation. UDI carriers on the label are required from ${UDI_DATES[c.class] ?? UDI_DATES.A} (dates as in the original text of Art. 113(3)(e)).`,
    citation: { ref: 'IVDR Art. 24(3); Art. 113(3)(e)', text: 'Before placing a device, other than a device for performance study, on the market, the manufacturer shall assign to the device and, if applicable, to all higher levels of packaging, a UDI' },
  };
}

const EARLY_BASIC_UDI = 'Assign the Basic UDI-DI before applying to the notified body (Art. 26(2)); after the certificate and before placing on the market, submit it with the core data to the UDI database.';
const WHEN_BASIC_UDI = {
  early: EARLY_BASIC_UDI,
  'early-for-annex-x': `Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market; if you choose Annex X type examination: ${EARLY_BASIC_UDI}`,
  normal: 'Assign the Basic UDI-DI and submit it with the core device data to the UDI database before placing the device on the market.',
};

function deviceRegistration(timing: keyof typeof WHEN_BASIC_UDI): Obligation {
  const when = WHEN_BASIC_UDI[timing];
  return {
    id: 'eudamed-device-registration', title: 'EUDAMED device registration (Basic UDI-DI)',
    text: `${when} Then enter the device registration data in EUDAMED and keep them updated.`,
    citation: { ref: 'IVDR Art. 26(1)', text: 'the manufacturer shall [...] assign a Basic UDI-DI as defined in Part C of Annex VI to the device and shall provide it to the UDI database' },
  };
}

/** The IVDR obligations for this device, in the order a manufacturer meets them. */
export function ivdrObligations(p: IvdrProfile, c: RouteInput): Obligation[] {
  const highRisk = c.class === 'C' || c.class === 'D';
  const notifiedBody = c.class !== 'A' || c.subclasses.includes('s');
  // Art. 26(2): class D, class C by Annex X, and class B/C self-tests and near-patient tests assign it before applying.
  const selfOrNearPatient = p.selfTesting !== 'none' || p.nearPatient;
  const timing = c.class === 'D' || ((c.class === 'B' || c.class === 'C') && selfOrNearPatient) ? 'early'
    : c.class === 'C' ? 'early-for-annex-x' : 'normal';
  const list: Obligation[] = [QMS, PRRC, TECHNICAL_DOCUMENTATION, highRisk ? PERFORMANCE_EVALUATION_ANNUAL : PERFORMANCE_EVALUATION,
    CLINICAL_PERFORMANCE_STUDIES];
  if (highRisk) list.push(SSP);
  list.push(ACTOR_REGISTRATION, udi(c), deviceRegistration(timing), DECLARATION, notifiedBody ? CE_WITH_NB : CE_WITHOUT_NB);
  list.push(PMS_SYSTEM, c.class === 'D' ? PSUR_D : c.class === 'C' ? PSUR_C : PMS_REPORT, VIGILANCE);
  return list;
}
