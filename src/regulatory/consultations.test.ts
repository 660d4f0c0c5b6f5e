// Each consultation trigger of MDR Art. 52(9)-(11) and 54 and IVDR Art. 48, and the notes it puts in the route summary.
import { describe, expect, it } from 'vitest';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';
import { conformityRoute, routeSummary, type ConformityRoute } from '#src/regulatory/conformity-route.ts';

const routeOf = (facts: Record<string, unknown>): ConformityRoute => {
  const profile = parseDeviceProfile(facts);
  return conformityRoute(profile, classifyDevice(profile));
};
const idsOf = (facts: Record<string, unknown>) => {
  const route = routeOf(facts);
  return [route.class, route.consultations.map((c) => c.id)];
};
const ART_54 = 'clinical-evaluation-consultation';

describe('MDR Art. 54 clinical evaluation consultation', () => {
  it('applies to a class III implantable device, citing Art. 54(1)(a)', () => {
    const route = routeOf({ regulation: 'MDR', invasive: 'implantable', implantType: 'breast-implant' });
    expect([route.class, route.consultations.map((c) => [c.id, c.citation.ref])]).toEqual(['III', [[ART_54, 'MDR Art. 54(1)(a)']]]);
    expect(routeSummary(route).notes).toContain('Art. 54 clinical evaluation consultation (Annex IX §5.1): class III implantable device');
  });

  it('applies to an active implantable device', () => {
    expect(idsOf({ regulation: 'MDR', invasive: 'implantable', active: true, activeImplantable: 'device' })).toEqual(['III', [ART_54]]);
  });

  it('does not apply to a class III device that is not implantable, nor to a class IIb implant', () => {
    expect(idsOf({ regulation: 'MDR', invasive: 'surgical', duration: 'short-term', directContactHeartCirculationOrCNS: true })).toEqual(['III', []]);
    expect(idsOf({ regulation: 'MDR', invasive: 'implantable' })).toEqual(['IIb', []]);
  });

  it('applies to a class IIb active device administering a medicinal product under Rule 12, citing Art. 54(1)(b)', () => {
    const route = routeOf({ regulation: 'MDR', active: true, administersMedicinalProducts: 'potentially-hazardous' });
    expect([route.class, route.consultations.map((c) => c.citation.ref)]).toEqual(['IIb', ['MDR Art. 54(1)(b)']]);
  });

  it('does not apply to a class IIa infusion pump, nor to a IIb device removing only body liquids', () => {
    expect(idsOf({ regulation: 'MDR', active: true, administersMedicinalProducts: 'yes' })).toEqual(['IIa', []]);
    expect(idsOf({ regulation: 'MDR', active: true, administersOrRemovesSubstances: 'potentially-hazardous' })).toEqual(['IIb', []]);
  });

  it('does not apply when another rule makes the device IIb and Rule 12 gives only IIa', () => {
    expect(idsOf({ regulation: 'MDR', active: true, administersMedicinalProducts: 'yes', therapeuticEnergy: 'potentially-hazardous' }))
      .toEqual(['IIb', []]);
  });
});

describe('MDR Annex IX Section 5 procedures', () => {
  it('consults a medicines authority or the EMA on an ancillary medicinal substance (Rule 14, Section 5.2)', () => {
    const route = routeOf({ regulation: 'MDR', invasive: 'surgical', duration: 'short-term', ancillaryMedicinalSubstance: true });
    expect([route.class, route.consultations.map((c) => c.citation.ref)]).toEqual(['III', ['MDR Annex IX, Section 5.2(b)']]);
    expect(routeSummary(route).notes.some((n) => n.startsWith('Annex IX §5.2'))).toBe(true);
  });

  it('consults a human tissues and cells authority for human-derived material (Section 5.3.1)', () => {
    expect(idsOf({ regulation: 'MDR', tissuesOrCells: 'human' })).toEqual(['III', ['human-tissues-consultation']]);
  });

  it('applies Regulation (EU) No 722/2012 to animal tissue, except for devices touching intact skin only (Section 5.3.2)', () => {
    expect(idsOf({ regulation: 'MDR', injuredSkinOrMucosa: 'breached-dermis-secondary-intent', tissuesOrCells: 'animal' }))
      .toEqual(['III', ['animal-tissues-procedure']]);
    expect(idsOf({ regulation: 'MDR', tissuesOrCells: 'animal', intactSkinOnly: true })).toEqual(['I', []]);
  });

  it('verifies substance-based devices and consults on systemic absorption for the intended purpose (Section 5.4)', () => {
    const local = { regulation: 'MDR', invasive: 'body-orifice', duration: 'transient', substanceBased: 'stomach-or-lower-gi' };
    expect(idsOf(local)).toEqual(['IIb', ['substance-based-verification']]);
    expect(idsOf({ ...local, systemicAbsorption: 'for-intended-purpose' }))
      .toEqual(['III', ['substance-based-verification', 'substance-based-consultation']]);
  });

  it('adds nothing to a plain class IIa device', () => {
    expect(idsOf({ regulation: 'MDR', invasive: 'surgical', duration: 'transient' })).toEqual(['IIa', []]);
  });
});

describe('IVDR consultations and specific procedures', () => {
  it('adds the Annex IX Section 5.1 assessment for self-tests of class B and C', () => {
    expect(idsOf({ regulation: 'IVDR', selfTesting: 'yes' })).toEqual(['C', ['self-test-near-patient-assessment']]);
    expect(idsOf({ regulation: 'IVDR', selfTesting: 'pregnancy' })).toEqual(['B', ['self-test-near-patient-assessment']]);
  });

  it('adds it for near-patient tests, which have no class of their own', () => {
    expect(idsOf({ regulation: 'IVDR', nearPatient: true, lifeThreateningDiseaseManagement: true }))
      .toEqual(['C', ['self-test-near-patient-assessment']]);
    expect(idsOf({ regulation: 'IVDR', nearPatient: true })).toEqual(['B', ['self-test-near-patient-assessment']]);
  });

  it('does not add it to class A, which Art. 48(10) leaves without it', () => {
    const profile = parseDeviceProfile({ regulation: 'IVDR', nearPatient: true });
    const route = conformityRoute(profile, { regulation: 'IVDR', class: 'A', subclasses: [], rules: [] });
    expect(route.consultations).toEqual([]);
  });

  it('consults a medicines authority or the EMA on a companion diagnostic (Annex IX Section 5.2)', () => {
    const route = routeOf({ regulation: 'IVDR', companionDiagnostic: true });
    expect(route.consultations.map((c) => c.citation.ref)).toEqual(['IVDR Annex IX, Section 5.2(c)']);
    expect(routeSummary(route).notes).toContain('Annex IX §5.2 consultation of a medicines authority or the EMA: companion diagnostic');
  });

  it('sends class D devices to an EU reference laboratory and, without CS, the expert panel; a HIV self-test also gets 5.1', () => {
    expect(idsOf({ regulation: 'IVDR', lifeThreateningHighPropagation: true }))
      .toEqual(['D', ['eu-reference-laboratory', 'expert-panel-performance-evaluation']]);
    expect(idsOf({ regulation: 'IVDR', lifeThreateningHighPropagation: true, selfTesting: 'yes' }))
      .toEqual(['D', ['self-test-near-patient-assessment', 'eu-reference-laboratory', 'expert-panel-performance-evaluation']]);
  });

  it('adds nothing to a class C assay for professional use', () => {
    expect(idsOf({ regulation: 'IVDR', cancer: true })).toEqual(['C', []]);
  });
});
