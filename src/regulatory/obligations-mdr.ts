// The MDR obligations that follow from a device's class and nature (Art. 10, 15, 18-20, 27-32, 61, 83-87).
import type { MdrProfile } from './device-profile.ts';
import type { Obligation, RouteInput } from './route-types.ts';
import { isImplantable, isRule12MedicinalIIb } from './consultations.ts';

const QMS: Obligation = {
  id: 'quality-management-system', title: 'Quality management system',
  text: 'Run a quality management system proportionate to the risk class and type of device, covering design, production, risk management, clinical evaluation, post-market surveillance and vigilance.',
  citation: { ref: 'MDR Art. 10(9)', text: 'Manufacturers of devices, other than investigational devices, shall establish, document, implement, maintain, keep up to date and continually improve a quality management system' },
};
const TECHNICAL_DOCUMENTATION: Obligation = {
  id: 'technical-documentation', title: 'Technical documentation',
  text: 'Draw up and keep up to date the technical documentation of Annex II and the post-market surveillance documentation of Annex III (see the documentation plan).',
  citation: { ref: 'MDR Art. 10(4)', text: 'The technical documentation shall include the elements set out in Annexes II and III.' },
};
const CLINICAL_EVALUATION: Obligation = {
  id: 'clinical-evaluation', title: 'Clinical evaluation',
  text: 'Every device needs a clinical evaluation: plan it, base it on clinical data giving sufficient clinical evidence, document it in a clinical evaluation report and update it with post-market clinical follow-up data.',
  citation: { ref: 'MDR Art. 61(1)', text: 'manufacturers shall plan, conduct and document a clinical evaluation in accordance with this Article and Part A of Annex XIV.' },
};
const CLINICAL_INVESTIGATION: Obligation = {
  id: 'clinical-investigation', title: 'Clinical investigation',
  text: 'For implantable and class III devices clinical investigations are required. Exceptions: a modification of your own marketed device shown equivalent, with the notified body\'s endorsement (Art. 61(4)); equivalence to another manufacturer\'s device under a contract giving full access to its technical documentation (Art. 61(5)); devices lawfully marketed under the old Directives with sufficient clinical data, and sutures, staples, dental fillings, braces, crowns, screws, wedges, plates, wires, pins, clips or connectors (Art. 61(6)).',
  citation: { ref: 'MDR Art. 61(4)', text: 'In the case of implantable devices and class III devices, clinical investigations shall be performed, except if' },
};
const EXPERT_PANEL_ADVICE: Obligation = {
  id: 'expert-panel-advice', title: 'Optional: expert panel advice on the clinical development strategy',
  text: 'Before the clinical evaluation or investigation you may ask an expert panel to review your clinical development strategy and investigation proposals; document how you took its views into account.',
  citation: { ref: 'MDR Art. 61(2)', text: 'the manufacturer may, prior to its clinical evaluation and/or investigation, consult an expert panel as referred to in Article 106' },
};
const PMS_SYSTEM: Obligation = {
  id: 'post-market-surveillance', title: 'Post-market surveillance system and plan',
  text: 'Plan and run a post-market surveillance system for the device, based on a post-market surveillance plan that is part of the technical documentation (Annex III).',
  citation: { ref: 'MDR Art. 83(1)', text: 'For each device, manufacturers shall plan, establish, document, implement, maintain and update a post-market surveillance system' },
};
const PMS_REPORT: Obligation = {
  id: 'pms-report', title: 'Post-market surveillance report', frequency: 'when-necessary',
  text: 'Class I: summarise the post-market surveillance results and any preventive and corrective actions in a report, update it when necessary and give it to the competent authority on request.',
  citation: { ref: 'MDR Art. 85', text: 'The report shall be updated when necessary and made available to the competent authority upon request.' },
};
const PSUR_CITATION = { ref: 'MDR Art. 86(1)', text: 'Manufacturers of class IIa, class IIb and class III devices shall prepare a periodic safety update report (\'PSUR\') for each device' };
const PSUR_IIA: Obligation = {
  id: 'psur', title: 'Periodic safety update report (PSUR)', frequency: 'every-two-years',
  text: 'Class IIa: update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) when necessary and at least every two years; make it available to the notified body and, on request, to competent authorities.',
  citation: PSUR_CITATION,
};
const PSUR_ANNUAL_TEXT = 'update the PSUR (benefit-risk conclusions, main PMCF findings, sales volume and user population) at least annually;';
const PSUR_IIB: Obligation = {
  id: 'psur', title: 'Periodic safety update report (PSUR)', frequency: 'annually',
  text: `Class IIb: ${PSUR_ANNUAL_TEXT} make it available to the notified body and, on request, to competent authorities.`,
  citation: PSUR_CITATION,
};
const PSUR_SUBMITTED: Obligation = {
  id: 'psur', title: 'Periodic safety update report (PSUR)', frequency: 'annually',
  text: `Class III or implantable: ${PSUR_ANNUAL_TEXT} submit it through EUDAMED to the notified body, which adds its evaluation (Art. 86(2)). A class IIa implant updates it at least every two years.`,
  citation: { ref: 'MDR Art. 86(2)', text: 'For class III devices or implantable devices, manufacturers shall submit PSURs by means of the electronic system referred to in Article 92 to the notified body' },
};
const SSCP: Obligation = {
  id: 'sscp', title: 'Summary of safety and clinical performance (SSCP)',
  text: 'Write a summary of safety and clinical performance for the intended user (and the patient where relevant); the notified body validates it and publishes it in EUDAMED; the label or instructions for use say where it is.',
  citation: { ref: 'MDR Art. 32(1)', text: 'For implantable devices and for class III devices, other than custom-made or investigational devices, the manufacturer shall draw up a summary of safety and clinical performance.' },
};
const VIGILANCE: Obligation = {
  id: 'vigilance', title: 'Vigilance: serious incidents and field safety corrective actions',
  text: 'Report serious incidents and field safety corrective actions to the competent authorities, and trends of non-serious incidents (Art. 88).',
  citation: { ref: 'MDR Art. 87(1)', text: 'Manufacturers of devices made available on the Union market, other than investigational devices, shall report, to the relevant competent authorities' },
};
const UDI_DATES: Record<string, string> = {
  implant: '26 May 2021 (implantable and class III devices)',
  IIa: '26 May 2023 (class IIa and IIb devices)',
  I: '26 May 2025 (class I devices)',
};
const ACTOR_REGISTRATION: Obligation = {
  id: 'eudamed-actor-registration', title: 'EUDAMED registration of the manufacturer (SRN)',
  text: 'Register as manufacturer in EUDAMED and obtain the single registration number (SRN) before placing a device on the market, and before applying to a notified body where one is involved; confirm the data after one year and every second year.',
  citation: { ref: 'MDR Art. 31(1)', text: 'Before placing a device, other than a custom-made device, on the market, manufacturers, authorised representatives and importers shall, in order to register, submit to the electronic system' },
};
const PRRC: Obligation = {
  id: 'prrc', title: 'Person responsible for regulatory compliance (PRRC)',
  text: 'Have at least one person responsible for regulatory compliance with a relevant degree and one year of regulatory or QMS experience, or four years of such experience. Micro and small enterprises may instead have such a person permanently and continuously at their disposal (e.g. an external consultant).',
  citation: { ref: 'MDR Art. 15(1)-(2)', text: 'Micro and small enterprises [...] shall not be required to have the person responsible for regulatory compliance within their organisation but shall have such person permanently and continuously at their disposal.' },
};
const IMPLANT_CARD: Obligation = {
  id: 'implant-card', title: 'Implant card and patient information',
  text: 'Deliver an implant card with the device (device name, serial or lot number, UDI, model, manufacturer) and patient information on warnings, lifetime and follow-up. Exempt: sutures, staples, dental fillings, dental braces, tooth crowns, screws, wedges, plates, wires, pins, clips and connectors (Art. 18(3)).',
  citation: { ref: 'MDR Art. 18(1)', text: 'The manufacturer of an implantable device shall provide together with the device the following' },
};
const DECLARATION: Obligation = {
  id: 'declaration-of-conformity', title: 'EU declaration of conformity',
  text: 'Draw up and keep updated the EU declaration of conformity with the content of Annex IV, including the Basic UDI-DI, translated as the Member States require.',
  citation: { ref: 'MDR Art. 19(1)', text: 'The EU declaration of conformity shall state that the requirements specified in this Regulation have been fulfilled in relation to the device that is covered.' },
};
const CE_CITATION = { ref: 'MDR Art. 20(5)', text: 'Where applicable, the CE marking shall be followed by the identification number of the notified body responsible for the conformity assessment procedures set out in Article 52.' };
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

function udi(p: MdrProfile, c: RouteInput): Obligation {
  const implantOrIII = c.class === 'III' || isImplantable(p);
  const date = implantOrIII ? UDI_DATES.implant : c.class === 'I' ? UDI_DATES.I : UDI_DATES.IIa;
  // Art. 123(3)(g): reusable devices carry the UDI on the device itself two years later than their class.
  const direct = p.reusableSurgicalInstrument ? ' As a reusable device, the UDI carrier on the device itself is due two years after that date.' : '';
  return {
    id: 'udi', title: 'Unique Device Identification (UDI)',
    text: `Assign a UDI (UDI-DI and UDI-PI) to the device and its packaging levels before placing it on the market, submit its data to the UDI database and keep a list of assigned UDIs in the technical documentation. UDI carriers on the label are required from ${date}.${direct}`,
    citation: { ref: 'MDR Art. 27(3); Art. 123(3)(f)', text: 'Before placing a device, other than a custom-made device, on the market, the manufacturer shall assign to the device and, if applicable, to all higher levels of packaging, a UDI' },
  };
}

const EARLY_BASIC_UDI = 'Assign the Basic UDI-DI before applying to the notified body (Art. 29(3)); after the certificate and before placing on the market, submit it with the core data to the UDI database.';
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
    citation: { ref: 'MDR Art. 29(1)', text: 'the manufacturer shall [...] assign a Basic UDI-DI as defined in Part C of Annex VI to the device and shall provide it to the UDI database' },
  };
}

function psur(p: MdrProfile, c: RouteInput): Obligation {
  if (c.class === 'I') return PMS_REPORT;
  if (c.class === 'III' || isImplantable(p)) return c.class === 'IIa' ? { ...PSUR_SUBMITTED, frequency: 'every-two-years' } : PSUR_SUBMITTED;
  return c.class === 'IIb' ? PSUR_IIB : PSUR_IIA;
}

/** The MDR obligations for this device, in the order a manufacturer meets them. */
export function mdrObligations(p: MdrProfile, c: RouteInput): Obligation[] {
  const implantable = isImplantable(p);
  const notifiedBody = c.class !== 'I' || c.subclasses.length > 0;
  const list: Obligation[] = [QMS, PRRC, TECHNICAL_DOCUMENTATION, CLINICAL_EVALUATION];
  if (c.class === 'III' || implantable) list.push(CLINICAL_INVESTIGATION);
  if (c.class === 'III' || isRule12MedicinalIIb(p, c)) list.push(EXPERT_PANEL_ADVICE);
  if (c.class === 'III' || implantable) list.push(SSCP);
  // Art. 29(3): Basic UDI-DI before the application for the procedures of Art. 52(3) and of the second (class IIb
  // implants) and third (Annex X) subparagraphs of Art. 52(4).
  const timing = c.class === 'III' || (c.class === 'IIb' && implantable) ? 'early' : c.class === 'IIb' ? 'early-for-annex-x' : 'normal';
  list.push(ACTOR_REGISTRATION, udi(p, c), deviceRegistration(timing), DECLARATION, notifiedBody ? CE_WITH_NB : CE_WITHOUT_NB);
  if (implantable) list.push(IMPLANT_CARD);
  list.push(PMS_SYSTEM, psur(p, c), VIGILANCE);
  return list;
}
