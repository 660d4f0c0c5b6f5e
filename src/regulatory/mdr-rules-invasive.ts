// MDR Annex VIII Rules 5-8: devices invasive through body orifices, surgically invasive and implantable devices.
// Pure: one function per rule, relative imports only.
import type { AppliedRule } from './classify.ts';
import type { MdrProfile } from './device-profile.ts';
import { MDR } from './rule-citations-mdr.ts';
import { strictest, sub } from './rule-outcome.ts';

const SITE: Record<MdrProfile['orificeSite'], string> = {
  other: '',
  'oral-cavity-to-pharynx': 'in the oral cavity as far as the pharynx',
  'ear-canal-to-eardrum': 'in an ear canal up to the ear drum',
  'nasal-cavity': 'in the nasal cavity',
};

/** Rule 5: invasive devices with respect to body orifices (not surgically invasive). */
export function mdrRule5(p: MdrProfile): AppliedRule | null {
  if (p.invasive !== 'body-orifice') return null;
  const site = SITE[p.orificeSite];
  const sheltered = site !== '';
  return strictest('5', [
    p.duration === 'transient' && sub('I', 'transient body-orifice invasive device', MDR.rule5Transient),
    p.duration === 'short-term' && (sheltered
      ? sub('I', `short-term body-orifice invasive device used only ${site}`, MDR.rule5ShortTerm)
      : sub('IIa', 'short-term body-orifice invasive device', MDR.rule5ShortTerm)),
    p.duration === 'long-term' && (sheltered && !p.absorbedByMucousMembrane
      ? sub('IIa', `long-term body-orifice invasive device used only ${site}, not liable to be absorbed by the mucous membrane`, MDR.rule5LongTerm)
      : sub('IIb', 'long-term body-orifice invasive device', MDR.rule5LongTerm)),
    // MDCG 2021-24 Rule 5: connection to an active device gives at least IIa; a long-term device stays IIb.
    p.connectsToActiveDevice === 'class-IIa-or-higher' &&
      sub('IIa', 'body-orifice invasive device connected to an active device of class IIa or higher', MDR.rule5Active),
  ]);
}

/** Rule 6: surgically invasive devices for transient use. */
export function mdrRule6(p: MdrProfile): AppliedRule | null {
  if (p.invasive !== 'surgical' || p.duration !== 'transient') return null;
  // The reusable-instrument class I replaces only the IIa default, never a higher indent (MDCG 2021-24 Rule 6).
  return strictest('6', [
    p.heartOrCirculationDefect &&
      sub('III', 'controls, diagnoses, monitors or corrects a defect of the heart or central circulatory system by direct contact', MDR.rule6HeartDefect),
    p.directContactHeartCirculationOrCNS &&
      sub('III', 'specifically for direct contact with the heart, central circulatory system or central nervous system', MDR.rule6DirectContact),
    p.ionisingRadiation !== 'none' && sub('IIb', 'supplies energy in the form of ionising radiation', MDR.rule6Radiation),
    p.biologicalEffect && sub('IIb', 'has a biological effect', MDR.rule6Biological),
    p.whollyOrMainlyAbsorbed && sub('IIb', 'wholly or mainly absorbed', MDR.rule6Biological),
    p.administersMedicinalProducts === 'potentially-hazardous' &&
      sub('IIb', 'administers medicinal products by a delivery system in a potentially hazardous manner', MDR.rule6Medicinal),
  ]) ?? (p.reusableSurgicalInstrument
    ? strictest('6', [sub('I', 'reusable surgical instrument for transient use', MDR.rule6Reusable)])
    : strictest('6', [sub('IIa', 'transient surgically invasive device', MDR.rule6Default)]));
}

/** Rule 7: surgically invasive devices for short-term use. */
export function mdrRule7(p: MdrProfile): AppliedRule | null {
  if (p.invasive !== 'surgical' || p.duration !== 'short-term') return null;
  return strictest('7', [
    sub('IIa', 'short-term surgically invasive device', MDR.rule7Default),
    p.heartOrCirculationDefect &&
      sub('III', 'controls, diagnoses, monitors or corrects a defect of the heart or central circulatory system by direct contact', MDR.rule7HeartDefect),
    p.directContactHeartCirculationOrCNS &&
      sub('III', 'specifically for direct contact with the heart, central circulatory system or central nervous system', MDR.rule7DirectContact),
    p.ionisingRadiation !== 'none' && sub('IIb', 'supplies energy in the form of ionising radiation', MDR.rule7Radiation),
    p.biologicalEffect && sub('III', 'has a biological effect', MDR.rule7Biological),
    p.whollyOrMainlyAbsorbed && sub('III', 'wholly or mainly absorbed', MDR.rule7Biological),
    p.chemicalChangeInBody && !p.placedInTeeth && sub('IIb', 'undergoes chemical change in the body', MDR.rule7Chemical),
    p.administersMedicinalProducts !== 'none' && sub('IIb', 'administers medicinal products', MDR.rule7Medicines),
  ]);
}

const IMPLANT_TYPE: Partial<Record<MdrProfile['implantType'], { because: string; citation: keyof typeof MDR }>> = {
  'breast-implant': { because: 'breast implant', citation: 'rule8BreastMesh' },
  'surgical-mesh': { because: 'surgical mesh', citation: 'rule8BreastMesh' },
  'joint-replacement': { because: 'total or partial joint replacement', citation: 'rule8Joint' },
  'spinal-disc-replacement': { because: 'spinal disc replacement implant', citation: 'rule8Spinal' },
  'spinal-column-contact': { because: 'implantable device in contact with the spinal column', citation: 'rule8Spinal' },
};

/** Rule 8: implantable and long-term surgically invasive devices, and accessories of active implantable devices. */
export function mdrRule8(p: MdrProfile): AppliedRule | null {
  const implant = p.invasive === 'implantable' || (p.invasive === 'surgical' && p.duration === 'long-term');
  if (!implant && p.activeImplantable === 'none') return null;
  const special = IMPLANT_TYPE[p.implantType];
  // Rule 8, eighth and ninth indents: ancillary components (screws, wedges, plates, instruments) stay IIb.
  const baseline = p.placedInTeeth
    ? sub('IIa', 'placed in the teeth', MDR.rule8Teeth)
    : p.implantType === 'joint-replacement-ancillary'
      ? sub('IIb', 'ancillary component of a joint replacement, excepted from class III', MDR.rule8Joint)
      : p.implantType === 'spinal-ancillary'
        ? sub('IIb', 'spinal component such as a screw, wedge, plate or instrument, excepted from class III', MDR.rule8Spinal)
        : sub('IIb', p.invasive === 'implantable' ? 'implantable device' : 'long-term surgically invasive device', MDR.rule8Default);
  const cases = [
    p.activeImplantable === 'device' && sub('III', 'active implantable device', MDR.rule8ActiveImplantable),
    p.activeImplantable === 'accessory' && sub('III', 'accessory of an active implantable device', MDR.rule8ActiveImplantable),
    special !== undefined && sub('III', special.because, MDR[special.citation]),
  ];
  if (!implant) return strictest('8', cases);
  return strictest('8', [
    baseline,
    (p.directContactHeartCirculationOrCNS || p.heartOrCirculationDefect) &&
      sub('III', 'in direct contact with the heart, central circulatory system or central nervous system', MDR.rule8DirectContact),
    p.biologicalEffect && sub('III', 'has a biological effect', MDR.rule8Biological),
    p.whollyOrMainlyAbsorbed && sub('III', 'wholly or mainly absorbed', MDR.rule8Biological),
    p.chemicalChangeInBody && !p.placedInTeeth && sub('III', 'undergoes chemical change in the body', MDR.rule8Chemical),
    p.administersMedicinalProducts !== 'none' && sub('III', 'administers medicinal products', MDR.rule8Medicinal),
    ...cases,
  ]);
}
