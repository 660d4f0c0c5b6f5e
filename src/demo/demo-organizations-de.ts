// The German organisations the seed documents name, with their real cities and approximate coordinates.
import type { DemoOrganization } from '#src/demo/demo-types.ts';

const greifswald = { city: 'Greifswald', country: 'DE', nutsCode: 'DE80N' } as const;
const rostock = { city: 'Rostock', country: 'DE', nutsCode: 'DE803' } as const;
const dresden = { city: 'Dresden', country: 'DE', nutsCode: 'DED21' } as const;
const hamburg = { city: 'Hamburg', country: 'DE', nutsCode: 'DE600' } as const;
const luebeck = { city: 'Lübeck', country: 'DE', nutsCode: 'DEF03' } as const;

export const germanOrganizations: DemoOrganization[] = [
  // Mecklenburg-Vorpommern: the masterplan and strategy group I "Life Science".
  {
    key: 'bcv', cordisId: '999812078', name: 'BioCon Valley GmbH', shortName: 'BCV', type: 'association', isSme: false,
    sectors: ['biotech', 'medtech', 'digital_health'], topics: ['medicalBiotechnology', 'medicalEngineering'],
    keywords: ['Clustermanagement', 'Gesundheitswirtschaft', 'Masterplan'],
    ...greifswald, postalCode: '17489', lat: 54.0957, lon: 13.3825, website: 'https://www.bcv.org',
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'full' }],
    description: {
      de: 'Clusterorganisation der Gesundheitswirtschaft Mecklenburg-Vorpommerns mit Büros in Greifswald und Rostock.',
      en: 'Cluster organisation of the health economy of Mecklenburg-Vorpommern, with offices in Greifswald and Rostock.',
      da: 'Klyngeorganisation for sundhedsøkonomien i Mecklenburg-Vorpommern med kontorer i Greifswald og Rostock.',
    },
  },
  {
    key: 'umg', cordisId: '947193555', name: 'Universitätsmedizin Greifswald', shortName: 'UMG', type: 'hospital', isSme: false,
    sectors: ['diagnostics', 'digital_health'], topics: ['personalizedMedicine', 'epidemiology', 'proteomics', 'medicalGenetics'],
    keywords: ['Universitätsklinikum', 'Biobank', 'bevölkerungsbasierte Forschung', 'Strategiegruppe I'],
    ...greifswald, postalCode: '17475', lat: 54.0882, lon: 13.4024, website: 'https://www.medizin.uni-greifswald.de',
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'full' }],
    description: {
      de: 'Universitätsklinikum und medizinische Fakultät; leitet die Strategiegruppe I „Life Science“ und bringt bevölkerungsbasierte Forschungsdaten und Biobankproben ein.',
      en: 'University hospital and medical faculty; leads strategy group I "Life Science" and contributes population-based research data and biobank samples.',
      da: 'Universitetshospital og medicinsk fakultet; leder strategigruppe I "Life Science" og bidrager med befolkningsbaserede forskningsdata og biobankprøver.',
    },
  },
  {
    key: 'uni-greifswald', cordisId: '999858056', name: 'Universität Greifswald', shortName: null, type: 'university', isSme: false,
    sectors: ['biotech', 'bioeconomy'], topics: ['medicalBiotechnology', 'proteomics', 'bioeconomy'],
    keywords: ['Hochschule', 'Biotechnologie', 'Bioökonomie'],
    ...greifswald, postalCode: '17489', lat: 54.095, lon: 13.3746, website: 'https://www.uni-greifswald.de',
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'partner' }],
    description: {
      de: 'Eine der Hochschulen des Landes, mit denen das Kompetenzzentrum Diabetes Karlsburg Verbundprojekte entwickelt.',
      en: 'One of the state universities with which the Karlsburg diabetes competence centre develops joint projects.',
      da: 'Et af delstatens universiteter, som diabeteskompetencecentret i Karlsburg udvikler fællesprojekter med.',
    },
  },
  {
    key: 'inp', cordisId: '998962746', name: 'Leibniz-Institut für Plasmaforschung und Technologie e. V.', shortName: 'INP', type: 'research_institute', isSme: false,
    sectors: ['plasma_technology', 'medtech'], topics: ['plasmaPhysics', 'medicalEngineering', 'diabetes'],
    keywords: ['Plasmamedizin', 'Plasmatechnologie', 'Oberflächen', 'Wundheilung'],
    ...greifswald, postalCode: '17489', lat: 54.092, lon: 13.4019, website: 'https://www.inp-greifswald.de',
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'full' }],
    description: {
      de: 'Außeruniversitäres Institut für Plasmaforschung; Partner des Kompetenzzentrums Diabetes Karlsburg und direkt mit dem neuen Zentrum für Life Science und Plasmatechnologie verbunden.',
      en: 'Non-university institute for plasma research; partner of the Karlsburg diabetes competence centre and directly linked to the new centre for life science and plasma technology.',
      da: 'Forskningsinstitut for plasmaforskning uden for universitetet; partner i diabeteskompetencecentret i Karlsburg og direkte forbundet med det nye center for life science og plasmateknologi.',
    },
  },
  {
    key: 'biotechnikum', name: 'BioTechnikum Greifswald', shortName: null, type: 'other', isSme: false,
    sectors: ['biotech', 'plasma_technology'], topics: ['medicalBiotechnology'],
    keywords: ['Technologiezentrum', 'Gründerzentrum', 'Laborflächen'],
    ...greifswald, postalCode: '17489', lat: 54.0915, lon: 13.401, website: null,
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'partner' }],
    description: {
      de: 'Technologie- und Gründerzentrum für Biotechnologie, über direkte Übergänge mit dem Zentrum für Life Science und Plasmatechnologie verbunden.',
      en: 'Technology and start-up centre for biotechnology, connected to the centre for life science and plasma technology by direct walkways.',
      da: 'Teknologi- og iværksættercenter for bioteknologi, forbundet med centret for life science og plasmateknologi via direkte overgange.',
    },
  },
  {
    key: 'klinikum-karlsburg', name: 'Klinikum Karlsburg', shortName: null, type: 'hospital', isSme: false,
    sectors: ['medtech', 'diagnostics'], topics: ['diabetes'],
    keywords: ['Diabetes', 'Herzzentrum', 'klinische Studien'],
    city: 'Karlsburg', country: 'DE', nutsCode: 'DE80N', postalCode: '17495', lat: 53.9658, lon: 13.6111, website: null,
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'full' }],
    description: {
      de: 'Klinikum mit Schwerpunkt Diabetes; trägt gemeinsam mit dem INP das Kompetenzzentrum Diabetes Karlsburg.',
      en: 'Hospital specialised in diabetes; runs the Karlsburg diabetes competence centre together with the INP.',
      da: 'Hospital med fokus på diabetes; driver sammen med INP diabeteskompetencecentret i Karlsburg.',
    },
  },
  {
    key: 'kdk', name: 'Kompetenzzentrum Diabetes Karlsburg', shortName: 'KDK', type: 'research_institute', isSme: false,
    sectors: ['medtech', 'plasma_technology', 'diagnostics'], topics: ['diabetes', 'plasmaPhysics', 'medicalEngineering'],
    keywords: ['Diabetes', 'Plasmatechnologie', 'Verbundprojekte', 'Leitprojekt'],
    city: 'Karlsburg', country: 'DE', nutsCode: 'DE80N', postalCode: '17495', lat: 53.9662, lon: 13.6105, website: null,
    memberships: [{ cluster: 'biocon-valley-greifswald', type: 'full' }],
    description: {
      de: 'Seit 2016 eröffnete Kooperationsinitiative von Klinikum Karlsburg und INP, die Diabetes- und Plasmakompetenz bündelt und mit Unternehmen neue Medizinprodukte entwickelt.',
      en: 'Cooperation of Klinikum Karlsburg and the INP, opened in 2016, pooling diabetes and plasma expertise to develop new medical devices with companies.',
      da: 'Samarbejde mellem Klinikum Karlsburg og INP, åbnet i 2016, der samler diabetes- og plasmaekspertise og udvikler nyt medicinsk udstyr med virksomheder.',
    },
  },
  {
    key: 'uni-rostock', cordisId: '999852430', name: 'Universität Rostock', shortName: null, type: 'university', isSme: false,
    sectors: ['medtech', 'digital_health'], topics: ['medicalEngineering', 'implants', 'dataScience'],
    keywords: ['Hochschule', 'Biomedizintechnik', 'Weiterbildung'],
    ...rostock, postalCode: '18055', lat: 54.088, lon: 12.1333, website: 'https://www.uni-rostock.de',
    memberships: [{ cluster: 'biocon-valley-rostock', type: 'partner' }],
    description: {
      de: 'Hochschule des Landes mit Biomedizintechnik; Partner der Bildungsallianz Biomedical Engineering & Entrepreneurship.',
      en: 'State university with biomedical engineering; partner of the Biomedical Engineering & Entrepreneurship education alliance.',
      da: 'Delstatsuniversitet med biomedicinsk teknik; partner i uddannelsesalliancen Biomedical Engineering & Entrepreneurship.',
    },
  },
  {
    key: 'umr', cordisId: '954598244', name: 'Universitätsmedizin Rostock', shortName: null, type: 'hospital', isSme: false,
    sectors: ['medtech', 'diagnostics'], topics: ['implants', 'diagnosticImaging'],
    keywords: ['Universitätsklinikum', 'klinische Forschung', 'Implantate'],
    ...rostock, postalCode: '18057', lat: 54.0852, lon: 12.1046, website: 'https://www.med.uni-rostock.de',
    memberships: [{ cluster: 'biocon-valley-rostock', type: 'full' }],
    description: {
      de: 'Universitätsklinikum in Rostock und klinischer Partner für Medizintechnik- und Implantatprojekte.',
      en: 'University hospital in Rostock and clinical partner for medical-technology and implant projects.',
      da: 'Universitetshospital i Rostock og klinisk partner for medico- og implantatprojekter.',
    },
  },
  {
    key: 'kzmt', name: 'Kompetenzzentrum für Medizintechnik Mecklenburg-Vorpommern', shortName: null, type: 'research_institute', isSme: false,
    sectors: ['medtech'], topics: ['medicalEngineering', 'implants', 'biomaterials'],
    keywords: ['Forschungs- und Entwicklungspartner', 'KMU', 'Leitprojekt', 'Technologietransfer'],
    ...rostock, postalCode: null, lat: 54.0887, lon: 12.1405, website: null,
    memberships: [{ cluster: 'biocon-valley-rostock', type: 'full' }],
    description: {
      de: 'Seit 2014 in Rostock; Forschungs- und Entwicklungspartner für kleine und mittlere Unternehmen und Forschungseinrichtungen aus Hochtechnologiebereichen des Landes.',
      en: 'In Rostock since 2014; research and development partner for small and medium-sized companies and research institutions from the state\'s high-tech fields.',
      da: 'I Rostock siden 2014; forsknings- og udviklingspartner for små og mellemstore virksomheder og forskningsinstitutioner fra delstatens højteknologiske områder.',
    },
  },
  {
    key: 'dst', name: 'DST Diagnostische Systeme & Technologien GmbH', shortName: 'DST', type: 'company', isSme: true,
    sectors: ['diagnostics', 'biotech'], topics: ['immunology', 'diagnosticTechnologies'],
    keywords: ['Immunochemie', 'Biomedizin', 'Diagnostik'],
    city: 'Schwerin', country: 'DE', nutsCode: 'DE804', postalCode: null, lat: 53.6355, lon: 11.4012, website: null,
    memberships: [{ cluster: 'life-science-nord', type: 'full' }],
    description: {
      de: 'Unternehmen in Schwerin mit Erfahrung in Immunochemie und Biomedizin; neues Mitglied im Life Science Nord e. V.',
      en: 'Company in Schwerin experienced in immunochemistry and biomedicine; new member of Life Science Nord e. V.',
      da: 'Virksomhed i Schwerin med erfaring i immunkemi og biomedicin; nyt medlem af Life Science Nord e. V.',
    },
  },
  // Saxony: biosaxony and its innovation cluster.
  {
    key: 'biosaxony-ev', name: 'biosaxony e. V.', shortName: null, type: 'association', isSme: false,
    sectors: ['biotech', 'medtech'], topics: ['medicalBiotechnology', 'medicalEngineering'],
    keywords: ['Branchenverband', 'Sachsen', 'bionection'],
    ...dresden, postalCode: null, lat: 51.0504, lon: 13.7373, website: 'https://www.biosaxony.com',
    memberships: [{ cluster: 'biosaxony-dresden', type: 'full' }],
    description: {
      de: 'Gesamtsächsischer Verband für Biotechnologie und Medizintechnik; Mitglieder sind Unternehmen, wissenschaftliche Einrichtungen, Interessenvertreter und Zulieferer.',
      en: 'Saxony-wide association for biotechnology and medical technology; its members are companies, research institutions, interest groups and suppliers.',
      da: 'Sachsens samlede forening for bioteknologi og medicoteknik; medlemmerne er virksomheder, forskningsinstitutioner, interesseorganisationer og underleverandører.',
    },
  },
  {
    key: 'biosaxony-management', name: 'biosaxony Management GmbH', shortName: null, type: 'association', isSme: false,
    sectors: ['biotech', 'medtech', 'digital_health'], topics: ['medicalEngineering', 'medicalBiotechnology'],
    keywords: ['Innovationscluster', 'Smart Medical Devices and Therapies', 'regulatorischer Marktzugang', 'Ansiedlung'],
    ...dresden, postalCode: null, lat: 51.0509, lon: 13.7383, website: 'https://www.biosaxony.com',
    memberships: [{ cluster: 'biosaxony-dresden', type: 'full' }],
    description: {
      de: 'Tochter des biosaxony e. V.; organisiert das Innovationscluster „Smart Medical Devices and Therapies“ und berät KMU beim Marktzugang.',
      en: 'Subsidiary of biosaxony e. V.; organises the innovation cluster "Smart Medical Devices and Therapies" and advises SMEs on market access.',
      da: 'Datterselskab af biosaxony e. V.; organiserer innovationsklyngen "Smart Medical Devices and Therapies" og rådgiver SMV\'er om markedsadgang.',
    },
  },
  {
    key: 'smwa', name: 'Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr', shortName: 'SMWA', type: 'public_body', isSme: false,
    sectors: ['biotech', 'medtech'], topics: [],
    keywords: ['Förderung', 'Zuwendungsbescheid', 'Innovationscluster'],
    ...dresden, postalCode: null, lat: 51.059, lon: 13.748, website: null,
    memberships: [{ cluster: 'biosaxony', type: 'partner' }],
    description: {
      de: 'Fördert das Innovationscluster „Smart Medical Devices and Therapies“ für mindestens vier Jahre.',
      en: 'Funds the innovation cluster "Smart Medical Devices and Therapies" for at least four years.',
      da: 'Finansierer innovationsklyngen "Smart Medical Devices and Therapies" i mindst fire år.',
    },
  },
  // Hamburg and Schleswig-Holstein: Life Science Nord.
  {
    key: 'lsn-management', name: 'Life Science Nord Management GmbH', shortName: null, type: 'association', isSme: false,
    sectors: ['biotech', 'medtech', 'pharma'], topics: ['medicalBiotechnology', 'medicalEngineering'],
    keywords: ['Clustermanagement', 'Clusterstrategie 2024', 'Strategieworkshops'],
    ...hamburg, postalCode: null, lat: 53.5511, lon: 9.9937, website: 'https://www.lifesciencenord.de',
    memberships: [{ cluster: 'life-science-nord-hamburg', type: 'full' }],
    description: {
      de: 'Clustermanagement-Agentur für Hamburg und Schleswig-Holstein; führt den Strategieprozess zur Clusterstrategie 2024.',
      en: 'Cluster management agency for Hamburg and Schleswig-Holstein; leads the process towards the cluster strategy 2024.',
      da: 'Klyngeledelse for Hamborg og Slesvig-Holsten; leder processen frem mod klyngestrategien 2024.',
    },
  },
  {
    key: 'lsn-ev', name: 'Life Science Nord e. V.', shortName: 'LSN e. V.', type: 'association', isSme: false,
    sectors: ['biotech', 'medtech', 'pharma', 'diagnostics'], topics: [],
    keywords: ['Verein', 'Mitglieder', 'Netzwerk'],
    ...hamburg, postalCode: null, lat: 53.5503, lon: 9.9926, website: 'https://www.lifesciencenord.de',
    memberships: [{ cluster: 'life-science-nord-hamburg', type: 'full' }],
    description: {
      de: 'Mitgliederverein der Life-Science-Branche in Norddeutschland.',
      en: 'Membership association of the life-science industry in northern Germany.',
      da: 'Medlemsforening for life science-branchen i Nordtyskland.',
    },
  },
  {
    key: 'fz-borstel', cordisId: '999521563', name: 'Forschungszentrum Borstel, Leibniz Lungenzentrum', shortName: 'FZB', type: 'research_institute', isSme: false,
    sectors: ['diagnostics', 'biotech'], topics: ['lungCancer', 'immunology', 'diagnosticTechnologies'],
    keywords: ['Lungenforschung', 'Atemgasanalyse', 'Lungenkrebs'],
    city: 'Borstel', country: 'DE', nutsCode: null, postalCode: '23845', lat: 53.795, lon: 10.227, website: 'https://www.fz-borstel.de',
    memberships: [{ cluster: 'life-science-nord-schleswig-holstein', type: 'full' }],
    description: {
      de: 'Lungenforschungszentrum; beteiligt an einem Forschungskonsortium im Raum Lübeck, das Lungenkrebs aus der Atemluft erkennen will.',
      en: 'Lung research centre; part of a research consortium in the Lübeck area developing lung-cancer detection from exhaled breath.',
      da: 'Lungeforskningscenter; med i et forskningskonsortium i Lübeck-området, der udvikler påvisning af lungekræft i udåndingsluft.',
    },
  },
  {
    key: 'euroimmun', name: 'EUROIMMUN AG', shortName: null, type: 'company', isSme: false,
    sectors: ['diagnostics'], topics: ['diagnosticTechnologies', 'immunology', 'virology'],
    keywords: ['serologische Tests', 'Labordiagnostik', 'COVID-19'],
    ...luebeck, postalCode: '23560', lat: 53.8369, lon: 10.7208, website: 'https://www.euroimmun.com',
    memberships: [{ cluster: 'life-science-nord-schleswig-holstein', type: 'full' }],
    description: {
      de: 'Hersteller labordiagnostischer Testsysteme; entwickelt mit Fraunhofer EMB serologische Tests zur Diagnose von COVID-19.',
      en: 'Maker of laboratory diagnostic test systems; works with Fraunhofer EMB on serological tests for diagnosing COVID-19.',
      da: 'Producent af laboratoriediagnostiske testsystemer; udvikler sammen med Fraunhofer EMB serologiske test til diagnose af COVID-19.',
    },
  },
  {
    key: 'fraunhofer-emb', name: 'Fraunhofer-Einrichtung für Individualisierte und Zellbasierte Medizintechnik', shortName: 'Fraunhofer EMB', type: 'research_institute', isSme: false,
    sectors: ['medtech', 'biotech', 'diagnostics'], topics: ['cellTechnologies', 'laboratorySamplesAnalysis', 'virology'],
    keywords: ['zellbasierte Medizintechnik', 'Testvalidierung', 'COVID-19'],
    ...luebeck, postalCode: '23562', lat: 53.834, lon: 10.705, website: null,
    memberships: [{ cluster: 'life-science-nord-schleswig-holstein', type: 'full' }],
    description: {
      de: 'Fraunhofer-Einrichtung in Lübeck; unterstützt EUROIMMUN bei neuen serologischen Testsystemen für COVID-19.',
      en: 'Fraunhofer institute in Lübeck; supports EUROIMMUN with new serological test systems for COVID-19.',
      da: 'Fraunhofer-institut i Lübeck; støtter EUROIMMUN med nye serologiske testsystemer til COVID-19.',
    },
  },
];
