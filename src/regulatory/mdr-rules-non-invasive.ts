// MDR Annex VIII Rules 1-4: non-invasive devices (Rule 4 also for invasive devices on injured mucous membrane).
// Pure: one function per rule, relative imports only.
import type { AppliedRule } from './classify.ts';
import type { MdrProfile } from './device-profile.ts';
import { MDR } from './rule-citations-mdr.ts';
import { strictest, sub } from './rule-outcome.ts';

/** Rule 1, the fall-back: a non-invasive device to which no other rule applies is class I. */
export function mdrRule1(p: MdrProfile, otherRules: ReadonlyArray<AppliedRule>): AppliedRule | null {
  if (p.invasive !== 'none' || otherRules.length > 0) return null;
  return strictest('1', [sub('I', 'non-invasive device to which no other rule applies', MDR.rule1)]);
}

/** Rule 2: non-invasive devices channelling or storing something for eventual administration into the body. */
export function mdrRule2(p: MdrProfile): AppliedRule | null {
  if (p.invasive !== 'none' || p.channelsOrStores === 'none') return null;
  const what = p.channelsOrStores;
  return strictest('2', [
    sub('I', 'channels or stores liquids or gases for administration (all other cases)', MDR.rule2Other),
    p.connectsToActiveDevice === 'class-IIa-or-higher' &&
      sub('IIa', 'may be connected to an active device of class IIa or higher', MDR.rule2Active),
    what === 'blood-or-body-liquids' && sub('IIa', 'channels or stores blood or other body liquids', MDR.rule2Blood),
    what === 'organs-cells-or-tissues' && sub('IIa', 'stores organs, body cells or tissues', MDR.rule2Blood),
    what === 'blood-bag' && sub('IIb', 'blood bag', MDR.rule2Blood),
  ]);
}

// Rule 3, first paragraph: the treatments that keep a composition-modifying device in class IIa.
const SIMPLE_TREATMENTS: Partial<Record<MdrProfile['modifiesComposition'], string>> = {
  filtration: 'filtration',
  centrifugation: 'centrifugation',
  'gas-exchange': 'exchange of gas',
  'heat-exchange': 'exchange of heat',
};

/** Rule 3: non-invasive devices modifying the composition of what is administered, or in vitro contact substances. */
export function mdrRule3(p: MdrProfile): AppliedRule | null {
  if (p.invasive !== 'none' || (p.modifiesComposition === 'none' && !p.inVitroContactSubstance)) return null;
  const treatment = p.modifiesComposition;
  const simple = SIMPLE_TREATMENTS[treatment];
  return strictest('3', [
    simple !== undefined && sub('IIa', `modifies composition by ${simple} only`, MDR.rule3Modify),
    treatment === 'other' && sub('IIb', 'modifies the biological or chemical composition of blood, body liquids or other liquids for administration', MDR.rule3Modify),
    p.inVitroContactSubstance &&
      sub('III', 'substance used in vitro in direct contact with human cells, tissues, organs or embryos before implantation or administration', MDR.rule3InVitro),
  ]);
}

/** Rule 4: devices in contact with injured skin or mucous membrane (also invasive ones, last paragraph). */
export function mdrRule4(p: MdrProfile): AppliedRule | null {
  const use = p.injuredSkinOrMucosa;
  if (use === 'none') return null;
  return strictest('4', [
    use === 'barrier-compression-absorption' &&
      sub('I', 'on injured skin or mucosa as mechanical barrier, for compression or absorption of exudates', MDR.rule4Barrier),
    use === 'breached-dermis-secondary-intent' &&
      sub('IIb', 'principally for wounds that breached the dermis or mucosa and heal only by secondary intent', MDR.rule4Breached),
    use === 'micro-environment' && sub('IIa', 'manages the micro-environment of injured skin or mucosa', MDR.rule4MicroEnvironment),
    use === 'other' && sub('IIa', 'in contact with injured skin or mucosa (all other cases)', MDR.rule4Other),
  ]);
}
