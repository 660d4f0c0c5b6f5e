// Resolves the acting user of a request (session cookie or API token) into the request's ctx, refusing cross-origin cookie writes.
import type { Context, MiddlewareHandler } from 'hono';
import { anonymous, type Actor } from '#src/auth/actor.ts';
import { resolveActor } from '#src/auth/auth-service.ts';
import { sessionTokenOf } from '#src/auth/session-cookie.ts';
import type { Db } from '#src/db/connect.ts';
import { forbidden, unauthenticated } from '#src/errors.ts';
import type { AppEnv } from '#src/http/env.ts';
import type { Logger } from '#src/log.ts';

export type RequestDeps = {
  db: Db;
  log: Logger;
  clock: () => Date;
  /** Mark the session cookie `Secure` (KLYNGE_SECURE_COOKIES=true: the platform is served over HTTPS). */
  secureCookies?: boolean;
  /** Tests only: decides the actor without credentials. The server never sets it. */
  resolveActor?: (c: Context) => Promise<Actor> | Actor;
};

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Where the request comes from, by what browsers say: Sec-Fetch-Site first, else Origin against our host. */
function requestSite(c: Context): 'same' | 'cross' | 'unknown' {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none' ? 'same' : 'cross';
  const origin = c.req.header('origin');
  if (!origin) return 'unknown';
  try {
    return new URL(origin).host === new URL(c.req.url).host ? 'same' : 'cross';
  } catch {
    return 'cross'; // "Origin: null" (sandboxed frames, some redirects) is not us
  }
}

/** The token of `Authorization: Bearer <token>`; throws when the header holds anything else. */
function bearerTokenOf(c: Context): string | undefined {
  const header = c.req.header('authorization');
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <API token>"');
  return match[1];
}

/**
 * The actor of a request. An API token, when sent, alone decides (and must be valid). Otherwise the session
 * cookie does; browsers attach cookies to cross-site requests too, so a write must prove it comes from our own
 * pages (CSRF), and sign-in forms posted from other sites are refused as well.
 */
async function actorOfRequest(c: Context, deps: RequestDeps): Promise<Actor> {
  const bearerToken = bearerTokenOf(c);
  if (bearerToken !== undefined) {
    const actor = await resolveActor(deps.db, { bearerToken }, deps.clock());
    if (actor.kind === 'anonymous') throw unauthenticated('the API token is unknown, expired or revoked');
    return actor;
  }
  const unsafe = UNSAFE_METHODS.has(c.req.method);
  const site = unsafe ? requestSite(c) : 'same';
  if (site === 'cross') throw forbidden('cross-origin request refused: use an API token for programs');
  const sessionToken = sessionTokenOf(c);
  if (sessionToken === undefined) return anonymous;
  const actor = await resolveActor(deps.db, { sessionToken }, deps.clock());
  if (actor.kind !== 'anonymous' && site === 'unknown') {
    throw forbidden('request refused: a cookie-authenticated write must carry an Origin or Sec-Fetch-Site header');
  }
  return actor;
}

/** Sets `c.var.ctx` for every request. */
export function actorMiddleware(deps: RequestDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('secureCookies', deps.secureCookies === true);
    const actor = deps.resolveActor ? await deps.resolveActor(c) : await actorOfRequest(c, deps);
    c.set('ctx', { db: deps.db, log: deps.log, clock: deps.clock, actor });
    await next();
  };
}
