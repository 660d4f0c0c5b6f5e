// The class-dependent obligations of a device under the MDR or the IVDR, each with its citation.
import type { DeviceProfile } from './device-profile.ts';
import type { Obligation, RouteInput } from './route-types.ts';
import { mdrObligations } from './obligations-mdr.ts';
import { ivdrObligations } from './obligations-ivdr.ts';

export type { Obligation } from './route-types.ts';

/** The obligations of the manufacturer of this classified device (QMS, PRRC, evaluation, UDI, EUDAMED, PMS/PSUR...). */
export function obligationsFor(profile: DeviceProfile, c: RouteInput): Obligation[] {
  return profile.regulation === 'MDR' ? mdrObligations(profile, c) : ivdrObligations(profile, c);
}
