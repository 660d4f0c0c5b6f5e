// The crisis query as a pure function: which member organisations can make what is needed, how much together,
// and whether one alone suffices or how many it takes. No I/O: the service hands in the capacities it may show.
import type { CapacityOut, Contact, ReadinessMatch, ReadinessTotal } from '#src/readiness/readiness-schema.ts';

export type MatchCriteria = {
  product?: string | undefined;
  emdn?: string | undefined;
  quantity?: number | undefined;
  minCapacity?: number | undefined;
  withinWeeks?: number | undefined;
  certifications?: string[] | undefined;
  unit?: string | undefined;
};

export type CapacityInput = CapacityOut & { city: string | null; country: string | null };

/** Lower case letters and digits only, so "ISO 13485" matches "iso13485" and "CE-marked" matches "ce marked". */
export const foldToken = (text: string) => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** The words of a product query, lower case, a plural -s dropped ("swabs" finds "swab" and "Swabs"). */
export function queryWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** True when the capacity fits the criteria that apply to single capacities (product, EMDN, lead time, certificates, unit). */
export function capacityFits(c: CapacityOut, criteria: MatchCriteria): boolean {
  if (criteria.emdn && !(c.emdnCode ?? '').startsWith(criteria.emdn)) return false;
  if (criteria.withinWeeks !== undefined && c.leadTimeWeeks > criteria.withinWeeks) return false;
  if (criteria.unit && c.unit.toLowerCase() !== criteria.unit.toLowerCase()) return false;
  if (criteria.product) {
    const haystack = `${c.product} ${c.emdnTerm ?? ''}`.toLowerCase();
    if (!queryWords(criteria.product).every((w) => haystack.includes(w))) return false;
  }
  const held = new Set(c.certifications.map(foldToken));
  return (criteria.certifications ?? []).every((required) => held.has(foldToken(required)));
}

function distinctContacts(capacities: CapacityOut[]): Contact[] {
  const seen = new Map<string, Contact>();
  for (const c of capacities) if (c.contact && !seen.has(c.contact.id)) seen.set(c.contact.id, c.contact);
  return [...seen.values()];
}

/**
 * The organisations whose fitting capacities (summed per unit) reach `minCapacity`, largest first (then shortest
 * lead time, then name), and per unit the total, how many make `quantity` alone and the fewest that make it together.
 */
export function matchCapacities(capacities: CapacityInput[], criteria: MatchCriteria): { matches: ReadinessMatch[]; totals: ReadinessTotal[] } {
  const groups = new Map<string, CapacityInput[]>();
  for (const c of capacities.filter((x) => capacityFits(x, criteria))) {
    const key = `${c.organizationId}\u0000${c.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const quantity = criteria.quantity ?? null;
  const matches: ReadinessMatch[] = [...groups.values()]
    .map((list) => {
      const first = list[0]!;
      const capacityPerWeek = list.reduce((sum, c) => sum + c.capacityPerWeek, 0);
      return {
        organizationId: first.organizationId,
        organizationName: first.organizationName,
        city: first.city,
        country: first.country,
        unit: first.unit,
        capacityPerWeek,
        leadTimeWeeks: Math.max(...list.map((c) => c.leadTimeWeeks)),
        alone: quantity !== null && capacityPerWeek >= quantity,
        capacities: [...list].sort((a, b) => b.capacityPerWeek - a.capacityPerWeek || a.product.localeCompare(b.product)),
        contacts: distinctContacts(list),
      };
    })
    .filter((m) => criteria.minCapacity === undefined || m.capacityPerWeek >= criteria.minCapacity)
    .sort((a, b) => b.capacityPerWeek - a.capacityPerWeek || a.leadTimeWeeks - b.leadTimeWeeks || a.organizationName.localeCompare(b.organizationName));

  const units = [...new Set(matches.map((m) => m.unit))];
  const totals = units
    .map((unit) => {
      const ofUnit = matches.filter((m) => m.unit === unit);
      const capacityPerWeek = ofUnit.reduce((sum, m) => sum + m.capacityPerWeek, 0);
      let neededTogether: number | null = null;
      if (quantity !== null) {
        let running = 0;
        for (const [i, m] of ofUnit.entries()) {
          running += m.capacityPerWeek;
          if (running >= quantity) {
            neededTogether = i + 1;
            break;
          }
        }
      }
      return {
        unit,
        capacityPerWeek,
        organizations: ofUnit.length,
        quantity,
        enough: quantity === null ? null : capacityPerWeek >= quantity,
        alone: ofUnit.filter((m) => m.alone).length,
        neededTogether,
      };
    })
    .sort((a, b) => b.capacityPerWeek - a.capacityPerWeek || a.unit.localeCompare(b.unit));
  return { matches, totals };
}
