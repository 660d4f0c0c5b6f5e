// Validation rules of the forms, mirroring the server's zod schemas so users see a problem as they type.

/** A problem with a value: a text key of the form kit and its parameters. */
export type Issue = { key: string; params?: Record<string, string | number> };
/** A rule looks at a field's value (and the whole form) and returns the first problem, or null. */
export type Rule<V = unknown> = (value: V, all: Record<string, unknown>) => Issue | null;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The field must not be empty (text, list). */
export const required: Rule = (value) =>
  (Array.isArray(value) ? value.length === 0 : text(value) === '') ? { key: 'required' } : null;

export const maxLength =
  (max: number): Rule =>
  (value) =>
    text(value).length > max ? { key: 'tooLong', params: { max } } : null;

/** An http(s) web address, as the server's `z.url({ protocol: /^https?$/ })` wants it. */
export const url: Rule = (value) => {
  const v = text(value);
  if (v === '') return null;
  try {
    const parsed = new URL(v);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname.includes('.') ? null : { key: 'url' };
  } catch {
    return { key: 'url' };
  }
};

/** A decimal number within [min, max] (commas accepted as decimal separators). */
export const numberBetween =
  (min: number, max: number): Rule =>
  (value) => {
    const v = text(value);
    if (v === '') return null;
    const n = parseDecimal(v);
    if (n === null) return { key: 'number' };
    return n < min || n > max ? { key: 'range', params: { min, max } } : null;
  };

/** Parses "53.1" or "53,1"; null when it is not a number. */
export function parseDecimal(value: string): number | null {
  const v = value.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null;
}

/** CORDIS writes EL for Greece and UK for the United Kingdom; the registry keeps its codes. */
const CORDIS_CODES: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** The country's name in `locale` for an ISO 3166-1 alpha-2 code (or CORDIS's EL and UK), else null. */
export function countryName(code: string, locale: string): string | null {
  // ISO 3166 leaves AA, QM-QZ, XA-XZ and ZZ to private use ("Unknown Region" in CLDR); Kosovo's XK is the exception.
  if (!/^[A-Z]{2}$/.test(code) || /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ)$/.test(code)) return null;
  const iso = CORDIS_CODES[code] ?? code;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(iso);
    return name && name !== iso ? name : null;
  } catch {
    return null;
  }
}

export const isoCountry: Rule = (value) => {
  const v = text(value).toUpperCase();
  return v === '' || countryName(v, 'en') ? null : { key: 'country' };
};

export const slug: Rule = (value) => {
  const v = text(value);
  return v === '' || /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/.test(v) ? null : { key: 'slug' };
};

/** A date (YYYY-MM-DD) after `today` (ISO), as the server wants for expiry dates. */
export const dateAfter =
  (today: string): Rule =>
  (value) => {
    const v = text(value);
    if (v === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return { key: 'date' };
    return v <= today ? { key: 'futureDate' } : null;
  };

/** Today's date as ISO text (YYYY-MM-DD) in UTC, as the server compares it. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);
