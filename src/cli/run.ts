// Shared plumbing of CLI commands: configuration from flags, the runtime, exit codes from errors.
import type { Command } from 'commander';
import { loadConfig, type Config } from '#src/config.ts';
import { AppError } from '#src/errors.ts';
import { openRuntime, type Runtime } from '#src/runtime.ts';

/** The configuration for a command, with the global --data-dir applied. */
export function configFor(command: Command, overrides: { port?: number } = {}): Config {
  const globals = command.optsWithGlobals<{ dataDir?: string }>();
  return loadConfig(process.env, { dataDir: globals.dataDir, ...overrides });
}

/** Bad input ends with exit 2 and one line naming what is wrong; anything else with exit 1. */
function fail(err: unknown): never {
  if (err instanceof AppError && err.code === 'invalid') {
    process.stderr.write(`klynge: ${err.message}\n`);
    process.exit(2);
  }
  if (err instanceof AppError) {
    process.stderr.write(`klynge: ${err.message}\n`);
    process.exit(err.code === 'not_found' ? 2 : 1);
  }
  process.stderr.write(`klynge: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.KLYNGE_LOG === 'debug' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}

/** Runs `body` with an open runtime, closes it, and exits with the contract's status codes. */
async function withRuntime<T>(command: Command, body: (rt: Runtime) => Promise<T>): Promise<T> {
  let rt: Runtime | undefined;
  try {
    rt = await openRuntime(configFor(command));
    return await body(rt);
  } catch (err) {
    await rt?.close().catch(() => undefined);
    rt = undefined;
    return fail(err);
  } finally {
    await rt?.close();
  }
}

export const runCli = { fail, withRuntime };
