// Reading and writing the registry table as CSV and JSON, without a database.
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { AppError } from '#src/errors.ts';
import { readRegistryCsv, sniffDelimiter, writeRegistryCsv } from '#src/importers/registry-table-csv.ts';
import { readRegistryJson, writeRegistryJson } from '#src/importers/registry-table-json.ts';
import { TABLE_COLUMNS, type TableColumn } from '#src/importers/registry-table.ts';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an error');
}

// Not stream/consumers' text(): its TextDecoder would drop the BOM under test.
const text = async (stream: Readable) => (await buffer(stream)).toString('utf8');

async function* rowsOf(...rows: Array<Partial<Record<TableColumn, unknown>>>) {
  for (const row of rows) yield Object.fromEntries(TABLE_COLUMNS.map((c) => [c, row[c] ?? null])) as Record<TableColumn, unknown>;
}

describe('reading a CSV registry table', () => {
  it('sniffs the delimiter from the header line, ignoring quoted ones', () => {
    expect(sniffDelimiter('name,type\na;b;c;d,x')).toBe(',');
    expect(sniffDelimiter('"a,b,c";name;type\n')).toBe(';');
    expect(sniffDelimiter('name\ttype\n')).toBe('\t');
  });

  it('reads a semicolon-separated file with a BOM and umlauts, with decimal commas and yes/no words', () => {
    const csv = '\uFEFFname;type;city;sme;lat;sectors\r\n"Universität zu Lübeck";university;Lübeck;nein;53,83;biotech; medtech\r\n';
    const { rows, warnings } = readRegistryCsv(csv, 'orgs.csv');
    expect(warnings).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { name: 'Universität zu Lübeck', type: 'university', city: 'Lübeck', sme: false, lat: 53.83, sectors: ['biotech'] } },
    ]);
  });

  it('keeps the line a row starts on across quoted line breaks and blank lines', () => {
    const csv = 'name,type,description_en\n"A",company,"two\nlines"\n\nB,company,\n';
    const { rows } = readRegistryCsv(csv, 'orgs.csv');
    expect(rows.map((r) => [r.line, r.values.name, r.values.description_en])).toEqual([
      [2, 'A', 'two\nlines'],
      [5, 'B', null],
    ]);
  });

  it('splits lists on semicolons and leaves unreadable values as text for validation to name', () => {
    const { rows } = readRegistryCsv('name,type,keywords,sme,lon\nA,company,"PCR; sequencing;",maybe,east\n', 'x.csv');
    expect(rows[0]?.values).toEqual({ name: 'A', type: 'company', keywords: ['PCR', 'sequencing'], sme: 'maybe', lon: 'east' });
  });

  it('fails on a missing required column, naming it and line 1', () => {
    const err = errorOf(() => readRegistryCsv('name,city\nA,Kiel\n', 'orgs.csv'));
    expect(err.code).toBe('invalid');
    expect(err.message).toBe('orgs.csv: line 1: missing required column type');
  });

  it('ignores unknown columns with a warning', () => {
    const { rows, warnings } = readRegistryCsv('Name,Type,Notes\nA,company,call back\n', 'orgs.csv');
    expect(warnings).toEqual(['orgs.csv: line 1: ignoring unknown column notes']);
    expect(rows[0]?.values).toEqual({ name: 'A', type: 'company' });
  });

  it('refuses an empty file and a column given twice', () => {
    expect(errorOf(() => readRegistryCsv('', 'e.csv')).message).toContain('e.csv: line 1: the file is empty');
    expect(errorOf(() => readRegistryCsv('name,type,name\n', 'd.csv')).message).toBe('d.csv: line 1: column name appears twice');
  });

  it('reports an unterminated quote as unreadable CSV', () => {
    expect(errorOf(() => readRegistryCsv('name,type\n"A,company\n', 'q.csv')).message).toMatch(/^q\.csv: not readable as CSV/);
  });
});

describe('writing a CSV registry table', () => {
  it('writes a BOM, exactly the documented header and RFC 4180 quoting, lists joined by semicolons', async () => {
    const out = await text(writeRegistryCsv(rowsOf({ name: 'Acme, "Kiel"', type: 'company', sme: true, sectors: ['biotech', 'pharma'], lat: 54.3 })));
    const [header, row] = out.split('\n');
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe(`\uFEFF${TABLE_COLUMNS.join(',')}`);
    expect(row).toBe(',,"Acme, ""Kiel""",,company,true,biotech;pharma,,,,,,,,,,54.3,,,,,,');
  });

  it('writes the header even when there are no rows, and reads back what it wrote', async () => {
    expect(await text(writeRegistryCsv(rowsOf()))).toBe(`\uFEFF${TABLE_COLUMNS.join(',')}\n`);
    const out = await text(writeRegistryCsv(rowsOf({ name: 'Æbelø Biotek', type: 'company', keywords: ['a;b'.split(';')].flat() })));
    expect(readRegistryCsv(out, 'o.csv').rows[0]?.values).toMatchObject({ name: 'Æbelø Biotek', keywords: ['a', 'b'], sme: null });
  });
});

describe('the JSON registry table', () => {
  it('reads an array of camelCase objects, each with the line it starts on', () => {
    const json = '[\n  {"name": "A", "type": "company", "postalCode": "24118"},\n  {\n    "name": "B \\"x\\" {", "type": "other", "sectors": ["pharma"]\n  }\n]';
    const { rows, warnings } = readRegistryJson(json, 'o.json');
    expect(warnings).toEqual([]);
    expect(rows).toEqual([
      { line: 2, values: { name: 'A', type: 'company', postal_code: '24118' } },
      { line: 3, values: { name: 'B "x" {', type: 'other', sectors: ['pharma'] } },
    ]);
  });

  it('names the line of a syntax error, refuses a non-array and marks elements that are not objects', () => {
    expect(errorOf(() => readRegistryJson('[\n{"name": "A",,}\n]', 'o.json')).message).toMatch(/^o\.json: line 2: not valid JSON/);
    expect(errorOf(() => readRegistryJson('{"name": "A"}', 'o.json')).message).toBe('o.json: line 1: expected an array of organisations, one object each');
    const { rows } = readRegistryJson('[\n 12,\n "x",\n {"name": "A", "type": "company", "notes": 1}\n]', 'o.json');
    expect(rows.map((r) => [r.line, r.problem?.message])).toEqual([
      [2, 'expected an object'],
      [3, 'expected an object'],
      [4, undefined],
    ]);
  });

  it('warns once about unknown fields', () => {
    expect(readRegistryJson('[{"name":"A","type":"company","notes":1},{"notes":2}]', 'o.json').warnings).toEqual(['o.json: ignoring unknown field notes']);
  });

  it('writes a JSON array that reads back to the same values', async () => {
    const out = await text(writeRegistryJson(rowsOf({ name: 'A', type: 'company', sectors: ['biotech'], sme: false }, { name: 'B', type: 'other' })));
    expect(JSON.parse(out)).toHaveLength(2);
    expect(readRegistryJson(out, 'o.json').rows[0]?.values).toMatchObject({ name: 'A', sectors: ['biotech'], sme: false, postal_code: null });
    expect(await text(writeRegistryJson(rowsOf()))).toBe('[]\n');
  });
});
