// The questions that build a device profile (device-profile.md): one per field or object member, asked only when
// the answers so far make them matter. Pure: no node: or DB imports, relative imports only (the web app imports it).
import { z } from 'zod';
import type { ConceptId } from './concepts.ts';
import { ivdrProfileSchema, mdrProfileSchema } from './device-profile.ts';

type MdrInput = z.input<typeof mdrProfileSchema>;
type IvdrInput = z.input<typeof ivdrProfileSchema>;
type Software = NonNullable<MdrInput['software']>;
type DiagnosisOrMonitoring = NonNullable<MdrInput['diagnosisOrMonitoring']>;
type Informative = 'id' | 'name' | 'intendedPurpose';
type Group = 'software' | 'diagnosisOrMonitoring';

/** A profile being built: any subset of the contract's fields of either regulation (absent = not answered). */
export type ProfileDraft = { regulation?: 'MDR' | 'IVDR' } & Partial<Omit<MdrInput, 'regulation'>> &
  Partial<Omit<IvdrInput, 'regulation'>>;

/** A question's id is the contract's field name, or `group.member` for a member of `software`/`diagnosisOrMonitoring`. */
export type QuestionId =
  | Exclude<keyof MdrInput | keyof IvdrInput, Informative>
  | `software.${keyof Software & string}`
  | `diagnosisOrMonitoring.${keyof DiagnosisOrMonitoring & string}`;
/** Questions only IVDR profiles have (the texts are split along this line). */
export type IvdrQuestionId = Exclude<keyof IvdrInput, Informative | 'regulation' | 'sterile'>;
export type MdrQuestionId = Exclude<QuestionId, IvdrQuestionId>;

type MemberValues = { [M in keyof Software as `software.${M & string}`]-?: Software[M] } & {
  [M in keyof DiagnosisOrMonitoring as `diagnosisOrMonitoring.${M & string}`]-?: DiagnosisOrMonitoring[M];
};
type FieldValues = { [K in keyof ProfileDraft]-?: ProfileDraft[K] } & MemberValues;
/** The values a single-choice question offers (never for boolean and group questions). */
export type OptionOf<Id extends QuestionId> = Extract<NonNullable<FieldValues[Id]>, string>;

export type QuestionKind = 'boolean' | 'choice' | 'group';
export type Question = {
  id: QuestionId;
  kind: QuestionKind;
  /** For `choice`: the contract's values, the default first (absent answer = the first). */
  options: readonly string[];
  /** The profile must state it whenever the question is asked (device-profile.md: `duration`). */
  required: boolean;
  concepts: readonly ConceptId[];
  /** Whether the question matters given the answers so far (an absent answer reads as its default, except that an
   * unanswered `duration` holds back the questions that depend on it). */
  askWhen: (profile: ProfileDraft) => boolean;
};

const isSoftware = (p: ProfileDraft) => p.software !== undefined;
const hardware = (p: ProfileDraft) => !isSoftware(p);
// device-profile.md: "Active" means `active: true` or a `software` object (MDR Art. 2(4): software is active).
const isActive = (p: ProfileDraft) => p.active === true || isSoftware(p);
const invasive = (p: ProfileDraft) => p.invasive ?? 'none';
const nonInvasive = (p: ProfileDraft) => hardware(p) && invasive(p) === 'none';
const bodyOrifice = (p: ProfileDraft) => invasive(p) === 'body-orifice';

const RULE_BY_DURATION = { transient: 6, 'short-term': 7, 'long-term': 8 } as const;
/** Which of Rules 6, 7, 8 reads the surgical/implant facts; undefined until a surgical device's duration is known. */
function surgicalRule(p: ProfileDraft): 6 | 7 | 8 | undefined {
  if (invasive(p) === 'implantable') return 8;
  if (invasive(p) !== 'surgical' || p.duration === undefined) return undefined;
  return RULE_BY_DURATION[p.duration];
}
function inRules(p: ProfileDraft, ...rules: Array<6 | 7 | 8>): boolean {
  const rule = surgicalRule(p);
  return rule !== undefined && rules.includes(rule);
}

// MDR Annex VIII 2.4: an active therapeutic device; Rule 22 asks about its integrated diagnostic function.
const therapeutic = (p: ProfileDraft) =>
  isSoftware(p) || (p.therapeuticEnergy ?? 'none') !== 'none' || (p.administersOrRemovesSubstances ?? 'none') !== 'none' ||
  (p.administersMedicinalProducts ?? 'none') !== 'none' || p.ionisingRadiation === 'therapeutic' || p.activeImplantable === 'device';

type Spec = { concepts: readonly ConceptId[]; askWhen: (p: ProfileDraft) => boolean };
const always = () => true;

// In asking order. Each askWhen reads only earlier questions, so pruning in this order settles in one pass.
const SPECS = {
  regulation: { concepts: ['medical-device', 'ivd'], askWhen: always },
  // MDCG 2019-11: software is qualified and classified by its own purpose, so it gets none of the hardware questions.
  software: { concepts: ['mdsw', 'software', 'active-device'], askWhen: always },
  'software.decisionImpact': { concepts: ['mdsw', 'direct-diagnosis'], askWhen: always },
  'software.monitoring': { concepts: ['mdsw'], askWhen: always },
  'software.drivesOrInfluencesDeviceClass': { concepts: ['software-driving-device'], askWhen: always },
  active: { concepts: ['active-device'], askWhen: hardware },
  invasive: { concepts: ['invasive-device', 'body-orifice', 'surgically-invasive', 'implantable'], askWhen: hardware },
  duration: {
    concepts: ['transient', 'short-term', 'long-term', 'continuous-use'],
    askWhen: (p) => bodyOrifice(p) || invasive(p) === 'surgical',
  },
  // Rule 5: the oral-cavity, ear-canal and nasal-cavity exceptions concern short- and long-term use only.
  orificeSite: {
    concepts: ['body-orifice'],
    askWhen: (p) => bodyOrifice(p) && (p.duration === 'short-term' || p.duration === 'long-term'),
  },
  absorbedByMucousMembrane: {
    concepts: ['body-orifice'],
    askWhen: (p) => bodyOrifice(p) && p.duration === 'long-term' && (p.orificeSite ?? 'other') !== 'other',
  },
  channelsOrStores: { concepts: ['invasive-device'], askWhen: nonInvasive },
  // Rules 2 and 5 raise the class for it; for any other passive device the plan still needs it (MDR Annex I §14).
  connectsToActiveDevice: { concepts: ['active-device'], askWhen: (p) => hardware(p) && !isActive(p) },
  modifiesComposition: { concepts: ['invasive-device'], askWhen: nonInvasive },
  inVitroContactSubstance: { concepts: ['invasive-device'], askWhen: nonInvasive },
  injuredSkinOrMucosa: { concepts: ['injured-skin-or-mucous-membrane'], askWhen: hardware },
  // Annex VIII 2.3: an instrument connected to an active device is not a reusable surgical instrument.
  reusableSurgicalInstrument: {
    concepts: ['reusable-surgical-instrument', 'surgically-invasive'],
    askWhen: (p) => inRules(p, 6) && !isActive(p),
  },
  heartOrCirculationDefect: { concepts: ['central-circulatory-system'], askWhen: (p) => inRules(p, 6, 7) },
  // A defect corrected through direct contact already implies the contact (device-profile.md).
  directContactHeartCirculationOrCNS: {
    concepts: ['central-circulatory-system', 'central-nervous-system'],
    askWhen: (p) => inRules(p, 6, 7, 8) && p.heartOrCirculationDefect !== true,
  },
  placedInTeeth: { concepts: ['implantable'], askWhen: (p) => inRules(p, 7, 8) },
  biologicalEffect: { concepts: ['implantable'], askWhen: (p) => inRules(p, 6, 7, 8) },
  whollyOrMainlyAbsorbed: { concepts: ['wholly-or-mainly-absorbed'], askWhen: (p) => inRules(p, 6, 7, 8) },
  chemicalChangeInBody: { concepts: ['implantable'], askWhen: (p) => inRules(p, 7, 8) },
  implantType: { concepts: ['implantable'], askWhen: (p) => inRules(p, 8) },
  // Rule 8: accessories of active implantable devices fall under it even when they are not invasive.
  activeImplantable: { concepts: ['active-device', 'implantable', 'accessory'], askWhen: hardware },
  // Rules 6, 7, 9, 10 read it; for implants (brachytherapy seeds) the plan needs it (MDR Annex I §16).
  ionisingRadiation: { concepts: ['active-device'], askWhen: (p) => inRules(p, 6, 7, 8) || (isActive(p) && hardware(p)) },
  administersMedicinalProducts: { concepts: ['medicinal-product'], askWhen: (p) => inRules(p, 6, 7, 8) || (isActive(p) && hardware(p)) },
  therapeuticEnergy: { concepts: ['active-therapeutic-device'], askWhen: (p) => isActive(p) && hardware(p) },
  controlsOrMonitors: { concepts: ['active-device', 'software-driving-device'], askWhen: isActive },
  // MDCG 2019-11 §4.2: Rule 11 covers the information software provides, so the Rule 10 group is for hardware.
  diagnosisOrMonitoring: { concepts: ['active-diagnostic-device'], askWhen: (p) => isActive(p) && hardware(p) },
  // An implant neither illuminates the body nor images radiopharmaceuticals.
  'diagnosisOrMonitoring.suppliesEnergy': { concepts: ['active-diagnostic-device'], askWhen: (p) => invasive(p) !== 'implantable' },
  'diagnosisOrMonitoring.imagesRadiopharmaceuticals': { concepts: ['active-diagnostic-device'], askWhen: (p) => invasive(p) !== 'implantable' },
  'diagnosisOrMonitoring.directDiagnosisOrVitalProcesses': { concepts: ['direct-diagnosis'], askWhen: always },
  'diagnosisOrMonitoring.vitalParametersImmediateDanger': { concepts: ['active-diagnostic-device'], askWhen: always },
  'diagnosisOrMonitoring.diagnosisInImmediateDanger': { concepts: ['active-diagnostic-device'], askWhen: always },
  administersOrRemovesSubstances: { concepts: ['active-device'], askWhen: (p) => isActive(p) && hardware(p) },
  integratedDiagnosticFunction: { concepts: ['active-therapeutic-device'], askWhen: (p) => isActive(p) && therapeutic(p) },
  ancillaryMedicinalSubstance: { concepts: ['medicinal-substance'], askWhen: hardware },
  contraceptionOrSTD: { concepts: ['medical-device'], askWhen: always },
  disinfects: { concepts: ['sterile'], askWhen: hardware },
  recordsXrayImages: { concepts: ['active-diagnostic-device'], askWhen: (p) => nonInvasive(p) || bodyOrifice(p) },
  tissuesOrCells: { concepts: ['derivative', 'non-viable'], askWhen: hardware },
  // Rule 18 exception: animal material on intact skin only, which an invasive or wound device never is.
  intactSkinOnly: {
    concepts: ['injured-skin-or-mucous-membrane'],
    askWhen: (p) => nonInvasive(p) && p.tissuesOrCells === 'animal' && (p.injuredSkinOrMucosa ?? 'none') === 'none',
  },
  nanomaterialExposure: { concepts: ['nanomaterial'], askWhen: hardware },
  inhalation: { concepts: ['body-orifice', 'medicinal-product'], askWhen: bodyOrifice },
  // Rule 21: substances introduced via a body orifice or applied to the skin.
  substanceBased: { concepts: ['systemic-absorption', 'body-orifice'], askWhen: (p) => nonInvasive(p) || bodyOrifice(p) },
  systemicAbsorption: { concepts: ['systemic-absorption'], askWhen: (p) => (p.substanceBased ?? 'none') !== 'none' },
  measuringFunction: { concepts: ['measuring-function'], askWhen: always },
  productType: { concepts: ['ivd', 'kit', 'specimen-receptacle', 'calibrator', 'control-material'], askWhen: always },
  // IVDR Annex VIII 1.4-1.6: calibrators, controls with an assigned value and driving software take the device's class.
  usedWithDeviceClass: {
    concepts: ['calibrator', 'control-material', 'software-driving-device'],
    askWhen: (p) => ['calibrator', 'control-with-assigned-value', 'software'].includes(p.productType ?? 'assay'),
  },
  transfusionTransplantSafety: { concepts: ['ivd'], askWhen: byPurpose },
  lifeThreateningHighPropagation: { concepts: ['ivd'], askWhen: byPurpose },
  infectiousLoadLifeThreatening: { concepts: ['ivd'], askWhen: byPurpose },
  bloodGrouping: { concepts: ['ivd'], askWhen: byPurpose },
  sexuallyTransmittedAgent: { concepts: ['ivd'], askWhen: byPurpose },
  infectiousAgentInCsfOrBlood: { concepts: ['ivd'], askWhen: byPurpose },
  infectionRiskDeathOrDisability: { concepts: ['ivd'], askWhen: byPurpose },
  prenatalImmuneStatus: { concepts: ['ivd'], askWhen: byPurpose },
  infectionStatusLifeThreateningDecision: { concepts: ['ivd'], askWhen: byPurpose },
  companionDiagnostic: { concepts: ['companion-diagnostic', 'medicinal-product'], askWhen: byPurpose },
  diseaseStagingLifeThreatening: { concepts: ['ivd'], askWhen: byPurpose },
  cancer: { concepts: ['ivd'], askWhen: byPurpose },
  humanGenetic: { concepts: ['ivd'], askWhen: byPurpose },
  monitoringLifeThreatening: { concepts: ['ivd'], askWhen: byPurpose },
  lifeThreateningDiseaseManagement: { concepts: ['ivd'], askWhen: byPurpose },
  congenitalDisorderEmbryoFoetus: { concepts: ['ivd'], askWhen: byPurpose },
  newbornScreening: { concepts: ['ivd'], askWhen: byPurpose },
  selfTesting: { concepts: ['self-testing', 'lay-person'], askWhen: byPurpose },
  // IVDR Art. 2(6): a near-patient test is one not intended for self-testing.
  nearPatient: { concepts: ['near-patient-testing'], askWhen: (p) => byPurpose(p) && (p.selfTesting ?? 'none') === 'none' },
  sterile: { concepts: ['sterile'], askWhen: (p) => p.regulation === 'IVDR' || hardware(p) },
} satisfies Record<QuestionId, Spec>;

/**
 * IVDR Rules 5 and 7 products are classified by what they are, never by the examination they serve, and a profile
 * of one that states purpose facts is inconsistent (device-profile.md; MDCG 2020-16 Rule 5).
 */
function byPurpose(p: ProfileDraft): boolean {
  const byWhatItIs = ['general-laboratory', 'instrument', 'specimen-receptacle', 'control-without-assigned-value'];
  return !byWhatItIs.includes(p.productType ?? 'assay');
}

const unwrap = (s: z.ZodType): z.ZodType =>
  s instanceof z.ZodDefault || s instanceof z.ZodOptional ? unwrap(s.unwrap() as z.ZodType) : s;

const split = (id: string) => id.split('.') as [string, string | undefined];
const isGroup = (field: string): field is Group => field === 'software' || field === 'diagnosisOrMonitoring';

/** The schema of a field or member, from the profile schemas (the contract's single source of values). */
function fieldSchema(id: QuestionId): z.ZodType {
  const [field, member] = split(id);
  const schema = ({ ...ivdrProfileSchema.shape, ...mdrProfileSchema.shape } as Record<string, z.ZodType>)[field] as z.ZodType;
  return member === undefined ? schema : ((unwrap(schema) as z.ZodObject).shape[member] as z.ZodType);
}

function describe(id: QuestionId): Pick<Question, 'kind' | 'options'> {
  if (id === 'regulation') return { kind: 'choice', options: ['MDR', 'IVDR'] };
  const schema = unwrap(fieldSchema(id));
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options as string[] };
  return { kind: schema instanceof z.ZodObject ? 'group' : 'boolean', options: [] };
}

/** The regulations whose field set has the question's field (both for `regulation` and `sterile`). */
function regulationsOf(id: QuestionId): Array<string | undefined> {
  const [field] = split(id);
  if (field === 'regulation') return ['MDR', 'IVDR', undefined];
  return (['MDR', 'IVDR'] as const).filter((r) => field in (r === 'MDR' ? mdrProfileSchema : ivdrProfileSchema).shape);
}

/** Every question, in asking order; a member question is asked only when its group is answered yes. */
export const QUESTIONS: readonly Question[] = (Object.entries(SPECS) as Array<[QuestionId, Spec]>).map(([id, spec]) => {
  const regulations = regulationsOf(id);
  const [field, member] = split(id);
  const inGroup = (p: ProfileDraft) =>
    member === undefined || (isGroup(field) && p[field] !== undefined && SPECS[field].askWhen(p));
  const askWhen = (p: ProfileDraft) => regulations.includes(p.regulation) && inGroup(p) && spec.askWhen(p);
  return { id, ...describe(id), required: id === 'regulation' || id === 'duration', concepts: spec.concepts, askWhen };
});
const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id. */
export function question(id: QuestionId): Question {
  return BY_ID.get(id) as Question;
}

/** The ordered questions that matter given the answers so far (answered ones included). */
export function questionsFor(profile: ProfileDraft): Question[] {
  const pruned = pruneProfile(profile);
  return QUESTIONS.filter((q) => q.askWhen(pruned));
}

type Draft = Record<string, unknown>;

/** The answer the profile states for a question (a group's answer is whether its object is present). */
export function answerOf(profile: ProfileDraft, id: QuestionId): unknown {
  const [field, member] = split(id);
  const value = (profile as Draft)[field];
  if (member !== undefined) return (value as Draft | undefined)?.[member];
  return isGroup(field) && value !== undefined ? true : value;
}

/** Records an answer (`undefined` withdraws it; a group takes true/false) and prunes what it made irrelevant. */
export function withAnswer(profile: ProfileDraft, id: QuestionId, value: unknown): ProfileDraft {
  const draft = copyDraft(profile);
  const [field, member] = split(id);
  if (member !== undefined) draft[field] = { ...(draft[field] as Draft | undefined), [member]: value };
  else if (isGroup(field)) draft[field] = value === true ? (draft[field] ?? {}) : undefined;
  else draft[field] = value;
  return pruneProfile(draft as ProfileDraft);
}

const INFORMATIVE = new Set(['id', 'name', 'intendedPurpose']);

/** A copy without undefined values and without keys that are no field (or member) of either regulation. */
function copyDraft(profile: ProfileDraft): Draft {
  const known = (id: string) => BY_ID.has(id as QuestionId);
  const copy: Draft = {};
  for (const [key, value] of Object.entries(profile)) {
    if (value === undefined || !(INFORMATIVE.has(key) || known(key))) continue;
    if (!isGroup(key)) copy[key] = value;
    else copy[key] = Object.fromEntries(Object.entries(value as Draft).filter(([m, v]) => v !== undefined && known(`${key}.${m}`)));
  }
  return copy;
}

/**
 * Drops every answer whose question is no longer asked (and any key that is no question), so that switching an
 * earlier answer never leaves facts behind that contradict it; the informative `id`, `name`, `intendedPurpose` stay.
 */
export function pruneProfile(profile: ProfileDraft): ProfileDraft {
  const draft = copyDraft(profile);
  for (const q of QUESTIONS) {
    if (answerOf(draft, q.id) === undefined || q.askWhen(draft)) continue;
    const [field, member] = split(q.id);
    if (member === undefined) delete draft[field];
    else delete (draft[field] as Draft)[member];
  }
  return draft as ProfileDraft;
}
