// The frame of a cluster's public website: its own brand and navigation, a language switch, and a footer with its
// hubs. It replaces klynge's frame on /site/... (Layout lets these paths through), so the site looks like the cluster's.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LANGUAGES, LANGUAGE_NAMES, useT, type Language } from '../i18n.ts';
import { SITE_SECTIONS, type Shown, type SiteInfo } from './site-api.ts';
import { SITE } from './site.messages.ts';
import './site.css';

/** The name of `lang` in the interface language ("Danish", "Dänisch", "dansk"). */
export function languageName(lang: Language, inLanguage: Language): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(lang) ?? LANGUAGE_NAMES[lang];
  } catch {
    return LANGUAGE_NAMES[lang];
  }
}

/** A visible note when any of `shown` is not in the visitor's language (content fell back to another one). */
export function FallbackNotice({ shown }: { shown: Array<Shown | { lang: Language } | null | undefined> }) {
  const { t, language } = useT(SITE);
  const other = shown.find((s) => s && s.lang !== language);
  if (!other) return null;
  return (
    <p class="site-fallback" role="note">
      {t('fallback', { asked: languageName(language, language), shown: languageName(other.lang, language) })}
    </p>
  );
}

/** What the server renderer writes into the page's <head>: its title and description (src/site/site-render.tsx). */
export type SiteHead = { title?: string; description?: string };
export const SiteHeadContext = createContext<SiteHead | undefined>(undefined);

/** The text of the first paragraph of rendered Markdown, for a page's description. */
export function firstText(html: string): string {
  const paragraph = /<p(?:\s[^>]*)?>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
  return paragraph.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot);/g, (e) => entities[e] ?? e).trim();
}

/**
 * Sets the document's title for a page of the site (the title alone when there is no site, e.g. "not found");
 * on the server it also names the page's description, by default the cluster's.
 */
export function useSiteTitle(title: string | undefined, site: SiteInfo | null | undefined, description?: string) {
  const full = site ? (title ? `${title} – ${site.cluster.name}` : site.cluster.name) : title;
  const head = useContext(SiteHeadContext);
  if (head && full) Object.assign(head, { title: full, description: description || site?.cluster.description.text || undefined });
  useEffect(() => {
    if (full) document.title = full;
  }, [full]);
}

/**
 * The languages as buttons that set ?lang= without a reload (Site.tsx switches and remembers it); without JavaScript
 * they submit the same ?lang= as a form, and the server remembers it. The server renders later pages in it too.
 */
function LanguageSwitch() {
  const { t, language } = useT(SITE);
  const { path, route } = useLocation();
  return (
    <form class="site-languages" aria-label={t('language')} method="get" action={path}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="submit"
          name="lang"
          value={l}
          lang={l}
          aria-pressed={l === language}
          onClick={(e) => {
            e.preventDefault();
            route(`${path}?lang=${l}`, true);
          }}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}

/** The site's header, navigation, main and footer around `children`; `current` marks the page in the navigation. */
export function SiteFrame({ site, canEdit, current, children }: { site: SiteInfo | undefined; canEdit: boolean; current: string; children: ComponentChildren }) {
  const { t } = useT(SITE);
  const [open, setOpen] = useState(false);
  const slug = site?.cluster.slug ?? '';
  const home = `/site/${slug}`;
  const links = site
    ? [
        { key: '', href: home, label: t('home') },
        ...site.pages.map((p) => ({ key: p.slug, href: `${home}/${p.slug}`, label: p.title.text, lang: p.title.lang })),
        ...SITE_SECTIONS.filter((s) => site.sections[s.count] > 0).map((s) => ({ key: s.path, href: `${home}/${s.path}`, label: t(`section.${s.path}`) })),
      ]
    : [];
  return (
    <div class="site">
      <a class="skip-link" href="#main">{t('skip')}</a>
      {canEdit && (
        <p class="site-manage-bar">
          <a href={`/clusters/${slug}/site`}>{t('footer.edit')}</a>
        </p>
      )}
      <header class="site-top">
        <div class="site-top-inner">
          <a class="site-brand" href={home}>
            {site?.cluster.name ?? ''}
          </a>
          <LanguageSwitch />
          <button class="site-menu-toggle" type="button" aria-expanded={open} aria-controls="site-menu" onClick={() => setOpen(!open)}>
            {t('menu')}
          </button>
        </div>
        {site && (
          <nav id="site-menu" class={open ? 'site-menu open' : 'site-menu'} aria-label={t('nav', { name: site.cluster.name })}>
            <ul>
              {links.map((l) => (
                <li key={l.key}>
                  <a href={l.href} lang={'lang' in l ? l.lang : undefined} aria-current={l.key === current ? 'page' : undefined} onClick={() => setOpen(false)}>
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} class="site-main">
        {children}
      </main>
      <footer class="site-bottom">
        {site && (
          <div class="site-bottom-inner">
            <div>
              <p class="site-bottom-name">{site.cluster.name}</p>
              {site.parent && (
                <p>
                  <a href={`/site/${site.parent.slug}`}>{t('homePage.partOf', { name: site.parent.name })}</a>
                </p>
              )}
              {site.hubs.length > 0 && (
                <nav aria-label={t('homePage.hubs')}>
                  <ul class="site-hub-links">
                    {site.hubs.map((h) => (
                      <li key={h.slug}>
                        <a href={`/site/${h.slug}`}>{h.name}</a>
                      </li>
                    ))}
                  </ul>
                </nav>
              )}
            </div>
            <div>
              <p>{t('footer.runsOn')}</p>
              <p class="site-bottom-links">
                <a href="/">{t('footer.platform')}</a>
                <a href={`/clusters/${slug}`}>{t('footer.workspace')}</a>
              </p>
            </div>
          </div>
        )}
      </footer>
    </div>
  );
}

