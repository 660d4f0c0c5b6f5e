// `npm run bench network`: how fast /network draws a region of the full CORDIS registry, and the API cold and warm.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const SHARED_DIR = '/tmp/klynge-bench';
const ZIPS = ['../shared/data/cordis/horizon-europe-2021-2023.zip', '../shared/data/cordis/horizon-europe-2024.zip'];
const VIEWS = ['/network?region=DK', '/network?region=DE8', '/network?region=DE8,DE4,DE3', '/network?region=DK&partners=true'];
const RUNS = 3;
const BAR_MS = 2_000;

/** The registry to measure on: the shared bench data dir (imported here, once, when missing), else the demo. */
function prepareDataDir(): { source: string | null; label: string } {
  if (existsSync(SHARED_DIR)) return { source: SHARED_DIR, label: `CORDIS registry (${SHARED_DIR})` };
  if (!ZIPS.every((zip) => existsSync(zip))) return { source: null, label: 'demo ecosystem (CORDIS zips not found)' };
  // Import into a private dir and rename it, so a concurrent bench never sees a half-imported registry.
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
    if (server.exitCode !== null || Date.now() > deadline) throw new Error('klynge serve did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  return server;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The API query of a page URL: its region list becomes repeated `region` parameters. */
function apiPath(view: string): string {
  const params = new URL(view, 'http://x').searchParams;
  const api = new URLSearchParams();
  for (const region of (params.get('region') ?? '').split(',').filter(Boolean)) api.append('region', region);
  if (params.get('partners')) api.set('partners', params.get('partners')!);
  return `/api/v1/atlas/network?${api}`;
}

async function timed(url: string): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${body.toString('utf8').slice(0, 200)}`);
  return { ms: performance.now() - started, body };
}

const build = spawnSync(process.execPath, ['bin/ensure-web.js'], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('building the web app failed');
const { source, label } = prepareDataDir();
// Serve a private copy: the server migrates at start, and other benches may use the shared dir at the same time.
const dataDir = mkdtempSync(join(tmpdir(), 'klynge-network-bench-'));
if (source) cpSync(source, dataDir, { recursive: true });
const port = 3100 + Math.floor(Math.random() * 900);
const base = `http://127.0.0.1:${port}`;
console.log(`network bench on the ${label}`);
const server = await startServer(dataDir, port);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });

try {
  for (const view of VIEWS) {
    // The server computes a scope's network once per data version: the first visit pays for it (cold), later
    // visits get the cached answer (warm). Each visit uses a fresh browser context: no browser cache.
    const drawn: number[] = [];
    let coldApi = 0;
    for (let run = 0; run <= RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
      const page = await context.newPage();
      const answer = page.waitForResponse((r) => r.url().includes('/api/v1/atlas/network'), { timeout: 120_000 });
      const started = Date.now();
      await page.goto(`${base}${view}`);
      await page.locator('[data-network][data-ready="true"]').waitFor({ timeout: 120_000 });
      drawn.push(Date.now() - started);
      if (run === 0) {
        const timing = (await answer).request().timing();
        coldApi = timing.responseEnd - timing.requestStart;
      }
      await context.close();
    }
    const [cold, ...warmDraws] = drawn;
    const warmApi: number[] = [];
    let body: Buffer = Buffer.alloc(0);
    for (let i = 0; i < 5; i += 1) {
      const answer = await timed(`${base}${apiPath(view)}`);
      warmApi.push(answer.ms);
      body = answer.body;
    }
    const network = JSON.parse(body.toString('utf8')) as { nodes: unknown[]; edges: unknown[]; communities: number; betweenness: string };
    const warm = median(warmDraws);
    console.log(
      `${view}: ${network.nodes.length} nodes, ${network.edges.length} links, ${network.communities} communities ` +
        `(betweenness ${network.betweenness}), ${Math.round(body.length / 1024)} KB (${Math.round(gzipSync(body).length / 1024)} KB gzipped)\n` +
        `  API: cold ${Math.round(coldApi)} ms, warm median ${Math.round(median(warmApi))} ms\n` +
        `  drawn: first visit (cold API) ${cold} ms, then median ${warm} ms of ${RUNS} (${warmDraws.join(', ')}) ` +
        `${warm <= BAR_MS ? 'ok' : `ABOVE the ${BAR_MS} ms bar`}`,
    );
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
