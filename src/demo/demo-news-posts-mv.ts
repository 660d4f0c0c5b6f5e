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
