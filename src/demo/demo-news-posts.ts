// The demo's news, taken from the seeds' news items and announcements (their facts, retold without naming people),
// in German, English and Danish (some in fewer languages, to show the fallback); some member posts await review.
type Texts = { de?: string; en?: string; da?: string };

export type DemoPost = {
  cluster: string;
  slug: string;
  organization?: string;
  author?: string;
  status: 'draft' | 'submitted' | 'published' | 'rejected';
  daysAgo: number;
  reviewNote?: string;
  title: Texts;
  summary: Texts;
  body: Texts;
};

export const DEMO_POSTS: DemoPost[] = [
  {
    cluster: 'life-science-nord', slug: 'mission-gestartet-neue-clusterstrategie', status: 'published', daysAgo: 3,
    title: { de: 'Mission gestartet: Neue Clusterstrategie für Life Science Nord', en: 'Mission launched: a new cluster strategy for Life Science Nord', da: 'Missionen er i gang: ny klyngestrategi for Life Science Nord' },
    summary: {
      de: 'Unter dem Motto „Clusterstrategie 2024“ überprüft Life Science Nord mit seinen Akteuren, welche Themen künftig zählen.',
      en: 'Under the motto "Cluster strategy 2024", Life Science Nord and its members review which topics will matter.',
      da: 'Under mottoet "Klyngestrategi 2024" undersøger Life Science Nord sammen med aktørerne, hvilke emner der skal fylde fremover.',
    },
    body: {
      de: 'Gemeinsam mit dem Institut für Innovation und Technik (iit) hat Life Science Nord den Prozess zur Fortschreibung der Clusterstrategie begonnen. Sieben Themenfelder stehen zur Diskussion:\n\n- Digitale Transformation\n- Entrepreneurship\n- Innovative Produktionstechnik\n- Internationalisierung\n- Mitarbeiter\\*innen der Zukunft\n- Nachhaltiges Clustermanagement\n- Stärkung der Innovationspipeline\n\n## Strategieworkshops\n\nIn den kommenden Monaten vertiefen Arbeitsgruppen die Themen mit den Clusterakteuren und der Politik. Der erste Workshop zur **Stärkung der Innovationspipeline** hat bereits stattgefunden.',
      en: 'Together with the Institute for Innovation and Technology (iit), Life Science Nord has started to update its cluster strategy. Seven topics are up for discussion:\n\n- Digital transformation\n- Entrepreneurship\n- Innovative production technology\n- Internationalisation\n- Employees of the future\n- Sustainable cluster management\n- Strengthening the innovation pipeline\n\n## Strategy workshops\n\nIn the coming months, working groups will deepen the topics with the cluster\'s members and policy makers. The first workshop, on **strengthening the innovation pipeline**, has already taken place.',
      da: 'Sammen med Institut für Innovation und Technik (iit) har Life Science Nord sat gang i arbejdet med at opdatere klyngestrategien. Syv temaer er til debat:\n\n- Digital omstilling\n- Iværksætteri\n- Innovativ produktionsteknik\n- Internationalisering\n- Fremtidens medarbejdere\n- Bæredygtig klyngeledelse\n- En stærkere innovationspipeline\n\n## Strategiworkshops\n\nI de kommende måneder uddyber arbejdsgrupper temaerne med klyngens aktører og politikerne. Den første workshop om **en stærkere innovationspipeline** er allerede holdt.',
    },
  },
  {
    cluster: 'life-science-nord', slug: 'lungenkrebs-diagnose-durch-pusten', status: 'published', daysAgo: 12,
    title: { de: 'Lungenkrebs – Diagnose durch Pusten', en: 'Lung cancer: diagnosis by breathing into a bag' },
    summary: {
      de: 'Das BMBF fördert ein Forschungskonsortium im Raum Lübeck mit 1,1 Mio. € für eine Methode, Lungenkrebs in der Atemluft zu erkennen.',
      en: 'The German research ministry funds a consortium around Lübeck with €1.1 million to detect lung cancer in exhaled breath.',
    },
    body: {
      de: 'Bitte einmal pusten! Der Patient füllt einen Beutel mit Atemluft – daraus soll künftig eine Diagnose werden. Das Bundesministerium für Bildung und Forschung fördert das Konsortium mit einem Projektvolumen von **1,1 Mio. €**. Beteiligt ist unter anderem das Forschungszentrum Borstel, Leibniz Lungenzentrum.',
      en: 'Breathe in, breathe out: the patient fills a bag with exhaled air, and that is to become a diagnosis. The Federal Ministry of Education and Research funds the consortium with a project volume of **€1.1 million**. Partners include the Research Center Borstel, Leibniz Lung Center.',
    },
  },
  {
    cluster: 'life-science-nord', slug: 'dst-neues-mitglied', status: 'published', daysAgo: 20, organization: 'DST Diagnostische Systeme & Technologien GmbH',
    title: { de: 'DST GmbH ist neues Mitglied im LSN e. V.', en: 'DST GmbH joins Life Science Nord', da: 'DST GmbH er nyt medlem af Life Science Nord' },
    summary: {
      de: 'Die DST – Diagnostische Systeme & Technologien GmbH aus Schwerin bringt Erfahrung in Immunochemie und Biomedizin mit.',
      en: 'DST – Diagnostische Systeme & Technologien GmbH from Schwerin brings experience in immunochemistry and biomedicine.',
      da: 'DST – Diagnostische Systeme & Technologien GmbH fra Schwerin har stor erfaring med immunkemi og biomedicin.',
    },
    body: {
      de: 'Die DST GmbH hat ihren Sitz in Schwerin, der Landeshauptstadt Mecklenburg-Vorpommerns, und verfügt über umfassende Erfahrung in den Bereichen **Immunochemie** und **Biomedizin**. Willkommen im Netzwerk!',
      en: 'DST GmbH is based in Schwerin, the state capital of Mecklenburg-Vorpommern, and has extensive experience in **immunochemistry** and **biomedicine**. Welcome to the network!',
      da: 'DST GmbH har hjemsted i Schwerin, delstatshovedstaden i Mecklenburg-Vorpommern, og har stor erfaring med **immunkemi** og **biomedicin**. Velkommen i netværket!',
    },
  },
  {
    cluster: 'life-science-nord', slug: 'covid-19-euroimmun-fraunhofer-emb', status: 'published', daysAgo: 40,
    title: { de: 'COVID-19: EUROIMMUN AG und Fraunhofer EMB kollaborieren', en: 'COVID-19: EUROIMMUN AG and Fraunhofer EMB collaborate' },
    summary: {
      de: 'Die Fraunhofer EMB in Lübeck unterstützt die EUROIMMUN AG bei der Validierung neuer serologischer Testsysteme.',
      en: 'Fraunhofer EMB in Lübeck supports EUROIMMUN AG in validating its new serological test systems.',
    },
    body: {
      de: 'Die Fraunhofer-Einrichtung für Individualisierte und Zellbasierte Medizintechnik (EMB) in Lübeck unterstützt die EUROIMMUN AG dabei, ihre neuen **serologischen Testsysteme** zur Diagnose von COVID-19 zu prüfen.',
      en: 'The Fraunhofer Institution for Individualized and Cell-Based Medical Engineering (EMB) in Lübeck supports EUROIMMUN AG in testing its new **serological test systems** for diagnosing COVID-19.',
    },
  },
  {
    cluster: 'biosaxony', slug: 'startschuss-innovationscluster-smart-medical-devices', status: 'published', daysAgo: 9,
    title: {
      de: 'Startschuss für das Innovationscluster Smart Medical Devices and Therapies', en: 'Go-ahead for the innovation cluster Smart Medical Devices and Therapies',
      da: 'Startskud for innovationsklyngen Smart Medical Devices and Therapies',
    },
    summary: {
      de: 'Auf der bionection erhielt biosaxony den Zuwendungsbescheid: Projekte sollen schneller von der Laborbank zum Patientenbett kommen.',
      en: 'At bionection, biosaxony received the funding decision: projects are to move faster from the lab bench to the bedside.',
      da: 'På bionection fik biosaxony tilsagn om støtte: projekter skal hurtigere fra laboratoriet til patientens seng.',
    },
    body: {
      de: 'Das Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr fördert das Innovationscluster für mindestens vier Jahre. Ziele:\n\n1. Projekte auf dem Weg **von der Laborbank zum Patientenbett** begleiten\n2. KMU beim regulatorischen Marktzugang unterstützen\n3. ausländische Unternehmen für Sachsen gewinnen\n\nDie **bionection** wird zur Jahreskonferenz des Clusters.',
      en: 'The Saxon State Ministry for Economic Affairs, Labour and Transport funds the innovation cluster for at least four years. Its aims:\n\n1. accompany projects **from the lab bench to the bedside**\n2. help SMEs with regulatory market access\n3. attract foreign companies to Saxony\n\n**bionection** becomes the cluster\'s annual conference.',
      da: 'Sachsens ministerium for erhverv, arbejde og transport støtter innovationsklyngen i mindst fire år. Målene er:\n\n1. at følge projekter **fra laboratoriet til patientens seng**\n2. at hjælpe SMV\'er med regulatorisk markedsadgang\n3. at tiltrække udenlandske virksomheder til Sachsen\n\n**bionection** bliver klyngens årlige konference.',
    },
  },
  {
    cluster: 'danish-life-science-cluster', slug: 'ny-national-sundhedsklynge', status: 'published', daysAgo: 15,
    title: {
      da: 'Det danske økosystem for life science og velfærdsteknologi samles i ny national sundhedsklynge', en: 'Denmark\'s life-science and welfare-technology ecosystem unites in a new national health cluster',
      de: 'Dänemarks Ökosystem für Life Science und Wohlfahrtstechnologie vereint sich in einem nationalen Gesundheitscluster',
    },
    summary: {
      da: 'Én national platform med regionale hubs i København, Aarhus, Odense og Aalborg.',
      en: 'One national platform with regional hubs in Copenhagen, Aarhus, Odense and Aalborg.',
      de: 'Eine nationale Plattform mit regionalen Hubs in Kopenhagen, Aarhus, Odense und Aalborg.',
    },
    body: {
      da: 'Bag den nye organisation står et partnerskab mellem Danmarks fem største universiteter, fem GTS-institutter, de fem regioner, kommuner og seks branche- og erhvervsorganisationer – i alt mere end **500 virksomheder**.\n\nKlyngen dækker biotek, lægemidler, medico, hjælpemidler, velfærdsteknologi og digitale løsninger.',
      en: 'Behind the new organisation stands a partnership of Denmark\'s five largest universities, five GTS institutes, the five regions, municipalities and six trade associations, representing more than **500 companies**.\n\nThe cluster covers biotech, pharmaceuticals, medtech, assistive devices, welfare technology and digital solutions.',
      de: 'Hinter der neuen Organisation steht eine Partnerschaft der fünf größten Universitäten Dänemarks, fünf GTS-Institute, der fünf Regionen, der Kommunen und sechs Branchenverbände – zusammen mehr als **500 Unternehmen**.\n\nDer Cluster umfasst Biotech, Arzneimittel, Medizintechnik, Hilfsmittel, Wohlfahrtstechnologie und digitale Lösungen.',
    },
  },
];
