// `klynge import csv|json` and `klynge export csv|json` as a person runs them: exit codes, stdout, stderr, files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '#src/db/connect.ts';
import { createTestDb } from '#src/db/test-db.ts';

const bin = new URL('../../bin/klynge.js', import.meta.url).pathname;
let server: Awaited<ReturnType<typeof createTestDb>> | undefined;
let dir = '';

function klynge(args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data-dir', join(dir, 'data'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, KLYNGE_LOG: 'warn', DATABASE_URL: server?.url ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Opens what the CLI wrote (after it has exited: embedded PGlite has one process at a time). */
async function organizationNames(): Promise<string[]> {
  const read = async (db: DatabaseHandle['db']) => (await db.selectFrom('organizations').select('name').orderBy('name').execute()).map((r) => r.name);
  if (server) return read(server.db);
  const handle = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    return await read(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klynge-cli-table-'));
  if (process.env.DATABASE_URL) server = await createTestDb();
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('klynge import csv|json', () => {
  it('fails with exit 2 naming the file and the missing column, before touching the database', () => {
    const run = klynge(['import', 'csv', file('missing.csv', 'name,city\nA,Kiel\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`klynge: ${join(dir, 'missing.csv')}: line 1: missing required column type\n`);
    expect(run.stdout).toBe('');
  });

  it('rejects a file with bad rows with exit 2, one stderr line per row and a summary, and writes nothing', async () => {
    const path = file('bad.csv', `name,type\nGood GmbH,company\n${'n'.repeat(301)},company\nBad Type,startup\n`);
    const run = klynge(['import', 'csv', path]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^klynge: ${path}: line 3: name: .*300`)),
      expect.stringMatching(new RegExp(`^klynge: ${path}: line 4: type: `)),
      'klynge: 2 of 3 rows rejected, nothing imported',
      '',
    ]);
    expect(run.stdout).toBe('');
    expect(await organizationNames()).toEqual([]);
  });

  it('with --skip-bad imports the good rows of a semicolon file with umlauts, exit 0, summary on stdout', async () => {
    const path = file('de.csv', '\uFEFFname;type;city;sme\n"Universität zu Lübeck";university;Lübeck;nein\nKaputt;startup;Kiel;ja\n');
    const run = klynge(['import', 'csv', path, '--skip-bad']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      created: 1, updated: 0, unchanged: 0, rejected: 1, rejections: [{ line: 3, field: 'type', message: expect.any(String) }],
    });
    expect(run.stderr).toMatch(new RegExp(`^klynge: ${path}: line 3: type: `));
    expect(await organizationNames()).toEqual(['Universität zu Lübeck']);
  });
});

describe('klynge export csv|json', () => {
  it('writes a CSV file with --out and JSON to stdout, which imports back unchanged', () => {
    const out = join(dir, 'export.csv');
    expect(klynge(['export', 'csv', '--out', out]).status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFid,cordis_id,name,')).toBe(true);
    expect(csv).toContain('Universität zu Lübeck');

    const json = klynge(['export', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ name: 'Universität zu Lübeck', sme: false, city: 'Lübeck' })]);
    const back = klynge(['import', 'json', file('back.json', json.stdout)]);
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('fails with exit 2 on an unknown cluster', () => {
    const run = klynge(['export', 'csv', '--cluster', 'no-such-cluster']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('klynge: cluster: no cluster or hub "no-such-cluster"\n');
  });
});
