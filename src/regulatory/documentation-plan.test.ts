// The documentation plan: Annex II/III outline and Annex I requirements decided from representative profiles.
import { describe, expect, it } from 'vitest';
import { classifyDevice } from '#src/regulatory/classify.ts';
import { parseDeviceProfile } from '#src/regulatory/device-profile.ts';
import { documentationPlan, type DocumentationPlan, type PlanOptions } from '#src/regulatory/documentation-plan.ts';

const planOf = (facts: Record<string, unknown>, options: PlanOptions = {}): DocumentationPlan => {
  const profile = parseDeviceProfile(facts);
  return documentationPlan(profile, classifyDevice(profile), options);
};
const itemsOf = (plan: DocumentationPlan) => plan.sections.flatMap((s) => s.items);
/** The ids of the items that apply, restricted to the ids asked about (in that order). */
const applying = (plan: DocumentationPlan, ids: string[]) => {
  const byId = new Map(itemsOf(plan).map((i) => [i.id, i]));
  return ids.filter((id) => {
    const item = byId.get(id);
    if (item === undefined) throw new Error(`no plan item ${id}`);
    return item.applies;
  });
};
const item = (plan: DocumentationPlan, id: string) => itemsOf(plan).find((i) => i.id === id)!;

const SOFTWARE = { regulation: 'MDR', software: { decisionImpact: 'serious-deterioration-or-surgery' } };
const IMPLANT = { regulation: 'MDR', invasive: 'implantable', implantType: 'joint-replacement', sterile: true };
const XRAY = { regulation: 'MDR', active: true, ionisingRadiation: 'diagnostic-or-interventional' };
const HEPARIN_CATHETER = { regulation: 'MDR', invasive: 'surgical', duration: 'short-term', ancillaryMedicinalSubstance: true, sterile: true };
const STERILE_GAUZE = { regulation: 'MDR', injuredSkinOrMucosa: 'barrier-compression-absorption', sterile: true };
const SELF_TEST = { regulation: 'IVDR', selfTesting: 'yes' };

describe('MDR plan structure', () => {
  it('lists Annex II Sections 1-6, Annex III, then Annex I Chapter I, Sections 10-22 and Chapter III', () => {
    expect(planOf({ regulation: 'MDR' }).sections.map((s) => s.id)).toEqual([
      'annex-ii-1', 'annex-ii-2', 'annex-ii-3', 'annex-ii-4', 'annex-ii-5', 'annex-ii-6', 'annex-iii', 'gspr-chapter-i',
      'gspr-10', 'gspr-11', 'gspr-12', 'gspr-13', 'gspr-14', 'gspr-15', 'gspr-16', 'gspr-17', 'gspr-18', 'gspr-19',
      'gspr-20', 'gspr-21', 'gspr-22', 'gspr-23',
    ]);
  });

  it('gives every item a unique stable id and a reason, including the items that do not apply', () => {
    const items = itemsOf(planOf({ regulation: 'MDR' }));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(items.filter((i) => i.why.length === 0)).toEqual([]);
    expect(item(planOf({ regulation: 'MDR' }), 'gspr-16.1')).toMatchObject({
      ref: 'MDR Annex I, Section 16.1', applies: false, why: expect.stringContaining('emits no ionising or non-ionising radiation'),
    });
    expect(item(planOf({ regulation: 'MDR' }), 'annex-ii-1.1')).toMatchObject({ ref: 'MDR Annex II, Section 1.1', applies: true });
  });

  it('keeps the ids the same whatever the profile, so checklist status survives a reclassification', () => {
    const ids = (facts: Record<string, unknown>) => itemsOf(planOf(facts)).map((i) => i.id);
    expect(ids(SOFTWARE)).toEqual(ids(IMPLANT));
  });

  it('names a PMS report for class I and a PSUR with its frequency otherwise (Annex III 1.2)', () => {
    expect(item(planOf({ regulation: 'MDR' }), 'annex-iii-1.2')).toMatchObject({ title: 'Post-market surveillance report (Art. 85)' });
    expect(item(planOf(IMPLANT), 'annex-iii-1.2').why).toBe('Class III: a periodic safety update report (Art. 86), updated at least annually.');
  });
});

describe('MDR plan applicability', () => {
  it('software: Section 17 applies, materials, sterility, radiation and electrical safety of hardware do not', () => {
    const plan = planOf(SOFTWARE);
    expect(applying(plan, ['gspr-17.1', 'gspr-17.2', 'gspr-17.3', 'gspr-17.4', 'gspr-15.1', 'gspr-18.8', 'annex-ii-6.1b-software']))
      .toEqual(['gspr-17.1', 'gspr-17.2', 'gspr-17.3', 'gspr-17.4', 'gspr-15.1', 'gspr-18.8', 'annex-ii-6.1b-software']);
    expect(applying(plan, ['gspr-10.1', 'gspr-11.4', 'gspr-16.1', 'gspr-18.7', 'annex-ii-6.1b-biocompatibility', 'gspr-19.1']))
      .toEqual([]);
    expect(item(plan, 'gspr-10.1').why).toContain('Standalone software');
  });

  it('implant: CMR justification, sterile requirements, implant information in the IFU; no software or active requirements', () => {
    const plan = planOf(IMPLANT);
    expect(applying(plan, ['gspr-10.4.1', 'gspr-10.4.2', 'annex-ii-6.2d', 'gspr-11.4', 'gspr-11.5', 'gspr-23.3', 'annex-ii-6.2e', 'gspr-10.6']))
      .toEqual(['gspr-10.4.1', 'gspr-10.4.2', 'annex-ii-6.2d', 'gspr-11.4', 'gspr-11.5', 'gspr-23.3', 'annex-ii-6.2e', 'gspr-10.6']);
    expect(applying(plan, ['gspr-17.1', 'gspr-18.1', 'gspr-19.1', 'gspr-16.4', 'gspr-11.7'])).toEqual([]);
    expect(item(plan, 'gspr-23.4').why).toContain('(aa) implant information (Art. 18)');
  });

  it('X-ray equipment: radiation protection (Section 16) with ionising radiation, electrical safety and EMC', () => {
    const plan = planOf(XRAY);
    expect(applying(plan, ['gspr-16.1', 'gspr-16.2', 'gspr-16.3', 'gspr-16.4', 'gspr-18.5', 'gspr-18.6', 'gspr-18.7', 'annex-ii-6.1b-electrical']))
      .toEqual(['gspr-16.1', 'gspr-16.2', 'gspr-16.3', 'gspr-16.4', 'gspr-18.5', 'gspr-18.6', 'gspr-18.7', 'annex-ii-6.1b-electrical']);
    expect(item(plan, 'gspr-23.4').why).toContain('(r) emitted radiation');
  });

  it('an active device is assumed to contain software unless the company says it has none', () => {
    expect(applying(planOf(XRAY), ['gspr-17.2'])).toEqual(['gspr-17.2']);
    expect(applying(planOf(XRAY, { incorporatesSoftware: false }), ['gspr-17.2'])).toEqual([]);
  });

  it('medicinal substance (Rule 14): Section 12.1 and the Annex II 6.2(a) data; not the substance-based 12.2', () => {
    const plan = planOf(HEPARIN_CATHETER);
    expect(applying(plan, ['gspr-12.1', 'annex-ii-6.2a', 'gspr-12.2', 'annex-ii-6.2c'])).toEqual(['gspr-12.1', 'annex-ii-6.2a']);
  });

  it('substance-based and biological-origin devices get Sections 12.2 and 13', () => {
    const substance = planOf({ regulation: 'MDR', invasive: 'body-orifice', duration: 'transient', substanceBased: 'stomach-or-lower-gi' });
    expect(applying(substance, ['gspr-12.2', 'annex-ii-6.2c', 'gspr-12.1'])).toEqual(['gspr-12.2', 'annex-ii-6.2c']);
    expect(applying(planOf({ regulation: 'MDR', tissuesOrCells: 'animal', intactSkinOnly: true }), ['gspr-13.1', 'gspr-13.2', 'annex-ii-6.2b']))
      .toEqual(['gspr-13.2', 'annex-ii-6.2b']);
  });

  it('sterile class Is gauze: the sterility requirements, not those of reusable or non-sterile devices', () => {
    const plan = planOf(STERILE_GAUZE);
    expect(applying(plan, ['gspr-11.3', 'gspr-11.4', 'gspr-11.5', 'gspr-11.6', 'gspr-11.8', 'gspr-23.3', 'annex-ii-6.2e']))
      .toEqual(['gspr-11.3', 'gspr-11.4', 'gspr-11.5', 'gspr-11.6', 'gspr-11.8', 'gspr-23.3', 'annex-ii-6.2e']);
    expect(applying(plan, ['gspr-11.2', 'gspr-11.7', 'gspr-10.4.1', 'gspr-15.2', 'gspr-17.1'])).toEqual([]);
    expect(item(plan, 'gspr-23.4').why).toContain('Section 23.1(d)');
  });

  it('asks Section 22 only of devices the company says lay persons use', () => {
    expect(applying(planOf({ regulation: 'MDR' }), ['gspr-22.1'])).toEqual([]);
    expect(applying(planOf({ regulation: 'MDR' }, { layUse: true }), ['gspr-22.1', 'gspr-22.2', 'gspr-22.3']))
      .toEqual(['gspr-22.1', 'gspr-22.2', 'gspr-22.3']);
  });

  it('measuring function: legal units (15.2), accuracy methods (Annex II 6.2(f)) and the accuracy in the IFU', () => {
    const plan = planOf({ regulation: 'MDR', measuringFunction: true });
    expect(applying(plan, ['gspr-15.1', 'gspr-15.2', 'annex-ii-6.2f', 'gspr-14.4'])).toEqual(['gspr-15.1', 'gspr-15.2', 'annex-ii-6.2f', 'gspr-14.4']);
    expect(item(plan, 'gspr-23.4').why).toContain('(h) the claimed accuracy');
  });
});

describe('IVDR plan', () => {
  it('follows the IVDR structure: Annex II 1-6, Annex III, Annex I Chapter I, Sections 9-19, Chapter III', () => {
    const plan = planOf(SELF_TEST);
    expect(plan.regulation).toBe('IVDR');
    expect(plan.sections.map((s) => s.id)).toEqual([
      'annex-ii-1', 'annex-ii-2', 'annex-ii-3', 'annex-ii-4', 'annex-ii-5', 'annex-ii-6', 'annex-iii', 'gspr-chapter-i',
      'gspr-9', 'gspr-10', 'gspr-11', 'gspr-12', 'gspr-13', 'gspr-14', 'gspr-15', 'gspr-16', 'gspr-17', 'gspr-18', 'gspr-19',
      'gspr-20',
    ]);
  });

  it('self-test: Section 19 applies; a class C self-test has a PSUR in Annex III', () => {
    const plan = planOf(SELF_TEST);
    expect(item(plan, 'gspr-19')).toMatchObject({ ref: 'IVDR Annex I, Section 19', applies: true });
    expect(item(plan, 'annex-iii-2').title).toBe('Periodic safety update report, PSUR (Art. 81)');
    expect(applying(plan, ['gspr-16', 'gspr-17', 'gspr-20.3'])).toEqual([]);
  });

  it('an analyser gets software, energy-source and mechanical requirements but no self-testing ones', () => {
    const plan = planOf({ regulation: 'IVDR', productType: 'instrument' });
    expect(applying(plan, ['gspr-14', 'gspr-16', 'gspr-17', 'gspr-18', 'gspr-19', 'gspr-12', 'annex-ii-6.4']))
      .toEqual(['gspr-14', 'gspr-16', 'gspr-17', 'gspr-18', 'annex-ii-6.4']);
    expect(item(plan, 'annex-iii-2').title).toBe('Post-market surveillance report (Art. 80)');
  });
});
