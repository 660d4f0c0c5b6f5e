// `klynge import cordis` and `klynge stats` as a user runs them: exit codes, stdout, stderr, and kill -9.
// These run the real CLI on the embedded engine (each child gets its own data directory).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORDIS_2024_ZIP, extractCordisFiles, makeTempDir } from '#src/importers/cordis-fixtures.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { DATABASE_URL: _server, ...env } = process.env;
const NAMES = ['240280', '244537', '244831', '250056', '250060'].map((n) => `xml/${n}.xml`);

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Starts `klynge ARGS --data-dir DIR`; `done` resolves when it ends. */
function start(args: string[], dataDir: string): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, ['bin/klynge.js', ...args, '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...env, KLYNGE_LOG: 'warn' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Run>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

const klynge = (args: string[], dataDir: string) => start(args, dataDir).done;

async function stats(dataDir: string): Promise<Record<string, number>> {
  const run = await klynge(['stats'], dataDir);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, number>;
}

let tmp: Awaited<ReturnType<typeof makeTempDir>>;
let folder: Awaited<ReturnType<typeof extractCordisFiles>>;

beforeAll(async () => {
  tmp = await makeTempDir('klynge-cli-');
  folder = await extractCordisFiles(CORDIS_2024_ZIP, NAMES);
});
afterAll(async () => {
  await folder.remove();
  await tmp.remove();
});

// The command runs on the embedded engine whatever DATABASE_URL says (the child is started without it), so the
// PostgreSQL stage of the suite would repeat this file exactly: it runs in the embedded stage only.
describe.skipIf(Boolean(process.env.DATABASE_URL))('klynge import cordis', () => {
  it('prints exactly the summary JSON on stdout and exits 0; stats prints the totals', async () => {
    const dataDir = join(tmp.path, 'ok');
    const run = await klynge(['import', 'cordis', folder.path], dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\{"projects":5,"organizations":\d+,"participations":\d+,"skipped":0,"seconds":[\d.]+\}\n$/);
    const summary = JSON.parse(run.stdout) as Record<string, number>;
    expect(run.stderr).toContain('5/5 files read'); // not a terminal: plain progress lines

    const totals = await stats(dataDir);
    expect(totals).toMatchObject({ projects: 5, organizations: summary.organizations, participations: summary.participations });
    expect(Object.keys(totals)).toEqual(
      expect.arrayContaining(['organizations', 'projects', 'participations', 'clusters', 'people', 'facilities', 'offers', 'competences']),
    );
  }, 60_000);

  it('exits 2 with one line naming file and line for a malformed file, and --skip-bad skips it', async () => {
    const dataDir = join(tmp.path, 'bad');
    const bad = join(folder.path, 'zz-broken.xml');
    await writeFile(bad, '<?xml version="1.0"?>\n<project>\n  <id>1</id>\n  <title>open\n</project>\n');
    try {
      const run = await klynge(['import', 'cordis', folder.path], dataDir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const errors = run.stderr.split('\n').filter((l) => l.startsWith('klynge: ') && !l.includes('files read'));
      expect(errors).toEqual([expect.stringMatching(/^klynge: .*zz-broken\.xml line 5: .+/)]);
      expect(await stats(dataDir)).toMatchObject({ projects: 0, organizations: 0, participations: 0 });

      const skipping = await klynge(['import', 'cordis', folder.path, '--skip-bad'], dataDir);
      expect(skipping.code).toBe(0);
      expect(JSON.parse(skipping.stdout)).toMatchObject({ projects: 5, skipped: 1 });
      expect(skipping.stderr).toMatch(/klynge: skipped .*zz-broken\.xml line 5: /);
    } finally {
      await rm(bad);
    }
  }, 60_000);

  it('exits 2 naming the file for a truncated zip, a missing path and a missing argument', async () => {
    const dataDir = join(tmp.path, 'cut');
    const zip = join(tmp.path, 'cut.zip');
    await writeFile(zip, (await readFile(CORDIS_2024_ZIP)).subarray(0, 2_000_000));
    const cut = await klynge(['import', 'cordis', zip], dataDir);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^klynge: .*cut\.zip: not a readable zip file/m);
    const missing = await klynge(['import', 'cordis', join(tmp.path, 'nowhere.zip')], dataDir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.zip: no such file or folder');
    expect((await klynge(['import', 'cordis'], dataDir)).code).toBe(2);
  }, 60_000);

  it('leaves the database as before when killed with SIGKILL mid-import; the next import of the 2024 zip succeeds', async () => {
    const dataDir = join(tmp.path, 'kill');
    expect((await klynge(['import', 'cordis', folder.path], dataDir)).code).toBe(0);
    const before = await stats(dataDir);

    const { child, done } = start(['import', 'cordis', CORDIS_2024_ZIP], dataDir);
    // Kill once two batches of projects have been written inside the import's transaction.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no progress within 120 s')), 120_000);
      child.stderr!.on('data', (d: Buffer) => {
        const read = [...d.toString().matchAll(/(\d+)\/\d+ files read/g)].map((m) => Number(m[1]));
        if (read.some((n) => n >= 1100)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(await stats(dataDir)).toEqual(before);

    const full = await klynge(['import', 'cordis', CORDIS_2024_ZIP], dataDir);
    expect(full.code).toBe(0);
    const summary = JSON.parse(full.stdout) as Record<string, number>;
    expect(summary).toMatchObject({ projects: 4961, organizations: 12753, participations: 32641, skipped: 0 });
    // The five projects imported first are part of the 2024 export.
    expect(await stats(dataDir)).toMatchObject({ projects: 4961, organizations: 12753, participations: 32641 });
  }, 600_000);
});
