// Reads the EMDN nomenclature (the tab-separated export of the European Medical Device Nomenclature) into checked rows.
import { CsvError, parse } from 'csv-parse/sync';
import { invalid } from '#src/errors.ts';

export type EmdnRow = { code: string; term: string; level: number; parentCode: string | null; line: number };

const COLUMNS = 6; // CATEGORY, CATEGORY DESCRIPTION, CODE, TERM, LEVEL, TERMINAL LEVEL YES/NO
const HEADER_LINES = 2; // "EMDN V2", then the column names

/** The parent of an EMDN code: categories (`Z`) have none, groups (`Z12`) hang under the category, deeper codes drop two characters. */
export function emdnParentCode(code: string): string | null {
  if (code.length === 1) return null;
  return code.length === 3 ? code.slice(0, 1) : code.slice(0, -2);
}

/**
 * Parses and checks the whole file: every row well-formed, levels matching the code structure, codes unique,
 * parents present. Throws `invalid` naming `file:line` at the first problem. Rows come parents first.
 */
export function parseEmdn(text: string, file: string): EmdnRow[] {
  const fail = (line: number, message: string) => invalid(`${file}:${line}: ${message}`, [{ field: `${file}:${line}`, message }]);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // Quotes open a field only at its start (a term may span lines); quotes inside a term are literal.
    records = parse(text, { delimiter: '\t', relax_column_count: true, relax_quotes: true, info: true, bom: true }) as unknown as typeof records;
  } catch (err) {
    if (err instanceof CsvError) throw fail((err as CsvError & { lines?: number }).lines ?? 0, err.message);
    throw err;
  }
  const header = records[HEADER_LINES - 1]?.record;
  if (!header || header[2]?.trim() !== 'CODE' || header[4]?.trim() !== 'LEVEL') {
    throw fail(HEADER_LINES, 'expected the EMDN header (CATEGORY, CATEGORY DESCRIPTION, CODE, TERM, LEVEL, TERMINAL LEVEL)');
  }

  const rows: EmdnRow[] = [];
  const seen = new Map<string, number>();
  let lastLine = records[HEADER_LINES - 1]!.info.lines;
  for (const { record, info } of records.slice(HEADER_LINES)) {
    const line = lastLine + 1;
    lastLine = info.lines;
    if (record.every((field) => field.trim() === '')) continue;
    if (record.length !== COLUMNS) throw fail(line, `expected ${COLUMNS} tab-separated columns, found ${record.length}`);
    const [category, , rawCode, rawTerm, rawLevel] = record.map((field) => field.trim()) as [string, string, string, string, string];
    const code = rawCode;
    if (!/^[A-Z](\d\d){0,6}$/.test(code)) throw fail(line, `CODE "${code}" is not an EMDN code (a letter and up to six pairs of digits)`);
    const level = Number(rawLevel);
    const expected = (code.length + 1) / 2;
    if (!Number.isInteger(level) || level !== expected) throw fail(line, `LEVEL "${rawLevel}" does not match code ${code} (level ${expected})`);
    if (category !== code[0]) throw fail(line, `CATEGORY "${category}" does not match code ${code}`);
    if (rawTerm === '') throw fail(line, `TERM is empty for code ${code}`);
    if (rawTerm.length > 1000) throw fail(line, `TERM is longer than 1000 characters`);
    const first = seen.get(code);
    if (first !== undefined) throw fail(line, `duplicate code ${code} (first on line ${first})`);
    seen.set(code, line);
    rows.push({ code, term: rawTerm.replace(/\s+/g, ' '), level, parentCode: emdnParentCode(code), line });
  }
  for (const row of rows) {
    if (row.parentCode !== null && !seen.has(row.parentCode)) throw fail(row.line, `parent code ${row.parentCode} of ${row.code} is missing`);
  }
  return rows.sort((a, b) => a.level - b.level || a.line - b.line);
}
