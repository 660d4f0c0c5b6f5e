// `klynge import ...`: the import command group; `import cordis PATH [--skip-bad]` with progress on stderr.
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { registerImportEmdnCommand } from '#src/cli/emdn.ts';
import { registerImportTableCommands } from '#src/cli/import-table.ts';
import { runCli } from '#src/cli/run.ts';
import { importCordis, type ImportProgress } from '#src/importers/cordis-service.ts';

const BAR_WIDTH = 30;
const LINE_EVERY_MS = 5000;

/** A progress reporter: a redrawn bar on a terminal, else a plain line every few seconds. */
function progressReporter(stream: NodeJS.WriteStream) {
  const started = Date.now();
  let last = 0;
  let finished = false;
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
  return {
    update(p: ImportProgress) {
      const now = Date.now();
      const done = p.files === p.total;
      if (finished || (!done && now - last < (stream.isTTY ? 100 : LINE_EVERY_MS))) return;
      last = now;
      finished = done;
      const skipped = p.skipped > 0 ? `, ${p.skipped} skipped` : '';
      if (!stream.isTTY) {
        stream.write(`klynge: import cordis: ${p.files}/${p.total} files read${skipped}, ${elapsed()}\n`);
        return;
      }
      const filled = p.total === 0 ? BAR_WIDTH : Math.round((p.files / p.total) * BAR_WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${p.files}/${p.total} files${skipped} ${elapsed()}`);
      if (done) stream.write(' writing...');
    },
    /** Ends the bar's line, so what follows starts on a fresh one. */
    end() {
      if (stream.isTTY && last > 0) stream.write('\n');
      last = 0;
    },
  };
}

/** Adds the `import` command group with `cordis` (and the other importers) to the command line. */
export function registerImportCommand(program: Command): void {
  const group = program.command('import').description('import data into the registry');
  group
    .command('cordis')
    .description('import EU research projects and their organisations from a CORDIS XML export (.zip or folder)')
    .argument('<path>', 'a .zip of CORDIS project XML files, or a folder of them')
    .option('--skip-bad', 'skip malformed files (each is reported on stderr) instead of failing')
    .action(async (path: string, opts: { skipBad?: boolean }, command: Command) => {
      await runCli.withRuntime(command, async (rt) => {
        const progress = progressReporter(process.stderr);
        const ctx = { db: rt.db, actor: system, clock: () => new Date(), log: rt.log };
        try {
          const summary = await importCordis(ctx, path, {
            skipBad: opts.skipBad === true,
            onProgress: (p) => progress.update(p),
            onIndexProgress: (message) => {
              progress.end();
              process.stderr.write(`klynge: ${message}\n`);
            },
            onSkipped: (err) => {
              progress.end();
              process.stderr.write(`klynge: skipped ${err.message}\n`);
            },
          });
          process.stdout.write(`${JSON.stringify(summary)}\n`);
        } finally {
          progress.end();
        }
      });
    });
  registerImportEmdnCommand(group);
  registerImportTableCommands(group);
}
