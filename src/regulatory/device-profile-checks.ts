// Device-profile problems as one-line messages naming the JSON path and what is allowed (device-profile.md).
// Pure: no node: or DB imports, relative imports only.
import type { IvdrProfile, MdrProfile } from './device-profile.ts';

/** One problem of a profile: `field` is its JSON path (`$.duration`), `message` says what is wrong and allowed. */
export type ProfileIssue = { field: string; message: string };

/** The subset of a zod v4 issue this module reads. */
type ZodIssueLike = {
  code: string;
  path: ReadonlyArray<PropertyKey>;
  expected?: unknown;
  values?: ReadonlyArray<unknown>;
  keys?: ReadonlyArray<string>;
  message: string;
};

const jsonPath = (path: ReadonlyArray<PropertyKey>) =>
  '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');

const article = (type: unknown) => (type === 'object' || type === 'array' ? `an ${type}` : `a ${String(type)}`);

/** Where an unknown key was found: the keys allowed there, and those of the other regulation's field set. */
export type KeyContext = { allowed: ReadonlyArray<string>; otherRegulation?: { name: string; keys: ReadonlySet<string> } };

/** Turns one zod issue of a profile schema into messages (one per unknown key). */
export function profileIssue(issue: ZodIssueLike, regulation: 'MDR' | 'IVDR', keys: (path: string) => KeyContext): ProfileIssue[] {
  const field = jsonPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const where = issue.path.length === 0 ? `an ${regulation} profile` : field;
      const context = keys(field);
      return (issue.keys ?? []).map((key) => {
        const keyPath = `${field}.${key}`;
        const other = context.otherRegulation?.keys.has(key) ? ` (it is an ${context.otherRegulation.name} field)` : '';
        return {
          field: keyPath,
          message: `${keyPath} is not a field of ${where}${other}; allowed: ${context.allowed.join(', ')}`,
        };
      });
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      return [{ field, message: `${field} must be one of: ${values.join(', ')}` }];
    }
    case 'invalid_type':
      return [{ field, message: `${field} must be ${article(issue.expected)}` }];
    default:
      return [{ field, message: `${field}: ${issue.message}` }];
  }
}

// What an active device does, in the contract's order (device-profile.md, "How the MDR rules read the profile"):
// each field with the test that the profile states it (a value other than its default).
const ACTIVE_ONLY: ReadonlyArray<[string, (p: MdrProfile) => boolean]> = [
  ['therapeuticEnergy', (p) => p.therapeuticEnergy !== 'none'],
  ['controlsOrMonitors', (p) => p.controlsOrMonitors !== 'none'],
  ['diagnosisOrMonitoring', (p) => {
    const d = p.diagnosisOrMonitoring;
    return d !== undefined && (d.suppliesEnergy !== 'none' || d.imagesRadiopharmaceuticals ||
      d.directDiagnosisOrVitalProcesses || d.vitalParametersImmediateDanger || d.diagnosisInImmediateDanger);
  }],
  ['administersOrRemovesSubstances', (p) => p.administersOrRemovesSubstances !== 'none'],
  ['integratedDiagnosticFunction', (p) => p.integratedDiagnosticFunction],
];

/** MDR consistency: `duration` for body-orifice and surgical devices; active-only fields need `active: true`. */
export function mdrConsistencyIssues(p: MdrProfile, durationStated: boolean): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  if (!durationStated && (p.invasive === 'body-orifice' || p.invasive === 'surgical')) {
    issues.push({
      field: '$.duration',
      message: `$.duration is required when $.invasive is "${p.invasive}": one of transient, short-term, long-term`,
    });
  }
  if (!p.active && p.software === undefined) {
    for (const [field, states] of ACTIVE_ONLY) {
      if (!states(p)) continue;
      issues.push({ field: `$.${field}`, message: `$.${field} describes an active device and needs "active": true (or a "software" object)` });
    }
  }
  return issues;
}

// Rules 5 and 7 products are classified by what they are (MDCG 2020-16, Rule 5(b)); these facts are Rules 1-4.
const PURPOSE_FACTS = [
  'transfusionTransplantSafety', 'lifeThreateningHighPropagation', 'infectiousLoadLifeThreatening', 'bloodGrouping',
  'sexuallyTransmittedAgent', 'infectiousAgentInCsfOrBlood', 'infectionRiskDeathOrDisability', 'prenatalImmuneStatus',
  'infectionStatusLifeThreateningDecision', 'companionDiagnostic', 'diseaseStagingLifeThreatening', 'cancer',
  'humanGenetic', 'monitoringLifeThreatening', 'lifeThreateningDiseaseManagement', 'congenitalDisorderEmbryoFoetus',
  'newbornScreening', 'selfTesting',
] as const;

const CLASSIFIED_BY_WHAT_THEY_ARE = new Set(['general-laboratory', 'instrument', 'specimen-receptacle', 'control-without-assigned-value']);
const SERVE_A_DEVICE = ['calibrator', 'control-with-assigned-value', 'software'];

/** IVDR consistency: `usedWithDeviceClass` only for products serving a device; no purpose facts on Rule 5/7 products. */
export function ivdrConsistencyIssues(p: IvdrProfile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  if (p.usedWithDeviceClass !== 'none' && !SERVE_A_DEVICE.includes(p.productType)) {
    issues.push({
      field: '$.usedWithDeviceClass',
      message: `$.usedWithDeviceClass is allowed only when $.productType is one of: ${SERVE_A_DEVICE.join(', ')} (not "${p.productType}")`,
    });
  }
  if (CLASSIFIED_BY_WHAT_THEY_ARE.has(p.productType)) {
    for (const f of PURPOSE_FACTS.filter((f) => p[f] !== false && p[f] !== 'none')) {
      issues.push({
        field: `$.${f}`,
        message: `$.${f} is not allowed when $.productType is "${p.productType}": such a product is classified by what it is ` +
          `(IVDR Annex VIII, Rules 5 and 7), not by the examination it serves; use productType assay, measuring-instrument or software`,
      });
    }
  }
  return issues;
}
