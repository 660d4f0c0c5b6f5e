// Opens what every command needs: the configured database, migrated, and a logger.
import type { Config } from '#src/config.ts';
import { openDatabase, type DatabaseHandle } from '#src/db/connect.ts';
import { migrateToLatest } from '#src/db/migrate.ts';
import { useMatchIndexDirectory } from '#src/matching/match-index-file.ts';
import { createLogger, type Logger } from '#src/log.ts';

export type Runtime = DatabaseHandle & { log: Logger; config: Config };

/** Opens the database named by the configuration and applies pending migrations. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const log = createLogger(config.logLevel);
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  useMatchIndexDirectory(handle.engine === 'pglite' && config.dataDir !== 'memory://' ? config.dataDir : undefined);
  try {
    await migrateToLatest(handle.db);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return { ...handle, log, config };
}
