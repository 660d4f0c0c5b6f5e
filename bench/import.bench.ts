// Import bench: both CORDIS zips through the CLI into an empty database, embedded and on the PostgreSQL server.
// Bars (issue 2): embedded ≤ 60 s and ≤ 1 GiB peak memory; PostgreSQL server ≤ 45 s; a re-import changes nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { load } from './bench-registry.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const ZIPS = ['horizon-europe-2021-2023.zip', 'horizon-europe-2024.zip'].map((z) => resolve(repoRoot, '../shared/data/cordis', z));
const SERVER = process.env.KLYNGE_BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'klynge_bench_import';
const TIME = '/usr/bin/time';

type Target = { label: string; env: NodeJS.ProcessEnv; args: string[] };
type Run = { seconds: number; peakMiB: number; stdout: string };

/** Runs `klynge ARGS` and measures wall time and peak resident memory (GNU time, else /proc VmHWM polling). */
function klynge(target: Target, args: string[]): Promise<Run> {
  const useTime = existsSync(TIME);
  const command = [process.execPath, 'bin/klynge.js', ...args, ...target.args];
  const child = useTime
    ? spawn(TIME, ['-f', 'bench-peak-kib=%M', ...command], { cwd: repoRoot, env: target.env })
    : spawn(command[0]!, command.slice(1), { cwd: repoRoot, env: target.env });
  const started = performance.now();
  let stdout = '';
  let stderr = '';
  let polledKib = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      polledKib = Math.max(polledKib, Number(hwm?.[1] ?? 0));
    } catch {
      // the process has just ended
    }
  }, 200);
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolveRun, reject) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`klynge ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').pop()}`));
      const timed = /bench-peak-kib=(\d+)/.exec(stderr);
      resolveRun({ seconds, peakMiB: Number(timed?.[1] ?? polledKib) / 1024, stdout });
    });
  });
}

const stats = async (target: Target) => JSON.parse((await klynge(target, ['stats'])).stdout) as Record<string, number>;
const fmt = (n: number) => n.toFixed(1);

async function bench(target: Target, bars: { seconds: number; peakMiB?: number }) {
  console.log(`\n--- ${target.label}`);
  // Creating and migrating the empty database is measured apart: PGlite's first start is not import work.
  const init = await klynge(target, ['stats']);
  console.log(`create the empty database: ${fmt(init.seconds)} s, peak ${fmt(init.peakMiB)} MiB`);
  let seconds = 0;
  let peakMiB = 0;
  for (const zip of ZIPS) {
    const run = await klynge(target, ['import', 'cordis', zip]);
    seconds += run.seconds;
    peakMiB = Math.max(peakMiB, run.peakMiB);
    console.log(`import ${zip.split('/').pop()}: ${fmt(run.seconds)} s, peak ${fmt(run.peakMiB)} MiB, ${run.stdout.trim()} (${load()})`);
  }
  const before = await stats(target);
  const again = await klynge(target, ['import', 'cordis', ZIPS[1]!]);
  const after = await stats(target);
  const changed = JSON.stringify(before) !== JSON.stringify(after);
  console.log(`totals: ${JSON.stringify(before)}`);
  console.log(`both zips: ${fmt(seconds)} s (bar ${bars.seconds} s: ${seconds <= bars.seconds ? 'met' : 'MISSED'}) (${load()})`);
  if (bars.peakMiB !== undefined) {
    console.log(`peak memory: ${fmt(peakMiB)} MiB (bar ${bars.peakMiB} MiB: ${peakMiB <= bars.peakMiB ? 'met' : 'MISSED'})`);
  }
  console.log(`re-import of the 2024 zip: ${fmt(again.seconds)} s, row counts ${changed ? 'CHANGED' : 'unchanged'}`);
  return { seconds, peakMiB, reimportSeconds: again.seconds, countsChanged: changed };
}

const { DATABASE_URL: _ignored, ...baseEnv } = process.env;
const env = { ...baseEnv, KLYNGE_LOG: 'warn' };
const results: Record<string, unknown> = {};

const dataDir = await mkdtemp(join(tmpdir(), 'klynge-bench-import-'));
try {
  results.embedded = await bench({ label: 'embedded PGlite', env, args: ['--data-dir', dataDir] }, { seconds: 60, peakMiB: 1024 });
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

const admin = new pg.Client({ connectionString: SERVER });
const connected = await admin.connect().then(
  () => true,
  (err: unknown) => {
    console.log(`\n--- PostgreSQL server: skipped (${SERVER} unreachable: ${err instanceof Error ? err.message : String(err)})`);
    return false;
  },
);
if (connected) {
  const url = new URL(SERVER);
  url.pathname = `/${BENCH_DB}`;
  try {
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
    await admin.query(`create database ${BENCH_DB}`);
    results.server = await bench({ label: 'PostgreSQL server', env: { ...env, DATABASE_URL: url.toString() }, args: [] }, { seconds: 45 });
  } finally {
    await admin.query(`drop database if exists ${BENCH_DB} with (force)`);
  }
}
await admin.end().catch(() => undefined);
console.log(`\n${JSON.stringify(results)}`);
