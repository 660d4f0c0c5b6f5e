// `klynge stats`: the registry's totals as one JSON object on stdout.
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { runCli } from '#src/cli/run.ts';
import { getStats } from '#src/registry/stats-service.ts';

/** Adds `stats` to the command line. */
export function registerStatsCommand(program: Command): void {
  program
    .command('stats')
    .description("print the registry's totals (organizations, projects, participations, ...) as JSON")
    .action(async (_opts: unknown, command: Command) => {
      await runCli.withRuntime(command, async (rt) => {
        const stats = await getStats({ db: rt.db, actor: system, clock: () => new Date(), log: rt.log });
        process.stdout.write(`${JSON.stringify(stats)}\n`);
      });
    });
}
