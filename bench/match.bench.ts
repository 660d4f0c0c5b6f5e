// `npm run bench match`: partner matching. Quality on the DEV set (../shared/bench/match) beside the README's
// baselines, then speed on the full registry. Bars (issue 4): `klynge match` ≥ 100 queries/s in batch, one query
// over HTTP p95 ≤ 100 ms, memory ≤ 1 GiB. Figures only: problems are printed, the bench never fails the build.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { copyOfRegistry, load, randomPort, repoRoot, sharedRegistry, startServer, stopServer } from './bench-registry.ts';
import { evaluate, METRICS, percentile, readBaselines, readJsonl, readRankings, readTruth, type Metric, type Scores } from './match-score.ts';

const SET = resolve(repoRoot, '../shared/bench/match');
const QUERIES = join(SET, 'dev-queries.jsonl');
const TRUTH = join(SET, 'dev-truth.jsonl');
const README = join(SET, 'README.md');
const DEV_ZIP = resolve(repoRoot, '../shared/data/cordis/horizon-europe-2021-2023.zip');
// The DEV registry (the 2021-2023 zip only), kept between runs; the stamp beside it says what was imported.
const DEV_DIR = process.env.BENCH_MATCH_DEV_DIR ?? join(tmpdir(), 'klynge-bench-match-dev');
const K = 50;
const HTTP_QUERIES = 200;
const TIME = '/usr/bin/time';
const BAR = { qps: 100, p95: 100, mib: 1024 };

const work = mkdtempSync(join(tmpdir(), 'klynge-bench-match-'));
// An empty data dir must stay empty (no demo ecosystem), for the CLI and for startServer, which passes process.env on.
process.env.KLYNGE_DEMO = 'off';
const childEnv: NodeJS.ProcessEnv = { ...process.env };
delete childEnv.DATABASE_URL;
delete childEnv.KLYNGE_DATA_DIR;

let runs = 0; // numbers the output files

// cpuSeconds (user + system, from GNU time) hardly depends on what else the shared machine runs; wall time does.
type Run = { code: number | null; seconds: number; cpuSeconds: number; peakMiB: number; out: string; stderr: Array<{ at: number; line: string }> };

/**
 * Runs `klynge ARGS --data-dir DIR` with stdout to a file: wall time, peak resident memory (GNU time, else /proc
 * VmHWM polling) and each stderr line with the seconds since the start.
 */
function klynge(args: string[], dataDir: string, out = join(work, `out-${++runs}.jsonl`)): Promise<Run> {
  const command = [process.execPath, 'bin/klynge.js', ...args, '--data-dir', dataDir];
  const useTime = existsSync(TIME);
  const fd = openSync(out, 'w');
  const started = performance.now();
  const child = useTime
    ? spawn(TIME, ['-f', 'bench-peak-kib=%M %U %S', ...command], { cwd: repoRoot, env: childEnv, stdio: ['ignore', fd, 'pipe'] })
    : spawn(command[0]!, command.slice(1), { cwd: repoRoot, env: childEnv, stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  let polledKib = 0;
  const poll = setInterval(() => {
    const hwm = /VmHWM:\s+(\d+)/.exec(readProc(child.pid));
    polledKib = Math.max(polledKib, Number(hwm?.[1] ?? 0));
  }, 100);
  const stderr: Run['stderr'] = [];
  let partial = '';
  child.stderr!.on('data', (d: Buffer) => {
    const at = (performance.now() - started) / 1000;
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) stderr.push({ at, line });
  });
  const killer = setTimeout(() => child.kill('SIGTERM'), 15 * 60_000);
  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(killer);
      if (partial) stderr.push({ at: (performance.now() - started) / 1000, line: partial });
      const timed = stderr.find((s) => s.line.startsWith('bench-peak-kib='));
      const [kib, user, system] = (timed?.line.slice('bench-peak-kib='.length) ?? '').split(' ').map(Number);
      const seconds = (performance.now() - started) / 1000;
      done({ code, seconds, cpuSeconds: (user ?? NaN) + (system ?? NaN), peakMiB: (timed ? kib! : polledKib) / 1024, out, stderr: stderr.filter((s) => s !== timed) });
    });
  });
}

function readProc(pid: number | undefined, file = 'status'): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // the process has just ended, or there is no /proc
  }
}

/** Seconds of CPU (user + system) a running process has used (clock ticks of 1/100 s, as on Linux). */
const cpuOf = (pid: number | undefined) => {
  const fields = readProc(pid, 'stat').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const lastLine = (run: Run) => run.stderr.at(-1)?.line ?? '';
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const bar = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The DEV registry: reused when its stamp says it holds exactly the DEV zip, else imported (into a staging dir). */
async function devRegistry(): Promise<string> {
  const stampPath = `${DEV_DIR}.import.json`;
  const stamp = JSON.stringify({ zips: [{ name: basename(DEV_ZIP), bytes: statSync(DEV_ZIP).size }] });
  const stamped = existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp;
  if (stamped && existsSync(join(DEV_DIR, 'PG_VERSION'))) {
    console.log(`DEV registry: ${DEV_DIR} (cached; delete it to import again)`);
    return DEV_DIR;
  }
  const staging = `${DEV_DIR}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const run = await klynge(['import', 'cordis', DEV_ZIP], staging, join(work, 'import.json'));
  if (run.code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`the import of ${DEV_ZIP} failed (exit ${run.code}): ${lastLine(run)}`);
  }
  console.log(`DEV registry: imported ${basename(DEV_ZIP)} in ${fmt(run.seconds)} s, peak ${fmt(run.peakMiB)} MiB: ${readFileSync(run.out, 'utf8').trim()} (${load()})`);
  rmSync(stampPath, { force: true });
  rmSync(DEV_DIR, { recursive: true, force: true });
  renameSync(staging, DEV_DIR);
  writeFileSync(stampPath, stamp);
  return DEV_DIR;
}

type Timing = { run: Run; startup: Run; rate: number; rateWithoutStartup: number; queries: number };

/**
 * `klynge match` on the DEV queries, timed: a first 1-query run builds the matching index if the data directory
 * lacks it (an import writes it; a registry imported by an older klynge does not have it; the full registry's
 * copy is given none, to measure the build), a second measures the start-up (node, database, stored index), so
 * that the rate without start-up is (N − 1) / (time of N − time of 1).
 */
async function timeMatch(label: string, dataDir: string): Promise<Timing | undefined> {
  const queries = readFileSync(QUERIES, 'utf8').split('\n').filter((l) => l.trim());
  const one = join(work, 'one-query.jsonl');
  writeFileSync(one, `${queries[0]}\n`);
  const first = await klynge(['match', '--queries', one, '--k', String(K)], dataDir);
  const built = first.stderr.some((e) => e.line.includes('matching index: ready'));
  console.log(
    `${label}: first run ${fmt(first.seconds, 2)} s (${built ? 'built and stored the matching index' : 'loaded the stored index'}), ` +
      `peak ${fmt(first.peakMiB)} MiB (bar ${BAR.mib} MiB: ${bar(first.peakMiB <= BAR.mib)}) (${load()})`,
  );
  const startup = await klynge(['match', '--queries', one, '--k', String(K)], dataDir);
  if (startup.code !== 0) {
    console.log(`${label}: klynge match failed (exit ${startup.code}): ${lastLine(startup)}`);
    return undefined;
  }
  const run = await klynge(['match', '--queries', QUERIES, '--k', String(K)], dataDir);
  if (run.code !== 0) {
    console.log(`${label}: klynge match failed (exit ${run.code}): ${lastLine(run)}`);
    return undefined;
  }
  const n = queries.length;
  const rate = n / run.seconds;
  const rateWithoutStartup = (n - 1) / Math.max(1e-9, run.seconds - startup.seconds);
  console.log(`${label}: ${n} queries (k=${K}) in ${fmt(run.seconds, 2)} s, start-up ${fmt(startup.seconds, 2)} s (the 1-query run), peak ${fmt(run.peakMiB)} MiB (${load()})`);
  for (const s of run.stderr) console.log(`  ${fmt(s.at, 2)} s  ${s.line}`);
  // A second view of the rate from the progress lines of the same run: from the index ready to the last query.
  const ready = run.stderr.find((s) => /index: ready/.test(s.line));
  const done = run.stderr.findLast((s) => new RegExp(`${n}/${n} queries`).test(s.line));
  if (ready && done) console.log(`  ${fmt(n / Math.max(1e-9, done.at - ready.at))} queries/s from the progress lines (index ready → last query)`);
  const perQuery = (run.cpuSeconds - startup.cpuSeconds) / (n - 1);
  console.log(`  CPU: ${fmt(run.cpuSeconds)} s, start-up ${fmt(startup.cpuSeconds)} s, ${fmt(perQuery * 1000)} ms a query = ${fmt(1 / perQuery)} queries per CPU-second`);
  console.log(
    `  ${fmt(rate)} queries/s with start-up, ${fmt(rateWithoutStartup)} queries/s without ` +
      `(bar ${BAR.qps}: ${bar(rateWithoutStartup >= BAR.qps)}); peak memory ${fmt(Math.max(run.peakMiB, startup.peakMiB))} MiB ` +
      `(bar ${BAR.mib} MiB: ${bar(Math.max(run.peakMiB, startup.peakMiB) <= BAR.mib)})`,
  );
  return { run, startup, rate, rateWithoutStartup, queries: n };
}

const HEAD: Record<Metric, string> = { recall: 'recall', ndcg: 'nDCG', mrr: 'MRR', hit: 'hit', precision: 'P' };

/** The DEV table at K: klynge, the README's baselines, and klynge over the best baseline of each metric. */
function printTable(k: number, klyngeScores: Scores, baselines: Map<string, Partial<Scores>>): void {
  const row = (name: string, cells: string[]) => console.log(`| ${name.padEnd(22)} | ${cells.map((c) => c.padStart(9)).join(' | ')} |`);
  row('system', METRICS.map((m) => `${HEAD[m]}@${k}`));
  row('klynge', METRICS.map((m) => fmt(klyngeScores[m], 4)));
  for (const [name, s] of baselines) row(name, METRICS.map((m) => (s[m] === undefined ? '-' : fmt(s[m], 4))));
  const best = (m: Metric) => Math.max(...[...baselines.values()].map((s) => s[m] ?? -Infinity));
  row('klynge / best baseline', METRICS.map((m) => (Number.isFinite(best(m)) ? `${fmt(klyngeScores[m] / best(m), 2)}x` : '-')));
}

/** score.py on the same output: prints its figures and warns when the TypeScript port disagrees. */
function crossCheck(out: string, k: number, ours: Scores): void {
  const py = spawnSync('python3', [join(SET, 'score.py'), out, TRUTH, '--k', String(k), '--json'], { encoding: 'utf8' });
  if (py.error || py.status !== 0) {
    console.log(`score.py cross-check skipped (${py.error?.message ?? py.stderr.trim()})`);
    return;
  }
  const theirs = JSON.parse(py.stdout) as Record<string, number>;
  const differ = METRICS.filter((m) => Math.abs((theirs[`${m}@${k}`] ?? NaN) - ours[m]) > 6e-5 || Number.isNaN(theirs[`${m}@${k}`] ?? NaN));
  console.log(`score.py --k ${k}: ${py.stdout.trim()}`);
  for (const w of py.stderr.split('\n').filter((l) => l.trim() && !l.includes(`more than ${k} results`))) console.log(`  score.py ${w}`);
  console.log(differ.length ? `WARNING: the TypeScript scorer differs from score.py on ${differ.join(', ')}` : 'the TypeScript scorer agrees with score.py');
}

async function devQuality(): Promise<void> {
  console.log('\n--- DEV quality (registry: the 2021-2023 zip only)');
  const dir = await devRegistry();
  const timing = await timeMatch('DEV', dir);
  if (!timing) return;
  const truth = readTruth(TRUTH);
  const { rankings, warnings } = readRankings(readFileSync(timing.run.out, 'utf8'), truth);
  for (const w of warnings) console.log(`warning: ${w}`);
  const baselines = readBaselines(README);
  const size = /registry (\d+) projects, (\d+) organisations/.exec(baselines.note);
  const indexed = timing.run.stderr.map((s) => /(\d+) organisations and (\d+) projects/.exec(s.line)).find(Boolean);
  // The README counts organisations in a role it scores (not thirdParty); the index holds every organisation.
  if (size && indexed) {
    const same = size[1] === indexed[2];
    console.log(`${same ? '' : 'WARNING: '}the index read ${indexed[2]} projects and ${indexed[1]} organisations; the README's registry: ${size[1]} projects, ${size[2]} organisations in a scored role`);
  }
  console.log(`\nDEV: ${truth.length} queries, ${rankings.size} answered. Baselines from the README: ${baselines.note}`);
  const scores = new Map<number, Scores>();
  for (const k of [20, 50]) {
    scores.set(k, evaluate(rankings, truth, k));
    console.log('');
    printTable(k, scores.get(k)!, baselines.byK.get(k) ?? new Map());
  }
  // Two halves by grant id (even, odd): a change tuned on one half should also help on the other (decision 007).
  for (const half of [0, 1]) {
    const rows = truth.filter((t) => /^[0-9]+$/.test(t.id) && Number(BigInt(t.id) % 2n) === half);
    const s = evaluate(rankings, rows, 20);
    console.log(`DEV half ${half === 0 ? 'even' : 'odd'} ids (${rows.length} queries): recall@20 ${fmt(s.recall, 4)}, nDCG@20 ${fmt(s.ndcg, 4)}, MRR@20 ${fmt(s.mrr, 4)}`);
  }
  console.log('');
  crossCheck(timing.run.out, 20, scores.get(20)!);
  const r20 = scores.get(20)!.recall;
  const bestRecall = Math.max(...[...(baselines.byK.get(20)?.values() ?? [])].map((s) => s.recall ?? 0));
  console.log(`\nrecall@20 ${fmt(r20, 4)} = ${fmt(r20 / bestRecall, 2)}x the best baseline ${fmt(bestRecall, 4)} (the hidden set's bar: 1.25x)`);
  console.log(JSON.stringify({ dev: { queries: truth.length, ...Object.fromEntries([...scores].flatMap(([k, s]) => METRICS.map((m) => [`${m}@${k}`, Number(s[m].toFixed(4))]))), queriesPerSecond: Number(timing.rateWithoutStartup.toFixed(1)) } }));
}

type Query = { id: string; text: string; requester?: string };

/** Times single POST /match/partners requests, `clients` at a time, each client taking the next query. */
async function timeRequests(base: string, bodies: object[], clients: number): Promise<{ latencies: number[]; seconds: number; errors: string[] }> {
  const latencies: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const t = performance.now();
        const res = await fetch(`${base}/api/v1/match/partners`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const text = await res.text();
        latencies.push(performance.now() - t);
        if (!res.ok) errors.push(`HTTP ${res.status} ${text.slice(0, 200)}`);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

function reportLatency(label: string, r: { latencies: number[]; seconds: number; errors: string[] }): void {
  const s = [...r.latencies].sort((a, b) => a - b);
  const p95 = percentile(s, 95);
  console.log(
    `${label}: n=${s.length} p50=${fmt(percentile(s, 50))} ms p95=${fmt(p95)} ms max=${fmt(s.at(-1) ?? NaN)} ms, ` +
      `${fmt(s.length / r.seconds)} requests/s (bar p95 ≤ ${BAR.p95} ms: ${bar(p95 <= BAR.p95)}) (${load()})`,
  );
  if (r.errors.length) console.log(`  ${r.errors.length} failed, first: ${r.errors[0]}`);
}

async function fullRegistrySpeed(): Promise<void> {
  console.log('\n--- speed on the full registry (both zips; the DEV answers are in it, so only speed counts)');
  let started = performance.now();
  const shared = sharedRegistry();
  console.log(`full registry: ${shared} ready in ${fmt((performance.now() - started) / 1000)} s (imported when missing) (${load()})`);
  started = performance.now();
  // A private copy: the CLI and the server migrate at start, and other benches may read the shared one meanwhile.
  const registry = copyOfRegistry();
  console.log(`copied to ${registry.dir} in ${fmt((performance.now() - started) / 1000)} s`);
  // Without the stored index (and its stamp), the first run measures building it: time and peak memory.
  for (const file of ['klynge-match-index.bin', 'klynge-match-index.bin.stamp']) rmSync(join(registry.dir, file), { force: true });
  try {
    await timeMatch('full registry', registry.dir);

    // The API names organisations by uuid: the export maps the DEV requesters' CORDIS ids to them.
    const exported = await klynge(['export', 'json'], registry.dir, join(work, 'export.json'));
    const uuidOf = new Map<string, string>();
    if (exported.code === 0) {
      for (const o of JSON.parse(readFileSync(exported.out, 'utf8')) as Array<{ id: string; cordisId?: string | null }>) if (o.cordisId) uuidOf.set(o.cordisId, o.id);
    } else console.log(`klynge export json failed (${lastLine(exported)}): every HTTP query goes without a requester`);
    // Even queries carry their requester, odd ones none; warm-up queries come from the end of the file.
    const queries = readJsonl(QUERIES) as Query[];
    const body = (q: Query, i: number) => {
      const requesterId = i % 2 === 0 && q.requester ? uuidOf.get(q.requester) : undefined;
      return { text: q.text, k: 20, ...(requesterId ? { requesterId } : {}) };
    };
    const bodies = queries.map(body);

    const port = randomPort();
    const serverStarted = performance.now();
    const server = await startServer(registry.dir, port);
    console.log(`klynge serve answering in ${fmt((performance.now() - serverStarted) / 1000)} s`);
    const base = `http://127.0.0.1:${port}`;
    try {
      const warm = await timeRequests(base, bodies.slice(-5), 1);
      console.log(`warm-up (the first builds the matching index): ${warm.latencies.map((l) => `${fmt(l, 0)} ms`).join(', ')}`);
      if (warm.errors.length) console.log(`  warm-up failed: ${warm.errors[0]}`);
      const withRequester = bodies.slice(0, HTTP_QUERIES).filter((b) => 'requesterId' in b).length;
      console.log(`${HTTP_QUERIES} distinct DEV queries per run, ${withRequester} with their requester, k=20`);
      for (const [label, clients] of [['one client', 1], ['two concurrent clients', 2]] as const) {
        const cpu = cpuOf(server.pid);
        reportLatency(label, await timeRequests(base, bodies.slice((clients - 1) * HTTP_QUERIES, clients * HTTP_QUERIES), clients));
        console.log(`  server CPU: ${fmt(((cpuOf(server.pid) - cpu) / HTTP_QUERIES) * 1000)} ms a request`);
      }
      const hwm = /VmHWM:\s+(\d+)/.exec(readProc(server.pid));
      if (hwm) console.log(`server peak memory: ${fmt(Number(hwm[1]) / 1024)} MiB (bar ${BAR.mib} MiB: ${bar(Number(hwm[1]) / 1024 <= BAR.mib)})`);
    } finally {
      await stopServer(server);
    }
  } finally {
    registry.remove();
  }
}

for (const section of [devQuality, fullRegistrySpeed]) {
  try {
    await section();
  } catch (err) {
    console.log(`${section.name} did not finish: ${err instanceof Error ? err.message : String(err)}`);
  }
}
rmSync(work, { recursive: true, force: true });
