// Qualification: is the product a medical device, an IVD, an accessory, an Annex XVI product, excluded, or none?
// MDR/IVDR Articles 1 and 2 and, for software, the decision steps of MDCG 2019-11 (Figures 1 and 2). Pure: no node:
// or DB imports, relative imports only (the web app imports it).
import { z } from 'zod';
import type { Citation, ConceptId, Lang } from './concepts.ts';
import { invalid, issuesToDetails } from '../errors.ts';
import { QUALIFICATION_CITATIONS, type AnswerKey } from './qualification-citations.ts';
import { qualificationReason } from './qualification-text.ts';
import type { ProfileDraft } from './questionnaire.ts';

/** The answers of the qualification check; every answer is optional (the check asks them one at a time). */
export const qualificationAnswersSchema = z.strictObject({
  software: z.boolean(),
  softwareRole: z.enum(['independent', 'annex-xvi', 'accessory', 'drives-or-influences']),
  servedRegulation: z.enum(['MDR', 'IVDR']),
  actionOnData: z.boolean(),
  individualPatients: z.boolean(),
  medicalPurpose: z.enum(['none', 'medical', 'conception', 'device-reprocessing']),
  ivdInformation: z.boolean(),
  onlyIvdData: z.boolean(),
  mainlyIvdData: z.boolean(),
  inVitroExamination: z.boolean(),
  ivdrExclusion: z.enum(['none', 'general-laboratory-or-research', 'invasive-sampling', 'reference-material', 'external-quality-assessment']),
  pharmacologicalAction: z.boolean(),
  mdrExclusion: z.enum(['none', 'atmp', 'human-blood', 'cosmetic', 'viable-animal-tissue', 'human-tissue', 'viable-organisms', 'food']),
  accessoryFor: z.enum(['none', 'medical-device', 'ivd']),
  annexXvi: z.boolean(),
}).partial();

export type QualificationAnswers = z.infer<typeof qualificationAnswersSchema>;
export type QualificationQuestionId = keyof QualificationAnswers;
export type QualificationOutcome =
  | 'medical-device' | 'ivd' | 'accessory-mdr' | 'accessory-ivdr' | 'annex-xvi' | 'not-a-device' | 'excluded';
export const QUALIFICATION_OUTCOMES: readonly QualificationOutcome[] = [
  'medical-device', 'ivd', 'accessory-mdr', 'accessory-ivdr', 'annex-xvi', 'not-a-device', 'excluded',
];

/** A question of the check as the interface shows it (texts: qualification-text.ts), with the concepts behind it. */
export type QualificationQuestion = {
  id: QualificationQuestionId;
  kind: 'boolean' | 'choice';
  options: readonly string[];
  concepts: readonly ConceptId[];
};
/** One answered step: the answer, why it leads where it does (plain words), and the text it rests on. */
export type QualificationStep = { question: QualificationQuestionId; answer: boolean | string; reason: string; citation: Citation };
export type Qualification = {
  /** null while a question on the path is unanswered (`next` names it). */
  outcome: QualificationOutcome | null;
  regulation: 'MDR' | 'IVDR' | null;
  /** For `excluded`: the provision of Art. 1 that excludes the product. */
  exclusion: Citation | null;
  next: QualificationQuestionId | null;
  steps: QualificationStep[];
  /** The start of a device profile for the classification questionnaire, when there is one to classify. */
  profile: ProfileDraft | null;
};

/** Reads qualification answers; throws AppError `invalid` naming each bad field and what it allows. */
export function parseQualificationAnswers(input: unknown): QualificationAnswers {
  const result = qualificationAnswersSchema.safeParse(input);
  if (!result.success) throw invalid('invalid qualification answers', issuesToDetails(result.error.issues));
  return result.data;
}

type End = { outcome: QualificationOutcome; software: boolean };
const PENDING = Symbol('pending');

/** Walks the decision steps; `path` receives every question reached, the unanswered one last. */
function decide(a: QualificationAnswers, path: QualificationQuestionId[]): End | typeof PENDING {
  const ask = <Id extends QualificationQuestionId>(id: Id): NonNullable<QualificationAnswers[Id]> => {
    path.push(id);
    const answer = a[id];
    if (answer === undefined) throw PENDING;
    return answer as NonNullable<QualificationAnswers[Id]>;
  };
  try {
    return ask('software') ? decideSoftware(ask) : decideProduct(ask);
  } catch (e) {
    if (e === PENDING) return PENDING;
    throw e;
  }
}

type Ask = <Id extends QualificationQuestionId>(id: Id) => NonNullable<QualificationAnswers[Id]>;

// MDCG 2019-11 Figure 1 (steps 1-5), then Figure 2 (MDR or IVDR).
function decideSoftware(ask: Ask): End {
  const end = (outcome: QualificationOutcome): End => ({ outcome, software: true });
  const role = ask('softwareRole');
  if (role === 'annex-xvi') return end('annex-xvi');
  if (role !== 'independent') {
    const mdr = ask('servedRegulation') === 'MDR';
    if (role === 'accessory') return end(mdr ? 'accessory-mdr' : 'accessory-ivdr');
    return end(mdr ? 'medical-device' : 'ivd'); // MDCG 2019-11 §3.4: the regulation of the driven device
  }
  if (!ask('actionOnData') || !ask('individualPatients') || ask('medicalPurpose') === 'none') return end('not-a-device');
  if (!ask('ivdInformation')) return end('medical-device');
  return end(ask('onlyIvdData') || ask('mainlyIvdData') ? 'ivd' : 'medical-device');
}

// MDR Art. 2(1) and 2(2), IVDR Art. 2(2) and 2(4), the exclusions of MDR Art. 1(6) and IVDR Art. 1(3).
function decideProduct(ask: Ask): End {
  const end = (outcome: QualificationOutcome): End => ({ outcome, software: false });
  const purpose = ask('medicalPurpose');
  if (purpose === 'none') {
    const accessory = ask('accessoryFor');
    if (accessory !== 'none') return end(accessory === 'ivd' ? 'accessory-ivdr' : 'accessory-mdr');
    return end(ask('annexXvi') ? 'annex-xvi' : 'not-a-device');
  }
  if (purpose === 'medical' && ask('inVitroExamination')) {
    const exclusion = ask('ivdrExclusion');
    if (exclusion === 'none') return end('ivd');
    // MDCG 2020-16: invasive sampling products are left to the MDR.
    return end(exclusion === 'invasive-sampling' ? 'medical-device' : 'excluded');
  }
  if (purpose !== 'device-reprocessing' && ask('pharmacologicalAction')) return end('excluded');
  return end(ask('mdrExclusion') === 'none' ? 'medical-device' : 'excluded');
}

const REGULATION: Record<QualificationOutcome, 'MDR' | 'IVDR' | null> = {
  'medical-device': 'MDR', ivd: 'IVDR', 'accessory-mdr': 'MDR', 'accessory-ivdr': 'IVDR', 'annex-xvi': 'MDR',
  'not-a-device': null, excluded: null,
};

const answerKey = (answer: boolean | string): AnswerKey => (answer === true ? 'yes' : answer === false ? 'no' : answer) as AnswerKey;

// The concepts (concepts.ts) a user may need to answer each question, opened on demand beside it.
const QUALIFICATION_CONCEPTS: Record<QualificationQuestionId, readonly ConceptId[]> = {
  software: ['software', 'mdsw'],
  softwareRole: ['annex-xvi', 'accessory', 'software-driving-device'],
  servedRegulation: ['medical-device', 'ivd'],
  actionOnData: ['action-on-data'],
  individualPatients: ['individual-patient'],
  medicalPurpose: ['medical-device', 'intended-purpose'],
  ivdInformation: ['ivd'],
  onlyIvdData: ['ivd'],
  mainlyIvdData: ['ivd'],
  inVitroExamination: ['ivd', 'specimen-receptacle'],
  ivdrExclusion: ['ivd'],
  pharmacologicalAction: ['medicinal-product'],
  mdrExclusion: ['medical-device', 'non-viable'],
  accessoryFor: ['accessory', 'ivd-accessory'],
  annexXvi: ['annex-xvi'],
};

/** Every question of the check, boolean or single choice (the schema's values), with its concepts. */
export const QUALIFICATION_QUESTIONS: readonly QualificationQuestion[] = (
  Object.keys(qualificationAnswersSchema.shape) as QualificationQuestionId[]
).map((id) => {
  const schema = qualificationAnswersSchema.shape[id].unwrap();
  const concepts = QUALIFICATION_CONCEPTS[id];
  return schema instanceof z.ZodEnum
    ? { id, kind: 'choice', options: schema.options as string[], concepts }
    : { id, kind: 'boolean', options: [], concepts };
});
const BY_ID = new Map(QUALIFICATION_QUESTIONS.map((q) => [q.id, q]));

/** The questions on the path the answers so far lead along, in order, ending with the next unanswered one. */
export function qualificationQuestions(answers: QualificationAnswers): QualificationQuestion[] {
  const path: QualificationQuestionId[] = [];
  decide(answers, path);
  return path.map((id) => BY_ID.get(id) as QualificationQuestion);
}

/** Qualifies the product from the answers: the outcome (or the next question), each step with reason and citation. */
export function qualify(answers: QualificationAnswers, lang: Lang = 'en'): Qualification {
  const path: QualificationQuestionId[] = [];
  const end = decide(answers, path);
  const answered = end === PENDING ? path.slice(0, -1) : path;
  const steps = answered.map((id): QualificationStep => {
    const answer = answers[id] as boolean | string;
    const key = answerKey(answer);
    return { question: id, answer, reason: qualificationReason(lang, id, key), citation: QUALIFICATION_CITATIONS[id](key, answers) };
  });
  if (end === PENDING) {
    return { outcome: null, regulation: null, exclusion: null, next: path.at(-1) ?? null, steps, profile: null };
  }
  const regulation = REGULATION[end.outcome];
  const last = steps.at(-1) as QualificationStep;
  return {
    outcome: end.outcome,
    regulation,
    exclusion: end.outcome === 'excluded' ? last.citation : null,
    next: null,
    steps,
    profile: regulation === null ? null : profileStart(regulation, end.software),
  };
}

// Software is profiled with the MDR `software` object, or as the IVDR product type `software` (device-profile.md).
function profileStart(regulation: 'MDR' | 'IVDR', software: boolean): ProfileDraft {
  if (!software) return { regulation };
  return regulation === 'MDR' ? { regulation, software: {} } : { regulation, productType: 'software' };
}
