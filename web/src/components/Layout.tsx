// The frame of every page: skip link, header with navigation, language and account, main, footer.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LANGUAGES, LANGUAGE_NAMES, setLanguage, useT, type Language } from '../i18n.ts';
import { useUnreadCount } from '../notifications.ts';
import { mayManage, signOut, useSession } from '../session.ts';

const NAV = [
  { href: '/atlas', key: 'nav.atlas' },
  { href: '/partners', key: 'nav.partners' },
  { href: '/events', key: 'nav.events' },
  { href: '/clusters', key: 'nav.clusters' },
  { href: '/map', key: 'nav.map' },
  { href: '/network', key: 'nav.network' },
  { href: '/overview', key: 'nav.overview' },
  { href: '/regulatory', key: 'nav.regulatory' },
] as const;

/** The unread count as a badge; screen readers get it from the `withUnread` name of the link or button instead. */
function UnreadBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  // The space keeps the visible text "My account 2" a part of the name "My account, 2 unread notifications".
  return <> <span class="badge" aria-hidden="true">{count > 99 ? '99+' : count}</span></>;
}

export function Layout({ children }: { children: ComponentChildren }) {
  const { t, language } = useT();
  const { path, route } = useLocation();
  const user = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const unread = useUnreadCount(user?.id, path);
  /** A name that reads "My account, 2 unread notifications" while there are any. */
  const withUnread = (text: string) => (unread > 0 ? `${text}, ${t('nav.unread', { count: unread })}` : undefined);
  // A cluster's public website (/site/...) brings its own frame: brand, navigation, skip link and main.
  if (path.startsWith('/site/')) return <>{children}</>;

  return (
    <>
      <a class="skip-link" href="#main">{t('app.skip')}</a>
      <header class="site-header">
        <a class="brand" href="/" aria-label={`${t('app.name')}: ${t('app.tagline')}`}>
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </a>
        <button
          class="menu-toggle"
          type="button"
          aria-expanded={menuOpen}
          aria-controls="site-nav"
          aria-label={menuOpen ? undefined : withUnread(t('nav.menu'))}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('nav.menu')}
          {!menuOpen && <UnreadBadge count={unread} />}
        </button>
        <nav id="site-nav" class={menuOpen ? 'site-nav open' : 'site-nav'} aria-label={t('nav.main')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={path.startsWith(item.href) ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
          <div class="header-tools">
            <label class="language">
              <span class="visually-hidden">{t('nav.language')}</span>
              <select value={language} onChange={(e) => void setLanguage(e.currentTarget.value as Language)}>
                {LANGUAGES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LANGUAGE_NAMES[l]}
                  </option>
                ))}
              </select>
            </label>
            {mayManage(user) && (
              <a href="/manage" aria-current={path.startsWith('/manage') ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                {t('nav.manage')}
              </a>
            )}
            {user && (
              <a href="/account" aria-current={path === '/account' ? 'page' : undefined} aria-label={withUnread(t('nav.account'))} title={t('nav.signedInAs', { email: user.email })} onClick={() => setMenuOpen(false)}>
                {t('nav.account')}
                <UnreadBadge count={unread} />
              </a>
            )}
            {user ? (
              <button
                type="button"
                class="link-button"
                onClick={() => void signOut().then(() => route('/'))}
              >
                {t('nav.signOut')}
              </button>
            ) : (
              <a href={`/sign-in?next=${encodeURIComponent(path)}`}>{t('nav.signIn')}</a>
            )}
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <p>
          {t('app.footer')} · <a href="/api/v1/docs">{t('app.apiDocs')}</a>
        </p>
      </footer>
    </>
  );
}
