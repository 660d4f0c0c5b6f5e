// MDR Rules 5-8 sub-case by sub-case, with the pitfalls MDCG 2021-24 warns about.
import { describe, expect, it } from 'vitest';
import { classify, mdr, rulesOf } from '#src/regulatory/classify-test-profiles.ts';
import { mdrRule5, mdrRule6, mdrRule7, mdrRule8 } from '#src/regulatory/mdr-rules-invasive.ts';

const orifice = (duration: string, more: Record<string, unknown> = {}) => mdr({ invasive: 'body-orifice', duration, ...more });
const surgical = (duration: string, more: Record<string, unknown> = {}) => mdr({ invasive: 'surgical', duration, ...more });

describe('MDR Rule 5', () => {
  it.each([
    ['transient', {}, 'I', 'first indent'],
    ['short-term', {}, 'IIa', 'second indent'],
    ['short-term', { orificeSite: 'ear-canal-to-eardrum' }, 'I', 'second indent'],
    ['long-term', {}, 'IIb', 'third indent'],
    ['long-term', { orificeSite: 'oral-cavity-to-pharynx' }, 'IIa', 'third indent'],
    ['long-term', { orificeSite: 'nasal-cavity', absorbedByMucousMembrane: true }, 'IIb', 'third indent'],
    ['transient', { connectsToActiveDevice: 'class-I' }, 'I', 'first indent'],
    ['transient', { connectsToActiveDevice: 'class-IIa-or-higher' }, 'IIa', 'second paragraph'],
  ])('%s %o is class %s', (duration, more, cls, where) => {
    const r = mdrRule5(orifice(duration, more))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, Rule 5, ${where}`]);
  });

  it('keeps a long-term device connected to a ventilator in IIb: the connection gives at least IIa (MDCG Rule 5)', () => {
    expect(mdrRule5(orifice('long-term', { connectsToActiveDevice: 'class-IIa-or-higher' }))!.class).toBe('IIb');
  });

  it('does not apply to surgically invasive or non-invasive devices', () => {
    expect(mdrRule5(surgical('transient'))).toBeNull();
    expect(mdrRule5(mdr())).toBeNull();
  });
});

describe('MDR Rule 6', () => {
  it.each([
    [{}, 'IIa', 'Rule 6'],
    [{ reusableSurgicalInstrument: true }, 'I', 'Rule 6, second indent'],
    [{ heartOrCirculationDefect: true }, 'III', 'Rule 6, first indent'],
    [{ directContactHeartCirculationOrCNS: true }, 'III', 'Rule 6, third indent'],
    [{ ionisingRadiation: 'therapeutic' }, 'IIb', 'Rule 6, fourth indent'],
    [{ biologicalEffect: true }, 'IIb', 'Rule 6, fifth indent'],
    [{ whollyOrMainlyAbsorbed: true }, 'IIb', 'Rule 6, fifth indent'],
    [{ administersMedicinalProducts: 'potentially-hazardous' }, 'IIb', 'Rule 6, sixth indent'],
    [{ administersMedicinalProducts: 'yes' }, 'IIa', 'Rule 6'],
  ])('transient surgical %o is class %s', (more, cls, where) => {
    const r = mdrRule6(surgical('transient', more))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, ${where}`]);
  });

  it('a reusable instrument in direct contact with the CNS stays class III, without the r qualifier (MDCG Rule 6)', () => {
    const c = classify({ regulation: 'MDR', invasive: 'surgical', duration: 'transient', reusableSurgicalInstrument: true, directContactHeartCirculationOrCNS: true });
    expect([c.class, c.subclasses, ...rulesOf(c)]).toEqual(['III', [], '6:III']);
  });

  it('a reusable scalpel placed on the market sterile is class I with qualifiers s and r', () => {
    const c = classify({ regulation: 'MDR', invasive: 'surgical', duration: 'transient', reusableSurgicalInstrument: true, sterile: true });
    expect([c.class, c.subclasses]).toEqual(['I', ['s', 'r']]);
  });

  it('names both class III sub-cases when a cardiovascular catheter meets two of them', () => {
    const r = mdrRule6(surgical('transient', { heartOrCirculationDefect: true, directContactHeartCirculationOrCNS: true }))!;
    expect(r.because).toContain('defect of the heart');
    expect(r.because).toContain('; specifically for direct contact');
  });
});

describe('MDR Rule 7', () => {
  it.each([
    [{}, 'IIa', 'Rule 7'],
    [{ heartOrCirculationDefect: true }, 'III', 'Rule 7, first indent'],
    [{ directContactHeartCirculationOrCNS: true }, 'III', 'Rule 7, second indent'],
    [{ ionisingRadiation: 'therapeutic' }, 'IIb', 'Rule 7, third indent'],
    [{ biologicalEffect: true }, 'III', 'Rule 7, fourth indent'],
    [{ whollyOrMainlyAbsorbed: true }, 'III', 'Rule 7, fourth indent'],
    [{ chemicalChangeInBody: true }, 'IIb', 'Rule 7, fifth indent'],
    [{ chemicalChangeInBody: true, placedInTeeth: true }, 'IIa', 'Rule 7'],
    [{ administersMedicinalProducts: 'yes' }, 'IIb', 'Rule 7, sixth indent'],
  ])('short-term surgical %o is class %s', (more, cls, where) => {
    const r = mdrRule7(surgical('short-term', more))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, ${where}`]);
  });

  it('ignores the reusable-instrument qualifier: short-term surgical use is never class I', () => {
    expect(mdrRule7(surgical('short-term', { reusableSurgicalInstrument: true }))!.class).toBe('IIa');
  });
});

describe('MDR Rule 8', () => {
  const implant = (more: Record<string, unknown> = {}) => mdr({ invasive: 'implantable', ...more });

  it.each([
    [{}, 'IIb', 'Rule 8'],
    [{ placedInTeeth: true }, 'IIa', 'Rule 8, first indent'],
    [{ directContactHeartCirculationOrCNS: true }, 'III', 'Rule 8, second indent'],
    [{ heartOrCirculationDefect: true }, 'III', 'Rule 8, second indent'],
    [{ biologicalEffect: true }, 'III', 'Rule 8, third indent'],
    [{ whollyOrMainlyAbsorbed: true }, 'III', 'Rule 8, third indent'],
    [{ chemicalChangeInBody: true }, 'III', 'Rule 8, fourth indent'],
    [{ chemicalChangeInBody: true, placedInTeeth: true }, 'IIa', 'Rule 8, first indent'],
    [{ administersMedicinalProducts: 'yes' }, 'III', 'Rule 8, fifth indent'],
    [{ activeImplantable: 'device' }, 'III', 'Rule 8, sixth indent'],
    [{ implantType: 'breast-implant' }, 'III', 'Rule 8, seventh indent'],
    [{ implantType: 'surgical-mesh' }, 'III', 'Rule 8, seventh indent'],
    [{ implantType: 'joint-replacement' }, 'III', 'Rule 8, eighth indent'],
    [{ implantType: 'joint-replacement-ancillary' }, 'IIb', 'Rule 8, eighth indent'],
    [{ implantType: 'spinal-disc-replacement' }, 'III', 'Rule 8, ninth indent'],
    [{ implantType: 'spinal-column-contact' }, 'III', 'Rule 8, ninth indent'],
    [{ implantType: 'spinal-ancillary' }, 'IIb', 'Rule 8, ninth indent'],
  ])('implantable %o is class %s', (more, cls, where) => {
    const r = mdrRule8(implant(more))!;
    expect([r.class, r.citation.ref]).toEqual([cls, `MDR Annex VIII, ${where}`]);
  });

  it('applies to long-term surgically invasive devices, not to short-term ones', () => {
    expect(mdrRule8(surgical('long-term'))!.because).toBe('long-term surgically invasive device');
    expect(mdrRule8(surgical('short-term'))).toBeNull();
  });

  it('puts a non-invasive, non-active accessory of an active implantable device in class III (MDCG Rule 8 Note 5)', () => {
    const c = classify({ regulation: 'MDR', activeImplantable: 'accessory' });
    expect(rulesOf(c)).toEqual(['8:III']);
  });

  it('a pedicle screw (spinal ancillary component) stays IIb, a bioactive-coated one is III', () => {
    expect(classify({ regulation: 'MDR', invasive: 'implantable', implantType: 'spinal-ancillary' }).class).toBe('IIb');
    expect(classify({ regulation: 'MDR', invasive: 'implantable', implantType: 'spinal-ancillary', biologicalEffect: true }).class).toBe('III');
  });

  it('a dental implant securing a prosthesis to the jaw is not placed in the teeth: IIb (MDCG Rule 8 Note 3)', () => {
    expect(classify({ regulation: 'MDR', invasive: 'implantable' }).class).toBe('IIb');
    expect(classify({ regulation: 'MDR', invasive: 'implantable', placedInTeeth: true }).class).toBe('IIa');
  });
});
