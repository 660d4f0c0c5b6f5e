// The conformity-assessment procedures a manufacturer may choose per class: MDR Art. 52 and IVDR Art. 48.
import type { DeviceClass } from './classify.ts';
import type { Citation, Subclass } from './route-types.ts';

/** What the notified body does in a procedure (stable id + English text; translations key on the id). */
export type NotifiedBodyTask = { id: string; text: string };

/**
 * One procedure the manufacturer may choose. `notifiedBody`: 'full' involvement, 'limited' to the class I / class A
 * aspects (sterility, metrology, reuse), or 'none' (self-declaration).
 */
export type RouteOption = {
  id: string;
  title: string;
  annexes: string[];
  procedure: string;
  notifiedBody: 'full' | 'limited' | 'none';
  tasks: NotifiedBodyTask[];
  note: string;
  citation: Citation;
};

const task = (id: string, text: string): NotifiedBodyTask => ({ id, text });

const QMS_AUDIT = task('qms-audit',
  'Audits the quality management system, then keeps it under surveillance (audits at least every 12 months, unannounced on-site audits at least every five years).');
const TD_EVERY_DEVICE = task('td-assessment-every-device',
  'Assesses the technical documentation of every device and issues an EU technical documentation assessment certificate.');
const TD_GENERIC_GROUP = task('td-assessment-per-generic-group',
  'Assesses the technical documentation of at least one representative device per generic device group.');
const TD_CATEGORY = task('td-assessment-per-category',
  'Assesses the technical documentation of at least one representative device per category of devices.');
const TYPE_EXAMINATION = task('type-examination',
  'Examines the technical documentation and a representative sample of the planned production (the type) and issues an EU type-examination certificate.');
const PRODUCTION_CONFORMITY = task('production-conformity',
  'Verifies that production conforms to the examined type: either by auditing production quality assurance (Annex XI Part A) or by product verification of the manufactured devices (Annex XI Part B).');
const PRODUCTION_CONFORMITY_IIA = task('production-conformity-documentation',
  'Verifies that production conforms to the technical documentation: either by auditing production quality assurance (Annex XI Section 10, Part A) or by product verification of the manufactured devices (Annex XI Section 18, Part B).');
const IVDR_PRODUCTION_QA = task('production-qa',
  'Audits production quality assurance so that manufactured devices conform to the examined type (Annex XI).');
const BATCH_VERIFICATION = task('batch-verification',
  'Receives the test reports of every manufactured batch and samples; the batch may be placed on the market unless the notified body decides otherwise within 30 days (Annex IX Sections 4.12-4.13).');
const LIMITED_TASKS: Record<Subclass, NotifiedBodyTask> = {
  s: task('sterility-aspects', 'Only the aspects relating to establishing, securing and maintaining sterile conditions.'),
  m: task('metrology-aspects', 'Only the conformity of the device with the metrological requirements.'),
  r: task('reuse-aspects',
    'Only the aspects relating to reuse: cleaning, disinfection, sterilisation, maintenance, functional testing and the related instructions for use.'),
};
const LIMITED_NAMES: Record<Subclass, string> = { s: 'sterility', m: 'metrology', r: 'reuse' };

const ART_52_3: Citation = {
  ref: 'MDR Art. 52(3)',
  text: 'Manufacturers of class III devices, other than custom-made or investigational devices, shall be subject to a conformity assessment as specified in Annex IX. Alternatively, the manufacturer may choose to apply a conformity assessment as specified in Annex X coupled with a conformity assessment as specified in Annex XI.',
};
const ART_52_4: Citation = {
  ref: 'MDR Art. 52(4)',
  text: 'Manufacturers of class IIb devices [...] shall be subject to a conformity assessment as specified in Chapters I and III of Annex IX, and including an assessment of the technical documentation as specified in Section 4 of that Annex of at least one representative device per generic device group.',
};
const ART_52_4_IMPLANT: Citation = {
  ref: 'MDR Art. 52(4), second subparagraph',
  text: 'However, for class IIb implantable devices, except sutures, staples, dental fillings, dental braces, tooth crowns, screws, wedges, plates, wires, pins, clips and connectors, the assessment of the technical documentation as specified in Section 4 of Annex IX shall apply for every device.',
};
const ART_52_4_ALT: Citation = {
  ref: 'MDR Art. 52(4), third subparagraph',
  text: 'Alternatively, the manufacturer may choose to apply a conformity assessment based on type examination as specified in Annex X coupled with a conformity assessment based on product conformity verification as specified in Annex XI.',
};
const ART_52_6: Citation = {
  ref: 'MDR Art. 52(6)',
  text: 'Manufacturers of class IIa devices [...] shall be subject to a conformity assessment as specified in Chapters I and III of Annex IX, and including an assessment of the technical documentation as specified in Section 4 of that Annex of at least one representative device for each category of devices.',
};
const ART_52_6_ALT: Citation = {
  ref: 'MDR Art. 52(6), second subparagraph',
  text: 'Alternatively, the manufacturer may choose to draw up the technical documentation set out in Annexes II and III coupled with a conformity assessment as specified in Section 10 or Section 18 of Annex XI.',
};
const ART_52_7: Citation = {
  ref: 'MDR Art. 52(7)',
  text: 'Manufacturers of class I devices [...] shall declare the conformity of their products by issuing the EU declaration of conformity referred to in Article 19 after drawing up the technical documentation set out in Annexes II and III.',
};
const ART_52_7_LIMITED: Citation = {
  ref: 'MDR Art. 52(7), second sentence',
  text: 'If those devices are placed on the market in sterile condition, have a measuring function or are reusable surgical instruments, the manufacturer shall apply the procedures set out in Chapters I and III of Annex IX, or in Part A of Annex XI. However, the involvement of the notified body in those procedures shall be limited',
};
const ART_48_3: Citation = {
  ref: 'IVDR Art. 48(3)',
  text: 'Manufacturers of class D devices, other than devices for performance study, shall be subject to a conformity assessment as specified in Chapters I, II except for Section 5, and in Chapter III of Annex IX.',
};
const ART_48_4: Citation = {
  ref: 'IVDR Art. 48(4)',
  text: 'Manufacturers of class D devices [...] may, instead of the conformity assessment procedure applicable pursuant to paragraph 3, choose to apply a conformity assessment as specified in Annex X coupled with a conformity assessment as specified in Annex XI.',
};
const ART_48_7: Citation = {
  ref: 'IVDR Art. 48(7)',
  text: 'Manufacturers of class C devices [...] shall be subject to a conformity assessment as specified in Chapters I and III of Annex IX, including an assessment of the technical documentation as specified in Sections 4.4 to 4.8 of that Annex of at least one representative device per generic device group.',
};
const ART_48_7_CDX: Citation = {
  ref: 'IVDR Art. 48(7), third subparagraph',
  text: 'for companion diagnostics the notified body shall for every device follow the procedure for technical documentation assessment laid down in Section 5.2 of Annex IX, and shall apply the procedure for technical documentation assessment laid down in Sections 4.1 to 4.8 of Annex IX',
};
const ART_48_8: Citation = {
  ref: 'IVDR Art. 48(8)',
  text: 'Manufacturers of class C devices [...] may, instead of the conformity assessment procedure pursuant to paragraph 7, choose to apply a conformity assessment as specified in Annex X coupled with a conformity assessment as specified in Annex XI except its Section 5.',
};
const ART_48_9: Citation = {
  ref: 'IVDR Art. 48(9)',
  text: 'Manufacturers of class B devices [...] shall be subject to a conformity assessment as specified in Chapters I and III of Annex IX, and including an assessment of the technical documentation as specified in Sections 4.4 to 4.8 of that Annex for at least one representative device per category of devices.',
};
const ART_48_10: Citation = {
  ref: 'IVDR Art. 48(10)',
  text: 'Manufacturers of class A devices [...] shall declare the conformity of their products by issuing the EU declaration of conformity referred to in Article 17, after drawing up the technical documentation set out in Annexes II and III.',
};
const ART_48_10_STERILE: Citation = {
  ref: 'IVDR Art. 48(10), second subparagraph',
  text: 'However, if those devices are placed on the market in sterile condition, the manufacturer shall apply the procedures set out in Annex IX or in Annex XI. Involvement of the notified body shall be limited to the aspects relating to establishing, securing and maintaining sterile conditions.',
};

const ANNEX_X_XI_TITLE = 'Type examination with production conformity verification';

const MDR_III: RouteOption[] = [
  { id: 'mdr-annex-ix', title: 'Quality management system and technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I, II and III', notifiedBody: 'full', tasks: [QMS_AUDIT, TD_EVERY_DEVICE],
    note: 'Annex IX: quality management system audit and assessment of the technical documentation of every device (MDR Art. 52(3))',
    citation: ART_52_3 },
  { id: 'mdr-annex-x-xi', title: ANNEX_X_XI_TITLE, annexes: ['X', 'XI'], procedure: 'Annex X with Annex XI (Part A or Part B)',
    notifiedBody: 'full', tasks: [TYPE_EXAMINATION, PRODUCTION_CONFORMITY],
    note: 'Alternatively Annex X type examination with Annex XI production conformity verification (MDR Art. 52(3))',
    citation: ART_52_3 },
];

const MDR_IIB_X_XI: RouteOption = {
  id: 'mdr-annex-x-xi', title: ANNEX_X_XI_TITLE, annexes: ['X', 'XI'], procedure: 'Annex X with Annex XI (Part A or Part B)',
  notifiedBody: 'full', tasks: [TYPE_EXAMINATION, PRODUCTION_CONFORMITY],
  note: 'Alternatively Annex X type examination with Annex XI product conformity verification (MDR Art. 52(4))',
  citation: ART_52_4_ALT,
};
const MDR_IIB: RouteOption[] = [
  { id: 'mdr-annex-ix', title: 'Quality management system with sampled technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I and III, with Section 4 assessment per generic device group', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_GENERIC_GROUP],
    note: 'Annex IX Chapters I and III: technical documentation assessed for a representative device per generic device group (MDR Art. 52(4))',
    citation: ART_52_4 },
  MDR_IIB_X_XI,
];
const MDR_IIB_IMPLANTABLE: RouteOption[] = [
  { id: 'mdr-annex-ix', title: 'Quality management system and technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I and III, with Section 4 assessment of every device', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_EVERY_DEVICE],
    note: 'Annex IX Chapters I and III: class IIb implantable, technical documentation assessed for every device unless it is a listed well-established technology (MDR Art. 52(4))',
    citation: ART_52_4_IMPLANT },
  MDR_IIB_X_XI,
];
const MDR_IIA: RouteOption[] = [
  { id: 'mdr-annex-ix', title: 'Quality management system with sampled technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I and III, with Section 4 assessment per category of devices', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_CATEGORY],
    note: 'Annex IX Chapters I and III: technical documentation assessed for a representative device per category (MDR Art. 52(6))',
    citation: ART_52_6 },
  { id: 'mdr-annex-xi', title: 'Technical documentation with production conformity verification', annexes: ['XI'],
    procedure: 'Annexes II and III with Annex XI Section 10 (Part A) or Section 18 (Part B)', notifiedBody: 'full',
    tasks: [TD_CATEGORY, PRODUCTION_CONFORMITY_IIA],
    note: 'Alternatively Annex II/III technical documentation with Annex XI Section 10 or 18 (MDR Art. 52(6))',
    citation: ART_52_6_ALT },
];
const MDR_I: RouteOption[] = [
  { id: 'mdr-self-declaration', title: 'EU declaration of conformity without a notified body', annexes: [],
    procedure: 'Technical documentation (Annexes II and III) and EU declaration of conformity (Art. 19)', notifiedBody: 'none',
    tasks: [], note: 'Class I: self-declaration after drawing up the Annex II and III technical documentation; no notified body (MDR Art. 52(7))',
    citation: ART_52_7 },
];

const IVDR_D_X_XI: RouteOption = {
  id: 'ivdr-annex-x-xi', title: ANNEX_X_XI_TITLE, annexes: ['X', 'XI'], procedure: 'Annex X with Annex XI',
  notifiedBody: 'full', tasks: [TYPE_EXAMINATION, IVDR_PRODUCTION_QA, BATCH_VERIFICATION],
  note: 'Alternatively Annex X type examination with Annex XI production quality assurance (IVDR Art. 48(4))',
  citation: ART_48_4,
};
const IVDR_D: RouteOption[] = [
  { id: 'ivdr-annex-ix', title: 'Quality management system and technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I, II (except Section 5) and III', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_EVERY_DEVICE, BATCH_VERIFICATION],
    note: 'Annex IX: quality management system audit, assessment of the technical documentation of every device and batch verification (IVDR Art. 48(3))',
    citation: ART_48_3 },
  IVDR_D_X_XI,
];
const IVDR_C_X_XI: RouteOption = {
  id: 'ivdr-annex-x-xi', title: ANNEX_X_XI_TITLE, annexes: ['X', 'XI'], procedure: 'Annex X with Annex XI except its Section 5',
  notifiedBody: 'full', tasks: [TYPE_EXAMINATION, IVDR_PRODUCTION_QA],
  note: 'Alternatively Annex X type examination with Annex XI (except Section 5) production quality assurance (IVDR Art. 48(8))',
  citation: ART_48_8,
};
const IVDR_C: RouteOption[] = [
  { id: 'ivdr-annex-ix', title: 'Quality management system with sampled technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I and III, with Sections 4.4-4.8 per generic device group', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_GENERIC_GROUP],
    note: 'Annex IX Chapters I and III: technical documentation assessed for a representative device per generic device group (IVDR Art. 48(7))',
    citation: ART_48_7 },
  IVDR_C_X_XI,
];
const IVDR_C_COMPANION: RouteOption[] = [
  { id: 'ivdr-annex-ix', title: 'Quality management system and technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I and III, with Sections 4.1-4.8 and 5.2 for every device', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_EVERY_DEVICE],
    note: 'Annex IX Chapters I and III: companion diagnostic, technical documentation assessed for every device (IVDR Art. 48(7))',
    citation: ART_48_7_CDX },
  IVDR_C_X_XI,
];
const IVDR_B: RouteOption[] = [
  { id: 'ivdr-annex-ix', title: 'Quality management system with sampled technical documentation assessment', annexes: ['IX'],
    procedure: 'Annex IX, Chapters I and III, with Sections 4.4-4.8 per category of devices', notifiedBody: 'full',
    tasks: [QMS_AUDIT, TD_CATEGORY],
    note: 'Annex IX Chapters I and III: technical documentation assessed for a representative device per category (IVDR Art. 48(9))',
    citation: ART_48_9 },
];
const IVDR_A: RouteOption[] = [
  { id: 'ivdr-self-declaration', title: 'EU declaration of conformity without a notified body', annexes: [],
    procedure: 'Technical documentation (Annexes II and III) and EU declaration of conformity (Art. 17)', notifiedBody: 'none',
    tasks: [], note: 'Class A: self-declaration after drawing up the Annex II and III technical documentation; no notified body (IVDR Art. 48(10))',
    citation: ART_48_10 },
];

/** MDR class I with qualifiers: Annex IX Chapters I and III or Annex XI Part A, the notified body only for those aspects. */
function mdrClassILimited(subclasses: Subclass[]): RouteOption[] {
  const tasks = subclasses.map((s) => LIMITED_TASKS[s]);
  const aspects = subclasses.map((s) => LIMITED_NAMES[s]).join(', ');
  return [
    { id: 'mdr-annex-ix-limited', title: 'Quality management system, notified body limited to the class I qualifiers', annexes: ['IX'],
      procedure: 'Annex IX, Chapters I and III', notifiedBody: 'limited', tasks,
      note: `Class I${subclasses.join('')}: Annex IX Chapters I and III, notified body limited to ${aspects} aspects (MDR Art. 52(7))`,
      citation: ART_52_7_LIMITED },
    { id: 'mdr-annex-xi-a-limited', title: 'Production quality assurance, notified body limited to the class I qualifiers',
      annexes: ['XI'], procedure: 'Annex XI, Part A', notifiedBody: 'limited', tasks,
      note: `Alternatively Annex XI Part A production quality assurance, notified body limited to ${aspects} aspects (MDR Art. 52(7))`,
      citation: ART_52_7_LIMITED },
  ];
}

const IVDR_A_STERILE: RouteOption[] = [
  { id: 'ivdr-annex-ix-limited', title: 'Quality management system, notified body limited to sterility', annexes: ['IX'],
    procedure: 'Annex IX', notifiedBody: 'limited', tasks: [LIMITED_TASKS.s],
    note: 'Sterile class A: Annex IX, notified body limited to establishing, securing and maintaining sterile conditions (IVDR Art. 48(10))',
    citation: ART_48_10_STERILE },
  { id: 'ivdr-annex-xi-limited', title: 'Production quality assurance, notified body limited to sterility', annexes: ['XI'],
    procedure: 'Annex XI', notifiedBody: 'limited', tasks: [LIMITED_TASKS.s],
    note: 'Alternatively Annex XI production quality assurance, notified body limited to sterility aspects (IVDR Art. 48(10))',
    citation: ART_48_10_STERILE },
];

/** Facts beyond the class that change the MDR procedure: a class IIb implant outside the Art. 52(4) exemption list. */
export type OptionFacts = { iibImplantEveryDevice: boolean; companionDiagnostic: boolean };

/** The procedures of MDR Art. 52 / IVDR Art. 48 open to a device of this class, the default (Annex IX) first. */
export function routeOptions(cls: DeviceClass, subclasses: Subclass[], facts: OptionFacts): RouteOption[] {
  switch (cls) {
    case 'III': return MDR_III;
    case 'IIb': return facts.iibImplantEveryDevice ? MDR_IIB_IMPLANTABLE : MDR_IIB;
    case 'IIa': return MDR_IIA;
    case 'I': return subclasses.length > 0 ? mdrClassILimited(subclasses) : MDR_I;
    case 'D': return IVDR_D;
    case 'C': return facts.companionDiagnostic ? IVDR_C_COMPANION : IVDR_C;
    case 'B': return IVDR_B;
    default: return subclasses.includes('s') ? IVDR_A_STERILE : IVDR_A;
  }
}
