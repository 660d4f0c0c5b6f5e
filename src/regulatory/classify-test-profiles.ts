// Profiles for the classification tests: a fact list in, a parsed profile (defaults applied) out.
import { classifyDevice, type Classification } from '#src/regulatory/classify.ts';
import { parseDeviceProfile, type IvdrProfile, type MdrProfile } from '#src/regulatory/device-profile.ts';

/** An MDR profile from the facts given (regulation added, defaults applied). */
export const mdr = (facts: Record<string, unknown> = {}): MdrProfile =>
  parseDeviceProfile({ regulation: 'MDR', ...facts }) as MdrProfile;

/** An IVDR profile from the facts given (regulation added, defaults applied). */
export const ivdr = (facts: Record<string, unknown> = {}): IvdrProfile =>
  parseDeviceProfile({ regulation: 'IVDR', ...facts }) as IvdrProfile;

/** The classification of an MDR or IVDR profile given by its facts, `regulation` included. */
export const classify = (facts: Record<string, unknown>): Classification => classifyDevice(parseDeviceProfile(facts));

/** `rule:class` for every applying rule, in output order: compact to compare. */
export const rulesOf = (c: Classification): string[] => c.rules.map((r) => `${r.rule}:${r.class}`);
