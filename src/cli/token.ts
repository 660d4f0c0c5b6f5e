// `klynge token create`: issues an API token for a user and prints it (only the token) on stdout, for scripts.
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { issueApiToken } from '#src/auth/api-token-service.ts';
import { runCli } from '#src/cli/run.ts';
import { AppError, invalid } from '#src/errors.ts';

const OPTION_OF_FIELD: Record<string, string> = { email: '--email', name: '--name', expiresAt: '--expires' };

/** Adds `token create` to the command line. */
export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('manage API tokens');
  token
    .command('create')
    .description('issue an API token for a user; the token is printed once')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--expires <iso-datetime>', 'when the token stops working (e.g. 2027-01-01T00:00:00Z); never when absent')
    .action(async (opts: { email: string; name: string; expires?: string }, command: Command) => {
      await runCli.withRuntime(command, async (rt) => {
        const ctx = { db: rt.db, actor: system, clock: () => new Date(), log: rt.log };
        const issued = await issueApiToken(ctx, { name: opts.name, expiresAt: opts.expires, forEmail: opts.email }).catch((err: unknown) => {
          // Service errors start with the API's field ("expiresAt: ..."); on the command line that is an option.
          if (err instanceof AppError && err.code === 'invalid') {
            throw invalid(err.message.replace(/^(\w+):/, (match: string, name: string) => (OPTION_OF_FIELD[name] ? `${OPTION_OF_FIELD[name]}:` : match)));
          }
          throw err;
        });
        process.stdout.write(`${issued.token}\n`);
      });
    });
}
