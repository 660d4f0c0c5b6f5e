// MDR Rules 9-13 and 22 sub-case by sub-case, and where they meet other rules.
import { describe, expect, it } from 'vitest';
import { classify, mdr, rulesOf } from '#src/regulatory/classify-test-profiles.ts';
import { mdrRule10, mdrRule11, mdrRule12, mdrRule13, mdrRule22, mdrRule9 } from '#src/regulatory/mdr-rules-active.ts';

const active = (more: Record<string, unknown> = {}) => mdr({ active: true, ...more });
const software = (s: Record<string, unknown>) => mdr({ software: s });

describe('MDR Rule 9', () => {
  it.each([
    [{ therapeuticEnergy: 'yes' }, 'IIa', 'first paragraph'],
    [{ therapeuticEnergy: 'potentially-hazardous' }, 'IIb', 'first paragraph'],
    [{ controlsOrMonitors: 'class-IIb-active-therapeutic' }, 'IIb', 'second paragraph'],
    [{ ionisingRadiation: 'therapeutic' }, 'IIb', 'third paragraph'],
    [{ controlsOrMonitors: 'therapeutic-ionising-radiation' }, 'IIb', 'third paragraph'],
    [{ controlsOrMonitors: 'active-implantable' }, 'III', 'fourth paragraph'],
  ])('active %o is class %s', (more, cls, where) => {
    const r = mdrRule9(active(more))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 9, ${where}`]);
  });

  it('does not apply to diagnostic radiation or to a device that is not active', () => {
    expect(mdrRule9(active({ ionisingRadiation: 'diagnostic-or-interventional' }))).toBeNull();
    expect(mdrRule9(mdr({ invasive: 'surgical', duration: 'short-term', ionisingRadiation: 'therapeutic' }))).toBeNull();
  });
});

describe('MDR Rule 10', () => {
  const diag = (d: Record<string, unknown>) => active({ diagnosisOrMonitoring: d });
  it.each([
    [diag({ suppliesEnergy: 'visible-illumination' }), 'I', 'first indent'],
    [diag({ suppliesEnergy: 'absorbed' }), 'IIa', 'first indent'],
    [diag({ imagesRadiopharmaceuticals: true }), 'IIa', 'second indent'],
    [diag({ directDiagnosisOrVitalProcesses: true }), 'IIa', 'third indent'],
    [diag({ vitalParametersImmediateDanger: true }), 'IIb', 'third indent'],
    [diag({ diagnosisInImmediateDanger: true }), 'IIb', 'third indent'],
    [active({ ionisingRadiation: 'diagnostic-or-interventional' }), 'IIb', 'second paragraph'],
    [active({ controlsOrMonitors: 'diagnostic-or-interventional-radiology' }), 'IIb', 'second paragraph'],
  ])('case %# is class %s', (profile, cls, where) => {
    const r = mdrRule10(profile)!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 10, ${where}`]);
  });

  it('a fundoscope illuminates in order to diagnose: IIa, not I (MDCG Rule 9 Note 1)', () => {
    const r = mdrRule10(diag({ suppliesEnergy: 'visible-illumination', directDiagnosisOrVitalProcesses: true }))!;
    expect(r.class).toBe('IIa');
  });

  it('a therapeutic linear accelerator meets Rules 9 and 10, both IIb', () => {
    expect(rulesOf(classify({ regulation: 'MDR', active: true, ionisingRadiation: 'therapeutic' }))).toEqual(['9:IIb', '10:IIb']);
  });

  it('an empty diagnosisOrMonitoring object makes no Rule 10 case', () => {
    expect(mdrRule10(diag({}))).toBeNull();
  });
});

describe('MDR Rule 11', () => {
  it.each([
    [{}, 'I', 'third paragraph'],
    [{ decisionImpact: 'other' }, 'IIa', 'first paragraph'],
    [{ decisionImpact: 'serious-deterioration-or-surgery' }, 'IIb', 'first paragraph, second indent'],
    [{ decisionImpact: 'death-or-irreversible' }, 'III', 'first paragraph, first indent'],
    [{ monitoring: 'physiological' }, 'IIa', 'second paragraph'],
    [{ monitoring: 'vital-parameters-immediate-danger' }, 'IIb', 'second paragraph'],
  ])('software %o is class %s', (s, cls, where) => {
    const r = mdrRule11(software(s))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 11, ${where}`]);
  });

  it('treats software as active without active: true, so Rule 13 is not listed beside Rule 11', () => {
    expect(rulesOf(classify({ regulation: 'MDR', software: {} }))).toEqual(['11:I']);
  });

  it('software driving a class IIb device is IIb by implementing rule 3.3 even when its own purpose says I', () => {
    const c = classify({ regulation: 'MDR', software: { drivesOrInfluencesDeviceClass: 'IIb' } });
    expect([c.class, ...rulesOf(c)]).toEqual(['IIb', '11:I', '3.3:IIb']);
  });

  it('software whose own purpose is stricter than the device it drives keeps its own class (MDCG 2019-11)', () => {
    const c = classify({ regulation: 'MDR', software: { drivesOrInfluencesDeviceClass: 'IIa', decisionImpact: 'death-or-irreversible' } });
    expect([c.class, ...rulesOf(c)]).toEqual(['III', '11:III', '3.3:IIa']);
  });

  it('contraception software (fertility app used for contraception) is IIb by Rule 15 beside Rule 11', () => {
    expect(rulesOf(classify({ regulation: 'MDR', software: {}, contraceptionOrSTD: true }))).toEqual(['11:I', '15:IIb']);
  });
});

describe('MDR Rule 12', () => {
  it.each([
    [{ administersMedicinalProducts: 'yes' }, 'IIa'],
    [{ administersOrRemovesSubstances: 'yes' }, 'IIa'],
    [{ administersMedicinalProducts: 'potentially-hazardous' }, 'IIb'],
    [{ administersOrRemovesSubstances: 'potentially-hazardous', administersMedicinalProducts: 'yes' }, 'IIb'],
  ])('active %o is class %s', (more, cls) => {
    const r = mdrRule12(active(more))!;
    expect([r.class, r.citation.ref]).toEqual([cls, 'MDR Annex VIII, Rule 12']);
  });

  it('an elastomeric pump (active, administers medicinal products) is IIa by Rule 12, not Rule 13', () => {
    expect(rulesOf(classify({ regulation: 'MDR', active: true, administersMedicinalProducts: 'yes' }))).toEqual(['12:IIa']);
  });
});

describe('MDR Rule 13', () => {
  it('classifies an active device none of Rules 9-12 reaches in class I', () => {
    expect(mdrRule13(active())!.citation.ref).toBe('MDR Annex VIII, Rule 13');
    expect(mdrRule13(active({ therapeuticEnergy: 'yes' }))).toBeNull();
    expect(mdrRule13(mdr())).toBeNull();
  });

  it('is listed even where a special rule decides a higher class (endoscope washer-disinfector: 13 and 16)', () => {
    expect(rulesOf(classify({ regulation: 'MDR', active: true, disinfects: 'invasive-devices-end-point' }))).toEqual(['13:I', '16:IIb']);
  });
});

describe('MDR Rule 22', () => {
  it('puts an active therapeutic device with an integrated diagnostic function in class III', () => {
    expect(mdrRule22(active({ integratedDiagnosticFunction: true }))!.class).toBe('III');
    expect(mdrRule22(active())).toBeNull();
  });

  it('an automated external defibrillator meets Rules 9 and 22: class III', () => {
    const c = classify({ regulation: 'MDR', active: true, therapeuticEnergy: 'potentially-hazardous', integratedDiagnosticFunction: true });
    expect([c.class, ...rulesOf(c)]).toEqual(['III', '9:IIb', '22:III']);
  });
});
