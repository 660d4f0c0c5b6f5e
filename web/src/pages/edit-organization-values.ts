// An organisation as the profile form holds it, and back to the body of PATCH/POST /organizations.
import type { PickedCompetence } from '../components/form-competences.tsx';
import { isoCountry, maxLength, numberBetween, parseDecimal, required, url, type Rule } from '../components/form-rules.ts';
import type { Rules } from '../components/form-state.ts';

export const ORGANIZATION_TYPES = ['company', 'university', 'research_institute', 'hospital', 'public_body', 'association', 'investor', 'other'] as const;
export const SECTORS = ['biotech', 'medtech', 'pharma', 'diagnostics', 'digital_health', 'plasma_technology', 'welfare_technology', 'bioeconomy'] as const;
export const VISIBILITIES = ['public', 'members', 'private'] as const;

/** The organisation as GET /organizations/{id} answers (the parts the form uses). */
export type Organization = {
  id: string;
  name: string;
  shortName: string | null;
  type: string;
  isSme: boolean;
  sectors: string[];
  keywords: string[];
  description: { de?: string; en?: string; da?: string };
  address: { street: string | null; postalCode: string | null; city: string | null; country: string | null };
  location: { lat: number; lon: number } | null;
  website: string | null;
  visibility: string;
  competences: Array<{ id: string; label: string; source: 'declared' | 'projects' }>;
};

export type OrganizationValues = {
  name: string;
  shortName: string;
  type: string;
  isSme: boolean;
  sectors: string[];
  keywords: string;
  'description.de': string;
  'description.en': string;
  'description.da': string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  lat: string;
  lon: string;
  website: string;
  visibility: string;
  competenceIds: PickedCompetence[];
};

/** The empty form of a new organisation. */
export const NEW_ORGANIZATION: OrganizationValues = {
  name: '', shortName: '', type: 'company', isSme: false, sectors: [], keywords: '',
  'description.de': '', 'description.en': '', 'description.da': '',
  street: '', postalCode: '', city: '', country: '', lat: '', lon: '', website: '', visibility: 'public', competenceIds: [],
};

/** The form's values of a loaded organisation. */
export function organizationValues(o: Organization): OrganizationValues {
  return {
    name: o.name,
    shortName: o.shortName ?? '',
    type: o.type,
    isSme: o.isSme,
    sectors: o.sectors,
    keywords: o.keywords.join(', '),
    'description.de': o.description.de ?? '',
    'description.en': o.description.en ?? '',
    'description.da': o.description.da ?? '',
    street: o.address.street ?? '',
    postalCode: o.address.postalCode ?? '',
    city: o.address.city ?? '',
    country: o.address.country ?? '',
    lat: o.location ? String(o.location.lat) : '',
    lon: o.location ? String(o.location.lon) : '',
    website: o.website ?? '',
    visibility: o.visibility,
    competenceIds: o.competences.filter((c) => c.source === 'declared').map((c) => ({ id: c.id, label: c.label })),
  };
}

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The API body of the form's values: empty texts become null, keywords a list, coordinates numbers. */
export function organizationBody(v: OrganizationValues) {
  const description = Object.fromEntries(
    (['de', 'en', 'da'] as const).map((l) => [l, v[`description.${l}`].trim()]).filter(([, text]) => text !== ''),
  );
  return {
    name: v.name.trim(),
    shortName: orNull(v.shortName),
    type: v.type,
    isSme: v.isSme,
    sectors: v.sectors,
    keywords: v.keywords.split(',').map((k) => k.trim()).filter(Boolean),
    description,
    street: orNull(v.street),
    postalCode: orNull(v.postalCode),
    city: orNull(v.city),
    country: orNull(v.country.toUpperCase()),
    lat: parseDecimal(v.lat),
    lon: parseDecimal(v.lon),
    website: orNull(v.website),
    visibility: v.visibility,
    competenceIds: v.competenceIds.map((c) => c.id),
  };
}

/** Latitude and longitude come together (a message key of the edit texts, resolved by the page). */
const pairedWith =
  (other: 'lat' | 'lon'): Rule =>
  (value, all) =>
    String(value ?? '').trim() === '' && String(all[other] ?? '').trim() !== '' ? { key: 'edit:bothCoordinates' } : null;

/** At most 50 keywords of at most 100 characters each. */
const keywordList: Rule = (value) => {
  const list = String(value ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  if (list.length > 50) return { key: 'edit:tooManyKeywords' };
  return list.some((k) => k.length > 100) ? { key: 'tooLong', params: { max: 100 } } : null;
};

/** The rules of the profile form, the same limits the server's schema sets. */
export const ORGANIZATION_RULES: Rules<OrganizationValues> = {
  name: [required, maxLength(300)],
  shortName: [maxLength(100)],
  keywords: [keywordList],
  'description.de': [maxLength(10_000)],
  'description.en': [maxLength(10_000)],
  'description.da': [maxLength(10_000)],
  street: [maxLength(200)],
  postalCode: [maxLength(20)],
  city: [maxLength(100)],
  country: [isoCountry],
  lat: [numberBetween(-90, 90), pairedWith('lon')],
  lon: [numberBetween(-180, 180), pairedWith('lat')],
  website: [url, maxLength(500)],
};
