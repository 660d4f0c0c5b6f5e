// MDR Rules 1-4 sub-case by sub-case (MDR Annex VIII, 4.1-4.4; MDCG 2021-24 examples).
import { describe, expect, it } from 'vitest';
import { classify, mdr, rulesOf } from '#src/regulatory/classify-test-profiles.ts';
import { mdrRule1, mdrRule2, mdrRule3, mdrRule4 } from '#src/regulatory/mdr-rules-non-invasive.ts';

describe('MDR Rule 1', () => {
  it('classifies a non-invasive device no other rule reaches in class I (hospital bed, ECG electrode)', () => {
    expect(rulesOf(classify({ regulation: 'MDR', name: 'hospital bed' }))).toEqual(['1:I']);
    // MDCG 2021-24 §3.1: ECG/EEG electrodes do not convert energy, so they are not active: Rule 1, not Rule 13.
    expect(rulesOf(classify({ regulation: 'MDR', name: 'ECG electrode', sterile: false }))).toEqual(['1:I']);
  });

  it('is not listed when another rule applies or the device is invasive', () => {
    expect(mdrRule1(mdr(), [])?.citation.ref).toBe('MDR Annex VIII, Rule 1');
    expect(mdrRule1(mdr({ invasive: 'body-orifice', duration: 'transient' }), [])).toBeNull();
    expect(rulesOf(classify({ regulation: 'MDR', recordsXrayImages: true }))).toEqual(['17:IIa']);
    expect(rulesOf(classify({ regulation: 'MDR', active: true }))).toEqual(['13:I']);
  });
});

describe('MDR Rule 2', () => {
  it.each([
    [{ channelsOrStores: 'liquids-or-gases' }, 'I', 'all other cases', 'second paragraph'],
    [{ channelsOrStores: 'liquids-or-gases', connectsToActiveDevice: 'class-IIa-or-higher' }, 'IIa', 'active device of class IIa', 'first indent'],
    [{ channelsOrStores: 'liquids-or-gases', connectsToActiveDevice: 'class-I' }, 'I', 'all other cases', 'second paragraph'],
    [{ channelsOrStores: 'blood-or-body-liquids' }, 'IIa', 'blood or other body liquids', 'second indent'],
    [{ channelsOrStores: 'organs-cells-or-tissues' }, 'IIa', 'organs, body cells or tissues', 'second indent'],
    [{ channelsOrStores: 'blood-bag', connectsToActiveDevice: 'class-IIa-or-higher' }, 'IIb', 'blood bag', 'second indent'],
  ])('%o is class %s (%s)', (facts, cls, because, indent) => {
    const r = mdrRule2(mdr(facts))!;
    expect(r.class).toBe(cls);
    expect(r.because).toContain(because);
    expect(r.citation.ref).toBe(`MDR Annex VIII, Rule 2, ${indent}`);
  });

  it('does not apply to collecting body liquids without return (urine bottle) nor to an invasive device', () => {
    expect(mdrRule2(mdr({ channelsOrStores: 'none' }))).toBeNull();
    expect(mdrRule2(mdr({ invasive: 'surgical', duration: 'transient', channelsOrStores: 'blood-or-body-liquids' }))).toBeNull();
  });
});

describe('MDR Rule 3', () => {
  it.each([
    ['filtration', 'IIa', 'by filtration only'],
    ['centrifugation', 'IIa', 'by centrifugation only'],
    ['gas-exchange', 'IIa', 'exchange of gas'],
    ['heat-exchange', 'IIa', 'exchange of heat'],
    ['other', 'IIb', 'modifies the biological or chemical composition'],
  ])('modifiesComposition %s is class %s', (modifiesComposition, cls, because) => {
    const r = mdrRule3(mdr({ modifiesComposition }))!;
    expect([r.class, r.citation.ref]).toEqual([cls, 'MDR Annex VIII, Rule 3, first paragraph']);
    expect(r.because).toContain(because);
  });

  it('puts in vitro contact substances (IVF media, organ storage solutions) in class III, above any treatment', () => {
    const r = mdrRule3(mdr({ inVitroContactSubstance: true, modifiesComposition: 'filtration' }))!;
    expect([r.class, r.citation.ref]).toEqual(['III', 'MDR Annex VIII, Rule 3, second paragraph']);
  });

  it('IVF medium with human albumin is class III by Rule 14 and Rule 3 (MDCG Rule 14 Note 2)', () => {
    const c = classify({ regulation: 'MDR', inVitroContactSubstance: true, ancillaryMedicinalSubstance: true });
    expect([c.class, ...rulesOf(c)]).toEqual(['III', '3:III', '14:III']);
  });
});

describe('MDR Rule 4', () => {
  it.each([
    ['barrier-compression-absorption', 'I', 'first indent'],
    ['breached-dermis-secondary-intent', 'IIb', 'second indent'],
    ['micro-environment', 'IIa', 'third indent'],
    ['other', 'IIa', 'fourth indent'],
  ])('injuredSkinOrMucosa %s is class %s', (injuredSkinOrMucosa, cls, indent) => {
    const r = mdrRule4(mdr({ injuredSkinOrMucosa }))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 4, ${indent}`]);
  });

  it('applies to invasive devices on injured mucous membrane too (dressing for nose bleeds: Rules 4 and 5, class I)', () => {
    const c = classify({ regulation: 'MDR', invasive: 'body-orifice', duration: 'transient', orificeSite: 'nasal-cavity', injuredSkinOrMucosa: 'barrier-compression-absorption' });
    expect(rulesOf(c)).toEqual(['4:I', '5:I']);
  });

  it('a sterile wound dressing acting as a barrier is class Is', () => {
    const c = classify({ regulation: 'MDR', injuredSkinOrMucosa: 'barrier-compression-absorption', sterile: true });
    expect([c.class, c.subclasses]).toEqual(['I', ['s']]);
  });
});
