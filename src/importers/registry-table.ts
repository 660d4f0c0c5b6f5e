// The registry table a cluster manager keeps in a spreadsheet: one row per organisation, its columns and row types.
//
// Columns (CSV header names; JSON uses the same fields in camelCase, lists as arrays, `sme` as a boolean):
//   id              klynge id (uuid); optional on import, matches an existing organisation first
//   cordis_id       CORDIS organisation id; matches an existing organisation when `id` is empty
//   name            REQUIRED, the organisation's name
//   short_name      short name or acronym
//   type            REQUIRED: company, university, research_institute, hospital, public_body, association,
//                   investor, other
//   sme             true/false (also yes/no, ja/nein, 1/0)
//   sectors         sector codes separated by `;` (biotech;medtech;pharma;diagnostics;digital_health;
//                   plasma_technology;welfare_technology;bioeconomy)
//   competences     declared competence ids separated by `;` (esv:/23/51, sector:biotech, emdn:Z12)
//   keywords        free keywords separated by `;`
//   description_de, description_en, description_da   description in German, English, Danish
//   street, postal_code, city, country (ISO 3166 alpha-2), lat, lon (decimal degrees; a decimal comma is fine)
//   nuts_code       NUTS region code
//   website         http(s) address
//   vat_number      VAT number
//   clusters        slugs of the clusters and hubs it belongs to, separated by `;`
//   visibility      public, members or private
//
// On import a column that is absent leaves that field of an existing organisation as it is; an empty cell clears it.

export const TABLE_COLUMNS = [
  'id',
  'cordis_id',
  'name',
  'short_name',
  'type',
  'sme',
  'sectors',
  'competences',
  'keywords',
  'description_de',
  'description_en',
  'description_da',
  'street',
  'postal_code',
  'city',
  'country',
  'lat',
  'lon',
  'nuts_code',
  'website',
  'vat_number',
  'clusters',
  'visibility',
] as const;

export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly TableColumn[] = ['name', 'type'];

/** Columns holding lists (`;`-separated in CSV, arrays in JSON). */
export const LIST_COLUMNS: ReadonlySet<TableColumn> = new Set(['sectors', 'competences', 'keywords', 'clusters']);

/** One organisation as read from a file: its line (header = line 1) and the values of the columns it has. */
export type TableRow = {
  line: number;
  values: Partial<Record<TableColumn, unknown>>;
  /** Set when the row could not be read at all (a JSON element that is not an object). */
  problem?: { field: string; message: string };
};

/** A whole file as read: its rows, warnings about ignored columns, and which format names the fields. */
export type TableRecord = { rows: TableRow[]; warnings: string[]; format: 'csv' | 'json' };

/** A rejected row: the file's line, the column (CSV) or field (JSON) at fault, and what is wrong. */
export type Rejection = { line: number; field: string; message: string };

/** The camelCase JSON key of a column: `postal_code` → `postalCode`. */
export const jsonKeyOf = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
