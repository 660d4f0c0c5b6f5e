// The regulatory engine in the browser: which questions to show now, in which section, and the live answer.
import { AppError } from '../../../src/errors.ts';
import { classifyDevice, type Classification } from '../../../src/regulatory/classify.ts';
import { conformityRoute, type ConformityRoute } from '../../../src/regulatory/conformity-route.ts';
import { parseDeviceProfile, type DeviceProfile } from '../../../src/regulatory/device-profile.ts';
import { documentationPlan, type DocumentationPlan } from '../../../src/regulatory/documentation-plan.ts';
import {
  answerOf, pruneProfile, questionsFor, withAnswer, type ProfileDraft, type Question, type QuestionId,
} from '../../../src/regulatory/questionnaire.ts';

export const SECTIONS = [
  'regulation', 'software', 'basics', 'invasiveness', 'nonInvasive', 'injuredSkin', 'surgical', 'active', 'special', 'classI',
  'ivdProduct', 'ivdPurpose', 'ivdUse',
] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_OF: Partial<Record<QuestionId, Section>> = {
  regulation: 'regulation',
  software: 'software', 'software.decisionImpact': 'software', 'software.monitoring': 'software',
  'software.drivesOrInfluencesDeviceClass': 'software',
  active: 'basics', invasive: 'basics',
  duration: 'invasiveness', orificeSite: 'invasiveness', absorbedByMucousMembrane: 'invasiveness', connectsToActiveDevice: 'invasiveness',
  channelsOrStores: 'nonInvasive', modifiesComposition: 'nonInvasive', inVitroContactSubstance: 'nonInvasive',
  // Rule 4 applies to invasive devices in contact with injured mucous membrane too.
  injuredSkinOrMucosa: 'injuredSkin',
  reusableSurgicalInstrument: 'surgical', heartOrCirculationDefect: 'surgical', directContactHeartCirculationOrCNS: 'surgical',
  placedInTeeth: 'surgical', biologicalEffect: 'surgical', whollyOrMainlyAbsorbed: 'surgical', chemicalChangeInBody: 'surgical',
  implantType: 'surgical', activeImplantable: 'surgical',
  sterile: 'classI', measuringFunction: 'classI',
  productType: 'ivdProduct', usedWithDeviceClass: 'ivdProduct',
  selfTesting: 'ivdUse', nearPatient: 'ivdUse',
  ancillaryMedicinalSubstance: 'special', contraceptionOrSTD: 'special', disinfects: 'special', recordsXrayImages: 'special',
  tissuesOrCells: 'special', intactSkinOnly: 'special', nanomaterialExposure: 'special', inhalation: 'special',
  substanceBased: 'special', systemicAbsorption: 'special',
};
// Asked of surgically invasive devices (Rules 6-8) as well as of active ones: shown where the device's facts are.
const SURGICAL_OR_ACTIVE = new Set<QuestionId>(['ionisingRadiation', 'administersMedicinalProducts']);

/** The section a question is shown in, given the answers so far (IVDR purpose facts and active-device facts by default). */
export function sectionOf(q: Question, profile: ProfileDraft): Section {
  if (profile.regulation === 'IVDR') return q.id === 'sterile' ? 'ivdUse' : (SECTION_OF[q.id] ?? 'ivdPurpose');
  const activeDevice = profile.active === true || profile.software !== undefined;
  if (SURGICAL_OR_ACTIVE.has(q.id)) return activeDevice ? 'active' : 'surgical';
  return SECTION_OF[q.id] ?? 'active';
}

/** The values a question can take, as the questionnaire records them. */
export function valuesOf(q: Question): unknown[] {
  return q.kind === 'choice' ? [...q.options] : [true, false];
}

/**
 * The device answers: the profile so far, and the groups (`software`, `diagnosisOrMonitoring`) answered "no", which a
 * profile cannot tell from unanswered ones (an absent object is both).
 */
export type DeviceAnswers = { profile: ProfileDraft; declined: readonly QuestionId[] };

const ids = (questions: Question[]) => questions.map((q) => q.id).join(' ');

/** The answer to a question: a profile value, false for a declined group, undefined while unanswered. */
export function answerTo(a: DeviceAnswers, id: QuestionId): unknown {
  return a.declined.includes(id) ? false : answerOf(a.profile, id);
}

/** Records an answer: the profile pruned to what it makes relevant, declined groups kept only while still asked. */
export function answer(a: DeviceAnswers, q: Question, value: unknown): DeviceAnswers {
  const profile = withAnswer(a.profile, q.id, value);
  const declined = a.declined.filter((id) => id !== q.id);
  if (q.kind === 'group' && value === false) declined.push(q.id);
  return settle({ profile, declined });
}

/**
 * Answers made consistent: declined groups that are asked and not answered yes; and a group nobody declined counts as
 * declined once a later question is answered (a saved profile keeps no "no" for a group, its later answers show it).
 */
export function settle(a: DeviceAnswers): DeviceAnswers {
  const profile = pruneProfile(a.profile);
  const asked = questionsFor(profile);
  const declined = asked
    .filter((q) => q.kind === 'group' && answerOf(profile, q.id) === undefined)
    .filter((q) => a.declined.includes(q.id) || asked.slice(asked.indexOf(q) + 1).some((later) => answerOf(profile, later.id) !== undefined))
    .map((q) => q.id);
  return { profile, declined };
}

/** Whether some answer to this unanswered question changes which questions are asked (it opens or closes a branch). */
function branches(profile: ProfileDraft, q: Question, asked: string): boolean {
  return valuesOf(q).some((v) => ids(questionsFor(withAnswer(profile, q.id, v))) !== asked);
}

/**
 * The questions to show now: those the answers so far make relevant, in asking order, up to and including the first
 * unanswered question whose answer opens or closes others (the user answers it before the questions it decides).
 */
export function visibleQuestions(a: DeviceAnswers): Question[] {
  const asked = questionsFor(a.profile);
  const key = ids(asked);
  const shown: Question[] = [];
  for (const q of asked) {
    shown.push(q);
    if (answerTo(a, q.id) === undefined && branches(a.profile, q, key)) break;
  }
  return shown;
}

/** How many relevant questions are still open (their defaults stand in for them: no, none). */
export function openQuestions(a: DeviceAnswers): number {
  return questionsFor(a.profile).filter((q) => answerTo(a, q.id) === undefined).length;
}

export type Evaluation =
  | { ok: true; profile: DeviceProfile; classification: Classification }
  | { ok: false; missing: string[] };

/** The classification as the answers stand (absent answers read as their defaults), or the fields still missing. */
export function evaluate(draft: ProfileDraft): Evaluation {
  if (!draft.regulation) return { ok: false, missing: ['regulation'] };
  try {
    const profile = parseDeviceProfile(draft);
    return { ok: true, profile, classification: classifyDevice(profile) };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const details = Array.isArray(err.details) ? (err.details as Array<{ field: string }>) : [];
    return { ok: false, missing: details.map((d) => d.field.replace(/^\$\./, '')) };
  }
}

/** The full result of a profile: classification, conformity route with its options and obligations, plan. */
export function analyse(profile: DeviceProfile, classification: Classification): { route: ConformityRoute; plan: DocumentationPlan } {
  return { route: conformityRoute(profile, classification), plan: documentationPlan(profile, classification) };
}
