// BioCon Valley's demo news from the masterplan and strategy group I of Mecklenburg-Vorpommern, and member posts:
// two awaiting the managers' review, one sent back with a note.
import type { DemoPost } from '#src/demo/demo-news-posts.ts';

export const DEMO_POSTS_MV: DemoPost[] = [
  {
    cluster: 'biocon-valley', slug: 'epidemievorsorge-kapazitaeten-melden', status: 'published', daysAgo: 2,
    title: { de: 'Epidemievorsorge: Mitglieder melden ihre Produktionskapazitäten', en: 'Epidemic readiness: members declare their production capacities' },
    summary: {
      de: 'Der Masterplan fordert eine im Fall einer Epidemie skalierbare Produktion systemrelevanter Medizinprodukte. Melden Sie, was Sie herstellen können.',
      en: 'The masterplan calls for production of critical medical devices that scales up in an epidemic. Tell us what you can make.',
    },
    body: {
      de: 'Handlungsfeld 2 des Masterplans Gesundheitswirtschaft nennt die **Förderung der flexiblen und im Falle einer Epidemie skalierbaren inländischen Produktion systemrelevanter Medizinprodukte**.\n\nIn klynge tragen Mitglieder ihre Kapazitäten ein: Produkt, EMDN-Kategorie, Kapazität pro Woche, Vorlaufzeit und Zertifizierungen. Die Angaben sieht nur das Clustermanagement.',
      en: 'Field of action 2 of the health-economy masterplan names **flexible domestic production of critical medical devices that can be scaled up in an epidemic**.\n\nIn klynge, members enter their capacities: product, EMDN category, capacity per week, lead time and certifications. Only the cluster management sees them.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'kompetenzzentrum-medizintechnik-rostock', status: 'published', daysAgo: 8,
    title: {
      de: 'Kompetenzzentrum für Medizintechnik: Brücke zwischen Wissenschaft und Wirtschaft', en: 'Competence centre for medical technology: a bridge between science and industry',
      da: 'Kompetencecenter for medicinsk teknologi: en bro mellem forskning og erhverv',
    },
    summary: {
      de: 'Seit 2014 unterstützt das Kompetenzzentrum in Rostock KMU und Forschungseinrichtungen als Entwicklungspartner.',
      en: 'Since 2014 the competence centre in Rostock has supported SMEs and research institutes as a development partner.',
      da: 'Siden 2014 har kompetencecentret i Rostock støttet SMV\'er og forskningsinstitutioner som udviklingspartner.',
    },
    body: {
      de: 'Das Kompetenzzentrum für Medizintechnik Mecklenburg-Vorpommern ist ein **Leitprojekt der Strategiegruppe I „Life Science“**. Es begleitet kleine und mittelständische Unternehmen aus verschiedenen Hochtechnologiebereichen von der Idee bis zum Prototyp.',
      en: 'The competence centre for medical technology Mecklenburg-Vorpommern is a **lead project of strategy group I "Life Science"**. It accompanies small and medium-sized companies from many high-tech fields from the idea to the prototype.',
      da: 'Kompetencecentret for medicinsk teknologi i Mecklenburg-Vorpommern er et **fyrtårnsprojekt i strategigruppe I "Life Science"**. Det følger små og mellemstore virksomheder fra idé til prototype.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'zentrum-life-science-plasmatechnologie', status: 'published', daysAgo: 35,
    title: { de: 'Zentrum für Life Science und Plasmatechnologie wächst in Greifswald', en: 'Centre for life science and plasma technology grows in Greifswald', da: 'Center for life science og plasmateknologi vokser i Greifswald' },
    summary: {
      de: 'Auf rund 5.500 Quadratmetern entsteht eine Schnittstelle für Firmen der Bioökonomie und Plasmatechnologie.',
      en: 'Some 5,500 square metres for companies of the bioeconomy and plasma technology.',
      da: 'Omkring 5.500 kvadratmeter til virksomheder inden for bioøkonomi og plasmateknologi.',
    },
    body: {
      de: 'Neben einer Produktionshalle entstehen in den Obergeschossen Einheiten für Forschung, Dienstleistung und Büros. Das Zentrum ist ein Leitprojekt der Strategiegruppe I.',
      en: 'Besides a production hall, the upper floors hold units for research, services and offices. The centre is a lead project of strategy group I.',
      da: 'Ud over en produktionshal rummer de øverste etager enheder til forskning, service og kontorer. Centret er et fyrtårnsprojekt i strategigruppe I.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'arbeitsgruppe-biooekonomie', status: 'published', daysAgo: 50,
    title: { de: 'Arbeitsgruppe Bioökonomie entwickelt Strategie für MV', en: 'Bioeconomy working group drafts a strategy for Mecklenburg-Vorpommern' },
    summary: {
      de: 'Wirtschaft, Wissenschaft und Verwaltung bündeln ihre Vorhaben – als Beitrag zur Regionalen Innovationsstrategie.',
      en: 'Industry, science and administration bring their plans together as input to the regional innovation strategy.',
    },
    body: {
      de: 'Ziel der AG Bioökonomie ist eine Strategie, die auch für die kommende **Regionale Innovationsstrategie** Verwendung findet. Mitglieder können sich in klynge der Arbeitsgruppe anschließen.',
      en: 'The bioeconomy working group aims at a strategy that also feeds the coming **regional innovation strategy**. Members can join the group in klynge.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'partnersuche-ki-triage-telemonitoring', status: 'published', daysAgo: 95,
    title: { de: 'Aus der Partnersuche: Konsortium für KI-Triage im Telemonitoring', en: 'From the partner search: a consortium for AI triage in telemonitoring' },
    summary: {
      de: 'Drei Demo-Unternehmen haben über die Partnersuche von klynge zusammengefunden.',
      en: 'Three demo companies found each other through klynge\'s partner search.',
    },
    body: {
      de: 'Fiktive Demo-Meldung: Kogge Telemed (Demo), Alster Health Data (Demo) und Bodden Omics Lab (Demo) entwickeln einen Algorithmus, der Meldungen des Telemonitorings nach Dringlichkeit sortiert. Das Konsortium entstand aus einer **Partnersuche in klynge**.',
      en: 'Fictional demo news: Kogge Telemed (Demo), Alster Health Data (Demo) and Bodden Omics Lab (Demo) develop an algorithm that sorts telemonitoring alerts by urgency. The consortium came out of a **partner search in klynge**.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'kogge-telemed-neues-mitglied', status: 'published', daysAgo: 125, organization: 'Kogge Telemed GmbH (Demo)',
    title: { de: 'Kogge Telemed (Demo) ist neues Mitglied', en: 'Kogge Telemed (Demo) joins BioCon Valley' },
    summary: { de: 'Das junge Rostocker Unternehmen entwickelt Telemonitoring für Herzinsuffizienz.', en: 'The young Rostock company develops telemonitoring for heart failure.' },
    body: {
      de: 'Fiktive Demo-Meldung: Kogge Telemed (Demo) aus Rostock bringt Telemedizin-Software in das Netzwerk ein. Willkommen im Hub Rostock!',
      en: 'Fictional demo news: Kogge Telemed (Demo) from Rostock brings telemedicine software to the network. Welcome to the Rostock hub!',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'strategiegruppe-partnering-format', status: 'published', daysAgo: 262,
    title: { de: 'Strategiegruppe I: ein Partnering-Format für Start-ups, Kliniken und Forschung', en: 'Strategy group I: a partnering format for start-ups, hospitals and research' },
    summary: {
      de: 'Für die Vermarktung und das Erreichen einer kritischen Masse setzt die Strategiegruppe auf Eins-zu-eins-Gespräche.',
      en: 'To market products and reach a critical mass, the strategy group relies on one-to-one meetings.',
    },
    body: {
      de: 'Die Strategiegruppe I „Life Science“ will Instrumente für **Kapitalausstattung, kritische Masse, regulatorische Anforderungen und Vermarktung** entwickeln. Als nächsten Schritt unterstützt sie eine Partnering-Session zu Plasmamedizin und Diagnostik, die in klynge geplant wird.',
      en: 'Strategy group I "Life Science" develops instruments for **capital, critical mass, regulatory requirements and marketing**. As a next step it supports a partnering session on plasma medicine and diagnostics, planned in klynge.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'regulatorische-anforderungen-mdr-ivdr', status: 'published', daysAgo: 352,
    title: { de: 'Regulatorische Anforderungen: Strategiegruppe I berät über MDR und IVDR', en: 'Regulatory requirements: strategy group I discusses the MDR and IVDR' },
    summary: {
      de: 'Die sich verschärfenden regulatorischen Anforderungen sind eines der Themen der Strategiegruppe I.',
      en: 'Tightening regulatory requirements are one of the topics of strategy group I.',
    },
    body: {
      de: 'Unternehmen berichteten über ihre Erfahrungen mit der Klassifizierung und der technischen Dokumentation. Mitglieder klären die ersten Fragen im **Regulatorik-Navigator** von klynge.',
      en: 'Companies reported on their experience with classification and technical documentation. Members answer the first questions in klynge\'s **regulatory navigator**.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'bodden-omics-neues-mitglied', status: 'published', daysAgo: 368, organization: 'Bodden Omics Lab GmbH (Demo)',
    title: { de: 'Bodden Omics Lab (Demo) ist neues Mitglied', en: 'Bodden Omics Lab (Demo) joins BioCon Valley' },
    summary: { de: 'Die Greifswalder Ausgründung analysiert Biomarker mit OMICs-Methoden.', en: 'The Greifswald spin-off analyses biomarkers with OMICs methods.' },
    body: {
      de: 'Fiktive Demo-Meldung: Bodden Omics Lab (Demo) aus Greifswald entwickelt Diagnostik auf der Basis von Biomarker-Mustern. Willkommen im Hub Greifswald!',
      en: 'Fictional demo news: Bodden Omics Lab (Demo) from Greifswald develops diagnostics based on biomarker patterns. Welcome to the Greifswald hub!',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'weiterbildung-bee-onlinekurs', status: 'published', daysAgo: 440,
    title: { de: 'Biomedical Engineering & Entrepreneurship: Kursinhalte als offener Onlinekurs', en: 'Biomedical Engineering & Entrepreneurship: the course as an open online course' },
    summary: {
      de: 'Die Weiterbildung BEE, ein Leitprojekt der Strategiegruppe I, bleibt als offener Onlinekurs verfügbar.',
      en: 'The BEE continuing education, a lead project of strategy group I, remains available as an open online course.',
    },
    body: {
      de: 'Eine Wissens- und Bildungsallianz im Bereich der Biomedizinischen Technik macht Nachwuchskräfte auf Bildungsangebote und Arbeitsmarktpotenziale in der Region aufmerksam. Das Projekt wurde von Juli 2015 bis Juni 2019 aus Mitteln des **Europäischen Sozialfonds** gefördert; die Kursinhalte stehen weiterhin als offener Onlinekurs zur Verfügung.',
      en: 'A knowledge and education alliance in biomedical engineering points young professionals to courses and jobs in the region. The project was funded by the **European Social Fund** from July 2015 to June 2019; the course remains available as an open online course.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'kompetenzzentrum-diabetes-verbundprojekte', status: 'published', daysAgo: 515,
    title: { de: 'Kompetenzzentrum Diabetes Karlsburg: Verbundprojekte mit Unternehmen', en: 'Diabetes competence centre Karlsburg: joint projects with companies' },
    summary: {
      de: 'Klinikum Karlsburg und INP bündeln ihre Kompetenzen in Diabetes und Plasmatechnologie.',
      en: 'Klinikum Karlsburg and the INP pool their expertise in diabetes and plasma technology.',
    },
    body: {
      de: 'Das 2016 eröffnete Kompetenzzentrum Diabetes Karlsburg ist eine Kooperation des Klinikums Karlsburg und des Leibniz-Instituts für Plasmaforschung und Technologie (INP). In **Verbundprojekten mit regionalen Medizintechnik- und Biotechnologieunternehmen** sowie den Hochschulen des Landes entstehen Medizinprodukte und Verfahren für Diagnostik und Therapie.',
      en: 'Opened in 2016, the diabetes competence centre Karlsburg is a cooperation of Klinikum Karlsburg and the Leibniz Institute for Plasma Science and Technology (INP). **Joint projects with regional medical technology and biotechnology companies** and the state\'s universities develop medical devices and methods for diagnostics and therapy.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'ryck-plasma-anwendungsbeobachtung', status: 'submitted', daysAgo: 1, organization: 'Ryck Plasma Care GmbH (Demo)', author: 'editor@example.org',
    title: { de: 'Ryck Plasma Care startet Anwendungsbeobachtung mit Kaltplasma', en: 'Ryck Plasma Care starts an observational study with cold plasma' },
    summary: { de: 'Mit zwei Kliniken in Vorpommern wird die Kaltplasma-Behandlung chronischer Wunden bei Diabetes beobachtet.', en: 'Two clinics in Western Pomerania observe cold-plasma treatment of chronic diabetic wounds.' },
    body: {
      de: 'Fiktive Demo-Meldung: Die Anwendungsbeobachtung begleitet **60 Patientinnen und Patienten** über zwölf Wochen.',
      en: 'Fictional demo news: the observational study follows **60 patients** for twelve weeks.',
    },
  },
  {
    cluster: 'biocon-valley', slug: 'warnow-implant-reinraum', status: 'submitted', daysAgo: 3, organization: 'Warnow Implant Works GmbH (Demo)',
    title: { de: 'Warnow Implant Works erweitert Reinraum in Rostock', da: 'Warnow Implant Works udvider renrummet i Rostock' },
    summary: { de: 'Der neue Reinraum der Klasse ISO 7 verdoppelt die Fertigung resorbierbarer Implantate.', da: 'Det nye ISO 7-renrum fordobler produktionen af resorberbare implantater.' },
    body: { de: 'Fiktive Demo-Meldung: Im Krisenfall kann die Linie auch **Abstrichtupfer** herstellen.', da: 'Fiktiv demonyhed: I en krise kan linjen også fremstille **podepinde**.' },
  },
  {
    cluster: 'biocon-valley', slug: 'bodden-omics-probanden', status: 'rejected', daysAgo: 6, organization: 'Bodden Omics Lab GmbH (Demo)',
    reviewNote: 'Bitte ohne Angaben zu einzelnen Probandinnen und Probanden und mit einem Ansprechpartner für Rückfragen.',
    title: { de: 'Bodden Omics Lab sucht Partner für Biomarker-Studie' },
    summary: { de: 'Für eine OMICs-Studie werden klinische Partner in Mecklenburg-Vorpommern gesucht.' },
    body: { de: 'Fiktive Demo-Meldung: Wir suchen Kliniken, die Proben nach standardisiertem Protokoll beisteuern.' },
  },
];
