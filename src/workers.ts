// Worker threads that run TypeScript modules of klynge (the CORDIS reader, the batch matcher).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

// The worker runs TypeScript too: it registers tsx (as bin/klynge.js does) before loading its module.
// An eval'd worker has no module URL to resolve `tsx/esm/api` from, so it gets the ESM entry's absolute URL.
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxExports = (JSON.parse(readFileSync(tsxPackage, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
const tsxApi = new URL(tsxExports['./esm/api']!.import.default, pathToFileURL(tsxPackage)).href;

/** Starts a worker thread running the TypeScript module at `module` (a file URL) with `workerData`. */
export function startTypeScriptWorker(module: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
