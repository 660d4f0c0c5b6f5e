// The registry table as JSON: an array of organisation objects with the CSV's fields in camelCase.
import { Readable } from 'node:stream';
import { invalid } from '#src/errors.ts';
import { TABLE_COLUMNS, jsonKeyOf, type TableColumn, type TableRecord, type TableRow } from '#src/importers/registry-table.ts';

const COLUMN_OF_KEY = new Map<string, TableColumn>(TABLE_COLUMNS.map((c) => [jsonKeyOf(c), c]));

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

// The line each element of the top-level array starts on, by a scan that skips strings (JSON.parse keeps no positions).
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (depth === 1 && ch !== undefined && !/[\s,\]]/.test(ch)) lines.push(line);
    if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    // Skip the rest of a scalar element so that it counts once.
    if (depth === 1 && ch !== undefined && /[-0-9a-z]/.test(ch)) while (/[-+.0-9a-zE]/.test(text[i + 1] ?? '')) i++;
  }
  return lines;
}

/** Parses a JSON registry table; each element keeps the line it starts on, unknown fields are ignored with a warning. */
export function readRegistryJson(text: string, source: string): TableRecord {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message)?.[1];
    throw invalid(`${source}${position === undefined ? '' : `: line ${lineAt(input, Number(position))}`}: not valid JSON: ${message}`);
  }
  if (!Array.isArray(data)) throw invalid(`${source}: line 1: expected an array of organisations, one object each`);
  const lines = elementLines(input);
  const unknown = new Set<string>();
  const rows: TableRow[] = data.map((element: unknown, index) => {
    const line = lines[index] ?? 1;
    if (element === null || typeof element !== 'object' || Array.isArray(element)) {
      return { line, values: {}, problem: { field: `[${index}]`, message: 'expected an object' } };
    }
    const values: TableRow['values'] = {};
    for (const [key, value] of Object.entries(element)) {
      const column = COLUMN_OF_KEY.get(key);
      if (column) values[column] = value;
      else unknown.add(key);
    }
    return { line, values };
  });
  const warnings = unknown.size > 0 ? [`${source}: ignoring unknown field${unknown.size > 1 ? 's' : ''} ${[...unknown].join(', ')}`] : [];
  return { rows, warnings, format: 'json' };
}

/** Writes rows as a JSON array, one object a line, streaming bytes (a large registry never becomes one string). */
export function writeRegistryJson(rows: AsyncIterable<Record<TableColumn, unknown>>): Readable {
  return Readable.from(
    (async function* () {
      let first = true;
      for await (const row of rows) {
        yield Buffer.from(`${first ? '[\n' : ',\n'}${JSON.stringify(Object.fromEntries(TABLE_COLUMNS.map((c) => [jsonKeyOf(c), row[c]])))}`);
        first = false;
      }
      yield Buffer.from(first ? '[]\n' : '\n]\n');
    })(),
    { objectMode: false },
  );
}
