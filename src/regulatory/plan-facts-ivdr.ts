// IVDR profile facts the documentation plan decides applicability from, and the named conditions built on them.
import type { IvdrProfile } from './device-profile.ts';
import type { DeviceClass } from './classify.ts';
import type { Condition, PlanOptions } from './plan-types.ts';

export type IvdrFacts = {
  p: IvdrProfile; cls: DeviceClass; instrument: boolean; software: boolean; reagent: boolean; sterile: boolean;
  selfOrNearPatient: boolean; layUse: boolean;
};

/** Derives the IVDR facts once per plan. */
export function ivdrFacts(p: IvdrProfile, cls: DeviceClass, o: PlanOptions): IvdrFacts {
  const instrument = p.productType === 'instrument' || p.productType === 'measuring-instrument';
  const software = p.productType === 'software';
  return {
    p, cls, instrument, software, sterile: p.sterile,
    // Reagents, calibrators and control materials: products whose composition may include biological material.
    reagent: !instrument && !software && p.productType !== 'specimen-receptacle',
    selfOrNearPatient: p.selfTesting !== 'none' || p.nearPatient,
    layUse: p.selfTesting !== 'none' || o.layUse === true,
  };
}

type V = Condition<IvdrFacts>;

export const PHYSICAL: V = {
  test: (f) => !f.software,
  yes: 'The device is a physical product (reagent, instrument, receptacle or material).',
  no: 'Standalone software has no materials or physical construction of its own.',
};
export const BIOLOGICAL_MATERIAL: V = {
  test: (f) => f.reagent,
  yes: 'Reagents, calibrators and controls often contain tissues, cells or substances of human, animal or microbial origin (e.g. antibodies, plasma-based controls); applies where this one does.',
  no: 'An instrument, software or specimen receptacle contains no materials of biological origin.',
};
export const MEASURING_INSTRUMENT: V = {
  test: (f) => f.instrument,
  yes: 'An instrument with an analytical measuring function.',
  no: 'Not an instrument; applies if the device has a primary analytical measuring function.',
};
export const RADIATION: V = {
  test: () => false,
  yes: '',
  no: 'The profile states no radiation; applies to radioactive reagents and instruments emitting radiation (e.g. lasers, UV).',
};
export const PROGRAMMABLE_IVD: V = {
  test: (f) => f.software || f.instrument,
  yes: 'The device is software or an instrument with electronic programmable systems.',
  no: 'The device is neither software nor an instrument.',
};
export const INSTRUMENT: V = {
  test: (f) => f.instrument,
  yes: 'An instrument connected to or equipped with an energy source, with moving or heated parts.',
  no: 'Not an instrument: no energy source, no moving or heated parts.',
};
export const SELF_OR_NEAR_PATIENT: V = {
  test: (f) => f.selfOrNearPatient,
  yes: 'The device is intended for self-testing or near-patient testing.',
  no: 'The device is intended neither for self-testing nor for near-patient testing.',
};
export const STERILE_IVD: V = {
  test: (f) => f.sterile,
  yes: 'The device is placed on the market sterile.',
  no: 'The device is not placed on the market sterile.',
};
