// Reads the environment once, fails fast on a bad value, and says which variable is wrong.
import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  KLYNGE_DATA_DIR: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  KLYNGE_LOG: z.enum(['silent', 'error', 'warn', 'info', 'debug']).optional(),
  KLYNGE_SECURE_COOKIES: z.enum(['true', 'false']).optional(),
  KLYNGE_DEMO: z.enum(['on', 'off']).optional(),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  secureCookies: boolean;
  /** Load the demo ecosystem into an empty database at start. */
  demo: boolean;
};

// `memory://` (an in-memory embedded database, for tests and trials) is not a path.
const resolveDataDir = (dir: string) => (dir === 'memory://' ? dir : resolve(dir));

/** Builds the configuration from the environment and explicit overrides (CLI flags win). */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { dataDir?: string | undefined; port?: number | undefined } = {},
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`configuration: ${issue?.path.join('.')} ${issue?.message}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: resolveDataDir(overrides.dataDir ?? e.KLYNGE_DATA_DIR ?? './.klynge'),
    port: overrides.port ?? e.PORT ?? 3000,
    logLevel: e.KLYNGE_LOG ?? 'info',
    secureCookies: e.KLYNGE_SECURE_COOKIES === 'true',
    demo: e.KLYNGE_DEMO !== 'off',
  };
}
