// The specific procedures and consultations added to the conformity assessment (MDR Art. 52(9)-(11), 54; IVDR Art. 48).
import type { DeviceProfile, IvdrProfile, MdrProfile } from './device-profile.ts';
import type { Citation, RouteInput } from './route-types.ts';

/** A consultation or specific procedure the notified body must follow for this device. */
export type Consultation = { id: string; title: string; text: string; note: string; citation: Citation };

const ART_54_IMPLANT: Consultation = {
  id: 'clinical-evaluation-consultation',
  title: 'Clinical evaluation consultation procedure (expert panel)',
  text: 'The notified body sends its clinical evaluation assessment report, with your clinical evaluation documentation, through the Commission to an expert panel, which may give a scientific opinion within 60 days (Annex IX Section 5.1). Not required on certificate renewal, for a modification of your own marketed device that does not adversely affect the benefit-risk ratio, or where a common specification covers the clinical evaluation (Art. 54(2)).',
  note: 'Art. 54 clinical evaluation consultation (Annex IX §5.1): class III implantable device',
  citation: {
    ref: 'MDR Art. 54(1)(a)',
    text: 'a notified body shall also follow the procedure regarding clinical evaluation consultation as specified in Section 5.1 of Annex IX [...] when performing a conformity assessment of the following devices: (a) class III implantable devices',
  },
};
const ART_54_RULE_12: Consultation = {
  ...ART_54_IMPLANT,
  note: 'Art. 54 clinical evaluation consultation (Annex IX §5.1): class IIb active device administering or removing a medicinal product (Rule 12)',
  citation: {
    ref: 'MDR Art. 54(1)(b)',
    text: 'class IIb active devices intended to administer and/or remove a medicinal product, as referred to in Section 6.4 of Annex VIII (Rule 12).',
  },
};
const MEDICINAL_SUBSTANCE: Consultation = {
  id: 'medicinal-substance-consultation',
  title: 'Consultation on the ancillary medicinal substance',
  text: 'The quality, safety and usefulness of the substance are verified by analogy with Annex I to Directive 2001/83/EC; before certifying, the notified body seeks a scientific opinion from a medicines competent authority or the EMA (the EMA for a substance derived from human blood or plasma), due within 210 days. An unfavourable opinion blocks the certificate. For human blood or plasma derivatives each batch release is also notified (Annex IX Section 6).',
  note: 'Annex IX §5.2 consultation of a medicines authority or the EMA on the ancillary medicinal substance (MDR Art. 52(9))',
  citation: {
    ref: 'MDR Annex IX, Section 5.2(b)',
    text: 'the notified body shall [...] seek a scientific opinion from one of the competent authorities designated by the Member States in accordance with Directive 2001/83/EC or from the EMA',
  },
};
const HUMAN_TISSUES: Consultation = {
  id: 'human-tissues-consultation',
  title: 'Consultation on tissues or cells of human origin',
  text: 'Before certifying, the notified body seeks a scientific opinion from a human tissues and cells competent authority (Directive 2004/23/EC) on donation, procurement and testing, due within 120 days. An unfavourable opinion blocks the certificate.',
  note: 'Annex IX §5.3.1 consultation of a human tissues and cells competent authority (MDR Art. 52(10))',
  citation: {
    ref: 'MDR Annex IX, Section 5.3.1(a)',
    text: "the notified body shall, prior to issuing an EU technical documentation assessment certificate, seek a scientific opinion from one of the competent authorities designated by the Member States in accordance with Directive 2004/23/EC ('human tissues and cells competent authority')",
  },
};
const ANIMAL_TISSUES: Consultation = {
  id: 'animal-tissues-procedure',
  title: 'Procedure for tissues of animal origin (Regulation (EU) No 722/2012)',
  text: 'For animal tissue rendered non-viable or non-viable products derived from it, the notified body applies Regulation (EU) No 722/2012 (TSE risk management, sourcing and the competent-authority summary evaluation procedure).',
  note: 'Annex IX §5.3.2: Regulation (EU) No 722/2012 procedure for tissues of animal origin',
  citation: {
    ref: 'MDR Annex IX, Section 5.3.2',
    text: 'In the case of devices manufactured utilising animal tissue which is rendered non-viable or utilising non-viable products derived from animal tissue, as referred to in Regulation (EU) No 722/2012, the notified body shall apply the relevant requirements laid down in that Regulation.',
  },
};
const SUBSTANCE_BASED: Consultation = {
  id: 'substance-based-verification',
  title: 'Verification of a substance-based device against medicinal product requirements',
  text: 'Absorption, distribution, metabolism, excretion, local tolerance, toxicity, interactions and adverse reactions are verified, where not covered by the MDR, against Annex I to Directive 2001/83/EC.',
  note: 'Annex IX §5.4(a): substance-based device verified against Annex I to Directive 2001/83/EC (MDR Art. 52(11))',
  citation: {
    ref: 'MDR Annex IX, Section 5.4(a)',
    text: 'shall be verified where applicable and only in respect of the requirements not covered by this Regulation, in accordance with the relevant requirements laid down in Annex I to Directive 2001/83/EC',
  },
};
const SUBSTANCE_SYSTEMIC: Consultation = {
  id: 'substance-based-consultation',
  title: 'Consultation on a systemically absorbed substance-based device',
  text: 'Because the device or its metabolites are systemically absorbed to achieve the intended purpose, the notified body seeks a scientific opinion from a medicines competent authority or the EMA, due within 150 days.',
  note: 'Annex IX §5.4(b) consultation of a medicines authority or the EMA: substances systemically absorbed for the intended purpose',
  citation: {
    ref: 'MDR Annex IX, Section 5.4(b)',
    text: 'for devices, or their products of metabolism, that are systemically absorbed by the human body in order to achieve their intended purpose, the notified body shall seek a scientific opinion',
  },
};

const SELF_TEST: Consultation = {
  id: 'self-test-near-patient-assessment',
  title: 'Technical documentation assessment for self-testing and near-patient testing',
  text: 'You lodge a separate application for the assessment of the technical documentation, with test reports including studies with intended users, data on the suitability for self-testing or near-patient testing, and the label and instructions for use; the notified body issues an EU technical documentation assessment certificate.',
  note: 'Annex IX §5.1 technical documentation assessment for self-testing or near-patient testing',
  citation: {
    ref: 'IVDR Art. 48(3), (7) and (9), second subparagraphs',
    text: 'for devices for self-testing and near-patient testing, the manufacturer shall follow the procedure for technical documentation assessment set out in Section 5.1 of Annex IX.',
  },
};
const COMPANION: Consultation = {
  id: 'companion-diagnostic-consultation',
  title: 'Consultation on the companion diagnostic',
  text: 'Before certifying, the notified body seeks a scientific opinion from a medicines competent authority or the EMA on the suitability of the device in relation to the medicinal product, based on the draft summary of safety and performance and instructions for use (60 days, extendable once by 60 days).',
  note: 'Annex IX §5.2 consultation of a medicines authority or the EMA: companion diagnostic',
  citation: {
    ref: 'IVDR Annex IX, Section 5.2(c)',
    text: 'seek a scientific opinion from one of the competent authorities designated by the Member States in accordance with Directive 2001/83/EC or from the EMA [...] regarding the suitability of the device in relation to the medicinal product concerned',
  },
};
const REFERENCE_LABORATORY: Consultation = {
  id: 'eu-reference-laboratory',
  title: 'Performance verification by an EU reference laboratory',
  text: 'Where an EU reference laboratory is designated for the device, it verifies the claimed performance and the compliance with common specifications by laboratory testing (scientific opinion within 60 days) and later tests samples of manufactured batches.',
  note: 'Class D: EU reference laboratory verifies performance and CS compliance where designated (IVDR Art. 48(5), Annex IX §4.9)',
  citation: {
    ref: 'IVDR Art. 48(5)',
    text: 'the notified body performing the conformity assessment shall request one of the EU reference laboratories to verify by laboratory testing the performance claimed by the manufacturer and the compliance of the device with the applicable CS',
  },
};
const EXPERT_PANEL: Consultation = {
  id: 'expert-panel-performance-evaluation',
  title: 'Expert panel views on the performance evaluation report',
  text: 'Where no common specifications exist and it is the first certification for that type of device, the notified body sends your performance evaluation report to the expert panel within five days.',
  note: 'Class D without CS, first certification of its type: expert panel consulted on the performance evaluation report (IVDR Art. 48(6))',
  citation: {
    ref: 'IVDR Art. 48(6)',
    text: 'where no CS are available for class D devices and where it is also the first certification for that type of device, the notified body shall consult the relevant experts referred to in Article 106 of Regulation (EU) 2017/745 on the performance evaluation report of the manufacturer.',
  },
};

/** Implantable in the sense of Art. 2(5): an implantable or active implantable device (not an accessory of one). */
export function isImplantable(p: MdrProfile): boolean {
  return p.invasive === 'implantable' || p.activeImplantable === 'device';
}

/**
 * MDR Art. 54(1)(b): a class IIb device made IIb by Rule 12 that administers a medicinal product. The profile cannot
 * tell removal of a medicinal product apart from removal of other substances, so only administration triggers it.
 */
export function isRule12MedicinalIIb(p: MdrProfile, c: RouteInput): boolean {
  return c.class === 'IIb' && p.administersMedicinalProducts !== 'none'
    && c.rules.some((r) => r.rule === '12' && r.class === 'IIb');
}

function mdrConsultations(p: MdrProfile, c: RouteInput): Consultation[] {
  const found: Consultation[] = [];
  if (c.class === 'III' && isImplantable(p)) found.push(ART_54_IMPLANT);
  if (isRule12MedicinalIIb(p, c)) found.push(ART_54_RULE_12);
  if (p.ancillaryMedicinalSubstance) found.push(MEDICINAL_SUBSTANCE);
  if (p.tissuesOrCells === 'human') found.push(HUMAN_TISSUES);
  // Regulation (EU) No 722/2012 excludes devices in contact with intact skin only (Art. 1(2) of that Regulation).
  if (p.tissuesOrCells === 'animal' && !p.intactSkinOnly) found.push(ANIMAL_TISSUES);
  if (p.substanceBased !== 'none') {
    found.push(SUBSTANCE_BASED);
    if (p.systemicAbsorption === 'for-intended-purpose') found.push(SUBSTANCE_SYSTEMIC);
  }
  return found;
}

function ivdrConsultations(p: IvdrProfile, c: RouteInput): Consultation[] {
  const found: Consultation[] = [];
  // IVDR Art. 48(3), (7), (9): Section 5.1 applies to class B, C and D devices only.
  if ((p.selfTesting !== 'none' || p.nearPatient) && c.class !== 'A') found.push(SELF_TEST);
  if (p.companionDiagnostic) found.push(COMPANION);
  if (c.class === 'D') found.push(REFERENCE_LABORATORY, EXPERT_PANEL);
  return found;
}

/** The consultations and specific procedures this device's conformity assessment adds, each with its citation. */
export function consultationsFor(profile: DeviceProfile, c: RouteInput): Consultation[] {
  return profile.regulation === 'MDR' ? mdrConsultations(profile, c) : ivdrConsultations(profile, c);
}
