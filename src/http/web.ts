// Serves the built web app: hashed assets cached for a year, the public cluster site (/site/...) server-rendered, and
// every other non-API path answered with index.html.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '#src/http/env.ts';
import type { Logger } from '#src/log.ts';
import type { ViteManifest } from '#src/site/site-html.ts';

const distDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** The site renderer brings the web components (and i18next): loaded on the first /site request, not at start-up. */
async function loadSiteRenderer() {
  const { stubCssImports } = await import('#src/site/css-stub.ts');
  stubCssImports();
  const [render, html, language] = await Promise.all([import('#src/site/site-render.tsx'), import('#src/site/site-html.ts'), import('#src/site/site-language.ts')]);
  const manifestFile = `${distDir}.vite/manifest.json`;
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as ViteManifest) : null;
  return { ...render, ...html, ...language, assetLinks: html.siteAssetLinks(manifest) };
}

/** Mounts the web app on `app`; without a build it explains how to make one. `secureCookies`: as the session's. */
export function mountWebApp(app: Hono<AppEnv>, log: Logger, { secureCookies = false }: { secureCookies?: boolean } = {}): void {
  const indexFile = `${distDir}index.html`;
  if (!existsSync(indexFile)) {
    app.get('*', (c) => c.text('The web app is not built yet: run `npm install` (or `npm run build:web`).', 503));
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  const plain = (c: Context<AppEnv>) => {
    c.header('cache-control', 'no-cache');
    return c.html(indexHtml);
  };
  let renderer: ReturnType<typeof loadSiteRenderer> | undefined;
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: distDir }));
  app.get('/site/*', async (c) => {
    try {
      const r = await (renderer ??= loadSiteRenderer());
      const route = r.siteRoute(c.req.path);
      if (!route) return plain(c);
      const { lang, remembered } = r.chooseSiteLanguage(c, secureCookies);
      const url = new URL(c.req.url);
      const site = await r.renderSite((path, init) => app.request(path, init), route, `${url.pathname}${url.search}`, lang);
      url.searchParams.delete('lang');
      // The page depends on the language cookie too; a response that sets it is the visitor's own (RFC 9111 § 7.3).
      c.header('cache-control', remembered ? 'private, no-cache' : 'no-cache');
      c.header('vary', 'accept-language, cookie');
      return c.html(r.sitePageHtml(indexHtml, site, url, r.assetLinks), site.status);
    } catch (err) {
      // A visitor still gets the page: the browser renders it as before.
      log.error(`rendering ${c.req.path} on the server failed`, err);
      return plain(c);
    }
  });
  app.get('*', plain);
}
