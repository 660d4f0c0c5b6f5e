// Class-dependent obligations: PMS report or PSUR and its frequency, SSCP/SSP, clinical investigation, UDI, EUDAMED...
import { describe, expect, it } from 'vitest';
import { parseDeviceProfile, type DeviceProfile } from '#src/regulatory/device-profile.ts';
import { obligationsFor, type Obligation } from '#src/regulatory/obligations.ts';
import type { DeviceClass } from '#src/regulatory/classify.ts';

const profile = (facts: Record<string, unknown>): DeviceProfile => parseDeviceProfile(facts);
const MDR = profile({ regulation: 'MDR' });
const IMPLANT = profile({ regulation: 'MDR', invasive: 'implantable' });
const IVDR = profile({ regulation: 'IVDR' });
const of = (p: DeviceProfile, cls: DeviceClass, subclasses: Array<'s' | 'm' | 'r'> = []): Obligation[] =>
  obligationsFor(p, { regulation: p.regulation, class: cls, subclasses, rules: [] });
const find = (list: Obligation[], id: string) => list.find((o) => o.id === id);
const ids = (list: Obligation[]) => list.map((o) => o.id);

describe('MDR post-market reports (Art. 85, 86)', () => {
  it.each([
    ['I', 'pms-report', 'when-necessary', 'MDR Art. 85'],
    ['IIa', 'psur', 'every-two-years', 'MDR Art. 86(1)'],
    ['IIb', 'psur', 'annually', 'MDR Art. 86(1)'],
    ['III', 'psur', 'annually', 'MDR Art. 86(2)'],
  ] as const)('class %s: %s, updated %s', (cls, id, frequency, ref) => {
    const list = of(MDR, cls);
    const report = list.find((o) => o.id === 'pms-report' || o.id === 'psur')!;
    expect([report.id, report.frequency, report.citation.ref]).toEqual([id, frequency, ref]);
  });

  it('an implant submits its PSUR through EUDAMED to the notified body, at its class frequency', () => {
    expect([find(of(IMPLANT, 'IIb'), 'psur')!.citation.ref, find(of(IMPLANT, 'IIb'), 'psur')!.frequency]).toEqual(['MDR Art. 86(2)', 'annually']);
    const iia = find(of(profile({ regulation: 'MDR', invasive: 'implantable', placedInTeeth: true }), 'IIa'), 'psur')!;
    expect([iia.citation.ref, iia.frequency]).toEqual(['MDR Art. 86(2)', 'every-two-years']);
  });
});

describe('MDR class-dependent obligations', () => {
  it('asks every device for QMS, PRRC, technical documentation, clinical evaluation, UDI, EUDAMED, declaration, CE, PMS, vigilance', () => {
    expect(ids(of(MDR, 'I'))).toEqual([
      'quality-management-system', 'prrc', 'technical-documentation', 'clinical-evaluation', 'eudamed-actor-registration',
      'udi', 'eudamed-device-registration', 'declaration-of-conformity', 'ce-marking', 'post-market-surveillance', 'pms-report',
      'vigilance',
    ]);
  });

  it('requires SSCP and clinical investigation for class III and for implants, not for class IIb non-implants', () => {
    for (const list of [of(MDR, 'III'), of(IMPLANT, 'IIb')]) {
      expect([find(list, 'sscp')?.citation.ref, find(list, 'clinical-investigation')?.citation.ref]).toEqual(['MDR Art. 32(1)', 'MDR Art. 61(4)']);
    }
    expect([find(of(MDR, 'IIb'), 'sscp'), find(of(MDR, 'IIb'), 'clinical-investigation')]).toEqual([undefined, undefined]);
  });

  it('names the Art. 61(4)-(6) exemptions to the clinical investigation', () => {
    expect(find(of(MDR, 'III'), 'clinical-investigation')!.text).toMatch(/Art\. 61\(5\).*Art\. 61\(6\)/);
  });

  it('gives implants an implant card (Art. 18) and no one else', () => {
    expect(find(of(IMPLANT, 'IIb'), 'implant-card')!.citation.ref).toBe('MDR Art. 18(1)');
    expect(find(of(MDR, 'III'), 'implant-card')).toBeUndefined();
  });

  it('puts the notified body number after the CE marking whenever a notified body is involved', () => {
    expect(find(of(MDR, 'I'), 'ce-marking')!.title).toBe('CE marking');
    expect(find(of(MDR, 'I', ['s']), 'ce-marking')!.title).toBe('CE marking with the notified body number');
    expect(find(of(MDR, 'IIa'), 'ce-marking')!.title).toBe('CE marking with the notified body number');
  });

  it('dates the UDI carrier by class (Art. 123(3)(f)) and two years later for direct marking of reusable devices', () => {
    expect(find(of(MDR, 'I'), 'udi')!.text).toContain('26 May 2025');
    expect(find(of(MDR, 'IIb'), 'udi')!.text).toContain('26 May 2023');
    expect(find(of(IMPLANT, 'IIb'), 'udi')!.text).toContain('26 May 2021');
    const reusable = profile({ regulation: 'MDR', invasive: 'surgical', duration: 'transient', reusableSurgicalInstrument: true });
    expect(find(of(reusable, 'I', ['r']), 'udi')!.text).toContain('two years after that date');
  });

  it('asks for the Basic UDI-DI before the notified body application for class III (Art. 29(3))', () => {
    expect(find(of(MDR, 'III'), 'eudamed-device-registration')!.text).toMatch(/^Assign the Basic UDI-DI before applying/);
    expect(find(of(MDR, 'IIa'), 'eudamed-device-registration')!.text).not.toContain('before applying');
  });

  it('lets micro and small enterprises have the PRRC at their disposal (Art. 15(2))', () => {
    expect(find(of(MDR, 'I'), 'prrc')!.text).toContain('Micro and small enterprises');
  });

  it('offers the optional expert panel advice (Art. 61(2)) to class III and Art. 54(1)(b) devices only', () => {
    const pump = profile({ regulation: 'MDR', active: true, administersMedicinalProducts: 'potentially-hazardous' });
    const pumpList = obligationsFor(pump, { regulation: 'MDR', class: 'IIb', subclasses: [], rules: [{ rule: '12', class: 'IIb' }] });
    expect([!!find(of(MDR, 'III'), 'expert-panel-advice'), !!find(pumpList, 'expert-panel-advice'), !!find(of(MDR, 'IIb'), 'expert-panel-advice')])
      .toEqual([true, true, false]);
  });
});

describe('IVDR obligations', () => {
  it.each([
    ['A', 'pms-report', 'when-necessary', 'IVDR Art. 80'],
    ['B', 'pms-report', 'when-necessary', 'IVDR Art. 80'],
    ['C', 'psur', 'annually', 'IVDR Art. 81(1)'],
    ['D', 'psur', 'annually', 'IVDR Art. 81(2)'],
  ] as const)('class %s: %s, updated %s', (cls, id, frequency, ref) => {
    const report = of(IVDR, cls).find((o) => o.id === 'pms-report' || o.id === 'psur')!;
    expect([report.id, report.frequency, report.citation.ref]).toEqual([id, frequency, ref]);
  });

  it('requires a summary of safety and performance for class C and D only (Art. 29)', () => {
    expect((['A', 'B', 'C', 'D'] as const).map((cls) => !!find(of(IVDR, cls), 'ssp'))).toEqual([false, false, true, true]);
  });

  it('requires a performance evaluation for every IVD, updated at least annually for class C and D (Art. 56)', () => {
    expect((['A', 'B', 'C', 'D'] as const).map((cls) => find(of(IVDR, cls), 'performance-evaluation')!.frequency))
      .toEqual(['when-necessary', 'when-necessary', 'annually', 'annually']);
    expect(find(of(IVDR, 'A'), 'clinical-evaluation')).toBeUndefined();
  });

  it('dates the UDI carrier by class (Art. 113(3)(e))', () => {
    expect((['A', 'B', 'C', 'D'] as const).map((cls) => find(of(IVDR, cls), 'udi')!.text.match(/26 May (\d{4})/)![1]))
      .toEqual(['2027', '2025', '2025', '2023']);
  });

  it('asks self-tests of class B for the Basic UDI-DI before the notified body application (Art. 26(2))', () => {
    const selfTest = profile({ regulation: 'IVDR', selfTesting: 'pregnancy' });
    expect(find(of(selfTest, 'B'), 'eudamed-device-registration')!.text).toMatch(/^Assign the Basic UDI-DI before applying/);
    expect(find(of(IVDR, 'B'), 'eudamed-device-registration')!.text).not.toContain('before applying');
  });

  it('puts no notified body number on a non-sterile class A device', () => {
    expect(find(of(IVDR, 'A'), 'ce-marking')!.title).toBe('CE marking');
    expect(find(of(IVDR, 'A', ['s']), 'ce-marking')!.title).toBe('CE marking with the notified body number');
  });
});
