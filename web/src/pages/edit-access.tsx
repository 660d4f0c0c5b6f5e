// Guards the edit, manage and account pages: visitors go to sign in (and come back), others without the right are refused.
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n.ts';
import { useSession, type SessionUser } from '../session.ts';
import { EDIT } from './edit.messages.ts';

/**
 * Renders `children` only for a signed-in user `allowed` lets in; nothing of the page (nor its data requests) runs
 * for anyone else.
 */
export function RequireAccess({ allowed, children }: { allowed: (user: SessionUser) => boolean; children: ComponentChildren }) {
  const { t } = useT(EDIT);
  const user = useSession();
  const { url, path, route } = useLocation();
  useEffect(() => {
    // The guard stays mounted while the sign-in page loads: redirect from the guarded page only.
    if (user === null && path !== '/sign-in') route(`/sign-in?next=${encodeURIComponent(url)}`, true);
  }, [user, url]);
  if (!user) {
    return (
      <p class="page" role="status">
        {user === null ? t('toSignIn') : ''}
      </p>
    );
  }
  if (!allowed(user)) return <NotAllowed />;
  return <>{children}</>;
}

/** The page a signed-in user without the right sees. */
export function NotAllowed() {
  const { t } = useT(EDIT);
  return (
    <section class="page narrow">
      <h1>{t('notAllowedTitle')}</h1>
      <p>{t('notAllowedText')}</p>
      <p>
        <a href="/">{t('backHome')}</a>
      </p>
    </section>
  );
}
