// Between table rows and organisations: a row's fields as organisation input, zod issues as columns, rows for export.
import type { LocalizedText, OrganizationUpdate } from '#src/db/types.ts';
import { jsonKeyOf, type TableColumn, type TableRow } from '#src/importers/registry-table.ts';
import type { OrganizationPatch, OrganizationRow } from '#src/registry/organization-schema.ts';

type InputKey = keyof OrganizationPatch | 'clusterIds';

// The organisation input field of each column (descriptions go into `description`, clusters are resolved apart).
const FIELD_OF: Partial<Record<TableColumn, InputKey>> = {
  cordis_id: 'cordisId',
  name: 'name',
  short_name: 'shortName',
  type: 'type',
  sme: 'isSme',
  sectors: 'sectors',
  competences: 'competenceIds',
  keywords: 'keywords',
  street: 'street',
  postal_code: 'postalCode',
  city: 'city',
  country: 'country',
  lat: 'lat',
  lon: 'lon',
  nuts_code: 'nutsCode',
  website: 'website',
  vat_number: 'vatNumber',
  visibility: 'visibility',
};
const COLUMN_OF = new Map<string, TableColumn>(Object.entries(FIELD_OF).map(([column, field]) => [field, column as TableColumn]));
const LANGUAGES = { description_de: 'de', description_en: 'en', description_da: 'da' } as const;
// Columns whose empty cell means "keep" (they have no empty value), unlike text, which an empty cell clears.
const KEEP_WHEN_EMPTY: ReadonlySet<TableColumn> = new Set(['sme', 'visibility']);
const UPPER_CASE: ReadonlySet<TableColumn> = new Set(['country', 'nuts_code']);

/**
 * The organisation fields a row sets, in the shape of the organisations input schema (validated there).
 * `current` is the description of the organisation the row updates: description columns the row lacks stay.
 */
export function inputFieldsOf(row: TableRow, current: LocalizedText | null): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [column, field] of Object.entries(FIELD_OF) as Array<[TableColumn, InputKey]>) {
    let value = row.values[column];
    if (value === undefined || (value === null && KEEP_WHEN_EMPTY.has(column))) continue;
    if (value === null && (field === 'sectors' || field === 'keywords' || field === 'competenceIds')) value = [];
    if (typeof value === 'string' && UPPER_CASE.has(column)) value = value.toUpperCase();
    fields[field] = value;
  }
  const given = (Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>).filter((c) => row.values[c] !== undefined);
  if (given.length > 0) {
    const description: Record<string, unknown> = { ...current };
    for (const column of given) {
      const text = row.values[column];
      if (text === null || text === '') delete description[LANGUAGES[column]];
      else description[LANGUAGES[column]] = text;
    }
    fields.description = description;
  }
  return fields;
}

/** The column (CSV) or field (JSON) a zod issue path points at. */
export function columnOfIssue(path: ReadonlyArray<PropertyKey>): TableColumn | '(row)' {
  const [first, second] = path.map(String);
  if (first === 'description' && (second === 'de' || second === 'en' || second === 'da')) return `description_${second}`;
  if (first === 'clusterIds') return 'clusters';
  return (first ? COLUMN_OF.get(first) : undefined) ?? '(row)';
}

/** How a file names a column: CSV by its header name, JSON by its camelCase key. */
export const fieldName = (format: 'csv' | 'json', column: string) => (format === 'json' ? jsonKeyOf(column) : column);

const sameJson = (a: unknown, b: unknown) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

/** The columns of `update` whose values differ from the organisation's current row. */
export function changedColumns(row: OrganizationRow, update: OrganizationUpdate): OrganizationUpdate {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(update)) {
    const current = row[key as keyof OrganizationRow];
    const same = key === 'description' ? sameJson(current, JSON.parse(value as string)) : sameJson(current, value);
    if (!same) changed[key] = value;
  }
  return changed as OrganizationUpdate;
}

/** True when both lists hold the same values, in any order. */
export const sameSet = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((v) => set.has(v));
};

/** One organisation as a table row (the presenter of the export): declared competences and cluster slugs alongside. */
export function tableRowOf(row: OrganizationRow, competences: string[], clusters: string[]): Record<TableColumn, unknown> {
  return {
    id: row.id,
    cordis_id: row.cordis_id,
    name: row.name,
    short_name: row.short_name,
    type: row.type,
    sme: row.is_sme,
    sectors: row.sectors,
    competences,
    keywords: row.keywords,
    description_de: row.description.de ?? null,
    description_en: row.description.en ?? null,
    description_da: row.description.da ?? null,
    street: row.street,
    postal_code: row.postal_code,
    city: row.city,
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    nuts_code: row.nuts_code,
    website: row.website,
    vat_number: row.vat_number,
    clusters,
    visibility: row.visibility,
  };
}
