// The text each qualification step rests on (MDR/IVDR Articles 1-2, MDCG 2019-11), quoted per question and answer.
// Pure: no node: or DB imports, relative imports only.
import { CONCEPT_DEFINITIONS, type Citation } from './concepts.ts';
import type { QualificationAnswers, QualificationQuestionId } from './qualification.ts';

/** The key of an answer: `yes`/`no` for a boolean question, the option itself for a choice. */
export type AnswerKey<Id extends QualificationQuestionId = QualificationQuestionId> = Id extends QualificationQuestionId
  ? NonNullable<QualificationAnswers[Id]> extends boolean ? 'yes' | 'no' : NonNullable<QualificationAnswers[Id]>
  : never;

const SW = 'MDCG 2019-11 rev.1';
const cite = (ref: string, text: string): Citation => ({ ref, text });
const ART_2_1 = 'MDR Article 2(1)';

const MDR_EXCLUSIONS: Record<AnswerKey<'mdrExclusion'>, Citation> = {
  none: cite('MDR Article 1(6)', 'This Regulation does not apply to: (a) in vitro diagnostic medical devices […]; (b) medicinal products […]; (c) advanced therapy medicinal products […]; (d) human blood, blood products, plasma or blood cells of human origin […]; (e) cosmetic products […]; (f) transplants, tissues or cells of animal origin […]; (g) transplants, tissues or cells of human origin […]; (h) products […] that contain or consist of viable biological material or viable organisms […]; (i) food […].'),
  atmp: cite('MDR Article 1(6)(c)', 'advanced therapy medicinal products covered by Regulation (EC) No 1394/2007;'),
  'human-blood': cite('MDR Article 1(6)(d)', 'human blood, blood products, plasma or blood cells of human origin or devices which incorporate, when placed on the market or put into service, such blood products, plasma or cells, except for devices referred to in paragraph 8 of this Article;'),
  cosmetic: cite('MDR Article 1(6)(e)', 'cosmetic products covered by Regulation (EC) No 1223/2009;'),
  'viable-animal-tissue': cite('MDR Article 1(6)(f)', 'transplants, tissues or cells of animal origin, or their derivatives, or products containing or consisting of them; however this Regulation does apply to devices manufactured utilising tissues or cells of animal origin, or their derivatives, which are non-viable or are rendered non-viable;'),
  'human-tissue': cite('MDR Article 1(6)(g)', 'transplants, tissues or cells of human origin, or their derivatives, covered by Directive 2004/23/EC, or products containing or consisting of them; however this Regulation does apply to devices manufactured utilising derivatives of tissues or cells of human origin which are non-viable or are rendered non-viable;'),
  'viable-organisms': cite('MDR Article 1(6)(h)', 'products, other than those referred to in points (d), (f) and (g), that contain or consist of viable biological material or viable organisms, including living micro-organisms, bacteria, fungi or viruses in order to achieve or support the intended purpose of the product;'),
  food: cite('MDR Article 1(6)(i)', 'food covered by Regulation (EC) No 178/2002.'),
};

const IVDR_EXCLUSIONS: Record<AnswerKey<'ivdrExclusion'>, Citation> = {
  none: cite('IVDR Article 1(3)', 'This Regulation does not apply to: (a) products for general laboratory use or research-use only products, unless such products, in view of their characteristics, are specifically intended by their manufacturer to be used for in vitro diagnostic examination; (b) invasive sampling products or products which are directly applied to the human body for the purpose of obtaining a specimen; (c) internationally certified reference materials; (d) materials used for external quality assessment schemes.'),
  'general-laboratory-or-research': cite('IVDR Article 1(3)(a)', 'products for general laboratory use or research-use only products, unless such products, in view of their characteristics, are specifically intended by their manufacturer to be used for in vitro diagnostic examination;'),
  'invasive-sampling': cite('IVDR Article 1(3)(b)', 'invasive sampling products or products which are directly applied to the human body for the purpose of obtaining a specimen;'),
  'reference-material': cite('IVDR Article 1(3)(c)', 'internationally certified reference materials;'),
  'external-quality-assessment': cite('IVDR Article 1(3)(d)', 'materials used for external quality assessment schemes.'),
};

const MEDICAL_PURPOSE: Record<AnswerKey<'medicalPurpose'>, Citation> = {
  none: cite(ART_2_1, '‘medical device’ means any instrument, apparatus, appliance, software, implant, reagent, material or other article intended by the manufacturer to be used, alone or in combination, for human beings for one or more of the following specific medical purposes: […]'),
  medical: cite(ART_2_1, '[…] for one or more of the following specific medical purposes: — diagnosis, prevention, monitoring, prediction, prognosis, treatment or alleviation of disease, — diagnosis, monitoring, treatment, alleviation of, or compensation for, an injury or disability, — investigation, replacement or modification of the anatomy or of a physiological or pathological process or state, — providing information by means of in vitro examination of specimens derived from the human body, including organ, blood and tissue donations,'),
  conception: cite(`${ART_2_1}, second paragraph`, 'The following products shall also be deemed to be medical devices: — devices for the control or support of conception;'),
  'device-reprocessing': cite(`${ART_2_1}, second paragraph`, 'The following products shall also be deemed to be medical devices: […] — products specifically intended for the cleaning, disinfection or sterilisation of devices as referred to in Article 1(4) and of those referred to in the first paragraph of this point.'),
};

type CitationOf = (key: AnswerKey, answers: QualificationAnswers) => Citation;
const fixed = (citation: Citation): CitationOf => () => citation;
const byKey = <K extends string>(table: Record<K, Citation>): CitationOf => (key) => table[key as K];

/** For each question, the citation that applies to the answer given (some depend on earlier answers). */
export const QUALIFICATION_CITATIONS: Record<QualificationQuestionId, CitationOf> = {
  software: fixed(cite(`${SW} §3.3, Figure 1, decision step 1`, 'if the product is software according to Section 2 (Definitions and Abbreviations) of this guidance, then it may be a MDSW, proceed to decision step 2; if the product is not software according to the definition of this guidance, then it is not covered by this guidance but may still be covered by the Medical Devices Regulations.')),
  softwareRole: fixed(cite(`${SW} §3.3, Figure 1, decision step 2`, 'if the product is an MDR Annex XVI device, or is an accessory for a medical device, or is software driving or influencing the use of a medical device, then it must be considered as part of that device in its regulatory process or independently if it is an accessory. If it is not, proceed to decision step 3.')),
  servedRegulation: (_key, answers) => answers.softwareRole === 'accessory'
    ? cite(`${SW} §3.1`, 'Software that does not meet the definition of a medical device or an in vitro diagnostic medical device (i.e. software that is not MDSW) but is intended by the manufacturer to be an accessory for a medical device, or an in vitro diagnostic medical device, falls respectively under the scope of the Regulation (EU) 2017/745 – MDR or Regulation (EU) 2017/746 – IVDR.')
    : cite(`${SW} §3.4; MDR Annex VIII 3.3`, 'In cases when software is driving or influencing the use of a (hardware) device, the software should be considered as falling under the respective regulation of the driven or influenced (hardware) device.'),
  actionOnData: fixed(CONCEPT_DEFINITIONS['action-on-data']),
  individualPatients: fixed(cite(`${SW} §3.3, Figure 1, decision step 4`, `Decision step 4: is the action for the benefit of individual patients? ${CONCEPT_DEFINITIONS['individual-patient'].text}`)),
  medicalPurpose: (key, answers) => key === 'none' && answers.software === true
    ? cite(`${SW} §3.1`, 'Software must have a medical purpose on its own to be qualified as a MDSW (MDSW).')
    : MEDICAL_PURPOSE[key as AnswerKey<'medicalPurpose'>],
  ivdInformation: fixed(cite(`${SW} §3.4, Figure 2, decision step 1`, 'MDSW which provides information according to Regulation (EU) 2017/746 – IVDR Article 2(2) (a) to (f) should qualify as In Vitro Diagnostic MDSW (IVD MDSW)')),
  onlyIvdData: fixed(cite(`${SW} §3.4, Figure 2, decision step 2`, 'If the information provided is based on data obtained solely from in vitro diagnostic medical devices, then the software is an in vitro diagnostic medical device and is therefore an IVD MDSW.')),
  mainlyIvdData: fixed(cite(`${SW} §3.4, Figure 2, decision step 3`, 'Is the intended purpose substantially driven by data sources coming from in vitro diagnostic medical devices? If yes, then the applicable legislation is Regulation (EU) 2017/746. If the intended purpose is substantially driven by data sources coming from medical devices, then the applicable legislation is Regulation (EU) 2017/745.')),
  inVitroExamination: fixed(CONCEPT_DEFINITIONS.ivd),
  ivdrExclusion: byKey(IVDR_EXCLUSIONS),
  pharmacologicalAction: (key) => key === 'yes'
    ? cite('MDR Article 1(6)(b)', 'medicinal products as defined in point 2 of Article 1 of Directive 2001/83/EC. In deciding whether a product falls under Directive 2001/83/EC or under this Regulation, particular account shall be taken of the principal mode of action of the product;')
    : cite(ART_2_1, 'and which does not achieve its principal intended action by pharmacological, immunological or metabolic means, in or on the human body, but which may be assisted in its function by such means.'),
  mdrExclusion: byKey(MDR_EXCLUSIONS),
  accessoryFor: (key) => (key === 'ivd' ? CONCEPT_DEFINITIONS['ivd-accessory'] : CONCEPT_DEFINITIONS.accessory),
  annexXvi: fixed(CONCEPT_DEFINITIONS['annex-xvi']),
};
