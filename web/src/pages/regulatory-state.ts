// The navigator's state as the URL keeps it: the step, the qualification answers and the device profile answers.
// One readable parameter per answer (`invasive=implantable`, `software.monitoring=none`, `q.software=yes`), so a
// reload, the back button and a copied link all land on the same questionnaire.
import { qualificationAnswersSchema, type QualificationAnswers } from '../../../src/regulatory/qualification.ts';
import { QUESTIONS, type ProfileDraft, type Question, type QuestionId } from '../../../src/regulatory/questionnaire.ts';
import { answerTo, settle, type DeviceAnswers } from './regulatory-engine.ts';

export const STEPS = ['qualify', 'device', 'result'] as const;
export type Step = (typeof STEPS)[number];

export type AssessState = {
  step: Step;
  qualification: QualificationAnswers;
  device: DeviceAnswers;
  /** The product's name, informative (saved with the assessment, never read by the classifier). */
  name: string;
  /** The saved assessment this questionnaire continues, when resumed. */
  assessment: string;
};

const QUALIFICATION_PREFIX = 'q.';
const BY_ID = new Map(QUESTIONS.map((q) => [q.id as string, q]));

/** A question's answer as URL text: yes/no for booleans and groups, the value for choices. */
function encodeAnswer(value: unknown): string | undefined {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return typeof value === 'string' ? value : undefined;
}

/** The URL text of an answer read back for a question; undefined when it is no answer the question allows. */
function decodeAnswer(q: Question, text: string): unknown {
  if (q.kind === 'choice') return q.options.includes(text) ? text : undefined;
  return text === 'yes' ? true : text === 'no' ? false : undefined;
}

/** The device answers stated by URL parameters, made consistent (irrelevant ones dropped). */
export function deviceAnswersFromQuery(params: Record<string, string | undefined>): DeviceAnswers {
  const draft: Record<string, unknown> = {};
  const declined: QuestionId[] = [];
  for (const [key, text] of Object.entries(params)) {
    const q = BY_ID.get(key);
    if (q === undefined || text === undefined) continue;
    const value = decodeAnswer(q, text);
    if (value === undefined) continue;
    const [field, member] = key.split('.') as [string, string | undefined];
    // A member's answer says its group applies, even without the group's own yes.
    if (member !== undefined) draft[field] = { ...(draft[field] as object | undefined), [member]: value };
    else if (q.kind !== 'group') draft[field] = value;
    else if (value === true) draft[field] ??= {};
    else declined.push(q.id);
  }
  return settle({ profile: draft as ProfileDraft, declined });
}

/** The URL parameters of the device answers, in asking order. */
export function deviceParams(a: DeviceAnswers): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const q of QUESTIONS) {
    const text = encodeAnswer(answerTo(a, q.id));
    if (text !== undefined) out.push([q.id, text]);
  }
  return out;
}

/** The whole state from the URL's query parameters (unknown parameters and values are ignored). */
export function stateFromQuery(params: Record<string, string | undefined>): AssessState {
  const answers: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(params)) {
    if (!key.startsWith(QUALIFICATION_PREFIX) || text === undefined) continue;
    answers[key.slice(QUALIFICATION_PREFIX.length)] = text === 'yes' ? true : text === 'no' ? false : text;
  }
  const device = deviceAnswersFromQuery(params);
  const step = (STEPS as readonly string[]).includes(params.step ?? '') ? (params.step as Step) : device.profile.regulation ? 'device' : 'qualify';
  return { step, qualification: qualificationFrom(answers), device, name: params.name ?? '', assessment: params.assessment ?? '' };
}

/** The answers the qualification check knows, each with a value it allows; others are dropped. */
function qualificationFrom(answers: Record<string, unknown>): QualificationAnswers {
  const shape = qualificationAnswersSchema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
  return Object.fromEntries(Object.entries(answers).filter(([id, v]) => shape[id]?.safeParse(v).success)) as QualificationAnswers;
}

/** The questionnaire's URL for a state. */
export function assessUrl(state: AssessState): string {
  const search = new URLSearchParams();
  search.set('step', state.step);
  if (state.name.trim()) search.set('name', state.name);
  for (const [id, value] of Object.entries(state.qualification)) {
    const text = encodeAnswer(value);
    if (text !== undefined) search.set(QUALIFICATION_PREFIX + id, text);
  }
  for (const [id, text] of deviceParams(state.device)) search.set(id, text);
  if (state.assessment) search.set('assessment', state.assessment);
  return `/regulatory/assess?${search.toString()}`;
}

/** A fresh state: straight to the device questions for a known regulation, else the qualification check first. */
export function startState(regulation?: 'MDR' | 'IVDR'): AssessState {
  return {
    step: regulation ? 'device' : 'qualify',
    qualification: {},
    device: { profile: regulation ? { regulation } : {}, declined: [] },
    name: '',
    assessment: '',
  };
}
