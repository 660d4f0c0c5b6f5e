// The demo sites' pages, written from the seed documents (../shared/seeds) and translated faithfully into German,
// English and Danish. {{logo}} and {{masterplan}} stand for the addresses of the generated logo and masterplan PDF.
// Real people named in the seeds are left out; contacts are the fictional demo people.
import { danishCluster, lifeScienceNord } from '#src/demo/demo-site-pages-north.ts';
import type { Text3 } from '#src/demo/demo-types.ts';

export type DemoSitePage = { slug: string; title: Text3; body: Text3; published: boolean };

const bioconValley: DemoSitePage[] = [
  {
    slug: 'about',
    published: true,
    title: { de: 'Über uns', en: 'About us', da: 'Om os' },
    body: {
      de: `![Logo von BioCon Valley]({{logo}})

## Gestaltungsfeld „Life Science“

Das Gestaltungsfeld „Life Science“ des Masterplans Gesundheitswirtschaft Mecklenburg-Vorpommern umfasst die Unternehmen und Institutionen der Biotechnologie, der Medizintechnik, der Bioinformatik, der pharmazeutischen Industrie sowie Entwickler und Hersteller von Medizinprodukten. Seine Ziele, Handlungsfelder und Initiativen sind eng an das Aktionsfeld „Medizintechnik und Biotechnologie“ der „Regionalen Innovationsstrategie für Intelligente Spezialisierung 2021 – 2027“ angelehnt.

### Entwicklungsziele

- Forschung und Entwicklung für spezielle Medizintechnik und Biotechnologie als Vorlaufforschung intensivieren, durch aktive Nutzung der Förderinstrumente (Spitzenforschung, wissenschaftliche Geräte, Hochschulbau, Entrepreneurship)
- Hochschulen und außeruniversitäre Forschungseinrichtungen ausbauen und weiterentwickeln, Kernkompetenzen ausbauen
- Technologietransfer, Kommerzialisierung von Forschungsergebnissen und Netzwerkbildung forcieren und verstetigen
- Regionale Unternehmen bei der Zulassung von Medizinprodukten (Medical Device Regulation, MDR) unterstützen
- Partnerschaften mit Global Playern (Pharmaindustrie, IT-Konzerne) aufbauen, um Innovationslücken zu schließen und Ansiedlungen sowie Existenzgründungen zu ermöglichen
- Systemrelevante Betriebsstätten neu ansiedeln
- Koordination und Zusammenarbeit zwischen Wissenschaft, Wirtschaft, Gesellschaft und medizinischen Einrichtungen verbessern
- Die etablierten Kompetenzzentren für Medizintechnik und Diabetes langfristig fördern und weitere Kompetenzzentren als Partner für Forschung und Entwicklung der regionalen Wirtschaft aufbauen
- Die Gründung innovativer Start-ups unterstützen

## Strategiegruppe I „Life Science“

Die Themen der Strategiegruppe I richten sich an die Unternehmen und Institutionen der Biotechnologie, Medizintechnik und pharmazeutischen Industrie. Die Life-Science-Branche gewinnt als Motor für Innovationen in der Gesundheitswirtschaft Mecklenburg-Vorpommerns immer mehr an Bedeutung; die enge Kooperation zwischen Unternehmen und wissenschaftlichen Einrichtungen spielt dabei eine Schlüsselrolle. Die Mitglieder unterstützen die Entwicklung durch den gezielten Auf- und Ausbau von Leuchtturmprojekten und entwickeln Instrumente, die die Wettbewerbsfähigkeit der Unternehmen stärken: bei Kapitalausstattung, kritischer Masse, wachsenden regulatorischen Anforderungen und Vermarktung.

[Masterplan Gesundheitswirtschaft MV: Zusammenfassung herunterladen (PDF)]({{masterplan}})`,
      en: `![BioCon Valley logo]({{logo}})

## Design field "Life Science"

The design field "Life Science" of the health-economy masterplan of Mecklenburg-Vorpommern covers the companies and institutions of biotechnology, medical technology, bioinformatics and the pharmaceutical industry, and the developers and manufacturers of medical devices. Its goals, fields of action and initiatives follow closely the action field "Medical technology and biotechnology" of the "Regional Innovation Strategy for Smart Specialisation 2021 – 2027".

### Development goals

- Intensify research and development in specialised medical technology and biotechnology as pre-competitive research, making active use of the funding instruments (top research, scientific equipment, university construction, entrepreneurship)
- Expand and develop the universities and non-university research institutions, and strengthen their core competences
- Push and consolidate technology transfer, the commercialisation of research results and networking
- Support regional companies in the approval of medical devices (Medical Device Regulation, MDR)
- Build partnerships with global players (the pharmaceutical industry, IT corporations) to close important innovation gaps and make new sites and start-ups possible
- Attract new sites of systemically important production
- Improve coordination and cooperation between science, business, society and medical institutions
- Fund the established competence centres for medical technology and diabetes in the long term and set up further competence centres as partners in research and development for the regional economy
- Support the founding of innovative start-ups

## Strategy group I "Life Science"

The topics of strategy group I address the companies and institutions of biotechnology, medical technology and the pharmaceutical industry. The life-science sector is becoming ever more important as a driver of innovation in the health economy of Mecklenburg-Vorpommern, and close cooperation between companies and scientific institutions plays a key role in it. The members support this development by building and expanding lighthouse projects, and they develop instruments that strengthen the companies' competitiveness: in capital, critical mass, tightening regulatory requirements and marketing.

[Download the summary of the health-economy masterplan MV (PDF, in German)]({{masterplan}})`,
      da: `![BioCon Valleys logo]({{logo}})

## Indsatsfeltet "Life Science"

Indsatsfeltet "Life Science" i masterplanen for sundhedsøkonomien i Mecklenburg-Vorpommern omfatter virksomheder og institutioner inden for bioteknologi, medicoteknik, bioinformatik og medicinalindustrien samt udviklere og producenter af medicinsk udstyr. Dets mål, indsatsområder og initiativer følger tæt aktionsfeltet "Medicoteknik og bioteknologi" i den "Regionale innovationsstrategi for intelligent specialisering 2021 – 2027".

### Udviklingsmål

- Styrke forskning og udvikling i specialiseret medicoteknik og bioteknologi som forberedende forskning gennem aktiv brug af støtteordningerne (spidsforskning, videnskabeligt udstyr, universitetsbyggeri, iværksætteri)
- Udbygge og videreudvikle universiteterne og forskningsinstitutionerne uden for universiteterne og styrke deres kernekompetencer
- Fremme og forankre teknologioverførsel, kommercialisering af forskningsresultater og netværksdannelse
- Støtte regionale virksomheder i godkendelsen af medicinsk udstyr (Medical Device Regulation, MDR)
- Opbygge partnerskaber med globale aktører (medicinalindustrien, IT-koncerner) for at lukke vigtige innovationshuller og gøre etableringer og nye virksomheder mulige
- Tiltrække nye samfundskritiske produktionsanlæg
- Forbedre koordinationen og samarbejdet mellem forskning, erhverv, samfund og sundhedsinstitutioner
- Støtte de etablerede kompetencecentre for medicoteknik og diabetes på lang sigt og opbygge flere kompetencecentre som partnere i forskning og udvikling for det regionale erhvervsliv
- Støtte grundlæggelsen af innovative start-ups

## Strategigruppe I "Life Science"

Strategigruppe I henvender sig til virksomheder og institutioner inden for bioteknologi, medicoteknik og medicinalindustrien. Life science-branchen får stadig større betydning som innovationsmotor i sundhedsøkonomien i Mecklenburg-Vorpommern, og det tætte samarbejde mellem virksomheder og videnskabelige institutioner spiller en nøglerolle. Medlemmerne støtter udviklingen ved målrettet at opbygge og udvide fyrtårnsprojekter, og de udvikler værktøjer, der styrker virksomhedernes konkurrenceevne: kapital, kritisk masse, skærpede regulatoriske krav og markedsføring.

[Hent resuméet af masterplanen for sundhedsøkonomien i MV (PDF, på tysk)]({{masterplan}})`,
    },
  },
  {
    slug: 'working-groups',
    published: false,
    title: { de: 'Arbeitsgruppen', en: 'Working groups', da: 'Arbejdsgrupper' },
    body: {
      de: `## Arbeitsgruppe „Bioökonomie“

Ziel der AG Bioökonomie ist es, auf der Basis der Bestrebungen von Wirtschaft, Wissenschaft und Verwaltung eine Strategie zu entwickeln, die auch in die Regionale Innovationsstrategie für Mecklenburg-Vorpommern einfließt. Unter dem Titel „BioHealth-Economy MV“ baut sie auf den bisherigen Leitprojekten der Strategiegruppe I auf.

## Arbeitsgruppe „Digitalisierung im Bereich Life Science“

Die Digitalisierung hat in den Lebenswissenschaften sehr spezifische Eigenschaften. Die AG treibt dieses Querschnittsthema in enger Abstimmung mit der AG Digitalisierung der Strategiegruppe III voran, mit konkreten Projekten aus Gesundheitswirtschaft und Lebenswissenschaften.`,
      en: `## Working group "Bioeconomy"

The bioeconomy working group builds on the efforts of business, science and administration to develop a strategy that also feeds into the regional innovation strategy of Mecklenburg-Vorpommern. Under the title "BioHealth-Economy MV" it builds on the lead projects of strategy group I so far.

## Working group "Digitalisation in life science"

Digitalisation has very specific characteristics in the life sciences. The group drives this cross-cutting topic in close coordination with the digitalisation group of strategy group III, through concrete projects from the health economy and the life sciences.`,
      da: '',
    },
  },
];

const biosaxony: DemoSitePage[] = [
  {
    slug: 'about',
    published: true,
    title: { de: 'Über uns', en: 'About us', da: 'Om os' },
    body: {
      de: `![Logo von biosaxony]({{logo}})

## Innovationscluster „Smart Medical Devices and Therapies“

Am 2. November 2018 erhielt biosaxony im Rahmen der Jahreskonferenz bionection im Deutschen Hygiene-Museum Dresden den Zuwendungsbescheid für das Innovationscluster „Smart Medical Devices and Therapies“. Das Sächsische Staatsministerium für Wirtschaft, Arbeit und Verkehr fördert das Cluster für mindestens vier Jahre.

Hauptziel ist die Unterstützung von Projekten auf ihrem Weg **von der Laborbank zum Patientenbett**: Die vertiefte Zusammenarbeit in den Schlüsseltechnologien Biotechnologie, Medizintechnik, IT/IKT und Materialwissenschaft soll Innovationen voranbringen.

### Was das Cluster tut

- Projekte zwischen Wirtschaft und Wissenschaft initiieren
- Services und Know-how vermitteln und regionale Kompetenzen darstellen
- kleine und mittlere Unternehmen beim Marktzugang über nationale und internationale regulatorische Hürden unterstützen, damit smarte Medizinprodukte und innovative Therapien schneller entstehen
- ausländische Unternehmen für einen Standort in Sachsen gewinnen
- junge innovative Unternehmen fördern
- die bionection als Jahreskonferenz nutzen, um neueste Projekte und Technologien aus Therapie und Diagnostik zu präsentieren

### Über die biosaxony Management GmbH

Organisiert wird das Innovationscluster von der biosaxony Management GmbH, einer Tochter des gesamtsächsischen Verbandes für Biotechnologie und Medizintechnik, biosaxony e. V., zu dessen Mitgliedern Unternehmen, wissenschaftliche Einrichtungen sowie Interessenvertreter und Zulieferbetriebe der Branche zählen.

*Die Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des von den Abgeordneten des Sächsischen Landtags beschlossenen Haushalts.*`,
      en: `![biosaxony logo]({{logo}})

## Innovation cluster "Smart Medical Devices and Therapies"

On 2 November 2018, at the annual conference bionection in the German Hygiene Museum in Dresden, biosaxony received the funding decision for the innovation cluster "Smart Medical Devices and Therapies". The Saxon State Ministry for Economic Affairs, Labour and Transport funds the cluster for at least four years.

Its main goal is to support projects on their way **from the lab bench to the bedside**: deeper cooperation in the key technologies of biotechnology, medical technology, IT/ICT and materials science is to drive innovation.

### What the cluster does

- initiate projects between industry and science
- broker services and know-how and present regional competences
- help small and medium-sized enterprises over national and international regulatory hurdles to the market, so that smart medical devices and innovative therapies come about faster
- win foreign companies for a location in Saxony
- support young innovative companies
- use bionection as its annual conference to present the latest projects and technologies in therapy and diagnostics

### About biosaxony Management GmbH

The innovation cluster is run by biosaxony Management GmbH, a subsidiary of biosaxony e. V., the association for biotechnology and medical technology in all of Saxony, whose members include companies, scientific institutions, interest groups and suppliers of the sector.

*This measure is co-financed with tax revenue on the basis of the budget passed by the members of the Saxon state parliament.*`,
      da: `![biosaxonys logo]({{logo}})

## Innovationsklyngen "Smart Medical Devices and Therapies"

Den 2. november 2018 modtog biosaxony på årskonferencen bionection i Deutsches Hygiene-Museum i Dresden tilsagnet om støtte til innovationsklyngen "Smart Medical Devices and Therapies". Sachsens ministerium for erhverv, arbejde og transport støtter klyngen i mindst fire år.

Hovedformålet er at støtte projekter på vejen **fra laboratoriebænken til sygesengen**: et tættere samarbejde inden for nøgleteknologierne bioteknologi, medicoteknik, IT/IKT og materialevidenskab skal fremme innovation.

### Hvad klyngen gør

- sætter projekter i gang mellem erhverv og forskning
- formidler services og knowhow og synliggør regionale kompetencer
- hjælper små og mellemstore virksomheder over nationale og internationale regulatoriske barrierer til markedet, så smart medicinsk udstyr og innovative behandlinger opstår hurtigere
- tiltrækker udenlandske virksomheder til Sachsen
- støtter unge innovative virksomheder
- bruger bionection som årskonference til at præsentere de nyeste projekter og teknologier inden for behandling og diagnostik

### Om biosaxony Management GmbH

Innovationsklyngen drives af biosaxony Management GmbH, et datterselskab af biosaxony e. V., brancheforeningen for bioteknologi og medicoteknik i hele Sachsen, hvis medlemmer tæller virksomheder, videnskabelige institutioner, interesseorganisationer og underleverandører i branchen.

*Indsatsen medfinansieres af skattemidler på grundlag af det budget, som medlemmerne af Sachsens delstatsparlament har vedtaget.*`,
    },
  },
];

/** The demo site pages per cluster slug. */
export const demoSitePages: Record<string, DemoSitePage[]> = {
  'biocon-valley': bioconValley,
  biosaxony,
  'life-science-nord': lifeScienceNord,
  'danish-life-science-cluster': danishCluster,
};

/** The contacts of each demo site: demo people (by e-mail) with their role; Jonas Muster has not consented. */
export const demoSiteContacts: Record<string, Array<{ email: string; role: Text3 }>> = {
  'biocon-valley': [
    { email: 'office@example.org', role: { de: 'Clustermanagement Life Science', en: 'Cluster management, life science', da: 'Klyngeledelse, life science' } },
    { email: 'strategy@example.org', role: { de: 'Geschäftsstelle Strategiegruppe I', en: 'Office of strategy group I', da: 'Sekretariat for strategigruppe I' } },
  ],
  biosaxony: [
    { email: 'regulatory@example.org', role: { de: 'Regulatorischer Marktzugang für KMU', en: 'Regulatory market access for SMEs', da: 'Regulatorisk markedsadgang for SMV\'er' } },
  ],
  'life-science-nord': [
    { email: 'strategy-office@example.org', role: { de: 'Strategieprozess und Kommunikation', en: 'Strategy process and communication', da: 'Strategiproces og kommunikation' } },
  ],
  'danish-life-science-cluster': [
    { email: 'medtech@example.org', role: { de: 'Öffentlich-private Innovationsprojekte', en: 'Public–private innovation projects', da: 'Offentlige/private innovationsprojekter' } },
    { email: 'welfare@example.org', role: { de: 'Wohlfahrtstechnologie', en: 'Welfare technology', da: 'Velfærdsteknologi' } },
  ],
};
