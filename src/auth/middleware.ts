// Resolves the acting user of a request (session cookie or API token) into the request's ctx.
import type { Context, MiddlewareHandler } from 'hono';
import { anonymous, type Actor } from '#src/auth/actor.ts';
import type { Db } from '#src/db/connect.ts';
import type { AppEnv } from '#src/http/env.ts';
import type { Logger } from '#src/log.ts';

export type RequestDeps = {
  db: Db;
  log: Logger;
  clock: () => Date;
  /** Tests only: decides the actor without credentials. The server never sets it. */
  resolveActor?: (c: Context) => Promise<Actor> | Actor;
};

/** Sets `c.var.ctx` for every request. */
export function actorMiddleware(deps: RequestDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = deps.resolveActor ? await deps.resolveActor(c) : anonymous;
    c.set('ctx', { db: deps.db, log: deps.log, clock: deps.clock, actor });
    await next();
  };
}
