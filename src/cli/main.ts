// The `klynge` command line: a thin shell over the service functions (see ../shared/contracts/cli.md).
import { Command, CommanderError } from 'commander';

/**
 * Every command, by name, as the loader of the module that registers it (one line a command). Only the command
 * being run is loaded: `klynge match` then loads neither the web server nor the importers (~0.3 s less start-up).
 * Help, and any word that is not a command, loads them all, so commander lists or suggests them as before.
 */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  serve: async () => (await import('#src/cli/serve.ts')).registerServeCommand,
  import: async () => (await import('#src/cli/import.ts')).registerImportCommand,
  stats: async () => (await import('#src/cli/stats.ts')).registerStatsCommand,
  user: async () => (await import('#src/cli/user.ts')).registerUserCommand,
  export: async () => (await import('#src/cli/export.ts')).registerExportCommand,
  token: async () => (await import('#src/cli/token.ts')).registerTokenCommand,
  match: async () => (await import('#src/cli/match.ts')).registerMatchCommand,
  classify: async () => (await import('#src/cli/classify.ts')).registerClassifyCommand,
  schedule: async () => (await import('#src/cli/schedule.ts')).registerScheduleCommand,
};

/** The command the arguments name: their first word that is neither an option nor --data-dir's value. */
function commandNamed(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data-dir') i++;
    else if (!args[i]!.startsWith('-')) return Object.hasOwn(COMMANDS, args[i]!) ? args[i] : undefined;
  }
  return undefined;
}

const program = new Command('klynge')
  .description('klynge: the open platform that life-science clusters run on')
  .option('--data-dir <dir>', 'embedded database directory (default: KLYNGE_DATA_DIR, else ./.klynge)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

const named = commandNamed(process.argv.slice(2));
const registers = await Promise.all((named ? [named] : Object.keys(COMMANDS)).map((name) => COMMANDS[name]!()));
for (const register of registers) register(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors are bad input: exit 2.
    process.exit(err.exitCode === 0 ? 0 : 2);
  }
  (await import('#src/cli/run.ts')).runCli.fail(err);
}
