// The demo site pages of Life Science Nord and the Danish cluster, from seeds 004 and 003 (see demo-site-pages.ts).
import type { DemoSitePage } from '#src/demo/demo-site-pages.ts';

export const lifeScienceNord: DemoSitePage[] = [
  {
    slug: 'about',
    published: true,
    title: { de: 'Clusterstrategie 2024', en: 'Cluster strategy 2024', da: 'Klyngestrategi 2024' },
    body: {
      de: `![Logo von Life Science Nord]({{logo}})

## Mission gestartet: eine neue Clusterstrategie

Welche Themen spielen zukünftig eine zentrale Rolle im Life Science Nord Cluster? Wie kann die Life-Science-Branche in Norddeutschland am meisten vom Clustermanagement profitieren? Unter dem Motto „Clusterstrategie 2024“ überprüft Life Science Nord gemeinsam mit dem Institut für Innovation und Technik (iit) in der VDI/VDE Innovation + Technik GmbH die 2013/14 festgelegten Ziele und schreibt sie fort. Am Strategieprozess sind Vertreter aus Industrie, Forschung und Politik beteiligt. Den Auftakt machte am 11. September ein Treffen im Hafenclub Hamburg mit gut 75 Gästen auf Geschäftsführungs- und Leitungsebene sowie den Gesellschaftern von Life Science Nord.

### Sieben Themenfelder

1. Digitale Transformation
2. Entrepreneurship
3. Innovative Produktionstechnik
4. Internationalisierung
5. MitarbeiterInnen der Zukunft
6. Nachhaltiges Clustermanagement (wird gesondert in einem Workshop mit den Gesellschaftern bearbeitet)
7. Stärkung der Innovationspipeline

### Strategieworkshops

In Arbeitsgruppen vertiefen die Clusterakteure und politische Vertreter diese Themen; der erste Workshop zur „Stärkung der Innovationspipeline“ fand am 25. September statt. Die Ergebnisse werden ausgewertet und sind die Grundlage der Clusterstrategie 2024, die die Arbeit der Clustermanagement-Agentur für die kommenden fünf Jahre bestimmt.`,
      en: `![Life Science Nord logo]({{logo}})

## Mission launched: a new cluster strategy

Which topics will play a central role in the Life Science Nord cluster? How can the life-science sector in northern Germany benefit most from the cluster management? Under the motto "Cluster strategy 2024", Life Science Nord, together with the Institute for Innovation and Technology (iit) at VDI/VDE Innovation + Technik GmbH, reviews and updates the goals it set in 2013/14. Representatives of industry, research and politics take part in the strategy process. It began on 11 September with a meeting at the Hafenclub in Hamburg, attended by some 75 guests at managing-director and executive level and by the shareholders of Life Science Nord.

### Seven focus themes

1. Digital transformation
2. Entrepreneurship
3. Innovative production technology
4. Internationalisation
5. The workforce of the future
6. Sustainable cluster management (treated separately in a workshop with the shareholders)
7. Strengthening the innovation pipeline

### Strategy workshops

In working groups, the cluster's actors and political representatives go deeper into these themes; the first workshop, on "Strengthening the innovation pipeline", took place on 25 September. The results are evaluated and form the basis of the cluster strategy 2024, which will shape the work of the cluster management agency for the next five years.`,
      da: `![Life Science Nords logo]({{logo}})

## Missionen er i gang: en ny klyngestrategi

Hvilke emner kommer til at spille en central rolle i Life Science Nord-klyngen? Hvordan kan life science-branchen i Nordtyskland få mest ud af klyngeledelsen? Under mottoet "Klyngestrategi 2024" gennemgår og opdaterer Life Science Nord sammen med Institut for Innovation und Technik (iit) i VDI/VDE Innovation + Technik GmbH de mål, der blev fastlagt i 2013/14. Repræsentanter fra industri, forskning og politik deltager i strategiprocessen. Den begyndte den 11. september med et møde i Hafenclub Hamburg med godt 75 gæster på direktions- og ledelsesniveau samt Life Science Nords ejere.

### Syv temaer

1. Digital transformation
2. Iværksætteri
3. Innovativ produktionsteknik
4. Internationalisering
5. Fremtidens medarbejdere
6. Bæredygtig klyngeledelse (behandles særskilt i en workshop med ejerne)
7. Styrkelse af innovationspipelinen

### Strategiworkshops

I arbejdsgrupper går klyngens aktører og politiske repræsentanter i dybden med temaerne; den første workshop om "Styrkelse af innovationspipelinen" fandt sted den 25. september. Resultaterne evalueres og danner grundlaget for klyngestrategi 2024, som vil præge klyngeledelsens arbejde i de kommende fem år.`,
    },
  },
];

export const danishCluster: DemoSitePage[] = [
  {
    slug: 'about',
    published: true,
    title: { de: 'Über uns', en: 'About us', da: 'Om os' },
    body: {
      da: `![Danish Life Science Clusters logo]({{logo}})

## Én national klynge for life science og velfærdsteknologi

Det danske økosystem for life science og velfærdsteknologi samles i én national platform, der forankres regionalt med hubs i de fire universitetsbyer København, Aarhus, Odense og Aalborg. Omdrejningspunktet er de danske virksomheders muligheder for – med innovation og direkte adgang til forskningsbaseret viden – for alvor at sætte sig på udviklingen af verdensførende løsninger og produkter.

Bag organisationen står, udover de eksisterende klyngeorganisationer, et partnerskab mellem Danmarks fem største universiteter, fem GTS-institutter, de fem danske regioner, danske kommuner samt seks branche- og erhvervsorganisationer, der tilsammen repræsenterer mere end 500 små og store virksomheder. Dermed dækker klyngen hele feltet biotek, lægemidler, medico, hjælpemidler, velfærdsteknologi og digitale løsninger.

### Offentlige/private samarbejder på en bro af viden

Klyngen er platformen for samarbejdet mellem alle dele af økosystemet – hospitaler, kommunale pleje- og sundhedstilbud, uddannelsesinstitutioner og innovationsmiljøer – om et fælles mål: at virksomhederne kan innovere og udvikle produkter, løsninger og services på et fundament af forskningsbaseret viden og i tæt samarbejde med hospitaler og kommuner. Til gavn for både borgere og det samlede sundhedsvæsen.

### Partnere

- **Klyngeorganisationer:** MTIC, WelfareTech, LSI, CHC, Danish Healthtech og Biopeople
- **Universiteter:** Københavns Universitet, DTU, Aalborg Universitet, Aarhus Universitet og Syddansk Universitet
- **GTS-institutter:** FORCE Technology, Bioneer, Alexandra Institute, Teknologisk Institut og DHI
- **Regioner:** Region Nordjylland, Region Midtjylland, Region Syddanmark, Region Sjælland og Region Hovedstaden
- **Branche- og erhvervsorganisationer:** Lif, Medicoindustrien, Dansk Biotek, Danish Care, Dansk Erhverv og Dansk Industri`,
      en: `![Danish Life Science Cluster logo]({{logo}})

## One national cluster for life science and welfare technology

Denmark's ecosystem for life science and welfare technology comes together in one national platform, anchored regionally with hubs in the four university cities of Copenhagen, Aarhus, Odense and Aalborg. At its heart are the opportunities of Danish companies – through innovation and direct access to research-based knowledge – to take the lead in developing world-leading solutions and products.

Behind the organisation stand, besides the existing cluster organisations, a partnership of Denmark's five largest universities, five GTS institutes (approved technological service institutes), the five Danish regions, Danish municipalities and six trade and business organisations, which together represent more than 500 small and large companies. The cluster thus covers the whole field of biotech, pharmaceuticals, medtech, assistive devices, welfare technology and digital solutions.

### Public–private partnerships on a bridge of knowledge

The cluster is the platform for cooperation between all parts of the ecosystem – hospitals, municipal care and health services, educational institutions and innovation environments – towards a common goal: that companies can innovate and develop products, solutions and services on a foundation of research-based knowledge and in close cooperation with hospitals and municipalities. For the benefit of citizens and of the health system as a whole.

### Partners

- **Cluster organisations:** MTIC, WelfareTech, LSI, CHC, Danish Healthtech and Biopeople
- **Universities:** University of Copenhagen, DTU, Aalborg University, Aarhus University and the University of Southern Denmark
- **GTS institutes:** FORCE Technology, Bioneer, Alexandra Institute, Danish Technological Institute and DHI
- **Regions:** North Denmark Region, Central Denmark Region, Region of Southern Denmark, Region Zealand and the Capital Region of Denmark
- **Trade and business organisations:** Lif, Medicoindustrien, Dansk Biotek, Danish Care, Dansk Erhverv and Dansk Industri`,
      de: `![Logo des Danish Life Science Cluster]({{logo}})

## Ein nationales Cluster für Life Science und Wohlfahrtstechnologie

Das dänische Ökosystem für Life Science und Wohlfahrtstechnologie kommt in einer nationalen Plattform zusammen, die regional mit Hubs in den vier Universitätsstädten Kopenhagen, Aarhus, Odense und Aalborg verankert ist. Im Mittelpunkt stehen die Möglichkeiten der dänischen Unternehmen, mit Innovation und direktem Zugang zu forschungsbasiertem Wissen weltweit führende Lösungen und Produkte zu entwickeln.

Hinter der Organisation stehen neben den bestehenden Clusterorganisationen eine Partnerschaft aus Dänemarks fünf größten Universitäten, fünf GTS-Instituten (anerkannten technologischen Serviceinstituten), den fünf dänischen Regionen, dänischen Kommunen sowie sechs Branchen- und Wirtschaftsverbänden, die zusammen mehr als 500 kleine und große Unternehmen vertreten. Damit deckt das Cluster das ganze Feld ab: Biotech, Arzneimittel, Medizintechnik, Hilfsmittel, Wohlfahrtstechnologie und digitale Lösungen.

### Öffentlich-private Zusammenarbeit auf einer Brücke des Wissens

Das Cluster ist die Plattform für die Zusammenarbeit aller Teile des Ökosystems – Krankenhäuser, kommunale Pflege- und Gesundheitsangebote, Bildungseinrichtungen und Innovationsumfelder – mit einem gemeinsamen Ziel: dass Unternehmen Produkte, Lösungen und Dienstleistungen auf der Grundlage forschungsbasierten Wissens und in enger Zusammenarbeit mit Krankenhäusern und Kommunen entwickeln können. Zum Nutzen der Bürgerinnen und Bürger und des gesamten Gesundheitswesens.

### Partner

- **Clusterorganisationen:** MTIC, WelfareTech, LSI, CHC, Danish Healthtech und Biopeople
- **Universitäten:** Universität Kopenhagen, DTU, Universität Aalborg, Universität Aarhus und Süddänische Universität
- **GTS-Institute:** FORCE Technology, Bioneer, Alexandra Institute, Dänisches Technologisches Institut und DHI
- **Regionen:** Region Nordjütland, Region Mitteljütland, Region Süddänemark, Region Seeland und Region Hauptstadt
- **Branchen- und Wirtschaftsverbände:** Lif, Medicoindustrien, Dansk Biotek, Danish Care, Dansk Erhverv und Dansk Industri`,
    },
  },
];
