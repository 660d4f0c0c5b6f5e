// The whole HTTP application: the API under /api/v1 and the web app at /.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { actorMiddleware, type RequestDeps } from '#src/auth/middleware.ts';
import { createApi } from '#src/http/api.ts';
import type { AppEnv } from '#src/http/env.ts';
import { handleError } from '#src/http/errors.ts';
import { mountWebApp } from '#src/http/web.ts';

/** Builds the application; tests call `app.request()` on it without a port. */
export function createApp(deps: RequestDeps) {
  const app = new Hono<AppEnv>();
  app.onError(handleError(deps.log));
  app.use('/api/*', actorMiddleware(deps));
  app.use('*', compress());
  app.route('/api/v1', createApi());
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404));
  mountWebApp(app, deps.log, { secureCookies: deps.secureCookies === true });
  return app;
}
