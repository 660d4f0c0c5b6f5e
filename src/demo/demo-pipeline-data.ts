// The demo's innovation pipelines: BioCon Valley's lead projects of strategy group I (seed 001) and member projects,
// and biosaxony's innovation cluster "from the lab bench to the bedside" (seed 002), each with the stages it went
// through (days before the demo's now), partners from the demo registry, funding and, for devices, the product.
import type { PipelineStage } from '#src/db/types-cluster.ts';
import { mecklenburgVorpommernRecords } from '#src/demo/demo-records-mv.ts';
import type { DemoRecord } from '#src/demo/demo-types.ts';

type Role = 'partner' | 'research' | 'clinical' | 'sme' | 'other';
export type DemoFunding = { instrument: string; call?: string; organization?: string; applied: number | null; won?: number; status: 'applied' | 'won' | 'rejected'; appliedDaysAgo?: number; decidedDaysAgo?: number };
export type DemoPipelineProject = {
  cluster: string;
  kind: 'lead' | 'member';
  title: string;
  summary: string;
  /** German title of the strategy theme (field of action or focus theme), when the strategy demo has loaded it. */
  theme?: string;
  lead: string | null;
  partners: Array<[key: string, role: Role]>;
  trl: number | null;
  /** The stages entered, oldest first, with how many days before now. */
  stages: Array<[PipelineStage, number]>;
  product?: string;
  origin?: 'manual' | 'match' | 'event';
  visibility: 'public' | 'members' | 'private';
  by?: 'manager' | 'editor';
  funding?: DemoFunding[];
};

const leadProjects = (mecklenburgVorpommernRecords.records.find((r) => r.kind === 'strategy_group')?.children ?? []).filter((r) => r.kind === 'lead_project');
const lead = (de: string): DemoRecord => leadProjects.find((r) => r.title.de.startsWith(de))!;
const MEDTECH = 'Medizintechnik, innovative Medizinprodukte und -verfahren';
const DIAGNOSTICS = 'Innovative Diagnoseverfahren und Produkte';
const PREVENTIVE = 'Präventive und individualisierte Medizin';
const BIOTECH = 'Biotechnologie und Wirkstoffe';
const BIOINFORMATICS = 'Bioinformatik';
const REGULATORY = 'Regulatorischer Marktzugang für KMU';
const SCIENCE_INDUSTRY = 'Projekte zwischen Wirtschaft und Wissenschaft';
const YOUNG = 'Junge innovative Unternehmen';

export const demoPipelineProjects: DemoPipelineProject[] = [
  {
    cluster: 'biocon-valley', kind: 'lead', title: lead('Kompetenzzentrum für Medizintechnik').title.en, summary: lead('Kompetenzzentrum für Medizintechnik').description.en,
    theme: MEDTECH, lead: 'kzmt', partners: [['uni-rostock', 'research'], ['umr', 'clinical'], ['warnow-implant', 'sme']], trl: null, visibility: 'public', by: 'manager',
    stages: [['idea', 1020], ['concept', 930], ['feasibility', 820], ['market', 640]],
    funding: [{ instrument: 'Land Mecklenburg-Vorpommern, EFRE', organization: 'kzmt', applied: 2_400_000, won: 2_400_000, status: 'won', appliedDaysAgo: 980, decidedDaysAgo: 900 }],
  },
  {
    cluster: 'biocon-valley', kind: 'lead', title: lead('Zentrum für Life Science').title.en, summary: lead('Zentrum für Life Science').description.en,
    theme: BIOTECH, lead: 'biotechnikum', partners: [['inp', 'research'], ['uni-greifswald', 'research']], trl: null, visibility: 'public', by: 'manager',
    stages: [['idea', 800], ['concept', 690], ['feasibility', 470]],
    funding: [{ instrument: 'Hochschulbau / EFRE', organization: 'biotechnikum', applied: 38_000_000, won: 38_000_000, status: 'won', appliedDaysAgo: 720, decidedDaysAgo: 600 }],
  },
  {
    cluster: 'biocon-valley', kind: 'lead', title: lead('Kompetenzzentrum Diabetes').title.en, summary: lead('Kompetenzzentrum Diabetes').description.en,
    theme: PREVENTIVE, lead: 'kdk', partners: [['klinikum-karlsburg', 'clinical'], ['inp', 'research'], ['ryck-plasma', 'sme']], trl: 6, visibility: 'public', by: 'manager',
    stages: [['idea', 900], ['concept', 780], ['feasibility', 610], ['preclinical', 400], ['clinical_validation', 150]],
    funding: [
      { instrument: 'Spitzenforschung MV', organization: 'kdk', applied: 1_200_000, won: 950_000, status: 'won', appliedDaysAgo: 640, decidedDaysAgo: 560 },
      { instrument: 'Horizon Europe', call: 'HORIZON-HLTH-2027-DEV: Innovative medical devices for chronic wounds', organization: 'inp', applied: 3_500_000, status: 'applied', appliedDaysAgo: 20 },
    ],
  },
  {
    cluster: 'biocon-valley', kind: 'lead', title: lead('Weiterbildung Biomedical').title.en, summary: lead('Weiterbildung Biomedical').description.en,
    theme: MEDTECH, lead: 'uni-rostock', partners: [['uni-greifswald', 'research'], ['bcv', 'other']], trl: null, visibility: 'public', by: 'manager',
    stages: [['idea', 1100], ['concept', 1010], ['market', 880]],
    funding: [{ instrument: 'Europäischer Sozialfonds (ESF)', organization: 'uni-rostock', applied: 1_600_000, won: 1_450_000, status: 'won', appliedDaysAgo: 1060, decidedDaysAgo: 1030 }],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Cold plasma therapy for diabetic foot ulcers',
    summary: 'Ryck Plasma Pen: a hand-held cold atmospheric plasma source for chronic and infected wounds, validated in a clinical study with the university hospital; the consortium came together through a klynge partner search.',
    theme: MEDTECH, lead: 'ryck-plasma', partners: [['umg', 'clinical'], ['inp', 'research']], trl: 6, product: 'Ryck Plasma Pen', origin: 'match', visibility: 'members', by: 'editor',
    stages: [['idea', 560], ['concept', 470], ['feasibility', 350], ['preclinical', 210], ['clinical_validation', 45]],
    funding: [
      { instrument: 'ZIM', organization: 'ryck-plasma', applied: 380_000, won: 380_000, status: 'won', appliedDaysAgo: 400, decidedDaysAgo: 330 },
      { instrument: 'EIC Accelerator', call: 'EIC Accelerator cut-off', organization: 'ryck-plasma', applied: 2_500_000, status: 'applied', appliedDaysAgo: 10 },
    ],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Resorbable magnesium bone screw with gentamicin coating',
    summary: 'A drug-coated resorbable implant for foot and ankle surgery as a combination product; biocompatibility and animal studies with the university.',
    theme: MEDTECH, lead: 'warnow-implant', partners: [['uni-rostock', 'research'], ['umr', 'clinical']], trl: 4, product: 'Warnow ResorbScrew Gentamicin', visibility: 'private',
    stages: [['idea', 480], ['concept', 390], ['feasibility', 250], ['preclinical', 80]],
    funding: [{ instrument: 'KMU-innovativ: Medizintechnik', organization: 'warnow-implant', applied: 650_000, status: 'rejected', appliedDaysAgo: 300, decidedDaysAgo: 200 }],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Telemonitoring for heart failure at home',
    summary: 'HerzWacht collects weight, blood pressure and heart rate at home and shows trends to the clinic; AI-based alerts in planning.',
    theme: BIOINFORMATICS, lead: 'kogge-telemed', partners: [['umg', 'clinical']], trl: 3, product: 'HerzWacht Telemonitoring-App', visibility: 'members',
    stages: [['idea', 210], ['concept', 95]],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Biomarker patterns from a population-based cohort',
    summary: 'Standardised OMICs analyses of biobank samples to find protected biomarker patterns for early diagnosis.',
    theme: DIAGNOSTICS, lead: 'bodden-omics', partners: [['uni-greifswald', 'research'], ['umg', 'clinical']], trl: 2, visibility: 'members',
    stages: [['idea', 60]],
  },
  // BioCon Valley's member projects of the last year and a half: two consortia from klynge's partner matching.
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Plasma-activated hydrogel for wound dressings',
    summary: 'A hydrogel activated with cold plasma that keeps releasing reactive species into the wound between treatments; material development with a biomaterials company.',
    theme: BIOTECH, lead: 'ryck-plasma', partners: [['pleisse-materials', 'sme']], trl: 3, visibility: 'members', by: 'editor',
    stages: [['idea', 515], ['concept', 400], ['feasibility', 260]],
    funding: [{ instrument: 'ZIM', organization: 'ryck-plasma', applied: 420_000, status: 'applied', appliedDaysAgo: 30 }],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Digital wound documentation with image analysis',
    summary: 'Photos of chronic wounds taken with a smartphone are measured automatically, so that the healing under plasma treatment can be documented and compared.',
    theme: BIOINFORMATICS, lead: 'ryck-plasma', partners: [['alster-health', 'sme']], trl: 2, visibility: 'members', by: 'editor',
    stages: [['idea', 470], ['concept', 380]],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Smart sensor for implant infections',
    summary: 'A miniature sensor on the implant reports early signs of infection after foot and ankle surgery; the partners found each other through a klynge partner search.',
    theme: MEDTECH, lead: 'warnow-implant', partners: [['foerde-sensorik', 'sme']], trl: 4, origin: 'match', visibility: 'members',
    stages: [['idea', 430], ['concept', 330], ['feasibility', 140]],
    funding: [{ instrument: 'ZIM', organization: 'warnow-implant', applied: 550_000, won: 520_000, status: 'won', appliedDaysAgo: 400, decidedDaysAgo: 330 }],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Serum proteomics reference set',
    summary: 'A reference set of serum proteomes from healthy donors, shared by diagnostics developers to calibrate their assays; the data analysis with a bioinformatics partner.',
    theme: DIAGNOSTICS, lead: 'bodden-omics', partners: [['aros-bioinformatics', 'partner']], trl: 3, visibility: 'members',
    stages: [['idea', 300], ['concept', 190], ['feasibility', 75]],
    funding: [{ instrument: 'ZIM', organization: 'bodden-omics', applied: 300_000, won: 280_000, status: 'won', appliedDaysAgo: 280, decidedDaysAgo: 200 }],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'Patient-specific bone plates from the 3D printer',
    summary: 'Bone plates printed from resorbable magnesium alloys to the shape of the patient\'s bone, planned from CT images.',
    theme: MEDTECH, lead: 'warnow-implant', partners: [['elbe-smart-devices', 'partner']], trl: 2, visibility: 'private',
    stages: [['idea', 250], ['concept', 160]],
  },
  {
    cluster: 'biocon-valley', kind: 'member', title: 'AI triage of telemonitoring alerts',
    summary: 'An algorithm sorts the alerts of home telemonitoring by urgency before a nurse sees them; the consortium came together through a klynge partner search.',
    theme: BIOINFORMATICS, lead: 'kogge-telemed', partners: [['alster-health', 'sme'], ['bodden-omics', 'sme']], trl: 2, origin: 'match', visibility: 'members',
    stages: [['idea', 120], ['concept', 40]],
    funding: [{ instrument: 'Land Mecklenburg-Vorpommern, Existenzgründung', organization: 'kogge-telemed', applied: 180_000, won: 180_000, status: 'won', appliedDaysAgo: 110, decidedDaysAgo: 45 }],
  },
  {
    cluster: 'biosaxony', kind: 'member', title: 'Connected insulin patch pump',
    summary: 'A wearable patch pump controlled by a smartphone app, on its way from the lab bench to the bedside; MDR conformity assessment with a notified body under way.',
    theme: REGULATORY, lead: 'elbe-smart-devices', partners: [['pleisse-materials', 'sme']], trl: 7, product: 'Elbtal Insulin Patch Pump', visibility: 'members',
    stages: [['idea', 900], ['concept', 800], ['feasibility', 640], ['preclinical', 470], ['clinical_validation', 300], ['regulatory_approval', 70]],
    funding: [{ instrument: 'Technologieförderung Sachsen', organization: 'elbe-smart-devices', applied: 900_000, won: 720_000, status: 'won', appliedDaysAgo: 700, decidedDaysAgo: 620 }],
  },
  {
    cluster: 'biosaxony', kind: 'member', title: 'Point-of-care rapid test for influenza A/B',
    summary: 'Lateral-flow antigen test read after 15 minutes near the patient; CE-marked under the IVDR and on the market.',
    theme: SCIENCE_INDUSTRY, lead: 'auenwald-dx', partners: [], trl: 9, product: 'Auenwald Flu A/B Schnelltest', visibility: 'public',
    stages: [['idea', 1000], ['concept', 930], ['feasibility', 820], ['clinical_validation', 600], ['regulatory_approval', 420], ['market', 180]],
  },
  {
    cluster: 'biosaxony', kind: 'member', title: 'Therapeutic protein: clinical manufacturing',
    summary: 'Scale-up of a therapeutic protein from the cell line to GMP material for the first clinical trial, with a contract manufacturer.',
    theme: SCIENCE_INDUSTRY, lead: 'saxon-biologics', partners: [], trl: 4, visibility: 'members',
    stages: [['idea', 520], ['concept', 400], ['feasibility', 260], ['preclinical', 120]],
    funding: [{ instrument: 'EIC Accelerator', organization: 'saxon-biologics', applied: 2_500_000, status: 'rejected', appliedDaysAgo: 240, decidedDaysAgo: 150 }],
  },
  {
    cluster: 'biosaxony', kind: 'member', title: 'Bioactive scaffolds for tissue replacement',
    summary: 'Materials science meets biotechnology: degradable scaffolds seeded with cells; partners met at the bionection partnering.',
    theme: YOUNG, lead: 'pleisse-materials', partners: [['elbe-smart-devices', 'partner']], trl: 3, origin: 'event', visibility: 'members',
    stages: [['idea', 150], ['concept', 100], ['feasibility', 30]],
  },
];
