// Serves the built web app: hashed assets cached for a year, every other non-API path answered with index.html.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from '#src/http/env.ts';

const distDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Mounts the web app on `app`; without a build it explains how to make one. */
export function mountWebApp(app: Hono<AppEnv>): void {
  const indexFile = `${distDir}index.html`;
  if (!existsSync(indexFile)) {
    app.get('*', (c) => c.text('The web app is not built yet: run `npm install` (or `npm run build:web`).', 503));
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: distDir }));
  app.get('*', (c) => {
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml);
  });
}
