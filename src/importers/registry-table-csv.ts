// The registry table as CSV: reads a spreadsheet export (`,` or `;`, with or without BOM) and writes one for Excel.
import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify';
import { invalid } from '#src/errors.ts';
import {
  LIST_COLUMNS,
  REQUIRED_COLUMNS,
  TABLE_COLUMNS,
  type TableColumn,
  type TableRecord,
  type TableRow,
} from '#src/importers/registry-table.ts';

const BOM = '\uFEFF';
type ParsedRecord = { record: string[]; raw: string; info: { lines: number } };
const BOOLEANS: Record<string, boolean> = { true: true, yes: true, ja: true, '1': true, false: false, no: false, nein: false, '0': false };

/** The delimiter of the header line: `;` (German and Danish Excel), a tab, or `,`, whichever occurs most outside quotes. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]! += 1;
  }
  return Object.entries(counts).reduce((best, entry) => (entry[1] > best[1] ? entry : best), [',', 0])[0];
}

/** One cell as the import sees it: lists split on `;`, booleans and numbers read, empty cells null; unreadable values stay text. */
function readCell(column: TableColumn, cell: string): unknown {
  const value = cell.trim();
  if (LIST_COLUMNS.has(column)) return value === '' ? [] : value.split(';').map((v) => v.trim()).filter((v) => v !== '');
  if (value === '') return null;
  if (column === 'sme') return BOOLEANS[value.toLowerCase()] ?? value;
  if (column === 'lat' || column === 'lon') {
    // Excel in German and Danish locales writes decimal commas.
    const number = Number(value.replace(',', '.'));
    return Number.isFinite(number) ? number : value;
  }
  return value;
}

// The line a record starts on: csv-parse reports the line it ends on; quoted cells may span lines.
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/\r?\n$/, '').replace(/^[\r\n]+/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Parses a CSV registry table: the header names the columns (required: name, type), unknown columns are
 * ignored with a warning, each row keeps the line it starts on (header = line 1).
 */
export function readRegistryCsv(text: string, source: string): TableRecord {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  let records: ParsedRecord[];
  try {
    const options = { delimiter: sniffDelimiter(input), info: true, raw: true, skip_empty_lines: true, relax_column_count: true };
    // With `info` and `raw`, csv-parse returns these objects; its typings know only plain records.
    records = parse(input, options) as unknown as ParsedRecord[];
  } catch (err) {
    throw invalid(`${source}: not readable as CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [header, ...body] = records;
  if (!header) throw invalid(`${source}: line 1: the file is empty, expected a header line naming the columns`);
  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw invalid(`${source}: line 1: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, missing.map((c) => ({ line: 1, field: c, message: 'required column missing' })));
  }
  const known = new Set<string>(TABLE_COLUMNS);
  const duplicated = names.find((n, i) => known.has(n) && names.indexOf(n) !== i);
  if (duplicated) throw invalid(`${source}: line 1: column ${duplicated} appears twice`, [{ line: 1, field: duplicated, message: 'column appears twice' }]);
  const unknown = names.filter((n) => !known.has(n));
  const warnings = unknown.length > 0 ? [`${source}: line 1: ignoring unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => n || '(empty)').join(', ')}`] : [];

  const rows: TableRow[] = body.map(({ record, raw, info }) => {
    const values: TableRow['values'] = {};
    names.forEach((name, i) => {
      if (known.has(name)) values[name as TableColumn] = readCell(name as TableColumn, record[i] ?? '');
    });
    return { line: startLine(info.lines, raw), values };
  });
  return { rows, warnings, format: 'csv' };
}

/** Writes rows (each already in column order) as CSV with a BOM, so Excel opens the UTF-8 correctly; a stream, not one string. */
export function writeRegistryCsv(rows: AsyncIterable<Record<TableColumn, unknown>>): Readable {
  const stringifier = stringify({
    header: true,
    bom: true,
    columns: [...TABLE_COLUMNS],
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) {
        yield Object.fromEntries(TABLE_COLUMNS.map((c) => [c, Array.isArray(row[c]) ? (row[c] as string[]).join(';') : row[c]]));
      }
    })(),
  );
  // pipeline: a failing read (the database gone) ends the output stream with that error instead of hanging.
  return pipeline(source, stringifier, () => undefined);
}
