// Strategy records of biosaxony, Life Science Nord and the Danish cluster, and the list of all record sets.
import { mecklenburgVorpommernRecords } from '#src/demo/demo-records-mv.ts';
import type { DemoRecord, DemoRecordSet, Text3 } from '#src/demo/demo-types.ts';

const biosaxonyRecords: DemoRecordSet = {
  cluster: 'biosaxony',
  records: [
    {
      kind: 'lead_project',
      title: { de: 'Innovationscluster „Smart Medical Devices and Therapies“', en: 'Innovation cluster "Smart Medical Devices and Therapies"', da: 'Innovationsklyngen "Smart Medical Devices and Therapies"' },
      description: {
        de: 'Gestartet 2018, vom Freistaat Sachsen für mindestens vier Jahre gefördert und von der biosaxony Management GmbH organisiert: Projekte von der Laborbank zum Patientenbett in Biotechnologie, Medizintechnik, IT/IKT und Materialwissenschaft.',
        en: 'Launched in 2018, funded by the Free State of Saxony for at least four years and run by biosaxony Management GmbH: projects from the lab bench to the bedside in biotechnology, medical technology, IT/ICT and materials science.',
        da: 'Startet i 2018, finansieret af delstaten Sachsen i mindst fire år og drevet af biosaxony Management GmbH: projekter fra laboratoriebænken til sygesengen inden for bioteknologi, medicoteknik, IT/IKT og materialevidenskab.',
      },
      children: [
        {
          kind: 'focus_theme',
          title: { de: 'Regulatorischer Marktzugang für KMU', en: 'Regulatory market access for SMEs', da: 'Regulatorisk markedsadgang for SMV\'er' },
          description: {
            de: 'KMU mit smarten Medizinprodukten über nationale und internationale regulatorische Hürden helfen.',
            en: 'Help SMEs with smart medical devices over national and international regulatory hurdles.',
            da: 'Hjælpe SMV\'er med smart medicinsk udstyr over nationale og internationale regulatoriske barrierer.',
          },
        },
        {
          kind: 'focus_theme',
          title: { de: 'Projekte zwischen Wirtschaft und Wissenschaft', en: 'Projects between industry and science', da: 'Projekter mellem erhverv og forskning' },
          description: {
            de: 'Projekte anstoßen, Services und Know-how vermitteln und regionale Kompetenzen sichtbar machen.',
            en: 'Initiate projects, broker services and know-how, and make regional competences visible.',
            da: 'Sætte projekter i gang, formidle services og knowhow og synliggøre regionale kompetencer.',
          },
        },
        {
          kind: 'focus_theme',
          title: { de: 'Ansiedlung ausländischer Unternehmen', en: 'Attracting foreign companies', da: 'Tiltrække udenlandske virksomheder' },
          description: {
            de: 'Ausländische Unternehmen für einen Standort in Sachsen gewinnen.',
            en: 'Win foreign companies for a location in Saxony.',
            da: 'Få udenlandske virksomheder til at etablere sig i Sachsen.',
          },
        },
        {
          kind: 'focus_theme',
          title: { de: 'Junge innovative Unternehmen', en: 'Young innovative companies', da: 'Unge innovative virksomheder' },
          description: {
            de: 'Gründungen und junge Unternehmen langfristig begleiten und beraten.',
            en: 'Accompany and advise start-ups and young companies over the long term.',
            da: 'Følge og rådgive iværksættere og unge virksomheder på lang sigt.',
          },
        },
        {
          kind: 'lead_project',
          title: { de: 'Jahreskonferenz bionection', en: 'Annual conference bionection', da: 'Den årlige konference bionection' },
          description: {
            de: 'Die Konferenz zeigt jedes Jahr neue Projekte und Technologien aus Therapie und Diagnostik; 2018 im Deutschen Hygiene-Museum Dresden Auftakt des Innovationsclusters.',
            en: 'Each year the conference presents new projects and technologies in therapy and diagnostics; in 2018, at the German Hygiene Museum in Dresden, it launched the innovation cluster.',
            da: 'Konferencen præsenterer hvert år nye projekter og teknologier inden for behandling og diagnostik; i 2018 på Deutsches Hygiene-Museum i Dresden blev innovationsklyngen lanceret der.',
          },
        },
      ],
    },
  ],
};

// Life Science Nord's seven focus themes of the cluster strategy 2024, in the order presented; all but
// sustainable cluster management (a shareholders' workshop) are deepened in working groups.
const lsnThemes: Array<[Text3, Text3, boolean?]> = [
  [{ de: 'Digitale Transformation', en: 'Digital transformation', da: 'Digital transformation' },
    { de: 'Digitalisierung in Unternehmen und Forschung der Branche.', en: 'Digitalisation in the industry\'s companies and research.', da: 'Digitalisering i branchens virksomheder og forskning.' }],
  [{ de: 'Entrepreneurship', en: 'Entrepreneurship', da: 'Iværksætteri' },
    { de: 'Gründungen in den Life Sciences fördern.', en: 'Foster start-ups in the life sciences.', da: 'Fremme nye virksomheder inden for life science.' }],
  [{ de: 'Innovative Produktionstechnik', en: 'Innovative production technology', da: 'Innovativ produktionsteknik' },
    { de: 'Neue Verfahren für die Herstellung von Life-Science-Produkten.', en: 'New methods for manufacturing life-science products.', da: 'Nye metoder til fremstilling af life science-produkter.' }],
  [{ de: 'Internationalisierung', en: 'Internationalisation', da: 'Internationalisering' },
    { de: 'Akteure auf internationale Märkte und in internationale Partnerschaften bringen.', en: 'Bring members to international markets and partnerships.', da: 'Bringe aktørerne ud på internationale markeder og i internationale partnerskaber.' }],
  [{ de: 'MitarbeiterInnen der Zukunft', en: 'Employees of the future', da: 'Fremtidens medarbejdere' },
    { de: 'Fachkräfte für die Branche gewinnen und qualifizieren.', en: 'Attract and train skilled staff for the industry.', da: 'Tiltrække og uddanne kvalificerede medarbejdere til branchen.' }],
  [{ de: 'Nachhaltiges Clustermanagement', en: 'Sustainable cluster management', da: 'Bæredygtig klyngeledelse' },
    { de: 'Wird gesondert in einem Workshop mit den Gesellschaftern bearbeitet.', en: 'Handled separately in a workshop with the shareholders.', da: 'Behandles separat i en workshop med ejerne.' }, false],
  [{ de: 'Stärkung der Innovationspipeline', en: 'Strengthening the innovation pipeline', da: 'Styrkelse af innovationspipelinen' },
    { de: 'Mehr Innovationen von der Forschung in den Markt bringen.', en: 'Bring more innovations from research to market.', da: 'Få flere innovationer fra forskning til marked.' }],
];

const lsnRecords: DemoRecordSet = {
  cluster: 'life-science-nord',
  records: lsnThemes.map(([title, description, workingGroup = true]): DemoRecord => ({
    kind: 'focus_theme',
    title,
    description,
    children: !workingGroup ? [] : [{
      kind: 'working_group',
      title: { de: `Strategieworkshop ${title.de}`, en: `Strategy workshop ${title.en}`, da: `Strategiworkshop ${title.da}` },
      description: {
        de: 'Arbeitsgruppe aus Clusterakteuren und Politik zur Vertiefung des Themas für die Clusterstrategie 2024.',
        en: 'Working group of cluster members and policy makers deepening the theme for the cluster strategy 2024.',
        da: 'Arbejdsgruppe af klyngeaktører og politikere, der uddyber temaet til klyngestrategien 2024.',
      },
    }],
  })),
};

const danishRecords: DemoRecordSet = {
  cluster: 'danish-life-science-cluster',
  records: [
    {
      kind: 'strategy_group',
      title: { de: 'Partnerschaft des nationalen Clusters', en: 'Partnership of the national cluster', da: 'Partnerskabet bag den nationale klynge' },
      description: {
        de: 'Die bestehenden Clusterorganisationen (MTIC, Welfare Tech, LSI, CHC, Danish Healthtech, Biopeople), die fünf größten Universitäten, fünf GTS-Institute, die fünf Regionen, Kommunen und sechs Branchen- und Wirtschaftsverbände mit zusammen über 500 Unternehmen.',
        en: 'The existing cluster organisations (MTIC, Welfare Tech, LSI, CHC, Danish Healthtech, Biopeople), the five largest universities, five GTS institutes, the five regions, municipalities and six industry and business associations representing more than 500 companies.',
        da: 'De eksisterende klyngeorganisationer (MTIC, Welfare Tech, LSI, CHC, Danish Healthtech, Biopeople), de fem største universiteter, fem GTS-institutter, de fem regioner, kommuner og seks branche- og erhvervsorganisationer, der repræsenterer over 500 virksomheder.',
      },
    },
    {
      kind: 'focus_theme',
      title: { de: 'Öffentlich-private Zusammenarbeit', en: 'Public-private collaboration', da: 'Offentlig-privat samarbejde' },
      description: {
        de: 'Unternehmen entwickeln Produkte auf forschungsbasiertem Wissen und in enger Zusammenarbeit mit Krankenhäusern und Kommunen, mit internationalem Marktpotenzial.',
        en: 'Companies develop products on research-based knowledge in close collaboration with hospitals and municipalities, with international market potential.',
        da: 'Virksomheder udvikler produkter på forskningsbaseret viden i tæt samarbejde med hospitaler og kommuner og med internationalt markedspotentiale.',
      },
    },
    {
      kind: 'focus_theme',
      title: { de: 'Synergie von Life Science und Wohlfahrtstechnologie', en: 'Synergy of life science and welfare technology', da: 'Synergi mellem life science og velfærdsteknologi' },
      description: {
        de: 'Das ganze Feld in einer Plattform: Biotech, Arzneimittel, Medizinprodukte, Hilfsmittel, Wohlfahrtstechnologie und digitale Lösungen.',
        en: 'The whole field on one platform: biotech, medicines, medical devices, assistive devices, welfare technology and digital solutions.',
        da: 'Hele feltet på én platform: biotek, lægemidler, medico, hjælpemidler, velfærdsteknologi og digitale løsninger.',
      },
    },
  ],
};

export const demoRecords: DemoRecordSet[] = [mecklenburgVorpommernRecords, biosaxonyRecords, lsnRecords, danishRecords];
