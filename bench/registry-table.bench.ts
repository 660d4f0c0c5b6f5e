// Registry table bench: a 26,000-organisation registry exported as CSV and JSON and imported back (all unchanged).
// Embedded PGlite in memory, then the PostgreSQL server when DATABASE_URL (or KLYNGE_BENCH_DATABASE_URL) is set.
import { buffer } from 'node:stream/consumers';
import pg from 'pg';
import { system } from '#src/auth/actor.ts';
import type { Ctx } from '#src/context.ts';
import { openDatabase, type DatabaseHandle } from '#src/db/connect.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { readRegistryCsv, writeRegistryCsv } from '#src/importers/registry-table-csv.ts';
import { exportRegistryTable } from '#src/importers/registry-table-export.ts';
import { readRegistryJson, writeRegistryJson } from '#src/importers/registry-table-json.ts';
import { importRegistryTable } from '#src/importers/registry-table-service.ts';
import { createLogger } from '#src/log.ts';

const ORGANIZATIONS = 26_000;
const CITIES = [['Kiel', 'DE', 'DEF02'], ['Lübeck', 'DE', 'DEF03'], ['Hamburg', 'DE', 'DE600'], ['København', 'DK', 'DK011'], ['Aarhus', 'DK', 'DK042']] as const;
const TYPES = ['company', 'university', 'research_institute', 'hospital', 'public_body', 'other'];
const SECTORS = ['biotech', 'medtech', 'pharma', 'diagnostics'];

/** A spreadsheet of `n` organisations, as a cluster manager might keep it. */
function sheet(n: number): string {
  const lines = ['cordis_id,name,short_name,type,sme,sectors,keywords,description_en,city,country,nuts_code,lat,lon,website,visibility'];
  for (let i = 0; i < n; i++) {
    const [city, country, nuts] = CITIES[i % CITIES.length]!;
    lines.push([
      String(900_000_000 + i), `"Organisation ${i} Ærø-Müller, ${city}"`, `ORG${i}`, TYPES[i % TYPES.length], i % 3 === 0,
      `${SECTORS[i % 4]};${SECTORS[(i + 1) % 4]}`, 'PCR;sequencing', `"Works on ""topic ${i}"" in ${city}"`, city, country, nuts,
      (54 + (i % 100) / 1000).toFixed(3), (10 + (i % 50) / 1000).toFixed(3), `https://org${i}.example.org`, 'public',
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function timed<T>(label: string, body: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await body();
  console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

async function bench(label: string, handle: DatabaseHandle): Promise<void> {
  console.log(`${label}:`);
  const ctx: Ctx = { db: handle.db, actor: system, clock: () => new Date(), log: createLogger('silent') };
  const options = { skipBad: false, dryRun: false };
  const created = await timed(`import ${ORGANIZATIONS} new organisations (CSV)`, () => importRegistryTable(ctx, readRegistryCsv(sheet(ORGANIZATIONS), 'sheet.csv'), options));
  const csv = await timed('export CSV', async () => (await buffer(writeRegistryCsv(await exportRegistryTable(ctx, {})))).toString('utf8'));
  const again = await timed('re-import the CSV export', () => importRegistryTable(ctx, readRegistryCsv(csv, 'export.csv'), options));
  const json = await timed('export JSON', async () => (await buffer(writeRegistryJson(await exportRegistryTable(ctx, {})))).toString('utf8'));
  const jsonAgain = await timed('re-import the JSON export', () => importRegistryTable(ctx, readRegistryJson(json, 'export.json'), options));
  console.log(`  created ${created.created}; CSV ${(csv.length / 1e6).toFixed(1)} MB re-import unchanged ${again.unchanged}; JSON ${(json.length / 1e6).toFixed(1)} MB re-import unchanged ${jsonAgain.unchanged}`);
  console.log(`  peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

const embedded = await openDatabase({ dataDir: 'memory://' });
await migrateToLatest(embedded.db);
await bench('embedded PGlite', embedded);
await embedded.close();

const serverUrl = process.env.KLYNGE_BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (serverUrl) {
  const name = 'klynge_bench_table';
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const server = await openDatabase({ url: url.toString(), dataDir: 'memory://' });
  await migrateToLatest(server.db);
  await bench('PostgreSQL server', server);
  await server.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
