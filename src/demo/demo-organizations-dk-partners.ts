// The Danish regions and industry associations that stand behind the national cluster.
import type { DemoOrganization } from '#src/demo/demo-types.ts';
import type { Sector } from '#src/registry/sectors.ts';

type Place = Pick<DemoOrganization, 'city' | 'postalCode' | 'nutsCode' | 'lat' | 'lon'>;

// The five regions run the hospitals, so they share one description; only the place differs.
function region(key: string, cordisId: string, name: string, place: Place, hub: string | null, website: string): DemoOrganization {
  return {
    key, cordisId, name, shortName: null, type: 'public_body', isSme: false,
    sectors: ['digital_health', 'welfare_technology'], topics: ['eHealth'],
    keywords: ['region', 'hospitaler', 'sundhedsvæsen'],
    country: 'DK', ...place, website,
    memberships: [{ cluster: hub ?? 'danish-life-science-cluster', type: 'partner' }],
    description: {
      de: 'Dänische Region und Trägerin der Krankenhäuser; Partnerin des nationalen Clusters für Tests und Einführung neuer Lösungen.',
      en: 'Danish region running the hospitals; partner of the national cluster for testing and adopting new solutions.',
      da: 'Dansk region og driftsherre for hospitalerne; partner i den nationale klynge om test og implementering af nye løsninger.',
    },
  };
}

function association(
  key: string,
  cordisId: string | undefined,
  name: string,
  shortName: string | null,
  sectors: Sector[],
  website: string,
  what: { de: string; en: string; da: string },
): DemoOrganization {
  return {
    key, cordisId, name, shortName, type: 'association', isSme: false, sectors, topics: [],
    keywords: ['brancheorganisation'],
    city: 'København', country: 'DK', nutsCode: 'DK011', postalCode: null, lat: 55.6761, lon: 12.5683, website,
    memberships: [{ cluster: 'danish-life-science-cluster-copenhagen', type: 'partner' }],
    description: {
      de: `Branchen- und Wirtschaftsverband (${what.de}); Partner des nationalen Clusters.`,
      en: `Industry and business association (${what.en}); partner of the national cluster.`,
      da: `Branche- og erhvervsorganisation (${what.da}); partner i den nationale klynge.`,
    },
  };
}

export const danishPartnerOrganizations: DemoOrganization[] = [
  region('region-nordjylland', '997381064', 'Region Nordjylland',
    { city: 'Aalborg', postalCode: '9220', nutsCode: 'DK050', lat: 57.0173, lon: 9.9857 },
    'danish-life-science-cluster-aalborg', 'https://rn.dk'),
  region('region-midtjylland', '997381452', 'Region Midtjylland',
    { city: 'Viborg', postalCode: '8800', nutsCode: 'DK041', lat: 56.4535, lon: 9.4013 },
    'danish-life-science-cluster-aarhus', 'https://www.rm.dk'),
  region('region-syddanmark', '999602073', 'Region Syddanmark',
    { city: 'Vejle', postalCode: '7100', nutsCode: 'DK032', lat: 55.7048, lon: 9.5248 },
    'danish-life-science-cluster-odense', 'https://www.regionsyddanmark.dk'),
  region('region-sjaelland', '998373665', 'Region Sjælland',
    { city: 'Sorø', postalCode: '4180', nutsCode: 'DK022', lat: 55.438, lon: 11.5593 },
    null, 'https://www.regionsjaelland.dk'),
  region('region-hovedstaden', '999654744', 'Region Hovedstaden',
    { city: 'Hillerød', postalCode: '3400', nutsCode: 'DK013', lat: 55.9321, lon: 12.3489 },
    'danish-life-science-cluster-copenhagen', 'https://www.regionh.dk'),
  association('lif', undefined, 'Lif – Lægemiddelindustriforeningen', 'Lif', ['pharma'], 'https://www.lif.dk',
    { de: 'pharmazeutische Industrie', en: 'pharmaceutical industry', da: 'lægemiddelindustrien' }),
  association('medicoindustrien', undefined, 'Medicoindustrien', null, ['medtech'], 'https://www.medicoindustrien.dk',
    { de: 'Medizinprodukte-Industrie', en: 'medical-device industry', da: 'medicoindustrien' }),
  association('dansk-biotek', undefined, 'Dansk Biotek', null, ['biotech'], 'https://www.danskbiotek.dk',
    { de: 'Biotech-Unternehmen', en: 'biotech companies', da: 'biotekvirksomheder' }),
  association('dansk-erhverv', undefined, 'Dansk Erhverv', null, ['welfare_technology', 'digital_health'], 'https://www.danskerhverv.dk',
    { de: 'Handel und Dienstleistungen', en: 'trade and services', da: 'handel og service' }),
  association('dansk-industri', '991095852', 'Dansk Industri', 'DI', ['medtech', 'pharma'], 'https://www.danskindustri.dk',
    { de: 'Industrieunternehmen', en: 'manufacturing companies', da: 'industrivirksomheder' }),
];
