// The sentences of IVDR 2017/746 Annex VIII that make each rule and sub-rule apply, quoted verbatim (data only).
// Where a sub-rule is an indent or a lettered point, the text is the rule's opening words, " … ", then that point.
import type { Citation } from './rule-outcome.ts';

const cite = (where: string, ...parts: string[]): Citation => ({ ref: `IVDR Annex VIII, ${where}`, text: parts.join(' … ') });

const R1 = 'Devices intended to be used for the following purposes are classified as class D:';
const R2 = 'Devices intended to be used for blood grouping, or tissue typing to ensure the immunological compatibility of blood, blood components, cells, tissue or organs that are intended for transfusion or transplantation or cell administration, are classified as class C, except when intended to determine any of the following markers:';
const R3 = 'Devices are classified as class C if they are intended:';
const R4A = '(a) Devices intended for self-testing are classified as class C, except for devices for the detection of pregnancy, for fertility testing and for determining cholesterol level, and devices for the detection of glucose, erythrocytes, leucocytes and bacteria in urine, which are classified as class B.';
const R5 = 'The following devices are classified as class A:';

/** IVDR Annex VIII citations by rule, sub-rule and implementing rule. */
export const IVDR = {
  rule1Donor: cite('Rule 1, first indent', R1, 'detection of the presence of, or exposure to, a transmissible agent in blood, blood components, cells, tissues or organs, or in any of their derivatives, in order to assess their suitability for transfusion, transplantation or cell administration;'),
  rule1Propagation: cite('Rule 1, second indent', R1, 'detection of the presence of, or exposure to, a transmissible agent that causes a life-threatening disease with a high or suspected high risk of propagation;'),
  rule1Load: cite('Rule 1, third indent', R1, 'determining the infectious load of a life-threatening disease where monitoring is critical in the process of patient management.'),
  rule2C: cite('Rule 2', R2.replace(', except when intended to determine any of the following markers:', '')),
  rule2D: cite('Rule 2', R2, 'in which case they are classified as class D.'),
  rule3a: cite('Rule 3(a)', R3, '(a) for detecting the presence of, or exposure to, a sexually transmitted agent;'),
  rule3b: cite('Rule 3(b)', R3, '(b) for detecting the presence in cerebrospinal fluid or blood of an infectious agent without a high or suspected high risk of propagation;'),
  rule3c: cite('Rule 3(c)', R3, "(c) for detecting the presence of an infectious agent, if there is a significant risk that an erroneous result would cause death or severe disability to the individual, foetus or embryo being tested, or to the individual's offspring;"),
  rule3d: cite('Rule 3(d)', R3, '(d) for pre-natal screening of women in order to determine their immune status towards transmissible agents;'),
  rule3e: cite('Rule 3(e)', R3, "(e) for determining infective disease status or immune status, where there is a risk that an erroneous result would lead to a patient management decision resulting in a life-threatening situation for the patient or for the patient's offspring;"),
  rule3f: cite('Rule 3(f)', R3, '(f) to be used as companion diagnostics;'),
  rule3g: cite('Rule 3(g)', R3, "(g) to be used for disease staging, where there is a risk that an erroneous result would lead to a patient management decision resulting in a life-threatening situation for the patient or for the patient's offspring;"),
  rule3h: cite('Rule 3(h)', R3, '(h) to be used in screening, diagnosis, or staging of cancer;'),
  rule3i: cite('Rule 3(i)', R3, '(i) for human genetic testing;'),
  rule3j: cite('Rule 3(j)', R3, "(j) for monitoring of levels of medicinal products, substances or biological components, when there is a risk that an erroneous result will lead to a patient management decision resulting in a life-threatening situation for the patient or for the patient's offspring;"),
  rule3k: cite('Rule 3(k)', R3, '(k) for management of patients suffering from a life-threatening disease or condition;'),
  rule3l: cite('Rule 3(l)', R3, '(l) for screening for congenital disorders in the embryo or foetus;'),
  rule3m: cite('Rule 3(m)', R3, '(m) for screening for congenital disorders in new-born babies where failure to detect and treat such disorders could lead to life-threatening situations or severe disabilities.'),
  rule4a: cite('Rule 4(a)', R4A),
  rule5a: cite('Rule 5(a)', R5, '(a) products for general laboratory use, accessories which possess no critical characteristics, buffer solutions, washing solutions, and general culture media and histological stains, intended by the manufacturer to make them suitable for in vitro diagnostic procedures relating to a specific examination;'),
  rule5b: cite('Rule 5(b)', R5, '(b) instruments intended by the manufacturer specifically to be used for in vitro diagnostic procedures;'),
  rule5c: cite('Rule 5(c)', R5, '(c) specimen receptacles.'),
  rule6: cite('Rule 6', 'Devices not covered by the above-mentioned classification rules are classified as class B.'),
  rule7: cite('Rule 7', 'Devices which are controls without a quantitative or qualitative assigned value are classified as class B.'),
  software14: cite('implementing rule 1.4', 'Software, which drives a device or influences the use of a device, shall fall within the same class as the device.'),
  calibrator15: cite('implementing rule 1.5', 'Calibrators intended to be used with a device shall be classified in the same class as the device.'),
  control16: cite('implementing rule 1.6', 'Control materials with quantitative or qualitative assigned values intended for one specific analyte or multiple analytes shall be classified in the same class as the device.'),
} as const satisfies Record<string, Citation>;
