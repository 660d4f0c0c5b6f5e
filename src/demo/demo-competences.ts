// The euroSciVoc categories the demo declares: real code/display path pairs as CORDIS names them.
import type { CompetenceRow } from '#src/importers/cordis-repo.ts';
import { euroSciVocNodes } from '#src/importers/cordis-rows.ts';
import { euroSciVocCompetenceId } from '#src/registry/sectors.ts';

// Code and display paths exactly as they appear in the CORDIS Horizon Europe project files, so a later
// CORDIS import finds these rows (same ids) and merges with them.
export const EURO_SCI_VOC = {
  medicalBiotechnology: ['/21/37', '/medical and health sciences/medical biotechnology'],
  implants: ['/21/37/677', '/medical and health sciences/medical biotechnology/implants'],
  tissueEngineering: ['/21/37/167', '/medical and health sciences/medical biotechnology/tissue engineering'],
  cellTechnologies: ['/21/37/163', '/medical and health sciences/medical biotechnology/cells technologies'],
  nanomedicine: ['/21/37/171', '/medical and health sciences/medical biotechnology/nanomedicine'],
  medicalEngineering: ['/25/57', '/engineering and technology/medical engineering'],
  diagnosticTechnologies: ['/25/57/375/1139', '/engineering and technology/medical engineering/medical laboratory technology/diagnostic technologies'],
  laboratorySamplesAnalysis: ['/25/57/375/1141', '/engineering and technology/medical engineering/medical laboratory technology/laboratory samples analysis'],
  diagnosticImaging: ['/25/57/693', '/engineering and technology/medical engineering/diagnostic imaging'],
  wearableMedicalTechnology: ['/25/57/90532773', '/engineering and technology/medical engineering/wearable medical technology'],
  plasmaPhysics: ['/23/43/271', '/natural sciences/physical sciences/plasma physics'],
  diabetes: ['/21/39/179/681', '/medical and health sciences/clinical medicine/endocrinology/diabetes'],
  lungCancer: ['/21/39/225/49564263', '/medical and health sciences/clinical medicine/oncology/lung cancer'],
  gerontology: ['/21/39/175', '/medical and health sciences/clinical medicine/gerontology'],
  personalizedMedicine: ['/21/33/5029300', '/medical and health sciences/health sciences/personalized medicine'],
  eHealth: ['/21/33/30011/623', '/medical and health sciences/health sciences/health care services/eHealth'],
  nursing: ['/21/33/143', '/medical and health sciences/health sciences/nursing'],
  epidemiology: ['/21/33/137/133', '/medical and health sciences/health sciences/public health/epidemiology'],
  medicalGenetics: ['/21/35/149', '/medical and health sciences/basic medicine/medical genetics'],
  immunology: ['/21/35/155', '/medical and health sciences/basic medicine/immunology'],
  pharmaceuticalDrugs: ['/21/35/159/653', '/medical and health sciences/basic medicine/pharmacology and pharmacy/pharmaceutical drugs'],
  drugDiscovery: ['/21/35/159/79909316', '/medical and health sciences/basic medicine/pharmacology and pharmacy/drug discovery'],
  proteomics: ['/23/49/315/997/1613/1815', '/natural sciences/biological sciences/biochemistry/biomolecules/proteins/proteomics'],
  genomes: ['/23/49/337/1025', '/natural sciences/biological sciences/genetics/genomes'],
  virology: ['/23/49/341/325', '/natural sciences/biological sciences/microbiology/virology'],
  dataScience: ['/23/47/299', '/natural sciences/computer and information sciences/data science'],
  bigData: ['/23/47/299/951', '/natural sciences/computer and information sciences/data science/big data'],
  machineLearning: ['/23/47/297/933', '/natural sciences/computer and information sciences/artificial intelligence/machine learning'],
  robotics: ['/25/73/453/459', '/engineering and technology/electrical engineering, electronic engineering, information engineering/electronic engineering/robotics'],
  biomaterials: ['/25/61/383', '/engineering and technology/industrial biotechnology/biomaterials'],
  bioprocessing: ['/25/61/385', '/engineering and technology/industrial biotechnology/bioprocessing technologies'],
  biosensing: ['/25/71/447', '/engineering and technology/environmental biotechnology/biosensing'],
  bioeconomy: ['/29/91/521/83249330', '/social sciences/economics and business/economics/bioeconomy'],
} as const satisfies Record<string, readonly [string, string]>;

export type EuroSciVocKey = keyof typeof EURO_SCI_VOC;

/** The competence id of a demo euroSciVoc category. */
export const topicCompetenceId = (key: EuroSciVocKey) => euroSciVocCompetenceId(EURO_SCI_VOC[key][0]);

/** The euroSciVoc rows the demo needs: each demo category with all its ancestors, once each, as CORDIS has them. */
export function demoCompetenceRows(): CompetenceRow[] {
  const rows = new Map<string, CompetenceRow>();
  for (const [codePath, displayPath] of Object.values(EURO_SCI_VOC)) {
    const title = displayPath.slice(displayPath.lastIndexOf('/') + 1);
    for (const node of euroSciVocNodes({ codePath, displayPath, title })) rows.set(node.id, node);
  }
  return [...rows.values()];
}
