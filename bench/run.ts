// `npm run bench`: runs every benchmark in bench/*.bench.ts in turn; each prints its own figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(folder)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['bin/run-ts.js', `bench/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) console.log(`(${file} ended with status ${run.status})`);
}
