// The device profile (../shared/contracts/device-profile.md): strict zod schemas per regulation, defaults applied.
// Pure: imports nothing from node: or the DB, and only relative paths (the web app imports it too).
import { z } from 'zod';
import {
  ivdrConsistencyIssues, mdrConsistencyIssues, profileIssue, type KeyContext, type ProfileIssue,
} from './device-profile-checks.ts';
import { invalid } from '../errors.ts';

const flag = z.boolean().default(false);
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values).default(values[0]);

const common = {
  id: z.string().optional(),
  name: z.string().optional(),
  intendedPurpose: z.string().optional(),
};

/** Rule 10: what an active device for diagnosis and monitoring does (device-profile.md, `diagnosisOrMonitoring`). */
const diagnosisOrMonitoringSchema = z.strictObject({
  suppliesEnergy: choice(['none', 'absorbed', 'visible-illumination']),
  imagesRadiopharmaceuticals: flag,
  directDiagnosisOrVitalProcesses: flag,
  vitalParametersImmediateDanger: flag,
  diagnosisInImmediateDanger: flag,
});

/** Rule 11 and implementing rule 3.3: software that is a medical device in its own right. */
const softwareSchema = z.strictObject({
  decisionImpact: choice(['none', 'other', 'serious-deterioration-or-surgery', 'death-or-irreversible']),
  monitoring: choice(['none', 'physiological', 'vital-parameters-immediate-danger']),
  drivesOrInfluencesDeviceClass: choice(['none', 'I', 'IIa', 'IIb', 'III']),
});

const DURATIONS = ['transient', 'short-term', 'long-term'] as const;

/** The MDR field set; `duration` is resolved after parsing (required for body-orifice and surgical devices). */
export const mdrProfileSchema = z.strictObject({
  regulation: z.literal('MDR'),
  ...common,
  invasive: choice(['none', 'body-orifice', 'surgical', 'implantable']),
  duration: z.enum(DURATIONS).optional(),
  orificeSite: choice(['other', 'oral-cavity-to-pharynx', 'ear-canal-to-eardrum', 'nasal-cavity']),
  absorbedByMucousMembrane: flag,
  connectsToActiveDevice: choice(['none', 'class-I', 'class-IIa-or-higher']),
  channelsOrStores: choice(['none', 'liquids-or-gases', 'blood-or-body-liquids', 'organs-cells-or-tissues', 'blood-bag']),
  modifiesComposition: choice(['none', 'filtration', 'centrifugation', 'gas-exchange', 'heat-exchange', 'other']),
  inVitroContactSubstance: flag,
  injuredSkinOrMucosa: choice([
    'none', 'barrier-compression-absorption', 'breached-dermis-secondary-intent', 'micro-environment', 'other',
  ]),
  reusableSurgicalInstrument: flag,
  heartOrCirculationDefect: flag,
  directContactHeartCirculationOrCNS: flag,
  placedInTeeth: flag,
  ionisingRadiation: choice(['none', 'therapeutic', 'diagnostic-or-interventional']),
  biologicalEffect: flag,
  whollyOrMainlyAbsorbed: flag,
  chemicalChangeInBody: flag,
  administersMedicinalProducts: choice(['none', 'yes', 'potentially-hazardous']),
  activeImplantable: choice(['none', 'device', 'accessory']),
  implantType: choice([
    'none', 'breast-implant', 'surgical-mesh', 'joint-replacement', 'joint-replacement-ancillary',
    'spinal-disc-replacement', 'spinal-column-contact', 'spinal-ancillary',
  ]),
  active: flag,
  therapeuticEnergy: choice(['none', 'yes', 'potentially-hazardous']),
  controlsOrMonitors: choice([
    'none', 'class-IIb-active-therapeutic', 'active-implantable', 'therapeutic-ionising-radiation',
    'diagnostic-or-interventional-radiology',
  ]),
  diagnosisOrMonitoring: diagnosisOrMonitoringSchema.optional(),
  administersOrRemovesSubstances: choice(['none', 'yes', 'potentially-hazardous']),
  software: softwareSchema.optional(),
  integratedDiagnosticFunction: flag,
  ancillaryMedicinalSubstance: flag,
  contraceptionOrSTD: flag,
  disinfects: choice(['none', 'contact-lenses', 'medical-devices', 'invasive-devices-end-point']),
  recordsXrayImages: flag,
  tissuesOrCells: choice(['none', 'human', 'animal']),
  intactSkinOnly: flag,
  nanomaterialExposure: choice(['none', 'negligible', 'low', 'medium', 'high']),
  inhalation: choice(['none', 'yes', 'essential-impact', 'life-threatening-conditions']),
  substanceBased: choice(['none', 'skin', 'nasal-or-oral-cavity', 'stomach-or-lower-gi', 'other']),
  systemicAbsorption: choice(['none', 'incidental', 'for-intended-purpose']),
  sterile: flag,
  measuringFunction: flag,
});

/** The IVDR field set (device-profile.md, "IVDR profile"). */
export const ivdrProfileSchema = z.strictObject({
  regulation: z.literal('IVDR'),
  ...common,
  transfusionTransplantSafety: flag,
  lifeThreateningHighPropagation: flag,
  infectiousLoadLifeThreatening: flag,
  bloodGrouping: choice(['none', 'other-markers', 'abo-rh-kell-kidd-duffy']),
  sexuallyTransmittedAgent: flag,
  infectiousAgentInCsfOrBlood: flag,
  infectionRiskDeathOrDisability: flag,
  prenatalImmuneStatus: flag,
  infectionStatusLifeThreateningDecision: flag,
  companionDiagnostic: flag,
  diseaseStagingLifeThreatening: flag,
  cancer: flag,
  humanGenetic: flag,
  monitoringLifeThreatening: flag,
  lifeThreateningDiseaseManagement: flag,
  congenitalDisorderEmbryoFoetus: flag,
  newbornScreening: flag,
  selfTesting: choice(['none', 'yes', 'pregnancy', 'fertility', 'cholesterol', 'urine-glucose-erythrocytes-leucocytes-bacteria']),
  nearPatient: flag,
  productType: choice([
    'assay', 'measuring-instrument', 'software', 'general-laboratory', 'instrument', 'specimen-receptacle',
    'control-without-assigned-value', 'control-with-assigned-value', 'calibrator',
  ]),
  usedWithDeviceClass: choice(['none', 'A', 'B', 'C', 'D']),
  sterile: flag,
});

export type Duration = (typeof DURATIONS)[number];
/** An MDR profile with every default applied; `duration` is always set (see parseDeviceProfile). */
export type MdrProfile = Omit<z.output<typeof mdrProfileSchema>, 'duration'> & { duration: Duration };
export type IvdrProfile = z.output<typeof ivdrProfileSchema>;
export type DeviceProfile = MdrProfile | IvdrProfile;

/**
 * Reads a device profile: strict field set per regulation, defaults applied (absent boolean false, absent enum its
 * first value; absent `duration` long-term for an implantable device, else transient), contract consistency checked.
 * Throws AppError `invalid` whose message names the JSON path and what is allowed; details list every problem.
 */
export function parseDeviceProfile(input: unknown): DeviceProfile {
  const { profile, issues } = readProfile(input);
  if (profile !== undefined) return profile;
  const first = issues[0] ?? { field: '$', message: '$ must be a device profile' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw invalid(`invalid device profile: ${first.message}${more}`, issues);
}

const MDR_KEYS = Object.keys(mdrProfileSchema.shape);
const IVDR_KEYS = Object.keys(ivdrProfileSchema.shape);
const KEYS: Record<'MDR' | 'IVDR', (path: string) => KeyContext> = {
  MDR: (path) => {
    if (path === '$.software') return { allowed: Object.keys(softwareSchema.shape) };
    if (path === '$.diagnosisOrMonitoring') return { allowed: Object.keys(diagnosisOrMonitoringSchema.shape) };
    return { allowed: MDR_KEYS, otherRegulation: { name: 'IVDR', keys: new Set(IVDR_KEYS) } };
  },
  IVDR: () => ({ allowed: IVDR_KEYS, otherRegulation: { name: 'MDR', keys: new Set(MDR_KEYS) } }),
};

function readProfile(input: unknown): { profile?: DeviceProfile; issues: ProfileIssue[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { issues: [{ field: '$', message: '$ must be a JSON object (a device profile)' }] };
  }
  const regulation = (input as Record<string, unknown>).regulation;
  if (regulation !== 'MDR' && regulation !== 'IVDR') {
    const message = regulation === undefined
      ? '$.regulation is required: one of MDR, IVDR'
      : `$.regulation must be one of: MDR, IVDR (not ${JSON.stringify(regulation)})`;
    return { issues: [{ field: '$.regulation', message }] };
  }
  const result = regulation === 'MDR' ? mdrProfileSchema.safeParse(input) : ivdrProfileSchema.safeParse(input);
  if (!result.success) {
    return { issues: result.error.issues.flatMap((i) => profileIssue(i, regulation, KEYS[regulation])) };
  }
  const parsed = result.data;
  if (parsed.regulation === 'IVDR') return checked(parsed, ivdrConsistencyIssues(parsed));
  const duration = parsed.duration ?? (parsed.invasive === 'implantable' ? 'long-term' : 'transient');
  const profile: MdrProfile = { ...parsed, duration };
  return checked(profile, mdrConsistencyIssues(profile, parsed.duration !== undefined));
}

const checked = (profile: DeviceProfile, issues: ProfileIssue[]) => (issues.length > 0 ? { issues } : { profile, issues });
