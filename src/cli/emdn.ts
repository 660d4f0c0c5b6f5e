// `klynge import emdn PATH`: the EMDN nomenclature into the competence taxonomy; summary JSON on stdout.
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { runCli } from '#src/cli/run.ts';
import { importEmdn } from '#src/importers/emdn-import.ts';

/** Adds `emdn PATH` to the `import` command group. */
export function registerImportEmdnCommand(importGroup: Command): void {
  importGroup
    .command('emdn')
    .description('load the EMDN tree (tab-separated, as ../shared/data/nomenclature/emdn-v2.tsv) into the competence taxonomy')
    .argument('<path>', 'the EMDN TSV file')
    .action(async (path: string, _opts: unknown, command: Command) => {
      await runCli.withRuntime(command, async (rt) => {
        rt.log.info(`importing EMDN from ${path}`);
        const summary = await importEmdn({ db: rt.db, actor: system, clock: () => new Date(), log: rt.log }, path);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      });
    });
}
