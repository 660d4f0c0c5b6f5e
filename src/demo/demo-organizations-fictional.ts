// Fictional member SMEs that make the demo usable (offers, requests, an editor account); "(Demo)" marks each name.
import type { DemoMembership, DemoOrganization, Text3 } from '#src/demo/demo-types.ts';
import type { EuroSciVocKey } from '#src/demo/demo-competences.ts';
import type { Sector } from '#src/registry/sectors.ts';

type Place = Pick<DemoOrganization, 'city' | 'country' | 'nutsCode' | 'lat' | 'lon'>;

const places = {
  rostock: { city: 'Rostock', country: 'DE', nutsCode: 'DE803', lat: 54.0924, lon: 12.0991 },
  greifswald: { city: 'Greifswald', country: 'DE', nutsCode: 'DE80N', lat: 54.0931, lon: 13.3879 },
  dresden: { city: 'Dresden', country: 'DE', nutsCode: 'DED21', lat: 51.0504, lon: 13.7373 },
  leipzig: { city: 'Leipzig', country: 'DE', nutsCode: 'DED51', lat: 51.3397, lon: 12.3731 },
  kiel: { city: 'Kiel', country: 'DE', nutsCode: 'DEF02', lat: 54.3233, lon: 10.1228 },
  hamburg: { city: 'Hamburg', country: 'DE', nutsCode: 'DE600', lat: 53.5511, lon: 9.9937 },
  odense: { city: 'Odense', country: 'DK', nutsCode: 'DK031', lat: 55.4038, lon: 10.4024 },
  aarhus: { city: 'Aarhus', country: 'DK', nutsCode: 'DK042', lat: 56.1629, lon: 10.2039 },
  aalborg: { city: 'Aalborg', country: 'DK', nutsCode: 'DK050', lat: 57.0488, lon: 9.9217 },
  copenhagen: { city: 'København', country: 'DK', nutsCode: 'DK011', lat: 55.6761, lon: 12.5683 },
} satisfies Record<string, Place>;

// A small offset per company so that map markers in one city do not sit on top of each other.
function sme(
  key: string,
  name: string,
  place: Place,
  offset: number,
  cluster: string,
  sectors: Sector[],
  topics: EuroSciVocKey[],
  keywords: string[],
  what: Text3,
): DemoOrganization {
  const membership: DemoMembership = { cluster, type: 'full' };
  return {
    key, name, shortName: null, type: 'company', isSme: true, sectors, topics,
    keywords: [...keywords, 'demo'],
    ...place, lat: place.lat + offset * 0.004, lon: place.lon - offset * 0.006, postalCode: null, website: null,
    memberships: [membership],
    description: {
      de: `Fiktives Demo-Unternehmen: ${what.de}`,
      en: `Fictional demo company: ${what.en}`,
      da: `Fiktiv demovirksomhed: ${what.da}`,
    },
  };
}

export const fictionalOrganizations: DemoOrganization[] = [
  sme('warnow-implant', 'Warnow Implant Works GmbH (Demo)', places.rostock, 1, 'biocon-valley-rostock',
    ['medtech'], ['implants', 'biomaterials'], ['Implantate', 'resorbierbare Werkstoffe'], {
      de: 'entwickelt resorbierbare Implantate mit Wirkstoffbeschichtung als Kombinationsprodukte.',
      en: 'develops resorbable implants with drug coatings as combination products.',
      da: 'udvikler resorberbare implantater med lægemiddelbelægning som kombinationsprodukter.',
    }),
  sme('kogge-telemed', 'Kogge Telemed GmbH (Demo)', places.rostock, 2, 'biocon-valley-rostock',
    ['digital_health'], ['eHealth', 'machineLearning'], ['Telemedizin', 'KI', 'Gesundheitsassistenz'], {
      de: 'baut Telemedizin-Hardware und KI-gestützte Gesundheitsassistenten.',
      en: 'builds telemedicine hardware and AI-based health assistants.',
      da: 'bygger telemedicinsk hardware og AI-baserede sundhedsassistenter.',
    }),
  sme('ryck-plasma', 'Ryck Plasma Care GmbH (Demo)', places.greifswald, 1, 'biocon-valley-greifswald',
    ['plasma_technology', 'medtech'], ['plasmaPhysics', 'diabetes'], ['kaltes Plasma', 'Wundversorgung', 'diabetischer Fuß'], {
      de: 'entwickelt ein Kaltplasma-Gerät zur Behandlung chronischer Wunden bei Diabetes.',
      en: 'develops a cold-plasma device for treating chronic wounds in diabetes.',
      da: 'udvikler et koldt plasma-apparat til behandling af kroniske sår ved diabetes.',
    }),
  sme('bodden-omics', 'Bodden Omics Lab GmbH (Demo)', places.greifswald, 2, 'biocon-valley-greifswald',
    ['diagnostics', 'digital_health'], ['proteomics', 'laboratorySamplesAnalysis', 'bigData'], ['OMICs', 'Biomarker', 'Laborleistungen'], {
      de: 'bietet standardisierte OMICs-Analysen klinischer Proben und sucht Biomarker-Muster.',
      en: 'offers standardised OMICs analyses of clinical samples and searches for biomarker patterns.',
      da: 'tilbyder standardiserede OMICs-analyser af kliniske prøver og søger biomarkørmønstre.',
    }),
  sme('elbe-smart-devices', 'Elbtal Smart Devices GmbH (Demo)', places.dresden, 1, 'biosaxony-dresden',
    ['medtech', 'digital_health'], ['wearableMedicalTechnology', 'medicalEngineering'], ['Smart Medical Devices', 'Wearables', 'MDR'], {
      de: 'entwickelt ein vernetztes Wearable zur Therapiebegleitung und bereitet die MDR-Zulassung vor.',
      en: 'develops a connected wearable that accompanies therapy and is preparing its MDR approval.',
      da: 'udvikler en forbundet wearable til at følge behandlingen og forbereder MDR-godkendelse.',
    }),
  sme('saxon-biologics', 'Sachsenring Biologics GmbH (Demo)', places.dresden, 2, 'biosaxony-dresden',
    ['biotech', 'pharma'], ['pharmaceuticalDrugs', 'bioprocessing'], ['Biologika', 'Zelllinien', 'Scale-up'], {
      de: 'entwickelt ein therapeutisches Protein und sucht einen Lohnhersteller (CDMO) für die klinische Produktion.',
      en: 'develops a therapeutic protein and seeks a contract manufacturer (CDMO) for clinical production.',
      da: 'udvikler et terapeutisk protein og søger en kontraktproducent (CDMO) til klinisk produktion.',
    }),
  sme('auenwald-dx', 'Auenwald Diagnostics GmbH (Demo)', places.leipzig, 1, 'biosaxony-leipzig',
    ['diagnostics'], ['diagnosticTechnologies', 'virology'], ['Point-of-Care', 'Schnelltest'], {
      de: 'entwickelt Point-of-Care-Schnelltests für Atemwegsinfektionen.',
      en: 'develops point-of-care rapid tests for respiratory infections.',
      da: 'udvikler point-of-care-hurtigtest for luftvejsinfektioner.',
    }),
  sme('pleisse-materials', 'Pleiße Biomaterials GmbH (Demo)', places.leipzig, 2, 'biosaxony-leipzig',
    ['biotech', 'medtech'], ['biomaterials', 'tissueEngineering'], ['Materialwissenschaft', 'Gewebeersatz'], {
      de: 'verbindet Materialwissenschaft und Biotechnologie für Gewebeersatz.',
      en: 'combines materials science and biotechnology for tissue replacement.',
      da: 'kombinerer materialevidenskab og bioteknologi til vævserstatning.',
    }),
  sme('foerde-sensorik', 'Förde Biosensorik GmbH (Demo)', places.kiel, 1, 'life-science-nord-schleswig-holstein',
    ['diagnostics', 'medtech'], ['biosensing', 'lungCancer'], ['Atemgasanalyse', 'Sensorik'], {
      de: 'baut Sensoren für die Analyse der Atemluft.',
      en: 'builds sensors for exhaled-breath analysis.',
      da: 'bygger sensorer til analyse af udåndingsluft.',
    }),
  sme('alster-health', 'Alster Health Data GmbH (Demo)', places.hamburg, 1, 'life-science-nord-hamburg',
    ['digital_health'], ['bigData', 'machineLearning'], ['Gesundheitsdaten', 'Entscheidungsunterstützung'], {
      de: 'entwickelt Entscheidungsunterstützung für Ärztinnen und Ärzte auf Basis von Labordaten.',
      en: 'develops decision support for physicians based on laboratory data.',
      da: 'udvikler beslutningsstøtte for læger baseret på laboratoriedata.',
    }),
  sme('fynsk-robotics', 'Fynsk Velfærdsrobotik ApS (Demo)', places.odense, 1, 'danish-life-science-cluster-odense',
    ['welfare_technology'], ['robotics', 'nursing'], ['velfærdsteknologi', 'robotter', 'hjemmepleje'], {
      de: 'entwickelt Roboterhilfen für die häusliche Pflege und testet sie mit Kommunen.',
      en: 'develops robotic aids for home care and tests them with municipalities.',
      da: 'udvikler robothjælpemidler til hjemmeplejen og tester dem med kommuner.',
    }),
  sme('odense-rehab', 'Odense Rehab Wearables ApS (Demo)', places.odense, 2, 'danish-life-science-cluster-odense',
    ['welfare_technology', 'medtech'], ['wearableMedicalTechnology', 'gerontology'], ['genoptræning', 'hjælpemidler'], {
      de: 'stellt tragbare Sensoren für die Rehabilitation zu Hause her.',
      en: 'makes wearable sensors for rehabilitation at home.',
      da: 'fremstiller bærbare sensorer til genoptræning i hjemmet.',
    }),
  sme('aros-bioinformatics', 'Aros Bioinformatik ApS (Demo)', places.aarhus, 1, 'danish-life-science-cluster-aarhus',
    ['digital_health', 'biotech'], ['genomes', 'dataScience', 'personalizedMedicine'], ['bioinformatik', 'genomdata'], {
      de: 'analysiert Genomdaten für die personalisierte Medizin.',
      en: 'analyses genome data for personalised medicine.',
      da: 'analyserer genomdata til personlig medicin.',
    }),
  sme('limfjord-monitoring', 'Limfjord Monitoring ApS (Demo)', places.aalborg, 1, 'danish-life-science-cluster-aalborg',
    ['digital_health', 'medtech'], ['eHealth', 'wearableMedicalTechnology'], ['telemedicin', 'hjemmemonitorering'], {
      de: 'überwacht chronisch kranke Patientinnen und Patienten telemedizinisch zu Hause.',
      en: 'monitors chronically ill patients at home through telemedicine.',
      da: 'monitorerer kronisk syge patienter i hjemmet via telemedicin.',
    }),
  sme('oresund-peptides', 'Øresund Peptide Labs ApS (Demo)', places.copenhagen, 1, 'danish-life-science-cluster-copenhagen',
    ['biotech', 'pharma'], ['drugDiscovery', 'pharmaceuticalDrugs'], ['peptider', 'lægemiddeludvikling'], {
      de: 'entdeckt Peptid-Wirkstoffe für Stoffwechselkrankheiten.',
      en: 'discovers peptide drug candidates for metabolic diseases.',
      da: 'udvikler peptidbaserede lægemiddelkandidater mod stofskiftesygdomme.',
    }),
];
