// Facilities and offers/requests that fit the seed documents: what partners can offer and what SMEs seek.
import type { DemoFacility, DemoOffer } from '#src/demo/demo-types.ts';

export const demoFacilities: DemoFacility[] = [
  {
    organization: 'inp', kind: 'lab', name: 'Plasmatechnologie-Labor', access: 'collaboration', topics: ['plasmaPhysics'],
    description: {
      de: 'Labore für Plasmaquellen, Plasmamedizin und Oberflächenbehandlung.',
      en: 'Laboratories for plasma sources, plasma medicine and surface treatment.',
      da: 'Laboratorier for plasmakilder, plasmamedicin og overfladebehandling.',
    },
  },
  {
    organization: 'biotechnikum', kind: 'lab', name: 'Labor- und Büroflächen für Gründer', access: 'service', topics: ['medicalBiotechnology'],
    description: {
      de: 'Mietbare Labore und Büros für junge Biotech-Unternehmen in Greifswald.',
      en: 'Laboratories and offices to rent for young biotech companies in Greifswald.',
      da: 'Laboratorier og kontorer til leje for unge biotekvirksomheder i Greifswald.',
    },
  },
  {
    organization: 'umg', kind: 'biobank', name: 'Forschungsbiobank', access: 'collaboration', topics: ['epidemiology', 'laboratorySamplesAnalysis'],
    description: {
      de: 'Gelagerte Proben für die Entwicklung neuer Diagnostik und Therapie.',
      en: 'Stored samples for developing new diagnostics and therapies.',
      da: 'Opbevarede prøver til udvikling af ny diagnostik og behandling.',
    },
  },
  {
    organization: 'umg', kind: 'cohort', name: 'Bevölkerungsbasierte Kohorte Vorpommern', access: 'collaboration', topics: ['epidemiology', 'personalizedMedicine'],
    description: {
      de: 'Bevölkerungsbasierte Forschungsdaten als Grundlage für präventive und individualisierte Medizin.',
      en: 'Population-based research data as a basis for preventive and individualised medicine.',
      da: 'Befolkningsbaserede forskningsdata som grundlag for forebyggende og individualiseret medicin.',
    },
  },
  {
    organization: 'kzmt', kind: 'lab', name: 'Medizintechnik-Entwicklungslabor', access: 'service', topics: ['medicalEngineering', 'implants'],
    description: {
      de: 'Entwicklungs- und Prüflabor für Medizinprodukte kleiner und mittlerer Unternehmen.',
      en: 'Development and test laboratory for the medical devices of small and medium-sized companies.',
      da: 'Udviklings- og testlaboratorium for små og mellemstore virksomheders medicinske udstyr.',
    },
  },
  {
    organization: 'fraunhofer-emb', kind: 'core_facility', name: 'Labor für Testvalidierung', access: 'service', topics: ['laboratorySamplesAnalysis', 'virology'],
    description: {
      de: 'Validierung serologischer Testsysteme mit Probenmaterial.',
      en: 'Validation of serological test systems with sample material.',
      da: 'Validering af serologiske testsystemer med prøvemateriale.',
    },
  },
  {
    organization: 'dti', kind: 'clean_room', name: 'Renrum til medicinsk udstyr', access: 'service', topics: ['medicalEngineering'],
    description: {
      de: 'Reinraum für die Pilotfertigung von Medizinprodukten.',
      en: 'Clean room for pilot production of medical devices.',
      da: 'Renrum til pilotproduktion af medicinsk udstyr.',
    },
  },
  {
    organization: 'bioneer', kind: 'pilot_plant', name: 'Bioprocess pilot plant', access: 'service', topics: ['bioprocessing'],
    description: {
      de: 'Pilotanlage für die Prozessentwicklung biologischer Wirkstoffe.',
      en: 'Pilot plant for process development of biologics.',
      da: 'Pilotanlæg til procesudvikling af biologiske lægemidler.',
    },
  },
  {
    organization: 'sdu', kind: 'lab', name: 'Velfærdsteknologisk testlaboratorium', access: 'collaboration', topics: ['robotics', 'gerontology'],
    description: {
      de: 'Testumgebung für Robotik und Hilfsmittel in der Pflege.',
      en: 'Test environment for robotics and assistive devices in care.',
      da: 'Testmiljø for robotter og hjælpemidler i plejen.',
    },
  },
];

export const demoOffers: DemoOffer[] = [
  {
    organization: 'inp', direction: 'offer', kind: 'technology', title: 'Cold atmospheric plasma for wound care and surfaces',
    description: 'Plasma sources and know-how for medical and surface applications, from feasibility study to prototype.',
    topics: ['plasmaPhysics'], expiresInDays: 365,
  },
  {
    organization: 'klinikum-karlsburg', direction: 'offer', kind: 'clinical_site', title: 'Clinical site for diabetes studies',
    description: 'Clinical studies with patients with diabetes for new medical devices and procedures.',
    topics: ['diabetes'], expiresInDays: 365,
  },
  {
    organization: 'kzmt', direction: 'offer', kind: 'service', title: 'R&D partner for medical-device SMEs',
    description: 'Joint development, testing and documentation for small and medium-sized medical-technology companies.',
    topics: ['medicalEngineering'], expiresInDays: null,
  },
  {
    organization: 'biosaxony-management', direction: 'offer', kind: 'expertise', title: 'Support with regulatory market access',
    description: 'Advice for SMEs on the regulatory path of smart medical devices in national and international markets.',
    topics: ['medicalEngineering'], expiresInDays: 365,
  },
  {
    organization: 'fraunhofer-emb', direction: 'offer', kind: 'service', title: 'Validation of serological tests',
    description: 'Performance evaluation of new serological test systems with characterised samples.',
    topics: ['laboratorySamplesAnalysis', 'virology'], expiresInDays: 180,
  },
  {
    organization: 'welfaretech', direction: 'offer', kind: 'service', title: 'Testing with municipalities and hospitals',
    description: 'Access to test and demonstration with Danish municipalities and hospitals for welfare technology.',
    topics: ['nursing'], expiresInDays: 365,
  },
  {
    organization: 'ryck-plasma', direction: 'request', kind: 'clinical_site', title: 'Clinical partner for a wound-care study',
    description: 'We seek a clinic for a first study of our cold-plasma device on diabetic foot ulcers.',
    topics: ['plasmaPhysics', 'diabetes'], expiresInDays: 120,
  },
  {
    organization: 'elbe-smart-devices', direction: 'request', kind: 'expertise', title: 'Regulatory help for MDR certification',
    description: 'We seek support for classification, technical documentation and the notified-body process under the MDR.',
    topics: ['wearableMedicalTechnology'], expiresInDays: 90,
  },
  {
    organization: 'saxon-biologics', direction: 'request', kind: 'cdmo', title: 'CDMO for clinical batches of a therapeutic protein',
    description: 'We seek a contract development and manufacturing organisation for GMP batches for a phase I trial.',
    topics: ['bioprocessing', 'pharmaceuticalDrugs'], expiresInDays: 180,
  },
  {
    organization: 'warnow-implant', direction: 'request', kind: 'partner', title: 'Partner for drug-coated implants',
    description: 'We seek a pharmaceutical partner for the active substance of a resorbable combination implant.',
    topics: ['implants', 'pharmaceuticalDrugs'], expiresInDays: 180,
  },
  {
    organization: 'fynsk-robotics', direction: 'request', kind: 'partner', title: 'Municipality for a home-care pilot',
    description: 'We seek a municipality that wants to test robotic aids in home care.',
    topics: ['robotics', 'nursing'], expiresInDays: 150,
  },
  {
    organization: 'aros-bioinformatics', direction: 'request', kind: 'funding', title: 'Seed funding for a genome-analysis platform',
    description: 'We seek seed investors or grant partners for our genome-analysis platform.',
    topics: ['genomes', 'dataScience'], expiresInDays: 120,
  },
];
