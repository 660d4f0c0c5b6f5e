// The frame of every page: skip link, header with navigation, language and account, main, footer.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LANGUAGES, LANGUAGE_NAMES, setLanguage, useT, type Language } from '../i18n.ts';
import { mayManage, signOut, useSession } from '../session.ts';

const NAV = [
  { href: '/atlas', key: 'nav.atlas' },
  { href: '/map', key: 'nav.map' },
  { href: '/network', key: 'nav.network' },
  { href: '/overview', key: 'nav.overview' },
] as const;

export function Layout({ children }: { children: ComponentChildren }) {
  const { t, language } = useT();
  const { path, route } = useLocation();
  const user = useSession();
  const [menuOpen, setMenuOpen] = useState(false);

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
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('nav.menu')}
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
              <a href="/account" aria-current={path === '/account' ? 'page' : undefined} title={t('nav.signedInAs', { email: user.email })} onClick={() => setMenuOpen(false)}>
                {t('nav.account')}
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
