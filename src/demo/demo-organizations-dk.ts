// The Danish cluster organisations, universities and technology institutes the seed document names.
import type { DemoOrganization } from '#src/demo/demo-types.ts';

const cph = { city: 'København', country: 'DK', nutsCode: 'DK011' } as const;
const hub = {
  copenhagen: 'danish-life-science-cluster-copenhagen',
  aarhus: 'danish-life-science-cluster-aarhus',
  odense: 'danish-life-science-cluster-odense',
  aalborg: 'danish-life-science-cluster-aalborg',
} as const;

// The five GTS institutes (approved Danish research and technology organisations) share one description.
const gtsDescription = (what: { de: string; en: string; da: string }) => ({
  de: `GTS-Institut und Partner des nationalen Clusters: ${what.de}`,
  en: `GTS institute and partner of the national cluster: ${what.en}`,
  da: `GTS-institut og partner i den nationale klynge: ${what.da}`,
});

export const danishOrganizations: DemoOrganization[] = [
  // The existing cluster organisations that join the national cluster.
  {
    key: 'mtic', name: 'MedTech Innovation Consortium', shortName: 'MTIC', type: 'association', isSme: false,
    sectors: ['medtech', 'digital_health'], topics: ['medicalEngineering', 'eHealth'],
    keywords: ['medico', 'offentlig-private innovationsprojekter'],
    city: 'Aarhus', country: 'DK', nutsCode: 'DK042', postalCode: null, lat: 56.1629, lon: 10.2039, website: 'https://www.mtic.dk',
    memberships: [{ cluster: hub.aarhus, type: 'full' }],
    description: {
      de: 'Medizintechnik-Cluster mit viel Erfahrung in öffentlich-privaten Innovationsprojekten; geht im nationalen Cluster auf.',
      en: 'Medical-technology cluster with long experience of public-private innovation projects; joins the national cluster.',
      da: 'Medicoklynge med stor erfaring i offentlig-private innovationsprojekter; indgår i den nationale klynge.',
    },
  },
  {
    key: 'welfaretech', name: 'Welfare Tech', shortName: null, type: 'association', isSme: false,
    sectors: ['welfare_technology', 'digital_health'], topics: ['gerontology', 'nursing', 'robotics'],
    keywords: ['velfærdsteknologi', 'hjælpemidler', 'kommuner'],
    city: 'Odense', country: 'DK', nutsCode: 'DK031', postalCode: null, lat: 55.3959, lon: 10.3883, website: 'https://www.welfaretech.dk',
    memberships: [{ cluster: hub.odense, type: 'full' }],
    description: {
      de: 'Cluster für Wohlfahrtstechnologie, Pflege und Hilfsmittel; Teil des nationalen Clusters.',
      en: 'Cluster for welfare technology, care and assistive devices; part of the national cluster.',
      da: 'Klynge for velfærdsteknologi, pleje og hjælpemidler; en del af den nationale klynge.',
    },
  },
  {
    key: 'lsi', name: 'Life Science Innovation North Denmark', shortName: 'LSI', type: 'association', isSme: false,
    sectors: ['medtech', 'biotech'], topics: ['medicalEngineering'],
    keywords: ['Nordjylland', 'sundhedsinnovation'],
    city: 'Aalborg', country: 'DK', nutsCode: 'DK050', postalCode: null, lat: 57.0488, lon: 9.9217, website: null,
    memberships: [{ cluster: hub.aalborg, type: 'full' }],
    description: {
      de: 'Life-Science-Netzwerk Nordjütlands; Teil des nationalen Clusters.',
      en: 'Life-science network of North Jutland; part of the national cluster.',
      da: 'Life science-netværk i Nordjylland; en del af den nationale klynge.',
    },
  },
  {
    key: 'chc', name: 'Copenhagen Healthtech Cluster', shortName: 'CHC', type: 'association', isSme: false,
    sectors: ['digital_health'], topics: ['eHealth', 'bigData'],
    keywords: ['digital sundhed', 'sundhedsdata'],
    ...cph, postalCode: null, lat: 55.6761, lon: 12.5683, website: 'https://www.cphhealthtech.com',
    memberships: [{ cluster: hub.copenhagen, type: 'full' }],
    description: {
      de: 'Cluster für digitale Gesundheitslösungen in der Hauptstadtregion; Teil des nationalen Clusters.',
      en: 'Cluster for digital health solutions in the capital region; part of the national cluster.',
      da: 'Klynge for digitale sundhedsløsninger i hovedstadsregionen; en del af den nationale klynge.',
    },
  },
  {
    key: 'biopeople', name: 'Biopeople', shortName: null, type: 'association', isSme: false,
    sectors: ['biotech', 'pharma'], topics: ['medicalBiotechnology', 'drugDiscovery'],
    keywords: ['biotek', 'innovationsnetværk'],
    ...cph, postalCode: '2200', lat: 55.6968, lon: 12.564, website: null,
    memberships: [{ cluster: hub.copenhagen, type: 'full' }],
    description: {
      de: 'Innovationsnetzwerk für Biotech und Pharma in Kopenhagen; Teil des nationalen Clusters.',
      en: 'Innovation network for biotech and pharma in Copenhagen; part of the national cluster.',
      da: 'Innovationsnetværk for biotek og lægemidler i København; en del af den nationale klynge.',
    },
  },
  // The five largest Danish universities.
  {
    key: 'ku', cordisId: '999991043', name: 'Københavns Universitet', shortName: 'KU', type: 'university', isSme: false,
    sectors: ['biotech', 'pharma'], topics: ['drugDiscovery', 'medicalGenetics', 'immunology'],
    keywords: ['universitet', 'sundhedsvidenskab'],
    ...cph, postalCode: '1165', lat: 55.6801, lon: 12.5715, website: 'https://www.ku.dk',
    memberships: [{ cluster: hub.copenhagen, type: 'partner' }],
    description: {
      de: 'Eine der fünf größten Universitäten Dänemarks und Partnerin des nationalen Clusters.',
      en: "One of Denmark's five largest universities and a partner of the national cluster.",
      da: 'Et af Danmarks fem største universiteter og partner i den nationale klynge.',
    },
  },
  {
    key: 'dtu', cordisId: '999990655', name: 'Danmarks Tekniske Universitet', shortName: 'DTU', type: 'university', isSme: false,
    sectors: ['biotech', 'medtech'], topics: ['bioprocessing', 'diagnosticImaging', 'machineLearning'],
    keywords: ['universitet', 'bioteknologi', 'ingeniørvidenskab'],
    city: 'Kongens Lyngby', country: 'DK', nutsCode: 'DK012', postalCode: '2800', lat: 55.786, lon: 12.522, website: 'https://www.dtu.dk',
    memberships: [{ cluster: hub.copenhagen, type: 'partner' }],
    description: {
      de: 'Technische Universität Dänemarks und Partnerin des nationalen Clusters.',
      en: 'The Technical University of Denmark, a partner of the national cluster.',
      da: 'Danmarks tekniske universitet og partner i den nationale klynge.',
    },
  },
  {
    key: 'au', cordisId: '999997736', name: 'Aarhus Universitet', shortName: 'AU', type: 'university', isSme: false,
    sectors: ['biotech', 'digital_health'], topics: ['genomes', 'personalizedMedicine'],
    keywords: ['universitet', 'sundhed'],
    city: 'Aarhus', country: 'DK', nutsCode: 'DK042', postalCode: '8000', lat: 56.171, lon: 10.1994, website: 'https://www.au.dk',
    memberships: [{ cluster: hub.aarhus, type: 'partner' }],
    description: {
      de: 'Universität in Aarhus und Partnerin des nationalen Clusters.',
      en: 'University in Aarhus and a partner of the national cluster.',
      da: 'Universitet i Aarhus og partner i den nationale klynge.',
    },
  },
  {
    key: 'sdu', cordisId: '999904616', name: 'Syddansk Universitet', shortName: 'SDU', type: 'university', isSme: false,
    sectors: ['welfare_technology', 'medtech'], topics: ['robotics', 'gerontology'],
    keywords: ['universitet', 'velfærdsteknologi', 'robotteknologi'],
    city: 'Odense', country: 'DK', nutsCode: 'DK031', postalCode: '5230', lat: 55.3686, lon: 10.4282, website: 'https://www.sdu.dk',
    memberships: [{ cluster: hub.odense, type: 'partner' }],
    description: {
      de: 'Universität Süddänemarks in Odense und Partnerin des nationalen Clusters.',
      en: 'The University of Southern Denmark in Odense, a partner of the national cluster.',
      da: 'Syddansk Universitet i Odense og partner i den nationale klynge.',
    },
  },
  {
    key: 'aau', cordisId: '999904034', name: 'Aalborg Universitet', shortName: 'AAU', type: 'university', isSme: false,
    sectors: ['medtech', 'digital_health'], topics: ['medicalEngineering', 'eHealth'],
    keywords: ['universitet', 'sundhedsteknologi'],
    city: 'Aalborg', country: 'DK', nutsCode: 'DK050', postalCode: '9220', lat: 57.014, lon: 9.9845, website: 'https://www.aau.dk',
    memberships: [{ cluster: hub.aalborg, type: 'partner' }],
    description: {
      de: 'Universität in Aalborg und Partnerin des nationalen Clusters.',
      en: 'University in Aalborg and a partner of the national cluster.',
      da: 'Universitet i Aalborg og partner i den nationale klynge.',
    },
  },
  // The five GTS institutes.
  {
    key: 'force', cordisId: '998391125', name: 'FORCE Technology', shortName: null, type: 'research_institute', isSme: false,
    sectors: ['medtech'], topics: ['medicalEngineering'],
    keywords: ['GTS', 'test', 'medicinsk udstyr'],
    city: 'Brøndby', country: 'DK', nutsCode: 'DK012', postalCode: '2605', lat: 55.6517, lon: 12.386, website: null,
    memberships: [{ cluster: hub.copenhagen, type: 'partner' }],
    description: gtsDescription({ de: 'Prüfung und Technologieberatung.', en: 'testing and technology consulting.', da: 'test og teknologisk rådgivning.' }),
  },
  {
    key: 'bioneer', cordisId: '999555125', name: 'Bioneer A/S', shortName: null, type: 'research_institute', isSme: false,
    sectors: ['biotech', 'pharma'], topics: ['drugDiscovery', 'cellTechnologies'],
    keywords: ['GTS', 'biotek', 'kontraktforskning'],
    city: 'Hørsholm', country: 'DK', nutsCode: 'DK013', postalCode: '2970', lat: 55.8693, lon: 12.4964, website: 'https://www.bioneer.dk',
    memberships: [{ cluster: hub.copenhagen, type: 'partner' }],
    description: gtsDescription({ de: 'biotechnologische Auftragsforschung.', en: 'contract research in biotechnology.', da: 'kontraktforskning i bioteknologi.' }),
  },
  {
    key: 'alexandra', cordisId: '999773278', name: 'Alexandra Instituttet A/S', shortName: null, type: 'research_institute', isSme: false,
    sectors: ['digital_health'], topics: ['machineLearning', 'dataScience'],
    keywords: ['GTS', 'IT', 'digitale løsninger'],
    city: 'Aarhus', country: 'DK', nutsCode: 'DK042', postalCode: '8200', lat: 56.1999, lon: 10.1747, website: 'https://www.alexandra.dk',
    memberships: [{ cluster: hub.aarhus, type: 'partner' }],
    description: gtsDescription({ de: 'angewandte Informatik und digitale Lösungen.', en: 'applied computer science and digital solutions.', da: 'anvendt datalogi og digitale løsninger.' }),
  },
  {
    key: 'dti', cordisId: '999460356', name: 'Teknologisk Institut', shortName: 'DTI', type: 'research_institute', isSme: false,
    sectors: ['medtech', 'welfare_technology'], topics: ['biomaterials', 'robotics'],
    keywords: ['GTS', 'teknologioverførsel'],
    city: 'Taastrup', country: 'DK', nutsCode: 'DK012', postalCode: '2630', lat: 55.6587, lon: 12.2737, website: 'https://www.teknologisk.dk',
    memberships: [{ cluster: hub.copenhagen, type: 'partner' }],
    description: gtsDescription({ de: 'Technologietransfer für Unternehmen.', en: 'technology transfer for companies.', da: 'teknologioverførsel til virksomheder.' }),
  },
  {
    key: 'dhi', cordisId: '900972764', name: 'DHI A/S', shortName: 'DHI', type: 'research_institute', isSme: false,
    sectors: ['bioeconomy'], topics: ['biosensing'],
    keywords: ['GTS', 'vand', 'miljø'],
    city: 'Hørsholm', country: 'DK', nutsCode: 'DK013', postalCode: '2970', lat: 55.8715, lon: 12.496, website: null,
    memberships: [{ cluster: hub.copenhagen, type: 'partner' }],
    description: gtsDescription({ de: 'Wasser und Umwelt.', en: 'water and environment.', da: 'vand og miljø.' }),
  },
];
