// `klynge import csv|json PATH [--skip-bad] [--dry-run]`: the registry table into the registry; summary JSON on stdout.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { runCli } from '#src/cli/run.ts';
import { AppError, invalid } from '#src/errors.ts';
import { readRegistryCsv } from '#src/importers/registry-table-csv.ts';
import { readRegistryJson } from '#src/importers/registry-table-json.ts';
import { importRegistryTable } from '#src/importers/registry-table-service.ts';
import type { Rejection, TableRecord } from '#src/importers/registry-table.ts';

type Options = { skipBad?: boolean; dryRun?: boolean };

/** One stderr line per rejected row: the file, the line and every field at fault. */
function reportRejections(path: string, rejections: Rejection[]): void {
  const byLine = new Map<number, Rejection[]>();
  for (const r of rejections) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
  for (const [line, list] of byLine) {
    process.stderr.write(`klynge: ${path}: line ${line}: ${list.map((r) => `${r.field}: ${r.message}`).join('; ')}\n`);
  }
}

async function readTable(path: string, read: (text: string, source: string) => TableRecord): Promise<TableRecord> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw invalid(`${path}: cannot read the file (${err instanceof Error && 'code' in err ? String(err.code) : 'unreadable'})`);
  }
  return read(text, path);
}

function addTableImport(group: Command, format: 'csv' | 'json', read: (text: string, source: string) => TableRecord): void {
  group
    .command(format)
    .description(`import organisations from a ${format.toUpperCase()} registry table (one row per organisation)`)
    .argument('<path>', `the ${format.toUpperCase()} file`)
    .option('--skip-bad', 'import the valid rows and report the rejected ones instead of importing nothing')
    .option('--dry-run', 'only validate; write nothing')
    .action(async (path: string, opts: Options, command: Command) => {
      let table: TableRecord;
      try {
        table = await readTable(path, read);
      } catch (err) {
        return runCli.fail(err);
      }
      for (const warning of table.warnings) process.stderr.write(`klynge: ${warning}\n`);
      await runCli.withRuntime(command, async (rt) => {
        const ctx = { db: rt.db, actor: system, clock: () => new Date(), log: rt.log };
        try {
          const summary = await importRegistryTable(ctx, table, { skipBad: opts.skipBad === true, dryRun: opts.dryRun === true });
          reportRejections(path, summary.rejections);
          process.stdout.write(`${JSON.stringify(summary)}\n`);
        } catch (err) {
          if (err instanceof AppError && err.code === 'invalid' && Array.isArray(err.details)) reportRejections(path, err.details as Rejection[]);
          throw err;
        }
      });
    });
}

/** Adds `csv PATH` and `json PATH` to the `import` command group. */
export function registerImportTableCommands(importGroup: Command): void {
  addTableImport(importGroup, 'csv', readRegistryCsv);
  addTableImport(importGroup, 'json', readRegistryJson);
}
