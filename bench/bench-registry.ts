// Shared by the benches: the full CORDIS registry in a data directory (imported once), private copies, a server,
// and the setup of the benches that measure pages in headless Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const repoRoot = resolve(import.meta.dirname, '..');
const SHARED_DIR = process.env.BENCH_DATA_DIR ?? '/tmp/klynge-bench';
const ZIPS = ['horizon-europe-2021-2023.zip', 'horizon-europe-2024.zip'].map((z) => resolve(repoRoot, '../shared/data/cordis', z));

/** A port for an ad-hoc server (3100-3999, away from the default 3000). */
export const randomPort = () => 3100 + Math.floor(Math.random() * 900);

/**
 * The shared data directory with both CORDIS zips imported; imported here when missing, into a private directory
 * renamed at the end, so a concurrent bench never sees a half-imported registry.
 */
export function sharedRegistry(): string {
  if (existsSync(join(SHARED_DIR, 'PG_VERSION'))) return SHARED_DIR;
  const staging = mkdtempSync(join(tmpdir(), 'klynge-bench-import-'));
  for (const zip of ZIPS) {
    console.log(`importing ${zip} into ${staging}`);
    const run = spawnSync(process.execPath, ['bin/klynge.js', 'import', 'cordis', zip, '--data-dir', staging], { cwd: repoRoot, stdio: 'inherit' });
    if (run.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new Error(`the import of ${zip} failed`);
    }
  }
  if (existsSync(SHARED_DIR)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, SHARED_DIR);
  return SHARED_DIR;
}

/** A private copy of the registry (servers migrate at start; other benches may use the shared one meanwhile). */
export function copyOfRegistry(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'klynge-bench-copy-'));
  cpSync(sharedRegistry(), dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds the web app if its sources changed (what `npm start` does first). */
export function ensureWebBuilt(): void {
  const build = spawnSync(process.execPath, ['bin/ensure-web.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web app failed');
}

/** Starts `klynge serve` on the embedded database in `dataDir`; resolves once the API answers. */
export async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, KLYNGE_LOG: 'warn' };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, ['bin/klynge.js', 'serve', '--port', String(port), '--data-dir', dataDir], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  while (!(await fetch(`http://127.0.0.1:${port}/api/v1/openapi.json`).then((r) => r.ok, () => false))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      server.kill('SIGTERM');
      throw new Error('klynge serve did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

/** Stops a server started by startServer and waits for it to exit. */
export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

/** The load averages (1, 5, 15 minutes), printed beside every figure: the machine is shared. */
export const load = () => `load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;

/**
 * A private copy of the registry, else (the CORDIS zips missing, or their import failing) an empty data directory
 * on which the server starts with the demo ecosystem; `label` says which.
 */
function copyOrDemo(): { dir: string; label: string; remove: () => void } {
  const demo = (why: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'klynge-bench-demo-'));
    return { dir, label: `demo ecosystem (${why})`, remove: () => rmSync(dir, { recursive: true, force: true }) };
  };
  if (!existsSync(join(SHARED_DIR, 'PG_VERSION')) && !ZIPS.every((zip) => existsSync(zip))) return demo('CORDIS zips not found');
  try {
    return { ...copyOfRegistry(), label: `CORDIS registry (${SHARED_DIR})` };
  } catch (err) {
    return demo((err as Error).message);
  }
}

/**
 * The setup of a bench in the browser: the web app built, a server on a private copy of the registry, headless
 * Chromium; `close` stops both and removes the copy.
 */
export async function startBrowserBench(name: string): Promise<{ base: string; browser: Browser; close: () => Promise<void> }> {
  ensureWebBuilt();
  const data = copyOrDemo();
  const port = randomPort();
  console.log(`${name} bench on the ${data.label}`);
  let server: ChildProcess | undefined;
  try {
    server = await startServer(data.dir, port);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    const started = server;
    const close = async () => {
      await browser.close();
      await stopServer(started);
      data.remove();
    };
    return { base: `http://127.0.0.1:${port}`, browser, close };
  } catch (err) {
    if (server) await stopServer(server);
    data.remove();
    throw err;
  }
}
