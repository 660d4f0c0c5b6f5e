// `klynge classify` as a user runs it: one profile from a file or stdin, or --batch JSON Lines; exit 2 on bad input.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
// No database settings at all: classify must not need one (a data dir that cannot exist proves it is never opened).
const { DATABASE_URL: _server, KLYNGE_DATA_DIR: _dir, ...env } = process.env;

type Run = { code: number | null; stdout: string; stderr: string };

let tmp: string;

/** Runs `klynge ARGS` to its end, with `input` on stdin when given. */
function klynge(args: string[], input?: string): Promise<Run> {
  const child = spawn(process.execPath, ['bin/klynge.js', ...args, '--data-dir', '/proc/klynge-never'], { cwd: repoRoot, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(input ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function file(name: string, text: string): Promise<string> {
  const path = join(tmp, name);
  await writeFile(path, text);
  return path;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'klynge-classify-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

// The command runs on the embedded engine whatever DATABASE_URL says (the child is started without it), so the
// PostgreSQL stage of the suite would repeat this file exactly: it runs in the embedded stage only.
describe.skipIf(Boolean(process.env.DATABASE_URL))('klynge classify', () => {
  it('prints one JSON object for a profile from a file: class, qualifiers, rules without citations, route', async () => {
    const path = await file('scalpel.json', JSON.stringify({ regulation: 'MDR', id: 'd1', invasive: 'surgical', duration: 'transient', reusableSurgicalInstrument: true, sterile: true }));
    const run = await klynge(['classify', path]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['id', 'regulation', 'class', 'subclasses', 'rules', 'route']);
    expect(out).toMatchObject({ id: 'd1', regulation: 'MDR', class: 'I', subclasses: ['s', 'r'], route: { notifiedBody: true } });
    expect(out.rules).toEqual([{ rule: '6', class: 'I', because: 'reusable surgical instrument for transient use' }]);
  });

  it('reads stdin when no FILE is given', async () => {
    const run = await klynge(['classify'], JSON.stringify({ regulation: 'IVDR', selfTesting: 'yes', lifeThreateningHighPropagation: true }));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ regulation: 'IVDR', class: 'D', subclasses: [] });
  });

  it('refuses a bad profile with exit 2 and one line naming the file and the JSON path', async () => {
    const path = await file('bad.json', JSON.stringify({ regulation: 'MDR', invasive: 'surgical' }));
    const run = await klynge(['classify', path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([`klynge: ${path}: invalid device profile: $.duration is required when $.invasive is "surgical": one of transient, short-term, long-term`]);
  });

  it('refuses input that is not JSON, and a missing file, with exit 2', async () => {
    const notJson = await klynge(['classify'], '{"regulation": ');
    expect([notJson.code, notJson.stdout]).toEqual([2, '']);
    expect(notJson.stderr).toMatch(/^klynge: stdin: not valid JSON/);
    const missing = await klynge(['classify', join(tmp, 'nothing.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('--batch answers every line in input order, error lines in place of bad ones (line numbers count blank lines), exit 2', async () => {
    const path = await file('batch.jsonl', [
      JSON.stringify({ regulation: 'MDR', id: 'bed' }),
      '',
      JSON.stringify({ regulation: 'MDR', id: 'lamp', therapeuticEnergy: 'yes' }),
      '{"regulation": "MDR", "id": ',
      JSON.stringify({ regulation: 'MDR' }),
      JSON.stringify({ regulation: 'IVDR', id: 'cdx', companionDiagnostic: true }),
      '',
    ].join('\n'));
    const run = await klynge(['classify', '--batch', path]);
    expect(run.code).toBe(2);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['bed', 'lamp', null, null, 'cdx']);
    expect(lines[0]).toMatchObject({ class: 'I', rules: [{ rule: '1', class: 'I' }] });
    expect(lines[1]).toEqual({ id: 'lamp', error: { code: 'invalid', message: expect.stringContaining('$.therapeuticEnergy') as unknown, line: 3 } });
    expect(lines[2]).toMatchObject({ error: { code: 'invalid', line: 4 } });
    expect(lines[3]).toMatchObject({ error: { code: 'invalid', message: expect.stringContaining('$.id') as unknown, line: 5 } });
    expect(lines[4]).toMatchObject({ id: 'cdx', class: 'C' });
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^klynge: ${path}:3: .*\\(3 invalid lines in all\\)$`))]);
  });

  it('--batch of valid lines exits 0', async () => {
    const path = await file('ok.jsonl', `${JSON.stringify({ regulation: 'IVDR', id: 'a', productType: 'instrument' })}\n`);
    const run = await klynge(['classify', '--batch', path]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: 'a', class: 'A', route: { notifiedBody: false } });
  });
});
