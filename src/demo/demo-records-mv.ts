// Mecklenburg-Vorpommern: the masterplan's fields of action and milestones, strategy group I and its projects.
import type { DemoRecordSet } from '#src/demo/demo-types.ts';

export const mecklenburgVorpommernRecords: DemoRecordSet = {
  cluster: 'biocon-valley',
  records: [
    {
      kind: 'field_of_action',
      title: { de: 'Innovative Diagnoseverfahren und Produkte', en: 'Innovative diagnostic methods and products', da: 'Innovative diagnostiske metoder og produkter' },
      description: {
        de: 'Neue Diagnostikprodukte auf Basis standardisierter OMICs-Analysen, Point-of-Care-Konzepte, IT-Infrastruktur und Big-Data-Werkzeuge für Labordaten, Entscheidungsunterstützung für Ärzte, geschützte Biomarker-Muster und Partikeltechnologien.',
        en: 'New diagnostic products built on standardised OMICs analyses, point-of-care concepts, IT infrastructure and big-data tools for laboratory data, decision support for physicians, protected biomarker patterns and particle technologies.',
        da: 'Nye diagnostiske produkter baseret på standardiserede OMICs-analyser, point-of-care-koncepter, IT-infrastruktur og big data-værktøjer til laboratoriedata, beslutningsstøtte for læger, beskyttede biomarkørmønstre og partikelteknologier.',
      },
    },
    {
      kind: 'field_of_action',
      title: { de: 'Medizintechnik, innovative Medizinprodukte und -verfahren', en: 'Medical technology, innovative medical devices and procedures', da: 'Medicoteknik, innovativt medicinsk udstyr og nye procedurer' },
      description: {
        de: 'Forschungsstrukturen der Unternehmen ausbauen, nachhaltige Implantate und Kombinationsprodukte entwickeln, Ausgründungen und Ansiedlungen, Hilfe bei der Zulassung und eine im Epidemiefall skalierbare Produktion systemrelevanter Medizinprodukte.',
        en: 'Expand companies\' research structures, develop sustainable implants and combination products, spin-offs and new sites, help with approval, and domestic production of essential medical devices that can scale up in an epidemic.',
        da: 'Udbygge virksomhedernes forskning, udvikle bæredygtige implantater og kombinationsprodukter, udspaltninger og etableringer, hjælp til godkendelse og indenlandsk produktion af kritisk medicinsk udstyr, der kan skaleres op under en epidemi.',
      },
    },
    {
      kind: 'field_of_action',
      title: { de: 'Bioinformatik', en: 'Bioinformatics', da: 'Bioinformatik' },
      description: {
        de: 'Hard- und Software für die Telemedizin, KI in personalisierter Diagnostik und Therapie, KI-basierte Gesundheitsassistenzen, visuelle Datenanalyse in der Versorgung und Smart-Personalized-Health-Technologie.',
        en: 'Hardware and software for telemedicine, AI in personalised diagnostics and therapy, AI-based health assistants, visual data analysis in care and smart personalised health technology.',
        da: 'Hardware og software til telemedicin, AI i personlig diagnostik og behandling, AI-baserede sundhedsassistenter, visuel dataanalyse i plejen og smart personalised health-teknologi.',
      },
    },
    {
      kind: 'field_of_action',
      title: { de: 'Biotechnologie und Wirkstoffe', en: 'Biotechnology and active substances', da: 'Bioteknologi og aktive stoffer' },
      description: {
        de: 'Produktionsstätten für Arzneimittel als Lehre aus der Corona-Pandemie, Unternehmen der chemischen Verfahrenstechnik und Pharmazie, Implantate und Wirkstoffe für Kombinationsprodukte, Forschungsaustausch gegen hohe Entwicklungsrisiken.',
        en: 'Drug manufacturing sites as a lesson from the coronavirus pandemic, companies in chemical process engineering and pharmacy, implants and active substances for combination products, research exchange against high development risks.',
        da: 'Produktionsanlæg til lægemidler som lære af coronapandemien, virksomheder inden for kemisk procesteknik og farmaci, implantater og aktive stoffer til kombinationsprodukter, forskningsudveksling mod høje udviklingsrisici.',
      },
    },
    {
      kind: 'field_of_action',
      title: { de: 'Präventive und individualisierte Medizin', en: 'Preventive and individualised medicine', da: 'Forebyggende og individualiseret medicin' },
      description: {
        de: 'Unternehmen für Biomarker und moderne IKT ausbauen, Ansiedlungen in präventiver, personalisierter Diagnostik und Therapie, bevölkerungsbasierte Forschungsdaten und Biobankproben für neue Diagnostik und Therapie nutzen.',
        en: 'Grow companies in biomarkers and modern ICT, attract and spin off firms in preventive, personalised diagnostics and therapy, use population-based research data and biobank samples for new diagnostics and therapies.',
        da: 'Udbygge virksomheder inden for biomarkører og moderne IKT, etablere virksomheder inden for forebyggende, personlig diagnostik og behandling, bruge befolkningsbaserede forskningsdata og biobankprøver til ny diagnostik og behandling.',
      },
    },
    {
      kind: 'milestone', horizon: 'short',
      title: { de: 'Landesweites Netzwerk Life Sciences und Medizintechnik', en: 'State-wide network for life sciences and medical technology', da: 'Landsdækkende netværk for life science og medicoteknik' },
      description: { de: 'Das Netzwerk ist implementiert.', en: 'The network is in place.', da: 'Netværket er etableret.' },
    },
    {
      kind: 'milestone', horizon: 'short',
      title: { de: 'IT-Infrastruktur für Prävention, Diagnostik und Therapie', en: 'IT infrastructure for prevention, diagnostics and therapy', da: 'IT-infrastruktur til forebyggelse, diagnostik og behandling' },
      description: { de: 'Die nötigen IT-Infrastrukturen und -Technologien sind geschaffen.', en: 'The required IT infrastructure and technologies have been created.', da: 'Den nødvendige IT-infrastruktur og teknologi er skabt.' },
    },
    {
      kind: 'milestone', horizon: 'medium',
      title: { de: 'Mehr Forschung mit Fokus Life Science und Medizintechnik', en: 'More research focused on life science and medical technology', da: 'Mere forskning med fokus på life science og medicoteknik' },
      description: { de: 'Forschung an Hochschulen, Instituten und in Unternehmen ist ausgebaut.', en: 'Research at universities, institutes and companies has grown.', da: 'Forskningen på universiteter, institutter og i virksomheder er udbygget.' },
    },
    {
      kind: 'milestone', horizon: 'medium',
      title: { de: 'Fokus auf innovative Forschungsaktivitäten', en: 'Focus on innovative research activities', da: 'Fokus på innovative forskningsaktiviteter' },
      description: { de: 'Die Fokussierung ist realisiert.', en: 'The focus has been achieved.', da: 'Fokuseringen er gennemført.' },
    },
    {
      kind: 'milestone', horizon: 'medium',
      title: { de: 'Strukturen für künftige Epidemien und Pandemien', en: 'Structures for future epidemics and pandemics', da: 'Strukturer til fremtidige epidemier og pandemier' },
      description: { de: 'Die Strukturen sind etabliert.', en: 'The structures are in place.', da: 'Strukturerne er etableret.' },
    },
    {
      kind: 'milestone', horizon: 'long',
      title: { de: 'Gestärkter Wirtschaftsstandort MV', en: 'A stronger business location in Mecklenburg-Vorpommern', da: 'Et stærkere erhvervsområde i Mecklenburg-Vorpommern' },
      description: {
        de: 'Unternehmensausbau, Ausgründungen und Ansiedlungen in Life Science und Medizintechnik haben den Standort gestärkt.',
        en: 'Company growth, spin-offs and new sites in life science and medical technology have strengthened the state.',
        da: 'Vækst, udspaltninger og etableringer inden for life science og medicoteknik har styrket delstaten.',
      },
    },
    {
      kind: 'strategy_group',
      title: { de: 'Strategiegruppe I „Life Science“', en: 'Strategy group I "Life Science"', da: 'Strategigruppe I "Life Science"' },
      description: {
        de: 'Für Biotechnologie, Medizintechnik und pharmazeutische Industrie: Leuchtturmprojekte auf- und ausbauen und Instrumente für Kapital, kritische Masse, Regulierung und Vermarktung entwickeln.',
        en: 'For biotechnology, medical technology and the pharmaceutical industry: build lighthouse projects and develop instruments for capital, critical mass, regulation and marketing.',
        da: 'For bioteknologi, medicoteknik og medicinalindustrien: opbygge fyrtårnsprojekter og udvikle værktøjer til kapital, kritisk masse, regulering og markedsføring.',
      },
      children: [
        {
          kind: 'lead_project',
          title: { de: 'Kompetenzzentrum für Medizintechnik Mecklenburg-Vorpommern', en: 'Competence centre for medical technology of Mecklenburg-Vorpommern', da: 'Kompetencecenter for medicoteknik i Mecklenburg-Vorpommern' },
          description: {
            de: 'Seit 2014 in Rostock eine Brücke zwischen Wissenschaft und Wirtschaft: F&E-Partner für KMU und Forschungseinrichtungen.',
            en: 'Since 2014 in Rostock, a bridge between science and business: an R&D partner for SMEs and research institutions.',
            da: 'Siden 2014 i Rostock en bro mellem forskning og erhverv: F&U-partner for SMV\'er og forskningsinstitutioner.',
          },
        },
        {
          kind: 'lead_project',
          title: { de: 'Zentrum für Life Science und Plasmatechnologie', en: 'Centre for life science and plasma technology', da: 'Center for life science og plasmateknologi' },
          description: {
            de: 'Seit 2019 im Bau in Greifswald: rund 5.500 m² mit Produktionshalle, Einheiten für Forschung, Dienstleistung und Gründung, verbunden mit BioTechnikum und INP; rund 38 Mio. Euro.',
            en: 'Under construction in Greifswald since 2019: about 5,500 m² with a production hall and units for research, services and start-ups, linked to the BioTechnikum and the INP; about 38 million euros.',
            da: 'Under opførelse i Greifswald siden 2019: ca. 5.500 m² med produktionshal og enheder til forskning, service og iværksættere, forbundet med BioTechnikum og INP; ca. 38 mio. euro.',
          },
        },
        {
          kind: 'lead_project',
          title: { de: 'Kompetenzzentrum Diabetes Karlsburg', en: 'Diabetes competence centre Karlsburg', da: 'Diabeteskompetencecenter Karlsburg' },
          description: {
            de: 'Seit 2016: Klinikum Karlsburg und INP bündeln Diabetes- und Plasmakompetenz in Verbundprojekten mit Unternehmen und Hochschulen.',
            en: 'Since 2016: Klinikum Karlsburg and the INP pool diabetes and plasma expertise in joint projects with companies and universities.',
            da: 'Siden 2016: Klinikum Karlsburg og INP samler diabetes- og plasmaekspertise i fællesprojekter med virksomheder og universiteter.',
          },
        },
        {
          kind: 'lead_project',
          title: { de: 'Weiterbildung Biomedical Engineering & Entrepreneurship (BEE)', en: 'Continuing education in Biomedical Engineering & Entrepreneurship (BEE)', da: 'Efteruddannelse i Biomedical Engineering & Entrepreneurship (BEE)' },
          description: {
            de: 'Bildungsallianz für Biomedizinische Technik, 2015 bis 2019 aus dem Europäischen Sozialfonds gefördert; die Kurse bleiben als offener Onlinekurs verfügbar.',
            en: 'Education alliance for biomedical engineering, funded by the European Social Fund from 2015 to 2019; the courses remain available as an open online course.',
            da: 'Uddannelsesalliance for biomedicinsk teknik, støttet af Den Europæiske Socialfond 2015-2019; kurserne findes fortsat som åbent onlinekursus.',
          },
        },
        {
          kind: 'working_group',
          title: { de: 'Arbeitsgruppe Bioökonomie', en: 'Working group bioeconomy', da: 'Arbejdsgruppe for bioøkonomi' },
          description: {
            de: 'Entwickelt eine Bioökonomie-Strategie als Beitrag zur Regionalen Innovationsstrategie des Landes unter dem Titel „BioHealth-Economy MV“.',
            en: 'Works out a bioeconomy strategy as input to the state\'s regional innovation strategy, under the title "BioHealth-Economy MV".',
            da: 'Udarbejder en bioøkonomistrategi som bidrag til delstatens regionale innovationsstrategi under titlen "BioHealth-Economy MV".',
          },
        },
        {
          kind: 'working_group',
          title: { de: 'Arbeitsgruppe Digitalisierung im Bereich Life Science', en: 'Working group digitalisation in life science', da: 'Arbejdsgruppe for digitalisering i life science' },
          description: {
            de: 'Treibt die Digitalisierung in Gesundheitswirtschaft und Lebenswissenschaften mit konkreten Projekten voran, abgestimmt mit der AG Digitalisierung der Strategiegruppe III.',
            en: 'Drives digitalisation in the health economy and life sciences through concrete projects, coordinated with the digitalisation group of strategy group III.',
            da: 'Driver digitalisering i sundhedsøkonomi og life science med konkrete projekter, koordineret med digitaliseringsgruppen i strategigruppe III.',
          },
        },
      ],
    },
  ],
};
