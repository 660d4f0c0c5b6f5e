// `klynge import emdn PATH` as a user runs it: summary JSON on stdout, idempotent, exit 2 naming file:line.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const EMDN = fileURLToPath(new URL('../../../shared/data/nomenclature/emdn-v2.tsv', import.meta.url));
const { DATABASE_URL: _server, ...env } = process.env;

type Run = { code: number | null; stdout: string; stderr: string };

function klynge(args: string[], dataDir: string): Promise<Run> {
  const child = spawn(process.execPath, ['bin/klynge.js', ...args, '--data-dir', dataDir], { cwd: repoRoot, env: { ...env, KLYNGE_LOG: 'warn' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'klynge-emdn-cli-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

// The command runs on the embedded engine whatever DATABASE_URL says (the child is started without it), so the
// PostgreSQL stage of the suite would repeat this file exactly: it runs in the embedded stage only.
describe.skipIf(Boolean(process.env.DATABASE_URL))('klynge import emdn', () => {
  it('exits 2 with one line naming file and line on a malformed file, and prints nothing on stdout', async () => {
    const bad = join(tmp, 'bad.tsv');
    await writeFile(bad, 'EMDN V2\t\t\t\t\t\nCATEGORY \tCATEGORY DESCRIPTION\tCODE\tTERM\tLEVEL \tTERMINAL LEVEL YES/NO \nA\tX\tA\tX\t1\tNO\nA\tX\tA01\tX\t3\tNO\n');
    const run = await klynge(['import', 'emdn', bad], join(tmp, 'db-bad'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe('klynge: bad.tsv:4: LEVEL "3" does not match code A01 (level 2)');
  });

  it('imports the nomenclature and changes nothing the second time', async () => {
    const dataDir = join(tmp, 'db');
    const first = await klynge(['import', 'emdn', EMDN], dataDir);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ rows: 8454, inserted: 8431, updated: 0, unchanged: 23 });
    const second = await klynge(['import', 'emdn', EMDN], dataDir);
    expect(JSON.parse(second.stdout)).toMatchObject({ rows: 8454, inserted: 0, updated: 0, unchanged: 8454 });
  });
});
