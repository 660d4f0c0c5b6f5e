// The conformity route per class and class I qualifier (MDR Art. 52, IVDR Art. 48) and its contract summary.
import { describe, expect, it } from 'vitest';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile, type DeviceProfile } from '#src/regulatory/device-profile.ts';
import { conformityRoute, routeSummary, type ConformityRoute, type RouteInput } from '#src/regulatory/conformity-route.ts';
import type { DeviceClass } from '#src/regulatory/classify.ts';

/** The route of a profile classified by the engine, as the product page gets it. */
const routeOf = (facts: Record<string, unknown>): ConformityRoute => {
  const profile = parseDeviceProfile(facts);
  return conformityRoute(profile, classifyDevice(profile));
};
/** The route of a profile for a class given explicitly (to reach every class and qualifier combination). */
const routeFor = (profile: DeviceProfile, cls: DeviceClass, subclasses: RouteInput['subclasses'] = []): ConformityRoute =>
  conformityRoute(profile, { regulation: profile.regulation, class: cls, subclasses, rules: [] });
const MDR = parseDeviceProfile({ regulation: 'MDR' });
const IVDR = parseDeviceProfile({ regulation: 'IVDR' });
const tasksOf = (route: ConformityRoute, option = 0) => route.options[option]!.tasks.map((t) => t.id);

describe('MDR conformity route (Art. 52)', () => {
  it('class I without qualifiers is a self-declaration: no notified body, no annex of IX to XI', () => {
    const route = routeFor(MDR, 'I');
    expect([route.notifiedBody, route.options.map((o) => o.id)]).toEqual(['none', ['mdr-self-declaration']]);
    expect(routeSummary(route)).toMatchObject({ notifiedBody: false, annexes: [] });
    expect(route.options[0]!.citation.ref).toBe('MDR Art. 52(7)');
  });

  it.each([
    [['s'], ['sterility-aspects'], 'sterility'],
    [['m'], ['metrology-aspects'], 'metrology'],
    [['r'], ['reuse-aspects'], 'reuse'],
    [['s', 'm'], ['sterility-aspects', 'metrology-aspects'], 'sterility, metrology'],
    [['s', 'r'], ['sterility-aspects', 'reuse-aspects'], 'sterility, reuse'],
    [['s', 'm', 'r'], ['sterility-aspects', 'metrology-aspects', 'reuse-aspects'], 'sterility, metrology, reuse'],
  ] as const)('class I%s involves a notified body only for those aspects (MDCG 2019-15)', (subclasses, tasks, aspects) => {
    const route = routeFor(MDR, 'I', [...subclasses]);
    expect(route.notifiedBody).toBe('limited');
    expect(route.options.map((o) => [o.id, o.annexes, o.notifiedBody])).toEqual([
      ['mdr-annex-ix-limited', ['IX'], 'limited'], ['mdr-annex-xi-a-limited', ['XI'], 'limited'],
    ]);
    expect(tasksOf(route)).toEqual(tasks);
    const summary = routeSummary(route);
    expect(summary).toMatchObject({ notifiedBody: true, annexes: ['IX'] });
    expect(summary.notes[0]).toContain(`limited to ${aspects} aspects`);
  });

  it('class IIa: Annex IX with a representative device per category, or Annex II/III with Annex XI Section 10 or 18', () => {
    const route = routeFor(MDR, 'IIa');
    expect(route.options.map((o) => [o.id, o.annexes])).toEqual([['mdr-annex-ix', ['IX']], ['mdr-annex-xi', ['XI']]]);
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-per-category']);
    expect(tasksOf(route, 1)).toEqual(['td-assessment-per-category', 'production-conformity-documentation']);
    expect(route.options[1]!.citation.ref).toBe('MDR Art. 52(6), second subparagraph');
  });

  it('class IIb: Annex IX with a representative device per generic device group, or Annex X with Annex XI', () => {
    const route = routeFor(MDR, 'IIb');
    expect(route.options.map((o) => [o.id, o.annexes])).toEqual([['mdr-annex-ix', ['IX']], ['mdr-annex-x-xi', ['X', 'XI']]]);
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-per-generic-group']);
    expect(tasksOf(route, 1)).toEqual(['type-examination', 'production-conformity']);
  });

  it('a class IIb implant has the technical documentation of every device assessed (Art. 52(4), second subparagraph)', () => {
    const route = routeOf({ regulation: 'MDR', invasive: 'implantable', implantType: 'joint-replacement-ancillary' });
    expect(route.class).toBe('IIb');
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-per-generic-group']);
    const implant = routeOf({ regulation: 'MDR', invasive: 'implantable' });
    expect([implant.class, tasksOf(implant)]).toEqual(['IIb', ['qms-audit', 'td-assessment-every-device']]);
    expect(implant.options[0]!.citation.ref).toBe('MDR Art. 52(4), second subparagraph');
  });

  it('class III: Annex IX with every device assessed, or Annex X with Annex XI', () => {
    const route = routeFor(MDR, 'III');
    expect(route.options.map((o) => [o.id, o.annexes, o.notifiedBody])).toEqual([
      ['mdr-annex-ix', ['IX'], 'full'], ['mdr-annex-x-xi', ['X', 'XI'], 'full'],
    ]);
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-every-device']);
    expect(routeSummary(route).notes[1]).toContain('Alternatively Annex X');
  });

  it('follows the engine: a sterile reusable scalpel is class Isr with a limited notified body', () => {
    const route = routeOf({ regulation: 'MDR', invasive: 'surgical', duration: 'transient', reusableSurgicalInstrument: true, sterile: true });
    expect([route.class, route.subclasses, route.notifiedBody, tasksOf(route)])
      .toEqual(['I', ['s', 'r'], 'limited', ['sterility-aspects', 'reuse-aspects']]);
  });
});

describe('IVDR conformity route (Art. 48)', () => {
  it('class A non-sterile is a self-declaration without notified body', () => {
    const route = routeFor(IVDR, 'A');
    expect([route.notifiedBody, routeSummary(route)]).toEqual(['none', expect.objectContaining({ notifiedBody: false, annexes: [] })]);
    expect(route.options[0]!.citation.ref).toBe('IVDR Art. 48(10)');
  });

  it('a sterile class A device involves the notified body for sterility only', () => {
    const route = routeOf({ regulation: 'IVDR', productType: 'specimen-receptacle', sterile: true });
    expect([route.class, route.subclasses, route.notifiedBody]).toEqual(['A', ['s'], 'limited']);
    expect(route.options.map((o) => o.annexes)).toEqual([['IX'], ['XI']]);
    expect(tasksOf(route)).toEqual(['sterility-aspects']);
    expect(routeSummary(route).notifiedBody).toBe(true);
  });

  it('class B: Annex IX with a representative device per category, and no alternative', () => {
    const route = routeFor(IVDR, 'B');
    expect(route.options.map((o) => o.id)).toEqual(['ivdr-annex-ix']);
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-per-category']);
  });

  it('class C: Annex IX per generic device group, or Annex X with Annex XI except its Section 5', () => {
    const route = routeFor(IVDR, 'C');
    expect(route.options.map((o) => [o.id, o.annexes])).toEqual([['ivdr-annex-ix', ['IX']], ['ivdr-annex-x-xi', ['X', 'XI']]]);
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-per-generic-group']);
    expect(route.options[1]!.citation.ref).toBe('IVDR Art. 48(8)');
  });

  it('a class C companion diagnostic has every device assessed (Art. 48(7), third subparagraph)', () => {
    const route = routeOf({ regulation: 'IVDR', companionDiagnostic: true });
    expect([route.class, tasksOf(route)]).toEqual(['C', ['qms-audit', 'td-assessment-every-device']]);
  });

  it('class D: Annex IX with every device and batch verification, or Annex X with Annex XI', () => {
    const route = routeFor(IVDR, 'D');
    expect(route.options.map((o) => [o.id, o.annexes])).toEqual([['ivdr-annex-ix', ['IX']], ['ivdr-annex-x-xi', ['X', 'XI']]]);
    expect(tasksOf(route)).toEqual(['qms-audit', 'td-assessment-every-device', 'batch-verification']);
  });
});

describe('route summary', () => {
  it('gives notifiedBody false only for MDR class I without qualifiers and IVDR class A non-sterile', () => {
    const cases: Array<[DeviceProfile, DeviceClass, RouteInput['subclasses'], boolean]> = [
      [MDR, 'I', [], false], [MDR, 'I', ['s'], true], [MDR, 'I', ['m'], true], [MDR, 'I', ['r'], true],
      [MDR, 'IIa', [], true], [MDR, 'IIb', [], true], [MDR, 'III', [], true],
      [IVDR, 'A', [], false], [IVDR, 'A', ['s'], true], [IVDR, 'B', [], true], [IVDR, 'C', [], true], [IVDR, 'D', [], true],
    ];
    for (const [profile, cls, subclasses, nb] of cases) {
      expect([cls, subclasses, routeSummary(routeFor(profile, cls, subclasses)).notifiedBody]).toEqual([cls, subclasses, nb]);
    }
  });

  it('is cheap enough for the batch classifier: 10,000 routes and summaries well within a second', () => {
    const profile = parseDeviceProfile({ regulation: 'MDR', active: true, administersMedicinalProducts: 'potentially-hazardous', ancillaryMedicinalSubstance: true });
    const input: RouteInput = { regulation: 'MDR', class: 'III', subclasses: [], rules: [{ rule: '12', class: 'IIb' }, { rule: '14', class: 'III' }] };
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) routeSummary(conformityRoute(profile, input));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
