// `klynge export csv|json [--out FILE] [--cluster SLUG]`: the registry table, streamed to a file or stdout.
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { runCli } from '#src/cli/run.ts';
import { writeRegistryCsv } from '#src/importers/registry-table-csv.ts';
import { exportRegistryTable } from '#src/importers/registry-table-export.ts';
import { writeRegistryJson } from '#src/importers/registry-table-json.ts';
import type { TableColumn } from '#src/importers/registry-table.ts';

type Options = { out?: string; cluster?: string };
type Writer = (rows: AsyncIterable<Record<TableColumn, unknown>>) => Readable;

function addTableExport(group: Command, format: 'csv' | 'json', write: Writer): void {
  group
    .command(format)
    .description(`export every organisation as a ${format.toUpperCase()} registry table (one row per organisation)`)
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--cluster <slug>', 'only the members of this cluster (and its hubs) or hub')
    .action(async (opts: Options, command: Command) => {
      await runCli.withRuntime(command, async (rt) => {
        const ctx = { db: rt.db, actor: system, clock: () => new Date(), log: rt.log };
        const rows = await exportRegistryTable(ctx, { cluster: opts.cluster });
        await pipeline(write(rows), opts.out ? createWriteStream(opts.out) : process.stdout);
      });
    });
}

/** Adds the `export` command group with `csv` and `json` to the command line. */
export function registerExportCommand(program: Command): void {
  const group = program.command('export').description('export the registry');
  addTableExport(group, 'csv', writeRegistryCsv);
  addTableExport(group, 'json', writeRegistryJson);
}
