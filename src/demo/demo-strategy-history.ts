// Ideas BioCon Valley's members posted over the last year and a half, in the fields of action other than medical
// technology (whose ideas make up the closed round of demo-strategy.ts): some adopted, one hidden by the managers.
import type { DemoIdea } from '#src/demo/demo-strategy.ts';

const DIAGNOSTICS = 'Innovative Diagnoseverfahren und Produkte';
const BIOINFORMATICS = 'Bioinformatik';
const BIOTECH = 'Biotechnologie und Wirkstoffe';
const PREVENTIVE = 'Präventive und individualisierte Medizin';

/** Earlier ideas, oldest first, each with the days before the demo's now it was posted. */
export const EARLIER_IDEAS: Array<DemoIdea & { daysAgo: number }> = [
  { key: 'prevention-studies', theme: PREVENTIVE, by: 'umg', daysAgo: 540, title: 'Präventionsstudien gemeinsam mit Unternehmen',
    body: 'Unternehmen bringen Produkte zur Vorsorge früh in Studien der Universitätsmedizin ein, statt erst nach der Entwicklung nach Studienpartnern zu suchen.' },
  { key: 'shared-labs', theme: BIOTECH, by: 'warnow', daysAgo: 510, title: 'Laborflächen für Start-ups stundenweise teilen',
    body: 'Freie Labor- und Geräteflächen der Mitglieder werden in klynge angeboten, damit junge Unternehmen nicht sofort eigene Labore einrichten müssen.' },
  { key: 'plasma-diagnostics', theme: DIAGNOSTICS, by: 'editor', daysAgo: 470, title: 'Wundinfektionen vor der Plasmabehandlung schneller erkennen',
    body: 'Ein Schnelltest am Behandlungsort zeigt, ob eine chronische Wunde infiziert ist, bevor sie mit Kaltplasma behandelt wird.' },
  { key: 'study-data', theme: BIOINFORMATICS, by: 'umg', daysAgo: 430, title: 'Gemeinsame Datenplattform für klinische Studien',
    body: 'Kliniken und Unternehmen nutzen eine gemeinsame, datenschutzkonforme Plattform für die Daten ihrer Studien, mit einheitlichen Einwilligungen.' },
  { key: 'coatings', theme: BIOTECH, by: 'warnow', daysAgo: 395, status: 'adopted', title: 'Wirkstoffbeschichtungen für Implantate gemeinsam prüfen',
    body: 'Unternehmen und Institute im Land teilen sich Prüfmethoden für wirkstoffbeschichtete Implantate, von der Freisetzung bis zur Biokompatibilität.' },
  { key: 'sample-logistics', theme: DIAGNOSTICS, by: 'bodden', daysAgo: 350, title: 'Probenlogistik zwischen Kliniken und Laboren',
    body: 'Ein gemeinsamer Kurierdienst bringt Proben aus den Kliniken des Landes gekühlt und nachverfolgbar in die Labore der Mitglieder.' },
  { key: 'advert', theme: PREVENTIVE, by: 'editor', daysAgo: 320, status: 'hidden', title: 'Sonderkonditionen für unsere Wundauflagen',
    body: 'Mitglieder erhalten im ersten Quartal Sonderkonditionen auf unsere Wundauflagen.' },
  { key: 'diagnostics-network', theme: DIAGNOSTICS, by: 'umg', daysAgo: 290, title: 'Diagnostik-Netzwerk der Kliniken im Land',
    body: 'Die Kliniken stimmen ab, welche Speziallabore sie gemeinsam nutzen, und Unternehmen finden dort Partner für die Leistungsbewertung ihrer Tests.' },
  { key: 'compute', theme: BIOINFORMATICS, by: 'bodden', daysAgo: 250, status: 'adopted', title: 'Rechenkapazität für OMICs-Analysen teilen',
    body: 'Ein gemeinsam genutzter Rechencluster für OMICs-Analysen, den kleine Unternehmen nach Bedarf buchen.' },
  { key: 'fhir', theme: BIOINFORMATICS, by: 'kogge', daysAgo: 205, title: 'Einheitliche Schnittstellen für die Telemedizin',
    body: 'Telemedizin-Anwendungen der Mitglieder sprechen mit den Kliniken über dieselben standardisierten Schnittstellen (HL7 FHIR).' },
  { key: 'aftercare', theme: PREVENTIVE, by: 'warnow', daysAgo: 165, title: 'Nachsorge nach Implantationen digital begleiten',
    body: 'Patientinnen und Patienten melden nach einer Implantation Beschwerden über eine App; die Klinik sieht früh, wenn etwas nicht heilt.' },
  { key: 'screening', theme: PREVENTIVE, by: 'bodden', daysAgo: 130, title: 'Biomarker-Panels in Vorsorgeprogrammen erproben',
    body: 'Vorsorgeprogramme der Krankenkassen im Land erproben Biomarker-Panels zur Früherkennung, begleitet von der Universitätsmedizin.' },
  { key: 'gp-tests', theme: DIAGNOSTICS, by: 'kogge', daysAgo: 110, title: 'Schnelltests in Hausarztpraxen evaluieren',
    body: 'Ein Netz von Hausarztpraxen prüft neue Schnelltests der Mitglieder im Praxisalltag und gibt strukturiert Rückmeldung.' },
  { key: 'gmp', theme: BIOTECH, by: 'umg', daysAgo: 25, title: 'Austausch zur GMP-Herstellung für klinische Studien',
    body: 'Wer Prüfpräparate nach GMP herstellen lässt, teilt Erfahrungen mit Lohnherstellern und Behörden in einem regelmäßigen Austausch.' },
  { key: 'ai-validation', theme: BIOINFORMATICS, by: 'warnow', daysAgo: 8, title: 'KI-Software gemeinsam klinisch validieren',
    body: 'Unternehmen mit KI-Software bündeln ihre klinischen Validierungen an denselben Kliniken, um Aufwand und Zeit zu sparen.' },
];
