// `klynge serve [--port N]`: the platform in one process.
import type { Command } from 'commander';
import { configFor, runCli } from '#src/cli/run.ts';
import { invalid } from '#src/errors.ts';
import { startServer } from '#src/http/server.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API, the web app and the background jobs')
    .option('--port <n>', 'port (default: PORT, else 3000)')
    .action(async (opts: { port?: string }, command: Command) => {
      try {
        const port = opts.port === undefined ? undefined : Number(opts.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
          throw invalid(`--port: expected a port number 1-65535, got "${opts.port}"`);
        }
        const server = await startServer(configFor(command, port === undefined ? {} : { port }));
        const stop = () => void server.stop().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (err) {
        runCli.fail(err);
      }
    });
}
