// MDR profile facts the documentation plan decides applicability from, and the named conditions built on them.
import type { MdrProfile } from './device-profile.ts';
import type { DeviceClass } from './classify.ts';
import type { Condition, PlanOptions } from './plan-types.ts';

export type MdrFacts = {
  p: MdrProfile; cls: DeviceClass; software: boolean; hardware: boolean; active: boolean; activeHardware: boolean;
  programmable: boolean; implantable: boolean; activeImplantable: boolean; sterile: boolean; measuring: boolean;
  reusable: boolean; layUse: boolean;
};

/** Derives the MDR facts once per plan. */
export function mdrFacts(p: MdrProfile, cls: DeviceClass, o: PlanOptions): MdrFacts {
  const software = p.software !== undefined;
  const active = p.active || software;
  const activeHardware = p.active && !software;
  return {
    p, cls, software, hardware: !software, active, activeHardware,
    programmable: software || (activeHardware && (o.incorporatesSoftware ?? true)),
    implantable: p.invasive === 'implantable' || p.activeImplantable === 'device',
    activeImplantable: p.activeImplantable === 'device',
    sterile: p.sterile, measuring: p.measuringFunction, reusable: p.reusableSurgicalInstrument, layUse: o.layUse === true,
  };
}

type M = Condition<MdrFacts>;

export const HARDWARE: M = {
  test: (f) => f.hardware,
  yes: 'The device is a physical product.',
  no: 'Standalone software has no materials or physical construction of its own.',
};
// MDR Annex I §10.4.1: invasive devices in direct contact, devices (re)administering or transporting/storing substances.
export const CMR_SCOPE: M = {
  test: ({ p }) => p.invasive !== 'none' || p.administersMedicinalProducts !== 'none' || p.administersOrRemovesSubstances !== 'none'
    || p.channelsOrStores !== 'none' || p.inhalation !== 'none',
  yes: 'The device is invasive or (re)administers, transports or stores medicines, body liquids or other substances (Section 10.4.1): CMR and endocrine-disrupting substances above 0.1 % w/w need a justification.',
  no: 'The device is not invasive and neither administers nor transports or stores substances for the body, so Section 10.4.1 does not reach it.',
};
export const PARTICLES: M = {
  test: ({ p }) => p.nanomaterialExposure !== 'none' || p.invasive !== 'none' || p.substanceBased !== 'none',
  yes: 'The device incorporates nanomaterial, is invasive or is substance-based, so particles can be released into the body.',
  no: 'No nanomaterial and no invasive or substance-based contact: no particles are released into the body.',
};
export const REPROCESSED: M = {
  test: (f) => f.reusable || f.activeHardware,
  yes: 'The device is reused (a reusable instrument or equipment used on several patients) and must allow safe cleaning, disinfection or re-sterilisation.',
  no: 'The profile states neither a reusable instrument nor reusable equipment; applies if the device is reused.',
};
export const STERILE: M = {
  test: (f) => f.sterile,
  yes: 'The device is placed on the market sterile.',
  no: 'The device is not placed on the market sterile.',
};
export const STERILISED: M = {
  test: (f) => f.sterile || f.reusable,
  yes: 'The device is sterilised, by the manufacturer or before each reuse.',
  no: 'The device is neither supplied sterile nor sterilised before use.',
};
export const NON_STERILE_HARDWARE: M = {
  test: (f) => f.hardware && !f.sterile,
  yes: 'A physical device supplied non-sterile: its packaging must keep it intact and clean.',
  no: 'The device is supplied sterile (Sections 11.4-11.5 apply instead) or is standalone software.',
};
export const MEDICINAL: M = {
  test: ({ p }) => p.ancillaryMedicinalSubstance,
  yes: 'The device incorporates a substance that would be a medicinal product if used separately (Rule 14).',
  no: 'The device incorporates no ancillary medicinal substance.',
};
export const SUBSTANCE_BASED: M = {
  test: ({ p }) => p.substanceBased !== 'none',
  yes: 'The device is composed of substances absorbed by or locally dispersed in the body (Rule 21).',
  no: 'The device is not composed of substances absorbed by or dispersed in the body.',
};
export const HUMAN_TISSUE: M = {
  test: ({ p }) => p.tissuesOrCells === 'human',
  yes: 'The device utilises non-viable tissues or cells of human origin or their derivatives (Rule 18).',
  no: 'No tissues or cells of human origin are used.',
};
export const ANIMAL_TISSUE: M = {
  test: ({ p }) => p.tissuesOrCells === 'animal',
  yes: 'The device utilises non-viable tissues or cells of animal origin or their derivatives.',
  no: 'No tissues or cells of animal origin are used.',
};
export const BIOLOGICAL_TISSUE: M = {
  test: ({ p }) => p.tissuesOrCells !== 'none',
  yes: 'The device utilises tissues or cells of human or animal origin or their derivatives.',
  no: 'No tissues or cells of human or animal origin are used.',
};
export const OTHER_BIOLOGICAL: M = {
  test: () => false,
  yes: '',
  no: 'The profile states no other non-viable biological substances; applies if the device uses e.g. substances of bacterial, fungal or viral origin.',
};
export const COMBINATION: M = {
  test: ({ p }) => p.connectsToActiveDevice !== 'none' || p.controlsOrMonitors !== 'none' || p.activeImplantable === 'accessory'
    || (p.software !== undefined && p.software.drivesOrInfluencesDeviceClass !== 'none'),
  yes: 'The device is connected to, controls or serves another device: the combination must be safe and interoperable.',
  no: 'The profile states no connection to or control of another device; applies if it is used in combination with one.',
};
export const ENERGY_USING: M = {
  test: (f) => f.activeHardware,
  yes: 'An active hardware device uses a source of energy.',
  no: 'The device is not active hardware; applies only if it is used with flammable or explosive substances.',
};
export const MAINTAINED: M = {
  test: (f) => f.activeHardware || f.measuring || f.reusable,
  yes: 'The device needs adjustment, calibration or maintenance (active equipment, measuring function or reusable instrument).',
  no: 'A single-use, non-measuring, non-active device needs no adjustment, calibration or maintenance.',
};
export const DISPLAYS: M = {
  test: (f) => f.measuring || f.software || f.p.diagnosisOrMonitoring !== undefined,
  yes: 'The device has a measuring function, a display or presents monitoring or diagnostic information.',
  no: 'The device has no measuring, monitoring or display scale.',
};
export const DIAGNOSTIC_OR_MEASURING: M = {
  test: (f) => f.measuring || f.p.diagnosisOrMonitoring !== undefined
    || (f.p.software !== undefined && (f.p.software.decisionImpact !== 'none' || f.p.software.monitoring !== 'none')),
  yes: 'The device has a diagnostic or measuring function.',
  no: 'The device has neither a diagnostic nor a measuring function.',
};
export const MEASURING: M = {
  test: (f) => f.measuring,
  yes: 'The device has a measuring function (class I qualifier m where class I).',
  no: 'The device has no measuring function.',
};
export const EMITS_RADIATION: M = {
  test: ({ p }) => p.ionisingRadiation !== 'none' || p.therapeuticEnergy !== 'none'
    || (p.diagnosisOrMonitoring !== undefined && p.diagnosisOrMonitoring.suppliesEnergy !== 'none')
    || p.controlsOrMonitors === 'therapeutic-ionising-radiation' || p.controlsOrMonitors === 'diagnostic-or-interventional-radiology',
  yes: 'The device emits ionising radiation or supplies energy to the body (e.g. light, laser, ultrasound); if that energy is not radiation (e.g. electrical stimulation), justify non-applicability in Annex II §4(a).',
  no: 'The device emits no ionising or non-ionising radiation and supplies no energy to the body.',
};
export const IONISING: M = {
  test: ({ p }) => p.ionisingRadiation !== 'none' || p.recordsXrayImages
    || p.controlsOrMonitors === 'therapeutic-ionising-radiation' || p.controlsOrMonitors === 'diagnostic-or-interventional-radiology',
  yes: 'The device emits ionising radiation, controls a device that does, or records X-ray images (image quality versus dose).',
  no: 'The device neither emits nor controls ionising radiation nor records X-ray images.',
};
export const PROGRAMMABLE: M = {
  test: (f) => f.programmable,
  yes: (f) => f.software
    ? 'The device is software (MDSW).'
    : 'Active device assumed to incorporate electronics or software; record it as not applicable if it has none (e.g. an elastomeric pump).',
  no: 'The device is neither software nor an active device with electronic programmable systems.',
};
export const SOFTWARE_ONLY: M = {
  test: (f) => f.software,
  yes: 'The device is software; the requirement applies where it runs on mobile computing platforms.',
  no: 'The device is not standalone software for mobile platforms.',
};
export const ACTIVE: M = {
  test: (f) => f.active,
  yes: 'The device is active (software counts as active).',
  no: 'The device is not active.',
};
export const ACTIVE_NON_IMPLANTABLE: M = {
  test: (f) => f.active && !f.activeImplantable,
  yes: 'A non-implantable active device.',
  no: 'The device is not active, or is an active implantable device (Section 19 applies instead).',
};
export const ACTIVE_HARDWARE: M = {
  test: (f) => f.activeHardware,
  yes: 'An active hardware device powered by a source of energy.',
  no: 'The device is not active hardware (standalone software relies on its platform; non-active devices have no power supply).',
};
export const ELECTRICAL: M = {
  test: (f) => f.activeHardware || f.p.connectsToActiveDevice !== 'none',
  yes: 'The device is active hardware or is connected to an active device.',
  no: 'The device is neither active hardware nor connected to an active device.',
};
export const MONITORS: M = {
  test: ({ p }) => (p.diagnosisOrMonitoring !== undefined && (p.diagnosisOrMonitoring.vitalParametersImmediateDanger
    || p.diagnosisOrMonitoring.directDiagnosisOrVitalProcesses)) || (p.software !== undefined && p.software.monitoring !== 'none'),
  yes: 'The device monitors clinical parameters of a patient and needs appropriate alarms.',
  no: 'The device does not monitor clinical parameters.',
};
export const ACTIVE_IMPLANTABLE: M = {
  test: (f) => f.activeImplantable,
  yes: 'The device is an active implantable device.',
  no: 'The device is not an active implantable device.',
};
export const HEAT: M = {
  test: ({ p, activeHardware }) => activeHardware || p.modifiesComposition === 'heat-exchange',
  yes: 'Active hardware or heat exchange: accessible parts may reach hazardous temperatures.',
  no: 'A non-active device without heat exchange does not heat up.',
};
export const SUPPLIES: M = {
  test: ({ p }) => p.therapeuticEnergy !== 'none' || p.ionisingRadiation === 'therapeutic' || p.administersMedicinalProducts !== 'none'
    || p.administersOrRemovesSubstances !== 'none' || p.inhalation !== 'none',
  yes: 'The device supplies energy or substances to the patient.',
  no: 'The device supplies neither energy nor substances to the patient.',
};
export const LAY: M = {
  test: (f) => f.layUse,
  yes: 'The device is intended for use by lay persons.',
  no: 'Not stated to be intended for lay persons; applies if lay persons use it.',
};
