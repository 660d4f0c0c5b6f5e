// IVDR Annex VIII Rules 1-7 and implementing rules 1.4-1.6, one pure function each (classes A-D).
// Pure: relative imports only.
import type { AppliedRule } from './classify.ts';
import type { IvdrProfile } from './device-profile.ts';
import { IVDR } from './rule-citations-ivdr.ts';
import { strictest, sub } from './rule-outcome.ts';

/** Rule 1: donor screening, life-threatening agents with high risk of propagation, critical infectious load. */
export function ivdrRule1(p: IvdrProfile): AppliedRule | null {
  return strictest('1', [
    p.transfusionTransplantSafety &&
      sub('D', 'transmissible agent in blood, cells, tissues or organs to assess suitability for transfusion or transplantation (Rule 1, first indent)', IVDR.rule1Donor),
    p.lifeThreateningHighPropagation &&
      sub('D', 'transmissible agent causing a life-threatening disease with a high risk of propagation (Rule 1, second indent)', IVDR.rule1Propagation),
    p.infectiousLoadLifeThreatening &&
      sub('D', 'infectious load of a life-threatening disease where monitoring is critical (Rule 1, third indent)', IVDR.rule1Load),
  ]);
}

/** Rule 2: blood grouping and tissue typing for transfusion, transplantation or cell administration. */
export function ivdrRule2(p: IvdrProfile): AppliedRule | null {
  if (p.bloodGrouping === 'none') return null;
  return strictest('2', [
    p.bloodGrouping === 'abo-rh-kell-kidd-duffy'
      ? sub('D', 'blood grouping determining ABO, Rhesus, Kell, Kidd or Duffy markers', IVDR.rule2D)
      : sub('C', 'blood grouping or tissue typing for immunological compatibility', IVDR.rule2C),
  ]);
}

type Rule3Fact = { field: keyof IvdrProfile; letter: keyof typeof IVDR; because: string };

// IVDR Annex VIII Rule 3, points (a) to (m), in order.
const RULE_3: ReadonlyArray<Rule3Fact> = [
  { field: 'sexuallyTransmittedAgent', letter: 'rule3a', because: 'sexually transmitted agent (Rule 3(a))' },
  { field: 'infectiousAgentInCsfOrBlood', letter: 'rule3b', because: 'infectious agent in cerebrospinal fluid or blood (Rule 3(b))' },
  { field: 'infectionRiskDeathOrDisability', letter: 'rule3c', because: 'infectious agent where an error risks death or severe disability (Rule 3(c))' },
  { field: 'prenatalImmuneStatus', letter: 'rule3d', because: 'pre-natal screening of immune status (Rule 3(d))' },
  { field: 'infectionStatusLifeThreateningDecision', letter: 'rule3e', because: 'infective disease or immune status with life-threatening decisions (Rule 3(e))' },
  { field: 'companionDiagnostic', letter: 'rule3f', because: 'companion diagnostic (Rule 3(f))' },
  { field: 'diseaseStagingLifeThreatening', letter: 'rule3g', because: 'disease staging with life-threatening decisions (Rule 3(g))' },
  { field: 'cancer', letter: 'rule3h', because: 'screening, diagnosis or staging of cancer (Rule 3(h))' },
  { field: 'humanGenetic', letter: 'rule3i', because: 'human genetic testing (Rule 3(i))' },
  { field: 'monitoringLifeThreatening', letter: 'rule3j', because: 'monitoring of levels with life-threatening decisions (Rule 3(j))' },
  { field: 'lifeThreateningDiseaseManagement', letter: 'rule3k', because: 'management of patients with a life-threatening disease or condition (Rule 3(k))' },
  { field: 'congenitalDisorderEmbryoFoetus', letter: 'rule3l', because: 'screening for congenital disorders in the embryo or foetus (Rule 3(l))' },
  { field: 'newbornScreening', letter: 'rule3m', because: 'new-born screening for congenital disorders (Rule 3(m))' },
];

/** Rule 3: the class C purposes (a) to (m). */
export function ivdrRule3(p: IvdrProfile): AppliedRule | null {
  return strictest('3', RULE_3.map((f) => p[f.field] === true && sub('C', f.because, IVDR[f.letter])));
}

const SELF_TEST_EXCEPTION: Record<Exclude<IvdrProfile['selfTesting'], 'none' | 'yes'>, string> = {
  pregnancy: 'self-test for the detection of pregnancy',
  fertility: 'self-test for fertility testing',
  cholesterol: 'self-test for determining cholesterol level',
  'urine-glucose-erythrocytes-leucocytes-bacteria': 'self-test for glucose, erythrocytes, leucocytes or bacteria in urine',
};

/** Rule 4(a): devices for self-testing (class C, or B for the named exceptions). Rule 4(b) gives no class of its own. */
export function ivdrRule4(p: IvdrProfile): AppliedRule | null {
  const self = p.selfTesting;
  if (self === 'none') return null;
  return strictest('4', [
    self === 'yes'
      ? sub('C', 'device for self-testing (Rule 4(a))', IVDR.rule4a)
      : sub('B', `${SELF_TEST_EXCEPTION[self]} (Rule 4(a) exception)`, IVDR.rule4a),
  ]);
}

/** Rule 5: general laboratory products, IVD instruments and specimen receptacles are class A. */
export function ivdrRule5(p: IvdrProfile): AppliedRule | null {
  return strictest('5', [
    p.productType === 'general-laboratory' &&
      sub('A', 'product for general laboratory use, buffer, washing solution, culture medium or stain (Rule 5(a))', IVDR.rule5a),
    p.productType === 'instrument' && sub('A', 'instrument specifically intended for IVD procedures (Rule 5(b))', IVDR.rule5b),
    p.productType === 'specimen-receptacle' && sub('A', 'specimen receptacle (Rule 5(c))', IVDR.rule5c),
  ]);
}

/** Rule 6, the fall-back: class B when none of Rules 1-5 and 7 and implementing rules 1.4-1.6 applies. */
export function ivdrRule6(otherRules: ReadonlyArray<AppliedRule>): AppliedRule | null {
  if (otherRules.length > 0) return null;
  return strictest('6', [sub('B', 'device not covered by Rules 1 to 5 or 7', IVDR.rule6)]);
}

/** Rule 7: controls without an assigned value are class B, whatever the assay they control. */
export function ivdrRule7(p: IvdrProfile): AppliedRule | null {
  if (p.productType !== 'control-without-assigned-value') return null;
  return strictest('7', [sub('B', 'control without a quantitative or qualitative assigned value', IVDR.rule7)]);
}

/** Implementing rules 1.4-1.6: software driving a device, calibrators and assigned-value controls take its class. */
export function ivdrImplementingRule(p: IvdrProfile): AppliedRule | null {
  const cls = p.usedWithDeviceClass;
  if (cls === 'none') return null;
  switch (p.productType) {
    case 'software':
      return strictest('1.4', [sub(cls, `software driving or influencing a class ${cls} device`, IVDR.software14)]);
    case 'calibrator':
      return strictest('1.5', [sub(cls, `calibrator used with a class ${cls} device`, IVDR.calibrator15)]);
    case 'control-with-assigned-value':
      return strictest('1.6', [sub(cls, `control material with assigned values used with a class ${cls} device`, IVDR.control16)]);
    default:
      return null;
  }
}
