// The demo's strategy structure: the seeds' fields of action and focus themes (titles and descriptions from the
// record sets), each with goals from the seed texts, and the masterplan's milestones on BioCon Valley's goals.
import type { Horizon, MilestoneStatus, StrategyThemeKind } from '#src/db/types-cluster.ts';
import { demoRecords } from '#src/demo/demo-records.ts';
import type { DemoRecord, Text3 } from '#src/demo/demo-types.ts';

export type DemoMilestone = {
  title: Text3;
  description?: Text3;
  horizon: Horizon;
  /** Days from the demo's `now` (negative: in the past); null: no due date. */
  due: number | null;
  status: MilestoneStatus;
  /** Done milestones: how many days before `now` they were done. */
  doneDaysAgo?: number;
  owner?: { organization: string } | { name: string };
  evidence?: string;
};
export type DemoGoal = { title: Text3; milestones?: DemoMilestone[] };
export type DemoTheme = { kind: StrategyThemeKind; title: Text3; description: Text3; goals: DemoGoal[] };

const t = (de: string, en: string, da: string): Text3 => ({ de, en, da });

/** The records of a kind anywhere in a cluster's record set, in order. */
function recordsOf(cluster: string, kind: DemoRecord['kind']): DemoRecord[] {
  const found: DemoRecord[] = [];
  const walk = (records: DemoRecord[]) => records.forEach((r) => { if (r.kind === kind) found.push(r); walk(r.children ?? []); });
  walk(demoRecords.find((s) => s.cluster === cluster)?.records ?? []);
  return found;
}

/** The cluster's themes from its records, with the goals given per theme (in the records' order). */
function themesOf(cluster: string, kind: StrategyThemeKind, goals: DemoGoal[][]): DemoTheme[] {
  return recordsOf(cluster, kind).map((r, i) => ({ kind, title: r.title, description: r.description, goals: goals[i] ?? [] }));
}

// The masterplan's milestones (short, medium, long term), in the order of the seed.
const mv = recordsOf('biocon-valley', 'milestone');
const seedMilestone = (i: number) => ({ title: mv[i]!.title, description: mv[i]!.description });

const bcv = { organization: 'BioCon Valley GmbH' };

const mecklenburgVorpommern: DemoGoal[][] = [
  [ // Innovative diagnostic methods and products
    { title: t('Diagnostikprodukte auf Basis standardisierter OMICs-Analysen klinischer Proben', 'Diagnostic products built on standardised OMICs analyses of clinical samples', 'Diagnostiske produkter baseret på standardiserede OMICs-analyser af kliniske prøver') },
    { title: t('Point-of-Care-Konzepte mit dezentraler Datengenerierung', 'Point-of-care concepts with decentralised data generation', 'Point-of-care-koncepter med decentral datagenerering') },
    {
      title: t('IT-Infrastruktur und Big-Data-Werkzeuge für medizinische Labordaten', 'IT infrastructure and big-data tools for medical laboratory data', 'IT-infrastruktur og big data-værktøjer til medicinske laboratoriedata'),
      milestones: [{ ...seedMilestone(1), horizon: 'short', due: -75, status: 'at_risk', owner: { organization: 'Universitätsmedizin Greifswald' },
        evidence: 'Ausschreibung des Rechenzentrums verzögert sich; Zwischenbericht: https://example.org/demo/it-infrastruktur' }],
    },
  ],
  [ // Medical technology
    {
      title: t('Die Medizintechnik als Motor der Gesundheitswirtschaft MV stärken', 'Strengthen medical technology as the engine of the health economy in MV', 'Styrke medicoteknik som motor for sundhedsøkonomien i MV'),
      milestones: [{ ...seedMilestone(0), horizon: 'short', due: -240, status: 'done', doneDaysAgo: 250, owner: bcv,
        evidence: 'Netzwerktreffen aller Standorte, Protokoll: https://example.org/demo/netzwerk-protokoll' }],
    },
    {
      title: t('Regionale Unternehmen bei der Zulassung von Medizinprodukten (MDR) unterstützen', 'Support regional companies with the approval of medical devices (MDR)', 'Støtte regionale virksomheder med godkendelse af medicinsk udstyr (MDR)'),
      milestones: [{
        title: t('MDR-Sprechstunde für KMU eingerichtet', 'MDR consultation hours for SMEs in place', 'MDR-rådgivning for SMV\'er etableret'),
        horizon: 'short', due: -30, status: 'done', doneDaysAgo: 40, owner: { organization: 'Kompetenzzentrum für Medizintechnik Mecklenburg-Vorpommern' },
        evidence: 'Monatliche Sprechstunde, 14 Beratungen im ersten Quartal.',
      }],
    },
    {
      title: t('Im Epidemiefall skalierbare Produktion systemrelevanter Medizinprodukte', 'Domestic production of essential medical devices that scales up in an epidemic', 'Indenlandsk produktion af kritisk medicinsk udstyr, der kan skaleres op under en epidemi'),
      milestones: [{ ...seedMilestone(4), horizon: 'medium', due: 420, status: 'planned', owner: { organization: 'Kompetenzzentrum für Medizintechnik Mecklenburg-Vorpommern' } }],
    },
  ],
  [ // Bioinformatics
    {
      title: t('KI in der personalisierten Diagnostik und Therapie einsetzen', 'Use AI in personalised diagnostics and therapy', 'Bruge AI i personlig diagnostik og behandling'),
      milestones: [{ ...seedMilestone(3), horizon: 'medium', due: -20, status: 'on_track', owner: { name: 'Strategiegruppe I „Life Science“' } }],
    },
    {
      title: t('Hard- und Software für die Telemedizin mit Alleinstellungsmerkmalen', 'Distinctive hardware and software for telemedicine', 'Hardware og software til telemedicin med særlige kendetegn'),
      milestones: [{
        title: t('Telemedizin-Pilot in zwei Kliniken gestartet', 'Telemedicine pilot started in two hospitals', 'Telemedicinsk pilot startet på to hospitaler'),
        horizon: 'medium', due: 240, status: 'on_track', owner: { organization: 'Universitätsmedizin Rostock' },
      }],
    },
  ],
  [ // Biotechnology and active substances
    {
      title: t('Betriebsstätten für die Herstellung von Arzneimitteln aufbauen', 'Build manufacturing sites for medicines', 'Opbygge produktionsanlæg til lægemidler'),
      milestones: [{
        title: t('Zentrum für Life Science und Plasmatechnologie in Betrieb', 'Centre for life science and plasma technology in operation', 'Center for life science og plasmateknologi i drift'),
        description: t('Fertigstellung und Inbetriebnahme des Neubaus in Greifswald.', 'Completion and opening of the new building in Greifswald.', 'Færdiggørelse og ibrugtagning af nybyggeriet i Greifswald.'),
        horizon: 'medium', due: -120, status: 'at_risk', owner: { organization: 'BioTechnikum Greifswald' },
      }],
    },
    {
      title: t('Den Forschungsaustausch gegen hohe Entwicklungsrisiken stärken', 'Strengthen research exchange against high development risks', 'Styrke forskningsudvekslingen mod høje udviklingsrisici'),
      milestones: [{ ...seedMilestone(2), horizon: 'medium', due: 300, status: 'on_track', owner: { organization: 'Universität Rostock' } }],
    },
  ],
  [ // Preventive and individualised medicine
    {
      title: t('Bevölkerungsbasierte Forschungsdaten und Biobankproben nutzen', 'Use population-based research data and biobank samples', 'Bruge befolkningsbaserede forskningsdata og biobankprøver'),
      milestones: [{
        title: t('Zugang zu Biobankproben für Mitgliedsunternehmen geregelt', 'Access to biobank samples for member companies settled', 'Adgang til biobankprøver for medlemsvirksomheder aftalt'),
        horizon: 'short', due: 60, status: 'on_track', owner: { organization: 'Universitätsmedizin Greifswald' },
      }],
    },
    {
      title: t('Ansiedlung und Ausgründung in präventiver, personalisierter Diagnostik und Therapie', 'Attract and spin off companies in preventive, personalised diagnostics and therapy', 'Tiltrække og udskille virksomheder inden for forebyggende, personlig diagnostik og behandling'),
      milestones: [{ ...seedMilestone(5), horizon: 'long', due: 1825, status: 'planned', owner: { name: 'Kuratorium für Gesundheitswirtschaft' } }],
    },
  ],
];

const lsnOffice = { organization: 'Life Science Nord Management GmbH' };
const lifeScienceNord: DemoGoal[][] = [
  [{ title: t('Digitalisierungsprojekte in Unternehmen und Forschung anstoßen', 'Initiate digitalisation projects in companies and research', 'Sætte digitaliseringsprojekter i gang i virksomheder og forskning'),
    milestones: [{ title: t('Strategieworkshop Digitale Transformation durchgeführt', 'Strategy workshop on digital transformation held', 'Strategiworkshop om digital transformation afholdt'), horizon: 'short', due: -50, status: 'done', doneDaysAgo: 55, owner: lsnOffice }] }],
  [{ title: t('Gründungen in den Life Sciences begleiten', 'Accompany start-ups in the life sciences', 'Følge nye virksomheder inden for life science') }],
  [{ title: t('Neue Herstellungsverfahren in die Anwendung bringen', 'Bring new manufacturing methods into use', 'Bringe nye fremstillingsmetoder i anvendelse') }],
  [{ title: t('Mitglieder auf internationale Märkte begleiten', 'Accompany members to international markets', 'Følge medlemmerne ud på internationale markeder') }],
  [{ title: t('Fachkräfte für die Branche gewinnen und qualifizieren', 'Attract and qualify skilled staff for the industry', 'Tiltrække og kvalificere medarbejdere til branchen') }],
  [{ title: t('Das Clustermanagement langfristig tragfähig aufstellen', 'Put cluster management on a lasting footing', 'Gøre klyngeledelsen bæredygtig på lang sigt'),
    milestones: [{ title: t('Workshop mit den Gesellschaftern', 'Workshop with the shareholders', 'Workshop med ejerne'), horizon: 'short', due: 30, status: 'planned', owner: lsnOffice }] }],
  [{ title: t('Mehr Innovationen von der Forschung in den Markt bringen', 'Bring more innovations from research to market', 'Få flere innovationer fra forskning til marked'),
    milestones: [
      { title: t('Clusterstrategie 2024 vorgestellt', 'Cluster strategy 2024 presented', 'Klyngestrategi 2024 præsenteret'), horizon: 'medium', due: 90, status: 'on_track', owner: lsnOffice },
      { title: t('Erster Strategieworkshop „Stärkung der Innovationspipeline“', 'First strategy workshop "Strengthening the innovation pipeline"', 'Første strategiworkshop "Styrkelse af innovationspipelinen"'), horizon: 'short', due: -70, status: 'done', doneDaysAgo: 70, owner: lsnOffice },
    ] }],
];

const biosaxonyOffice = { organization: 'biosaxony Management GmbH' };
const biosaxony: DemoGoal[][] = [
  [{ title: t('KMU beim Marktzugang für smarte Medizinprodukte unterstützen', 'Support SMEs with market access for smart medical devices', 'Støtte SMV\'er med markedsadgang for smart medicinsk udstyr'),
    milestones: [{ title: t('Regulatorik-Leitfaden für KMU veröffentlicht', 'Regulatory guide for SMEs published', 'Regulatorisk vejledning for SMV\'er offentliggjort'), horizon: 'short', due: -10, status: 'at_risk', owner: biosaxonyOffice }] }],
  [{ title: t('Projekte von der Laborbank zum Patientenbett anstoßen', 'Initiate projects from the lab bench to the bedside', 'Sætte projekter i gang fra laboratoriebænken til sygesengen'),
    milestones: [{ title: t('bionection als Jahreskonferenz etabliert', 'bionection established as the annual conference', 'bionection etableret som årlig konference'), horizon: 'medium', due: -200, status: 'done', doneDaysAgo: 210, owner: biosaxonyOffice }] }],
  [{ title: t('Ausländische Unternehmen für Sachsen gewinnen', 'Win foreign companies for Saxony', 'Tiltrække udenlandske virksomheder til Sachsen') }],
  [{ title: t('Junge innovative Unternehmen langfristig begleiten', 'Accompany young innovative companies over the long term', 'Følge unge innovative virksomheder på lang sigt') }],
];

const danish: DemoGoal[][] = [
  [{ title: t('Produkte gemeinsam mit Krankenhäusern und Kommunen entwickeln', 'Develop products together with hospitals and municipalities', 'Udvikle produkter sammen med hospitaler og kommuner') }],
  [{ title: t('Life Science und Wohlfahrtstechnologie auf einer Plattform verbinden', 'Join life science and welfare technology on one platform', 'Forene life science og velfærdsteknologi på én platform') }],
];

/** Every cluster's themes with goals and milestones, by cluster slug. */
export const demoStrategyThemes: Array<{ cluster: string; themes: DemoTheme[] }> = [
  { cluster: 'biocon-valley', themes: themesOf('biocon-valley', 'field_of_action', mecklenburgVorpommern) },
  { cluster: 'life-science-nord', themes: themesOf('life-science-nord', 'focus_theme', lifeScienceNord) },
  { cluster: 'biosaxony', themes: themesOf('biosaxony', 'focus_theme', biosaxony) },
  { cluster: 'danish-life-science-cluster', themes: themesOf('danish-life-science-cluster', 'focus_theme', danish) },
];
