// The documentation plan of a classified device: Annex II and III outline and the Annex I requirements, as a checklist.
import type { DeviceProfile } from './device-profile.ts';
import type { RouteInput } from './route-types.ts';
import type { CatalogueSection, DocumentationPlan, PlanOptions, PlanSection } from './plan-types.ts';
import { mdrFacts } from './plan-facts-mdr.ts';
import { ivdrFacts } from './plan-facts-ivdr.ts';
import { MDR_ANNEX_II_SECTIONS, mdrAnnexIII } from './technical-documentation-outline.ts';
import { IVDR_ANNEX_II_SECTIONS, ivdrAnnexIII } from './technical-documentation-outline-ivdr.ts';
import { MDR_GSPR_SECTIONS } from './gspr-catalogue-mdr.ts';
import { IVDR_GSPR_SECTIONS } from './gspr-catalogue-ivdr.ts';

export type { DocumentationPlan, PlanItem, PlanOptions, PlanSection } from './plan-types.ts';

/** What the plan needs of a classification (a Classification fits). */
export type PlanInput = Pick<RouteInput, 'class'>;

function decide<F>(sections: Array<CatalogueSection<F>>, facts: F): PlanSection[] {
  return sections.map((s) => ({
    id: s.id,
    ref: s.ref,
    title: s.title,
    items: s.items.map((item) => {
      const applies = item.when.test(facts);
      const yes = item.when.yes;
      const why = applies ? (typeof yes === 'function' ? yes(facts) : yes) : item.when.no;
      return { id: item.id, ref: item.ref, title: item.title, applies, why };
    }),
  }));
}

/**
 * The technical documentation checklist for this device: Annex II sections, Annex III, then the Annex I general safety
 * and performance requirements, each item deciding from the profile whether it applies and saying why.
 */
export function documentationPlan(profile: DeviceProfile, c: PlanInput, options: PlanOptions = {}): DocumentationPlan {
  if (profile.regulation === 'MDR') {
    const facts = mdrFacts(profile, c.class, options);
    return { regulation: 'MDR', sections: decide([...MDR_ANNEX_II_SECTIONS, mdrAnnexIII(c.class), ...MDR_GSPR_SECTIONS], facts) };
  }
  const facts = ivdrFacts(profile, c.class, options);
  return { regulation: 'IVDR', sections: decide([...IVDR_ANNEX_II_SECTIONS, ivdrAnnexIII(c.class), ...IVDR_GSPR_SECTIONS], facts) };
}
