// The small context every service function takes: the database, the acting user, the clock, a logger.
import type { Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import type { Logger } from '#src/log.ts';

export type Ctx = {
  db: Db;
  actor: Actor;
  clock: () => Date;
  log: Logger;
};
