// Server-renders the public cluster site (/site/...) with the very components the browser runs (web/src/pages/Site.tsx):
// each render pass starts the loads useLoad asks for, through the public API in-process, and the next pass renders
// with their answers, until nothing is missing. The data goes into the page too, so the browser's first render
// matches the HTML and takes it over (web/src/main.tsx hydrates). Web modules import their CSS, which vite bundles;
// web.ts registers a loader hook for it (css-stub.ts) before importing this module.
import i18next from 'i18next';
import { LocationProvider } from 'preact-iso';
import { renderToString } from 'preact-render-to-string';
import { initI18n, type Language } from '../../web/src/i18n.ts';
import { SitePage } from '../../web/src/pages/Site.tsx';
import { SiteHeadContext, type SiteHead } from '../../web/src/pages/site-layout.tsx';
import { setPreload } from '../../web/src/use-load.ts';

const ready = initI18n('en');
/** Home needs three passes (the site, then its sections, then the page); more means something keeps loading. */
const MAX_PASSES = 4;

export type SiteRoute = { slug: string; page?: string; post?: string };
export type RenderedSite = { status: 200 | 404; lang: Language; head: SiteHead; body: string; preload: Record<string, unknown> };
/** Answers an API request in-process (`app.request`), as a visitor without a session. */
export type InProcessApi = (path: string, init?: RequestInit) => Response | Promise<Response>;

/** The route of a /site/... path as the web app's router reads it (web/src/main.tsx); null for anything else. */
export function siteRoute(path: string): SiteRoute | null {
  let parts: string[];
  try {
    parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const [site, slug, page, post] = parts;
  if (site !== 'site' || !slug) return null;
  if (parts.length === 2) return { slug };
  // The editor's old address is sent on by the browser (Site.tsx); there is nothing to render.
  if (parts.length === 3 && page !== 'edit') return { slug, page };
  if (parts.length === 4 && page === 'news' && post) return { slug, post };
  return null;
}

/** Renders the site page at `url` (path and query) in `lang`; a 404 from any of its loads makes it "not found". */
export async function renderSite(api: InProcessApi, route: SiteRoute, url: string, lang: Language): Promise<RenderedSite> {
  await ready;
  const data = new Map<string, unknown>();
  const pending = new Map<string, Promise<void>>();
  let missing = false;
  const inProcess = (async (input: string | URL | Request, init?: RequestInit) => {
    const res = await api(String(input), init);
    if (res.status === 404) missing = true;
    return res;
  }) as typeof fetch;
  // A load calls the API's fetch synchronously, inside the (synchronous) render: only its own calls see `inProcess`.
  const request = (key: string, load: () => Promise<unknown>) => {
    if (pending.has(key)) return;
    const browserFetch = globalThis.fetch;
    globalThis.fetch = inProcess;
    try {
      pending.set(key, load().then((value) => void data.set(key, value)));
    } finally {
      globalThis.fetch = browserFetch;
    }
  };
  const { pathname, searchParams } = new URL(url, 'http://localhost');
  const here = { url, path: pathname.replace(/\/+$/, ''), query: Object.fromEntries(searchParams), route: () => {}, back: () => {}, forward: () => {} };
  for (let pass = 1; ; pass++) {
    const head: SiteHead = {};
    pending.clear();
    setPreload({ data, request });
    // Synchronous with bundled resources; other requests' passes set their own language before they render.
    void i18next.changeLanguage(lang);
    let body: string;
    try {
      body = renderToString(
        <SiteHeadContext.Provider value={head}>
          <LocationProvider.ctx.Provider value={here}>
            <SitePage {...route} />
          </LocationProvider.ctx.Provider>
        </SiteHeadContext.Provider>,
      );
    } finally {
      setPreload({ data: new Map() });
    }
    if (pending.size === 0) return { status: missing ? 404 : 200, lang, head, body, preload: Object.fromEntries(data) };
    if (pass === MAX_PASSES) throw new Error(`the site page ${url} still loads after ${pass} passes`);
    await Promise.all(pending.values());
  }
}
