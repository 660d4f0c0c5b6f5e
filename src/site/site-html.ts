// Writes a server-rendered site page into the built index.html: language, title, description, the alternates in
// every language, the stylesheets and modules of the site's code (from vite's manifest), the body and its data.
import { LANGUAGES } from '../../web/src/i18n.ts';
import type { RenderedSite } from '#src/site/site-render.tsx';

type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
export type ViteManifest = Record<string, ManifestChunk>;

/** The web app's module for /site/... (web/src/main.tsx loads it lazily; the page links it so it arrives early). */
const SITE_MODULE = 'src/pages/Site.tsx';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** JSON inside <script>: `<` escaped, so no text ("</script>", "<!--") can end or change the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Stylesheets and module preloads of the site's chunk and the chunks it imports, so it shows styled before any script. */
export function siteAssetLinks(manifest: ViteManifest | null): string {
  const css = new Set<string>();
  const modules = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest?.[key];
    if (!chunk || modules.has(chunk.file)) return;
    modules.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  visit(SITE_MODULE);
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="/${escapeHtml(file)}">`),
    ...[...modules].map((file) => `<link rel="modulepreload" crossorigin href="/${escapeHtml(file)}">`),
  ].join('\n    ');
}

/** A description of at most about 160 characters, cut at a word. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  return `${flat.slice(0, 160).replace(/\s+\S*$/, '')} …`;
}

/** The page: `template` (index.html) with the rendered site; `pageUrl` is the absolute address without ?lang=. */
export function sitePageHtml(template: string, site: RenderedSite, pageUrl: URL, assetLinks: string): string {
  const alternate = (lang: string) => {
    const url = new URL(pageUrl);
    if (lang !== 'x-default') url.searchParams.set('lang', lang);
    return `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(url.href)}">`;
  };
  const headLinks = [...[...LANGUAGES, 'x-default'].map(alternate), assetLinks].filter(Boolean).join('\n    ');
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${site.lang}" data-lang="${site.lang}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(site.head.title ?? 'klynge')}</title>`)
    .replace(/(<meta name="description" content=")[^"]*"/, (whole, open: string) =>
      site.head.description ? `${open}${escapeHtml(shorten(site.head.description))}"` : whole)
    .replace('  </head>', () => `    ${headLinks}\n  </head>`)
    // The page works without JavaScript, so the note saying it needs it goes.
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace('<div id="app"></div>', () => `<div id="app">${site.body}</div>\n    <script type="application/json" id="preload">${scriptJson(site.preload)}</script>`);
}
