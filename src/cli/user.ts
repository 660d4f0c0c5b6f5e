// `klynge user add`: creates an account (the first admin, say); the created user as JSON on stdout.
import type { Command } from 'commander';
import { system } from '#src/auth/actor.ts';
import { emailSchema, passwordSchema, scopedRoles } from '#src/auth/auth-schema.ts';
import { createUser, findRoleScopeId } from '#src/auth/auth-service.ts';
import { generatePassword } from '#src/auth/password.ts';
import { runCli } from '#src/cli/run.ts';
import type { ScopedRole } from '#src/db/types.ts';
import { AppError, invalid } from '#src/errors.ts';

type Options = { email: string; role: string; scope?: string; name?: string; password?: string };
type Parsed = { email: string; role: 'admin' | ScopedRole; scope?: string; name?: string; password: string; generated: boolean };

const ROLES = ['admin', ...scopedRoles] as const;

/** Checks the options before the database is opened, naming the option that is wrong. */
function parseOptions(opts: Options, env: NodeJS.ProcessEnv): Parsed {
  const email = emailSchema.safeParse(opts.email);
  if (!email.success) throw invalid(`--email: "${opts.email}" is not an e-mail address`);
  const role = ROLES.find((r) => r === opts.role);
  if (!role) throw invalid(`--role: expected one of ${ROLES.join(', ')}, got "${opts.role}"`);
  if (role === 'admin' && opts.scope !== undefined) throw invalid('--scope: the admin role applies everywhere and takes no scope');
  if (role !== 'admin' && !opts.scope) throw invalid(`--scope: the ${role} role needs a scope (a cluster id or slug, or an organisation id or CORDIS id)`);
  if (opts.name !== undefined && opts.name.length > 200) throw invalid('--name: at most 200 characters');

  const source = opts.password !== undefined ? '--password' : env.KLYNGE_PASSWORD ? 'KLYNGE_PASSWORD' : undefined;
  const password = opts.password ?? (env.KLYNGE_PASSWORD || generatePassword());
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw invalid(`${source}: ${checked.error.issues[0]?.message ?? 'not a usable password'}`);
  return { email: email.data, role, scope: opts.scope, name: opts.name, password, generated: source === undefined };
}

/** Adds `user add` to the command line. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage user accounts');
  user
    .command('add')
    .description('create a user account with one role')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--scope <id|slug>', 'for cluster roles a cluster id or slug, for organization_editor an organisation id or CORDIS id')
    .option('--name <name>', 'display name')
    .option('--password <password>', 'password (else KLYNGE_PASSWORD, else one is generated and printed once on stderr)')
    .action(async (opts: Options, command: Command) => {
      let input: Parsed;
      try {
        input = parseOptions(opts, process.env);
      } catch (err) {
        return runCli.fail(err);
      }
      await runCli.withRuntime(command, async (rt) => {
        const ctx = { db: rt.db, actor: system, clock: () => new Date(), log: rt.log };
        const roles = [];
        if (input.role !== 'admin' && input.scope !== undefined) {
          const scopeId = await findRoleScopeId(ctx, input.role, input.scope);
          const what = input.role === 'organization_editor' ? 'organisation' : 'cluster';
          if (!scopeId) throw invalid(`--scope: no ${what} "${input.scope}"`);
          roles.push({ role: input.role, scopeId });
        }
        const created = await createUser(ctx, {
          email: input.email,
          name: input.name,
          password: input.password,
          isAdmin: input.role === 'admin',
          roles,
        }).catch((err: unknown) => {
          if (err instanceof AppError && err.code === 'conflict') throw invalid(`--email: a user with e-mail ${input.email} already exists`);
          throw err;
        });
        if (input.generated) process.stderr.write(`klynge: generated password for ${input.email} (shown once): ${input.password}\n`);
        process.stdout.write(`${JSON.stringify(created)}\n`);
      });
    });
}
