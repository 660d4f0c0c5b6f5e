// Classifies a device profile under MDR or IVDR Annex VIII: every rule evaluated, the strictest applies.
// Pure: imports nothing from node: or the DB, and only relative paths (the web app imports it too).
import { conformityRoute, routeSummary, type RouteSummary } from './conformity-route.ts';
import type { DeviceProfile } from './device-profile.ts';
import {
  ivdrImplementingRule, ivdrRule1, ivdrRule2, ivdrRule3, ivdrRule4, ivdrRule5, ivdrRule6, ivdrRule7,
} from './ivdr-rules.ts';
import { mdrRule10, mdrRule11, mdrRule12, mdrRule13, mdrRule22, mdrRule9 } from './mdr-rules-active.ts';
import { mdrRule5, mdrRule6, mdrRule7, mdrRule8 } from './mdr-rules-invasive.ts';
import { mdrRule1, mdrRule2, mdrRule3, mdrRule4 } from './mdr-rules-non-invasive.ts';
import {
  mdrRule14, mdrRule15, mdrRule16, mdrRule17, mdrRule18, mdrRule19, mdrRule20, mdrRule21, mdrRule3_3,
} from './mdr-rules-special.ts';
import type { Subclass } from './route-types.ts';
import { higherClass } from './rule-outcome.ts';

/** A device class: I, IIa, IIb, III under the MDR; A, B, C, D under the IVDR. */
export type DeviceClass = 'I' | 'IIa' | 'IIb' | 'III' | 'A' | 'B' | 'C' | 'D';

/** One applying rule: its number, the class of its strictest applying sub-rule, why, and the sentence that applies. */
export type AppliedRule = {
  rule: string;
  class: DeviceClass;
  because: string;
  citation: { ref: string; text: string };
};

/** The answer for one device: its class, class I qualifiers, every applying rule, and the conformity route. */
export type Classification = {
  id?: string;
  regulation: 'MDR' | 'IVDR';
  class: DeviceClass;
  subclasses: Subclass[];
  rules: AppliedRule[];
  route: RouteSummary;
};

/** The object `klynge classify` prints (cli.md): the classification without citations. */
export type ContractClassification = {
  id?: string;
  regulation: 'MDR' | 'IVDR';
  class: DeviceClass;
  subclasses: Subclass[];
  rules: Array<{ rule: string; class: DeviceClass; because: string }>;
  route: RouteSummary;
};

// Every rule in rule-number order. MDR Rule 1 and IVDR Rule 6 apply when nothing else does, so they are decided
// after the others; Rule 13 checks Rules 9-12 itself.
const MDR_RULES = [
  mdrRule2, mdrRule3, mdrRule4, mdrRule5, mdrRule6, mdrRule7, mdrRule8, mdrRule9, mdrRule10, mdrRule11, mdrRule12,
  mdrRule13, mdrRule14, mdrRule15, mdrRule16, mdrRule17, mdrRule18, mdrRule19, mdrRule20, mdrRule21, mdrRule22, mdrRule3_3,
];
const IVDR_RULES = [ivdrRule1, ivdrRule2, ivdrRule3, ivdrRule4, ivdrRule5, ivdrRule7, ivdrImplementingRule];

/** The rules of the profile's regulation that apply, ordered by rule number with implementing rules last. */
function applyingRules(profile: DeviceProfile): AppliedRule[] {
  if (profile.regulation === 'MDR') {
    const rules = applyAll(MDR_RULES, profile);
    const fallBack = mdrRule1(profile, rules);
    return fallBack === null ? rules : [fallBack, ...rules];
  }
  const rules = applyAll(IVDR_RULES, profile);
  const fallBack = ivdrRule6(rules);
  return fallBack === null ? rules : [fallBack];
}

function applyAll<P>(rules: ReadonlyArray<(p: P) => AppliedRule | null>, profile: P): AppliedRule[] {
  const applied: AppliedRule[] = [];
  for (const rule of rules) {
    const result = rule(profile);
    if (result !== null) applied.push(result);
  }
  return applied;
}

/**
 * Classifies a parsed device profile: every rule evaluated, the highest class wins (MDR Annex VIII 3.5; IVDR 1.7-1.9),
 * class I qualifiers for MDR class I (Art. 52(7)), `s` for a sterile IVDR class A device, and the conformity route.
 */
export function classifyDevice(profile: DeviceProfile): Classification {
  const rules = applyingRules(profile);
  const cls = rules.reduce<DeviceClass>((c, r) => higherClass(c, r.class), rules[0]?.class ?? lowestClass(profile));
  const subclasses = qualifiers(profile, cls);
  const route = routeSummary(conformityRoute(profile, { regulation: profile.regulation, class: cls, subclasses, rules }));
  const result: Classification = { regulation: profile.regulation, class: cls, subclasses, rules, route };
  return profile.id === undefined ? result : { id: profile.id, ...result };
}

const lowestClass = (profile: DeviceProfile): DeviceClass => (profile.regulation === 'MDR' ? 'I' : 'A');

function qualifiers(profile: DeviceProfile, cls: DeviceClass): Subclass[] {
  if (profile.regulation === 'IVDR') return cls === 'A' && profile.sterile ? ['s'] : [];
  if (cls !== 'I') return [];
  const found: Subclass[] = [];
  if (profile.sterile) found.push('s');
  if (profile.measuringFunction) found.push('m');
  if (profile.reusableSurgicalInstrument) found.push('r');
  return found;
}

/** The cli.md output object of a classification: rules without their citations, `id` first when present. */
export function contractOutput(c: Classification): ContractClassification {
  const out: ContractClassification = {
    regulation: c.regulation,
    class: c.class,
    subclasses: c.subclasses,
    rules: c.rules.map((r) => ({ rule: r.rule, class: r.class, because: r.because })),
    route: c.route,
  };
  return c.id === undefined ? out : { id: c.id, ...out };
}
