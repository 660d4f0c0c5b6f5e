// IVDR Rules 1-7 and implementing rules 1.4-1.6 sub-case by sub-case, and where they meet (MDCG 2020-16 examples).
import { describe, expect, it } from 'vitest';
import { classify, ivdr, rulesOf } from '#src/regulatory/classify-test-profiles.ts';
import {
  ivdrImplementingRule, ivdrRule1, ivdrRule2, ivdrRule3, ivdrRule4, ivdrRule5, ivdrRule6, ivdrRule7,
} from '#src/regulatory/ivdr-rules.ts';

const IVDR = (facts: Record<string, unknown>) => classify({ regulation: 'IVDR', ...facts });

describe('IVDR Rules 1-4', () => {
  it.each([
    ['transfusionTransplantSafety', 'first indent'],
    ['lifeThreateningHighPropagation', 'second indent'],
    ['infectiousLoadLifeThreatening', 'third indent'],
  ])('Rule 1: %s is class D', (field, indent) => {
    const r = ivdrRule1(ivdr({ [field]: true }))!;
    expect([r.class, r.citation.ref]).toEqual(['D', `IVDR Annex VIII, Rule 1, ${indent}`]);
    expect(r.because).toContain(`(Rule 1, ${indent})`);
  });

  it('Rule 2: ABO/Rh/Kell/Kidd/Duffy typing is D, other markers and HLA are C', () => {
    expect(ivdrRule2(ivdr({ bloodGrouping: 'abo-rh-kell-kidd-duffy' }))!.class).toBe('D');
    expect(ivdrRule2(ivdr({ bloodGrouping: 'other-markers' }))!.class).toBe('C');
    expect(ivdrRule2(ivdr())).toBeNull();
  });

  it.each([
    ['sexuallyTransmittedAgent', 'a'], ['infectiousAgentInCsfOrBlood', 'b'], ['infectionRiskDeathOrDisability', 'c'],
    ['prenatalImmuneStatus', 'd'], ['infectionStatusLifeThreateningDecision', 'e'], ['companionDiagnostic', 'f'],
    ['diseaseStagingLifeThreatening', 'g'], ['cancer', 'h'], ['humanGenetic', 'i'], ['monitoringLifeThreatening', 'j'],
    ['lifeThreateningDiseaseManagement', 'k'], ['congenitalDisorderEmbryoFoetus', 'l'], ['newbornScreening', 'm'],
  ])('Rule 3: %s is class C, letter (%s) in because and citation', (field, letter) => {
    const r = ivdrRule3(ivdr({ [field]: true }))!;
    expect([r.rule, r.class, r.citation.ref]).toEqual(['3', 'C', `IVDR Annex VIII, Rule 3(${letter})`]);
    expect(r.because).toContain(`Rule 3(${letter})`);
    expect(r.citation.text).toContain(`(${letter}) `);
  });

  it('Rule 3 names every letter that applies in one entry', () => {
    const c = IVDR({ cancer: true, humanGenetic: true });
    expect(rulesOf(c)).toEqual(['3:C']);
    expect(c.rules[0]!.because).toMatch(/Rule 3\(h\).*; .*Rule 3\(i\)/);
  });

  it.each([
    ['yes', 'C'], ['pregnancy', 'B'], ['fertility', 'B'], ['cholesterol', 'B'], ['urine-glucose-erythrocytes-leucocytes-bacteria', 'B'],
  ])('Rule 4(a): self-testing %s is class %s', (selfTesting, cls) => {
    expect(ivdrRule4(ivdr({ selfTesting }))!.class).toBe(cls);
  });

  it('a self-test for HIV is D: Rule 1 over Rule 4 (implementing rule 1.9)', () => {
    const c = IVDR({ selfTesting: 'yes', lifeThreateningHighPropagation: true });
    expect([c.class, ...rulesOf(c)]).toEqual(['D', '1:D', '4:C']);
  });

  it('a self-test detecting a class C marker beside an exception marker is C (MDCG Rule 4(a))', () => {
    expect(IVDR({ selfTesting: 'cholesterol', lifeThreateningDiseaseManagement: true }).class).toBe('C');
  });

  it('a near-patient glucose test for diabetes management is C by Rule 3(k); near-patient gives no class of its own', () => {
    const c = IVDR({ nearPatient: true, lifeThreateningDiseaseManagement: true });
    expect([c.class, ...rulesOf(c)]).toEqual(['C', '3:C']);
    expect(rulesOf(IVDR({ nearPatient: true }))).toEqual(['6:B']);
  });

  it('syphilis donor screening is D by Rule 1, with Rule 3(a) C listed too', () => {
    expect(rulesOf(IVDR({ transfusionTransplantSafety: true, sexuallyTransmittedAgent: true }))).toEqual(['1:D', '3:C']);
  });
});

describe('IVDR Rules 5-7 and implementing rules 1.4-1.6', () => {
  it.each([
    ['general-laboratory', '5(a)'], ['instrument', '5(b)'], ['specimen-receptacle', '5(c)'],
  ])('Rule 5: %s is class A', (productType, point) => {
    const r = ivdrRule5(ivdr({ productType }))!;
    expect([r.class, r.citation.ref]).toEqual(['A', `IVDR Annex VIII, Rule ${point}`]);
  });

  it('a sterile specimen receptacle is class A with the s qualifier; a non-sterile one has none', () => {
    expect(IVDR({ productType: 'specimen-receptacle', sterile: true }).subclasses).toEqual(['s']);
    expect(IVDR({ productType: 'instrument' }).subclasses).toEqual([]);
    expect(IVDR({ sterile: true }).subclasses).toEqual([]);
  });

  it('Rule 6 is the fall-back: B only when no other rule applies', () => {
    expect(ivdrRule6([])!.class).toBe('B');
    expect(rulesOf(IVDR({}))).toEqual(['6:B']);
    expect(rulesOf(IVDR({ productType: 'measuring-instrument' }))).toEqual(['6:B']);
    expect(rulesOf(IVDR({ productType: 'instrument' }))).toEqual(['5:A']);
    expect(rulesOf(IVDR({ productType: 'calibrator', usedWithDeviceClass: 'B' }))).toEqual(['1.5:B']);
  });

  it('Rule 7: a control without an assigned value is B', () => {
    expect(ivdrRule7(ivdr({ productType: 'control-without-assigned-value' }))!.class).toBe('B');
    expect(ivdrRule7(ivdr())).toBeNull();
  });

  it.each([
    ['software', '1.4', 'D'], ['calibrator', '1.5', 'C'], ['control-with-assigned-value', '1.6', 'A'],
  ])('%s takes the class of the device it serves (implementing rule %s)', (productType, rule, cls) => {
    const r = ivdrImplementingRule(ivdr({ productType, usedWithDeviceClass: cls }))!;
    expect([r.rule, r.class, r.citation.ref]).toEqual([rule, cls, `IVDR Annex VIII, implementing rule ${rule}`]);
    expect(ivdrImplementingRule(ivdr({ productType }))).toBeNull();
  });

  it('a calibrator may state the purpose facts instead: a cancer-marker calibrator is C by Rule 3', () => {
    expect(rulesOf(IVDR({ productType: 'calibrator', cancer: true }))).toEqual(['3:C']);
    expect(rulesOf(IVDR({ productType: 'calibrator', cancer: true, usedWithDeviceClass: 'C' }))).toEqual(['3:C', '1.5:C']);
  });

  it('a measuring instrument (blood gas analyser with direct sensors) is classified by its purpose, not Rule 5(b)', () => {
    expect(rulesOf(IVDR({ productType: 'measuring-instrument', monitoringLifeThreatening: true }))).toEqual(['3:C']);
  });
});
