// Which countries count for a Horizon Europe consortium: the EU member states and the associated countries (data only).

/**
 * The 27 EU member states as ISO 3166-1 alpha-2 codes. Greece is `GR` in ISO but `EL` at the Commission
 * (CORDIS, Eurostat); both are accepted through `normalizeCountry`, which turns `EL` into `GR`.
 */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

/**
 * Countries associated to Horizon Europe whose association produces legal effects, as of 2025.
 * Source: European Commission, "List of participating countries in Horizon Europe" (EU Funding & Tenders Portal,
 * reference documents), read together with the announcements of the later agreements. What we assumed:
 * - the 16 of the first wave (2021–2023): IS, NO (EEA), AL, AM, BA, FO, GE, IL, XK (Kosovo: no ISO code; `XK` is the
 *   code the Commission and CORDIS use), MD, ME, MK, RS, TN, TR, UA;
 * - GB (CORDIS writes `UK`): associated from 1 January 2024 (all of the programme except the EIC Fund);
 * - NZ (from the 2023 work programme), CA (agreement signed 2024, applies from the 2024 calls) and KR (from
 *   1 January 2025) are associated to Pillar II only ("Global challenges and European industrial
 *   competitiveness", the collaborative health calls included); see PILLAR_II_ONLY;
 * - CH: associated with retroactive effect from 1 January 2025 (agreement signed 10 November 2025, applied
 *   provisionally; Swiss entities were already eligible under the transitional arrangement for the 2025 calls);
 * - not included: Morocco (negotiating), Japan and Egypt (negotiations, not in force at the time of writing),
 *   Liechtenstein (does not associate). Update this list when the Commission's list changes.
 */
export const HORIZON_EUROPE_ASSOCIATED: ReadonlySet<string> = new Set([
  'IS', 'NO', 'AL', 'AM', 'BA', 'FO', 'GE', 'IL', 'XK', 'MD', 'ME', 'MK', 'RS', 'TN', 'TR', 'UA',
  'GB', 'NZ', 'CA', 'KR', 'CH',
]);

/** Associated countries whose association covers Pillar II only (not the ERC, MSCA or EIC). */
export const PILLAR_II_ONLY: ReadonlySet<string> = new Set(['NZ', 'CA', 'KR']);

/** Commission spellings of ISO codes (EL for Greece, UK for the United Kingdom). */
const ALIASES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** The ISO 3166-1 alpha-2 code of a country as written by ISO or by the Commission (`el` → `GR`, `UK` → `GB`). */
export function normalizeCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  return ALIASES[upper] ?? upper;
}

/** Every spelling of a country that may be stored in the registry (`GR` → GR and EL), to filter on. */
export function countrySpellings(code: string): string[] {
  const iso = normalizeCountry(code);
  return [iso, ...Object.keys(ALIASES).filter((alias) => ALIASES[alias] === iso)];
}

/** True for an EU member state (either spelling). */
export function isMemberState(code: string | null): boolean {
  return code !== null && EU_MEMBER_STATES.has(normalizeCountry(code));
}

/** True for a country associated to Horizon Europe (either spelling). */
export function isAssociatedCountry(code: string | null): boolean {
  return code !== null && HORIZON_EUROPE_ASSOCIATED.has(normalizeCountry(code));
}

/** True where Horizon Europe funds participants by default: a member state or an associated country. */
export function isEligibleCountry(code: string | null): boolean {
  return isMemberState(code) || isAssociatedCountry(code);
}
