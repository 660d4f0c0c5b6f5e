// MDR special Rules 14-21 and implementing rule 3.3, sub-case by sub-case, and where they meet Rules 1-13.
import { describe, expect, it } from 'vitest';
import { classify, mdr, rulesOf } from '#src/regulatory/classify-test-profiles.ts';
import {
  mdrRule14, mdrRule15, mdrRule16, mdrRule17, mdrRule18, mdrRule19, mdrRule20, mdrRule21, mdrRule3_3,
} from '#src/regulatory/mdr-rules-special.ts';

describe('MDR Rules 14-18', () => {
  it('Rule 14: a device with an ancillary medicinal substance is class III', () => {
    expect(mdrRule14(mdr({ ancillaryMedicinalSubstance: true }))!.class).toBe('III');
    expect(mdrRule14(mdr())).toBeNull();
  });

  it('Rule 14 meets Rule 8: a drug-eluting coronary stent is III by both', () => {
    const c = classify({ regulation: 'MDR', invasive: 'implantable', directContactHeartCirculationOrCNS: true, ancillaryMedicinalSubstance: true });
    expect(rulesOf(c)).toEqual(['8:III', '14:III']);
  });

  it.each([
    [{}, 'IIb'],
    [{ invasive: 'body-orifice', duration: 'short-term' }, 'IIb'],
    [{ invasive: 'body-orifice', duration: 'long-term' }, 'III'],
    [{ invasive: 'implantable' }, 'III'],
  ])('Rule 15: contraception device %o is class %s', (more, cls) => {
    expect(mdrRule15(mdr({ contraceptionOrSTD: true, ...more }))!.class).toBe(cls);
  });

  it('a condom with spermicide is III by Rule 14 over Rule 15 IIb', () => {
    const c = classify({ regulation: 'MDR', invasive: 'body-orifice', duration: 'transient', contraceptionOrSTD: true, ancillaryMedicinalSubstance: true });
    expect([c.class, ...rulesOf(c)]).toEqual(['III', '5:I', '14:III', '15:IIb']);
  });

  it.each([
    ['contact-lenses', 'IIb', 'first paragraph'],
    ['medical-devices', 'IIa', 'second paragraph'],
    ['invasive-devices-end-point', 'IIb', 'second paragraph'],
  ])('Rule 16: disinfects %s is class %s', (disinfects, cls, where) => {
    const r = mdrRule16(mdr({ disinfects }))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 16, ${where}`]);
  });

  it('Rule 17: X-ray image recording is IIa', () => {
    expect(mdrRule17(mdr({ recordsXrayImages: true }))!.class).toBe('IIa');
  });

  it('Rule 18: human material is III even on intact skin; animal material on intact skin only is not Rule 18', () => {
    expect(mdrRule18(mdr({ tissuesOrCells: 'human', intactSkinOnly: true }))!.class).toBe('III');
    expect(mdrRule18(mdr({ tissuesOrCells: 'animal' }))!.class).toBe('III');
    expect(mdrRule18(mdr({ tissuesOrCells: 'animal', intactSkinOnly: true }))).toBeNull();
  });
});

describe('MDR Rules 19-21', () => {
  it.each([
    ['high', 'III', 'first indent'],
    ['medium', 'III', 'first indent'],
    ['low', 'IIb', 'second indent'],
    ['negligible', 'IIa', 'third indent'],
  ])('Rule 19: nanomaterial with %s exposure potential is class %s', (nanomaterialExposure, cls, where) => {
    const r = mdrRule19(mdr({ nanomaterialExposure }))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 19, ${where}`]);
  });

  it.each([
    ['yes', 'IIa'],
    ['essential-impact', 'IIb'],
    ['life-threatening-conditions', 'IIb'],
  ])('Rule 20: inhalation %s is class %s', (inhalation, cls) => {
    expect(mdrRule20(mdr({ invasive: 'body-orifice', duration: 'transient', inhalation }))!.class).toBe(cls);
  });

  it('Rule 20 applies only to body-orifice invasive devices', () => {
    expect(mdrRule20(mdr({ inhalation: 'yes' }))).toBeNull();
  });

  it.each([
    ['skin', 'none', 'IIa', 'third indent'],
    ['skin', 'incidental', 'IIa', 'third indent'],
    ['nasal-or-oral-cavity', 'none', 'IIa', 'third indent'],
    ['stomach-or-lower-gi', 'none', 'IIb', 'fourth indent'],
    ['stomach-or-lower-gi', 'incidental', 'III', 'second indent'],
    ['other', 'none', 'IIb', 'fourth indent'],
    ['other', 'for-intended-purpose', 'III', 'first indent'],
    ['skin', 'for-intended-purpose', 'III', 'first indent'],
  ])('Rule 21: substance-based device acting %s, systemic absorption %s, is class %s', (substanceBased, systemicAbsorption, cls, where) => {
    const r = mdrRule21(mdr({ substanceBased, systemicAbsorption }))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 21, ${where}`]);
  });

  it('Rule 21 meets Rule 5: eye drops (short-term, on the eyeball) are IIb by Rule 21 over Rule 5 IIa', () => {
    const c = classify({ regulation: 'MDR', invasive: 'body-orifice', duration: 'short-term', substanceBased: 'other' });
    expect([c.class, ...rulesOf(c)]).toEqual(['IIb', '5:IIa', '21:IIb']);
    expect(c.rules[1]!.because).toContain('beyond the pharynx');
  });

  it('implementing rule 3.3 gives software the class of the device it drives, and is listed last', () => {
    const r = mdrRule3_3(mdr({ software: { drivesOrInfluencesDeviceClass: 'III' } }))!;
    expect([r.rule, r.class, r.citation.ref]).toEqual(['3.3', 'III', 'MDR Annex VIII, Chapter II, implementing rule 3.3']);
    expect(mdrRule3_3(mdr({ software: {} }))).toBeNull();
    const c = classify({ regulation: 'MDR', software: { drivesOrInfluencesDeviceClass: 'IIa' }, nanomaterialExposure: 'negligible' });
    expect(rulesOf(c)).toEqual(['11:I', '19:IIa', '3.3:IIa']);
  });
});
