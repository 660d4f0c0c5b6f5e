// The `klynge` command line: a thin shell over the service functions (see ../shared/contracts/cli.md).
import { Command, CommanderError } from 'commander';
import { registerExportCommand } from '#src/cli/export.ts';
import { runCli } from '#src/cli/run.ts';
import { registerImportCommand } from '#src/cli/import.ts';
import { registerMatchCommand } from '#src/cli/match.ts';
import { registerServeCommand } from '#src/cli/serve.ts';
import { registerStatsCommand } from '#src/cli/stats.ts';
import { registerTokenCommand } from '#src/cli/token.ts';
import { registerUserCommand } from '#src/cli/user.ts';

const program = new Command('klynge')
  .description('klynge: the open platform that life-science clusters run on')
  .option('--data-dir <dir>', 'embedded database directory (default: KLYNGE_DATA_DIR, else ./.klynge)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerServeCommand(program);
registerImportCommand(program);
registerStatsCommand(program);
registerUserCommand(program);
registerExportCommand(program);
registerTokenCommand(program);
registerMatchCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors are bad input: exit 2.
    process.exit(err.exitCode === 0 ? 0 : 2);
  }
  runCli.fail(err);
}
