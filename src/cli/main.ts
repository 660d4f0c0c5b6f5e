// The `klynge` command line: a thin shell over the service functions (see ../shared/contracts/cli.md).
import { Command, CommanderError } from 'commander';
import { runCli } from '#src/cli/run.ts';
import { registerServeCommand } from '#src/cli/serve.ts';

const program = new Command('klynge')
  .description('klynge: the open platform that life-science clusters run on')
  .option('--data-dir <dir>', 'embedded database directory (default: KLYNGE_DATA_DIR, else ./.klynge)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

registerServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors are bad input: exit 2.
    process.exit(err.exitCode === 0 ? 0 : 2);
  }
  runCli.fail(err);
}
