// The start page: one search field, the registry in figures, and the clusters with their hubs.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api.ts';
import { formatNumber, useT } from '../i18n.ts';

type Stats = Partial<Record<'organizations' | 'projects' | 'participations' | 'clusters' | 'facilities' | 'offers', number>>;

export function Home() {
  const { t } = useT();
  const { route } = useLocation();
  const [stats, setStats] = useState<Stats | null>(null);

  useEffect(() => {
    api<Stats>('/stats').then(setStats, () => setStats(null));
  }, []);

  function onSearch(event: Event) {
    event.preventDefault();
    const q = String(new FormData(event.currentTarget as HTMLFormElement).get('q') ?? '').trim();
    route(q ? `/atlas?q=${encodeURIComponent(q)}` : '/atlas');
  }

  const figures = (['organizations', 'projects', 'participations', 'facilities', 'offers'] as const).filter(
    (key) => stats?.[key] !== undefined,
  );

  return (
    <div class="page">
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <form role="search" class="hero-search" onSubmit={onSearch}>
          <label for="home-q" class="visually-hidden">
            {t('home.searchLabel')}
          </label>
          <input id="home-q" name="q" type="search" placeholder={t('home.searchPlaceholder')} autoComplete="off" />
          <button type="submit" class="primary">
            {t('home.searchButton')}
          </button>
        </form>
      </section>
      {figures.length > 0 && (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">{t('home.figures')}</h2>
          <dl class="figures">
            {figures.map((key) => (
              <div key={key}>
                <dt>{t(`stats.${key}`)}</dt>
                <dd>{formatNumber(stats?.[key] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
