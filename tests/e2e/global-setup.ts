// Starts one klynge server with the demo ecosystem in a fresh data directory for all browser tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;
let dataDir: string | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  const build = spawnSync(process.execPath, ['bin/ensure-web.js'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the web app failed');
  dataDir = mkdtempSync(join(tmpdir(), 'klynge-e2e-'));
  const port = 3200 + Math.floor(Math.random() * 700);
  const env: NodeJS.ProcessEnv = { ...process.env, KLYNGE_LOG: 'warn' };
  delete env.DATABASE_URL; // browser tests run on the embedded engine with the demo ecosystem
  // The whole EMDN tree, as an operator loads it (`klynge import emdn`), for the products' code suggestions and browser;
  // the demo then stores its products' exact EMDN codes.
  const emdn = spawnSync(process.execPath, ['bin/klynge.js', 'import', 'emdn', '../shared/data/nomenclature/emdn-v2.tsv', '--data-dir', dataDir], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (emdn.status !== 0) throw new Error('importing the EMDN nomenclature failed');
  server = spawn(process.execPath, ['bin/klynge.js', 'serve', '--port', String(port), '--data-dir', dataDir], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`klynge serve exited with ${server.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/v1/openapi.json`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('klynge serve did not start within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
}

export async function teardown(): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server?.once('exit', r));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
