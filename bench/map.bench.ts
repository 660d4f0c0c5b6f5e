// `npm run bench map`: how fast /map draws the full CORDIS registry (and a region of it) in headless Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const SHARED_DIR = '/tmp/klynge-bench';
const ZIPS = ['../shared/data/cordis/horizon-europe-2021-2023.zip', '../shared/data/cordis/horizon-europe-2024.zip'];
const MARKS = ['points-fetched', 'points-drawn', 'countries-drawn', 'ready'];
const RUNS = 3;

/** The registry to measure on: the shared bench data dir (imported here, once, when missing), else the demo. */
function prepareDataDir(): { source: string | null; label: string } {
  if (existsSync(SHARED_DIR)) return { source: SHARED_DIR, label: `CORDIS registry (${SHARED_DIR})` };
  if (!ZIPS.every((zip) => existsSync(zip))) return { source: null, label: 'demo ecosystem (CORDIS zips not found)' };
  // Import into a private dir first and rename it, so a concurrent bench never sees a half-imported registry.
  const staging = mkdtempSync(join(tmpdir(), 'klynge-bench-import-'));
  for (const zip of ZIPS) {
    console.log(`importing ${zip} ...`);
    const run = spawnSync(process.execPath, ['bin/klynge.js', 'import', 'cordis', zip, '--data-dir', staging], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (run.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      return { source: null, label: `demo ecosystem (the CORDIS import failed with status ${run.status})` };
    }
  }
  if (existsSync(SHARED_DIR)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, SHARED_DIR);
  return { source: SHARED_DIR, label: `CORDIS registry (${SHARED_DIR}, imported now)` };
}

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, KLYNGE_LOG: 'warn' };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, ['bin/klynge.js', 'serve', '--port', String(port), '--data-dir', dataDir], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 120_000;
  while (!(await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill('SIGTERM');
      throw new Error('klynge serve did not start');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return server;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const build = spawnSync(process.execPath, ['bin/ensure-web.js'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('building the web app failed');
const { source, label } = prepareDataDir();
// Serve a private copy: the server migrates at start, and other benches may use the shared dir at the same time.
const dataDir = mkdtempSync(join(tmpdir(), 'klynge-map-bench-'));
if (source) cpSync(source, dataDir, { recursive: true });
const port = 3100 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
console.log(`map bench on the ${label}`);
let server: ChildProcess | undefined;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

/** "Where is X strong?" for the medical competence most organisations have. */
async function competenceView(): Promise<string> {
  const res = await fetch(`${base}/api/v1/competences?q=medic&limit=100`);
  const { items } = (await res.json()) as { items: Array<{ id: string; organizationCount: number }> };
  const top = items.sort((a, b) => b.organizationCount - a.organizationCount)[0];
  return top ? `/map?competence=${encodeURIComponent(top.id)}` : '/map?competence=sector%3Amedtech';
}

try {
  server = await startServer(dataDir, port);
  for (const view of ['/map', '/map?region=DK', await competenceView()]) {
    // The first request computes the answer (the server then keeps it in its search cache): timed apart.
    const coldStart = Date.now();
    const api = await fetch(`${base}/api/v1/atlas/points${view.slice('/map'.length)}`, { headers: { 'accept-encoding': 'gzip' } });
    const raw = Buffer.from(await api.arrayBuffer());
    const cold = Date.now() - coldStart;
    const { total } = JSON.parse(raw.toString('utf8')) as { total: number };
    const times: number[] = [];
    const marks: Record<string, number[]> = {};
    let transferred = 0;
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context per run: nothing cached, as for a first visit.
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      // Bytes on the wire (compressed, with headers) as Chromium counts them.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let bytes = 0;
      cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
      const started = Date.now();
      await page.goto(`${base}${view}`);
      await page.locator('.map-canvas[data-ready="true"]').waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
      const seen = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const));
      for (const [name, at] of seen) (marks[name.replace('klynge:map:', '')] ??= []).push(Math.round(at));
      await page.waitForLoadState('networkidle');
      transferred = bytes;
      await context.close();
    }
    console.log(
      `${view}: ${total} points; drawn in ${median(times)} ms (median of ${RUNS}: ${times.join(', ')} ms); ` +
        `points JSON ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw).length / 1024).toFixed(0)} KB gzipped; ` +
        `page transferred ${(transferred / 1024).toFixed(0)} KB; API cold ${cold} ms\n  ` +
        `median times since navigation: ${MARKS.filter((m) => marks[m]).map((m) => `${m} ${median(marks[m]!)} ms`).join(', ')}`,
    );
  }
} finally {
  await browser.close();
  if (server && server.exitCode === null) {
    const stopped = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await stopped;
  }
  rmSync(dataDir, { recursive: true, force: true });
}
