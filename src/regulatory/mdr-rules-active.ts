// MDR Annex VIII Rules 9-13 and 22: active devices ("active" = `active: true` or a software object).
// Pure: one function per rule, relative imports only.
import type { AppliedRule } from './classify.ts';
import type { MdrProfile } from './device-profile.ts';
import { MDR } from './rule-citations-mdr.ts';
import { strictest, sub } from './rule-outcome.ts';

/** True for an active device: `active: true`, or software, which is active (MDCG 2021-24 §3.1). */
const isActive = (p: MdrProfile): boolean => p.active || p.software !== undefined;

/** Rule 9: active therapeutic devices administering or exchanging energy, and devices controlling certain devices. */
export function mdrRule9(p: MdrProfile): AppliedRule | null {
  if (!isActive(p)) return null;
  const controls = p.controlsOrMonitors;
  return strictest('9', [
    p.therapeuticEnergy === 'yes' && sub('IIa', 'active therapeutic device administering or exchanging energy', MDR.rule9Energy),
    p.therapeuticEnergy === 'potentially-hazardous' &&
      sub('IIb', 'administers or exchanges energy in a potentially hazardous way', MDR.rule9Energy),
    controls === 'class-IIb-active-therapeutic' &&
      sub('IIb', 'controls, monitors or directly influences a class IIb active therapeutic device', MDR.rule9ControlIIb),
    p.ionisingRadiation === 'therapeutic' && sub('IIb', 'emits ionising radiation for therapeutic purposes', MDR.rule9Radiation),
    controls === 'therapeutic-ionising-radiation' &&
      sub('IIb', 'controls, monitors or directly influences a device emitting ionising radiation for therapy', MDR.rule9Radiation),
    controls === 'active-implantable' &&
      sub('III', 'controls, monitors or directly influences an active implantable device', MDR.rule9ActiveImplantable),
  ]);
}

/** Rule 10: active devices for diagnosis and monitoring, and devices emitting ionising radiation for radiology. */
export function mdrRule10(p: MdrProfile): AppliedRule | null {
  if (!isActive(p)) return null;
  const d = p.diagnosisOrMonitoring;
  const controls = p.controlsOrMonitors;
  return strictest('10', [
    d?.suppliesEnergy === 'visible-illumination' &&
      sub('I', "illuminates the patient's body in the visible spectrum", MDR.rule10Energy),
    d?.suppliesEnergy === 'absorbed' && sub('IIa', 'supplies energy absorbed by the body for diagnosis or monitoring', MDR.rule10Energy),
    d?.imagesRadiopharmaceuticals === true &&
      sub('IIa', 'images the in vivo distribution of radiopharmaceuticals', MDR.rule10Radiopharmaceuticals),
    d?.directDiagnosisOrVitalProcesses === true &&
      sub('IIa', 'allows direct diagnosis or monitoring of vital physiological processes', MDR.rule10Vital),
    d?.vitalParametersImmediateDanger === true &&
      sub('IIb', 'monitors vital physiological parameters whose variations could result in immediate danger', MDR.rule10Vital),
    d?.diagnosisInImmediateDanger === true &&
      sub('IIb', 'diagnosis in clinical situations where the patient is in immediate danger', MDR.rule10Vital),
    p.ionisingRadiation !== 'none' &&
      sub('IIb', `emits ionising radiation for ${p.ionisingRadiation === 'therapeutic' ? 'therapeutic' : 'diagnostic or interventional'} radiology`, MDR.rule10Radiology),
    (controls === 'diagnostic-or-interventional-radiology' || controls === 'therapeutic-ionising-radiation') &&
      sub('IIb', 'controls, monitors or directly influences a device emitting ionising radiation for radiology', MDR.rule10Radiology),
  ]);
}

const DECISION: Record<Exclude<NonNullable<MdrProfile['software']>['decisionImpact'], 'none'>, { cls: 'IIa' | 'IIb' | 'III'; because: string; citation: keyof typeof MDR }> = {
  other: { cls: 'IIa', because: 'software providing information for diagnostic or therapeutic decisions', citation: 'rule11Decisions' },
  'serious-deterioration-or-surgery': {
    cls: 'IIb', because: 'software informing decisions that may cause a serious deterioration of health or a surgical intervention', citation: 'rule11Serious',
  },
  'death-or-irreversible': {
    cls: 'III', because: 'software informing decisions that may cause death or an irreversible deterioration of health', citation: 'rule11Death',
  },
};

/** Rule 11: software providing information for decisions, software monitoring physiological processes, other software. */
export function mdrRule11(p: MdrProfile): AppliedRule | null {
  const s = p.software;
  if (s === undefined) return null;
  const decision = s.decisionImpact === 'none' ? undefined : DECISION[s.decisionImpact];
  return strictest('11', [
    sub('I', 'software not providing decision information nor monitoring physiological processes', MDR.rule11Other),
    decision !== undefined && sub(decision.cls, decision.because, MDR[decision.citation]),
    s.monitoring === 'physiological' && sub('IIa', 'software monitoring physiological processes', MDR.rule11Monitoring),
    s.monitoring === 'vital-parameters-immediate-danger' &&
      sub('IIb', 'software monitoring vital physiological parameters whose variations could result in immediate danger', MDR.rule11Monitoring),
  ]);
}

/** Rule 12: active devices administering or removing medicinal products, body liquids or other substances. */
export function mdrRule12(p: MdrProfile): AppliedRule | null {
  if (!isActive(p)) return null;
  const medicinal = p.administersMedicinalProducts;
  const substances = p.administersOrRemovesSubstances;
  return strictest('12', [
    medicinal === 'yes' && sub('IIa', 'active device administering medicinal products', MDR.rule12),
    substances === 'yes' && sub('IIa', 'active device administering or removing body liquids or other substances', MDR.rule12),
    medicinal === 'potentially-hazardous' &&
      sub('IIb', 'active device administering medicinal products in a potentially hazardous manner', MDR.rule12),
    substances === 'potentially-hazardous' &&
      sub('IIb', 'active device administering or removing substances in a potentially hazardous manner', MDR.rule12),
  ]);
}

/** Rule 13, the fall-back for active devices: class I when none of Rules 9-12 applies (even if a special rule does). */
export function mdrRule13(p: MdrProfile): AppliedRule | null {
  if (!isActive(p) || mdrRule9(p) || mdrRule10(p) || mdrRule11(p) || mdrRule12(p)) return null;
  return strictest('13', [sub('I', 'active device to which none of Rules 9 to 12 applies', MDR.rule13)]);
}

/** Rule 22: active therapeutic devices whose integrated diagnostic function significantly determines patient management. */
export function mdrRule22(p: MdrProfile): AppliedRule | null {
  if (!isActive(p) || !p.integratedDiagnosticFunction) return null;
  return strictest('22', [
    sub('III', 'active therapeutic device with an integrated diagnostic function determining patient management (closed loop)', MDR.rule22),
  ]);
}
