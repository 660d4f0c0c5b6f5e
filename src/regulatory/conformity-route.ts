// The conformity route of a classified device: procedures to choose from, consultations, obligations, and its summary.
import type { DeviceProfile } from './device-profile.ts';
import type { DeviceClass } from './classify.ts';
import type { RouteInput, Subclass } from './route-types.ts';
import { routeOptions, type RouteOption } from './conformity-options.ts';
import { consultationsFor, isImplantable, type Consultation } from './consultations.ts';
import { obligationsFor, type Obligation } from './obligations.ts';

export type { RouteInput } from './route-types.ts';

/** The `route` of the contract output (device-profile.md, Output). */
export type RouteSummary = { notifiedBody: boolean; annexes: string[]; notes: string[] };

/** Everything the product page and the documentation plan need to know about how the device reaches the market. */
export type ConformityRoute = {
  regulation: 'MDR' | 'IVDR';
  class: DeviceClass;
  subclasses: Subclass[];
  /** 'limited': only the sterility / metrology / reuse aspects (MDR Art. 52(7), IVDR Art. 48(10)). */
  notifiedBody: 'full' | 'limited' | 'none';
  /** The procedures the manufacturer may choose; the first is the Annex IX default. */
  options: RouteOption[];
  consultations: Consultation[];
  obligations: Obligation[];
};

// MDR Art. 52(4) second subparagraph: these class IIb implants keep the sampled technical documentation assessment.
// Of the listed ones, the profile can only tell the ancillary screws, wedges and plates (device-profile.md, implantType).
function iibImplantEveryDevice(profile: DeviceProfile, c: RouteInput): boolean {
  if (profile.regulation !== 'MDR' || c.class !== 'IIb' || !isImplantable(profile)) return false;
  return profile.implantType !== 'joint-replacement-ancillary' && profile.implantType !== 'spinal-ancillary';
}

/** The conformity route for a classified device (MDR Art. 52, 54; IVDR Art. 48), with its obligations. */
export function conformityRoute(profile: DeviceProfile, c: RouteInput): ConformityRoute {
  const options = routeOptions(c.class, c.subclasses, {
    iibImplantEveryDevice: iibImplantEveryDevice(profile, c),
    companionDiagnostic: profile.regulation === 'IVDR' && profile.companionDiagnostic,
  });
  const notifiedBody = options[0]?.notifiedBody ?? 'none';
  return {
    regulation: c.regulation,
    class: c.class,
    subclasses: c.subclasses,
    notifiedBody,
    options,
    consultations: consultationsFor(profile, c),
    obligations: obligationsFor(profile, c),
  };
}

/** The contract's short form of a route: whether a notified body is needed, the default procedure's annexes, notes. */
export function routeSummary(route: ConformityRoute): RouteSummary {
  const notes = route.options.map((o) => o.note);
  for (const consultation of route.consultations) notes.push(consultation.note);
  return {
    notifiedBody: route.notifiedBody !== 'none',
    annexes: route.options[0]?.annexes ?? [],
    notes,
  };
}
