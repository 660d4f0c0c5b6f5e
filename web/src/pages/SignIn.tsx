// The sign-in form; returns to the page the visitor came from.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api.ts';
import { useT } from '../i18n.ts';
import { signIn } from '../session.ts';

export function SignIn() {
  const { t } = useT();
  const { query, route } = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      const next = query.next && query.next.startsWith('/') && !query.next.startsWith('//') ? query.next : '/';
      route(next);
    } catch (err) {
      setError(err instanceof ApiError && (err.status === 401 || err.status === 422) ? t('auth.failed') : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="page narrow">
      <h1>{t('auth.title')}</h1>
      <form class="stack" onSubmit={onSubmit} noValidate={false}>
        <label>
          {t('auth.email')}
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          {t('auth.password')}
          <input name="password" type="password" autoComplete="current-password" required minLength={10} />
        </label>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {t('auth.submit')}
        </button>
      </form>
    </section>
  );
}
