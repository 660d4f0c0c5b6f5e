// Shown for any path the router does not know.
import { useT } from '../i18n.ts';

export function NotFound() {
  const { t } = useT();
  return (
    <section class="page narrow">
      <h1>{t('app.notFound')}</h1>
      <p>
        <a href="/">{t('app.backHome')}</a>
      </p>
    </section>
  );
}
