// Products of the fictional demo SMEs for the regulatory navigator: MDR classes I, Is, IIa (hardware and software),
// IIb and III, IVDR classes B, C and D, with qualification answers, EMDN codes and some checklist progress.
import type { Insertable } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { ChecklistStatus, EvidenceLink } from '#src/db/types-regulatory.ts';
import type { OrganizationsTable, Visibility } from '#src/db/types.ts';
import type { DemoOrganization } from '#src/demo/demo-types.ts';
import { existingCompetenceIds } from '#src/registry/competence-repo.ts';
import { upsertChecklistEntry } from '#src/regulatory/checklist-repo.ts';
import { qualificationOf } from '#src/regulatory/product-qualification.ts';
import { insertProduct } from '#src/regulatory/product-repo.ts';
import { productProfileColumns } from '#src/regulatory/product-service.ts';

type DemoProduct = {
  organization: string;
  name: string;
  description: string;
  intendedPurpose: string;
  profile: Record<string, unknown>;
  qualification: Record<string, unknown>;
  /** The EMDN code; the demo stores its deepest ancestor present when the full tree is not imported. */
  emdn: string;
  visibility: Visibility;
  checklist?: Array<{ item: string; status: ChecklistStatus; evidence?: EvidenceLink[]; note?: string }>;
};

const HARDWARE = { software: false, medicalPurpose: 'medical', inVitroExamination: false, pharmacologicalAction: false, mdrExclusion: 'none' };
const SOFTWARE = { software: true, softwareRole: 'independent', actionOnData: true, individualPatients: true, medicalPurpose: 'medical', ivdInformation: false };
const IVD = { software: false, medicalPurpose: 'medical', inVitroExamination: true, ivdrExclusion: 'none' };

export const demoProducts: DemoProduct[] = [
  {
    organization: 'odense-rehab', name: 'KnæTræner bevægelsessensor', visibility: 'public', emdn: 'Z12062502', qualification: HARDWARE,
    description: 'Battery-powered inertial sensor worn on the lower leg that records knee movement during home exercises.',
    intendedPurpose: 'Recording of knee range of motion during rehabilitation exercises after knee surgery, for review by the physiotherapist.',
    profile: { regulation: 'MDR', active: true },
  },
  {
    organization: 'ryck-plasma', name: 'Ryck Absorb sterile foam pad', visibility: 'public', emdn: 'M04040601', qualification: HARDWARE,
    description: 'Sterile polyurethane foam pad supplied with the plasma treatment for covering minor wounds between sessions.',
    intendedPurpose: 'Covering of minor wounds and absorption of exudate.',
    profile: { regulation: 'MDR', injuredSkinOrMucosa: 'barrier-compression-absorption', sterile: true },
  },
  {
    organization: 'ryck-plasma', name: 'Ryck Plasma Pen', visibility: 'members', emdn: 'Z12019003', qualification: HARDWARE,
    description: 'Hand-held cold atmospheric plasma source with a disposable spacer for the treatment of chronic wounds.',
    intendedPurpose: 'Treatment of chronic and infected wounds, in particular diabetic foot ulcers, with cold atmospheric plasma.',
    profile: { regulation: 'MDR', active: true, therapeuticEnergy: 'yes' },
    checklist: [
      { item: 'annex-ii-1.1', status: 'done', evidence: [{ url: 'https://example.org/ryck/TD-001-device-description.pdf', label: 'TD-001 Device description' }] },
      { item: 'annex-ii-5b', status: 'in-progress', note: 'Risk management file per ISO 14971, hazard analysis under review.' },
      { item: 'annex-ii-6.1b-electrical', status: 'done', evidence: [{ url: 'https://example.org/ryck/IEC-60601-1-report.pdf', label: 'IEC 60601-1 test report' }] },
      { item: 'gspr-16.1', status: 'in-progress', note: 'UV emission measurement booked with the test lab.' },
    ],
  },
  {
    organization: 'kogge-telemed', name: 'HerzWacht Telemonitoring-App', visibility: 'private', emdn: 'Z12030292', qualification: SOFTWARE,
    description: 'App that collects weight, blood pressure and heart rate of heart-failure patients at home and shows trends to the clinic.',
    intendedPurpose: 'Monitoring of physiological parameters of patients with chronic heart failure at home.',
    profile: { regulation: 'MDR', software: { monitoring: 'physiological' } },
  },
  {
    organization: 'elbe-smart-devices', name: 'Elbtal Insulin Patch Pump', visibility: 'members', emdn: 'Z120402160101', qualification: HARDWARE,
    description: 'Wearable patch pump delivering insulin through a subcutaneous cannula, controlled by a smartphone app.',
    intendedPurpose: 'Continuous subcutaneous insulin delivery for people with diabetes mellitus requiring insulin.',
    profile: { regulation: 'MDR', active: true, administersMedicinalProducts: 'potentially-hazardous' },
  },
  {
    organization: 'warnow-implant', name: 'Warnow ResorbScrew Gentamicin', visibility: 'private', emdn: 'P09120601', qualification: HARDWARE,
    description: 'Magnesium-based resorbable bone screw with a gentamicin coating, supplied sterile.',
    intendedPurpose: 'Fixation of bone fragments in the foot and ankle; the coating reduces the risk of implant-related infection.',
    profile: { regulation: 'MDR', invasive: 'implantable', whollyOrMainlyAbsorbed: true, ancillaryMedicinalSubstance: true, sterile: true },
  },
  {
    organization: 'auenwald-dx', name: 'Auenwald Flu A/B Schnelltest', visibility: 'public', emdn: 'W0105099004', qualification: IVD,
    description: 'Lateral-flow antigen test for influenza A and B from nasopharyngeal swabs, read visually after 15 minutes.',
    intendedPurpose: 'Qualitative detection of influenza A and B antigens by health professionals near the patient.',
    profile: { regulation: 'IVDR', nearPatient: true },
  },
  {
    organization: 'auenwald-dx', name: 'Auenwald HIV-1/2 Ag/Ab Combo', visibility: 'private', emdn: 'W0105090303', qualification: IVD,
    description: 'Rapid fourth-generation test detecting HIV-1 p24 antigen and antibodies to HIV-1 and HIV-2 in whole blood.',
    intendedPurpose: 'Detection of HIV infection by health professionals in point-of-care settings.',
    profile: { regulation: 'IVDR', lifeThreateningHighPropagation: true, nearPatient: true },
  },
  {
    organization: 'bodden-omics', name: 'Bodden LungPanel', visibility: 'members', emdn: 'W0102039099', qualification: IVD,
    description: 'Mass-spectrometry assay of a serum protein panel with an algorithm giving a lung cancer risk score.',
    intendedPurpose: 'Aid in the diagnosis of lung cancer in patients with pulmonary nodules found on CT.',
    profile: { regulation: 'IVDR', cancer: true },
  },
];

/** The deepest of `code`'s ancestors (itself first) present in the taxonomy, or null. */
async function presentEmdnCode(db: Db, code: string): Promise<string | null> {
  const candidates = [code.slice(0, 1), ...Array.from({ length: (code.length - 1) / 2 }, (_, i) => code.slice(0, 3 + 2 * i))].map((c) => `emdn:${c}`);
  const present = await existingCompetenceIds(db, candidates);
  return candidates.reverse().find((c) => present.has(c)) ?? null;
}

/** Inserts the demo products of the demo organisations that were loaded (matched by name); returns how many. */
export async function insertDemoProducts(
  trx: Db,
  organizations: DemoOrganization[],
  rows: Array<Insertable<OrganizationsTable>>,
  now: Date,
): Promise<number> {
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  const idByKey = new Map(organizations.map((o) => [o.key, idByName.get(o.name)]));
  let inserted = 0;
  for (const p of demoProducts) {
    const organizationId = idByKey.get(p.organization);
    if (organizationId === undefined) continue;
    const columns = productProfileColumns(p.profile);
    const id = await insertProduct(trx, {
      organization_id: organizationId,
      name: p.name,
      description: p.description,
      intended_purpose: p.intendedPurpose,
      ...columns,
      ...qualificationOf(p.qualification, columns.regulation),
      emdn_code: await presentEmdnCode(trx, p.emdn),
      visibility: p.visibility,
      created_by: null,
    });
    for (const c of p.checklist ?? []) {
      await upsertChecklistEntry(trx, {
        product_id: id, item_id: c.item, status: c.status, evidence: JSON.stringify(c.evidence ?? []), note: c.note ?? '', updated_by: null, updated_at: now,
      });
    }
    inserted += 1;
  }
  return inserted;
}
