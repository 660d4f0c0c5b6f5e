// The home page of a cluster's site: who the cluster is, its latest news, its fields of action, downloads and hubs.
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { loadDownloads, loadNews, loadStrategy, type SiteInfo } from './site-api.ts';
import { FallbackNotice, useSiteTitle } from './site-layout.tsx';
import { NewsTeaser } from './site-news.tsx';
import { DownloadList } from './site-people.tsx';
import { Text } from './site-views.tsx';
import { SITE } from './site.messages.ts';

const none = () => Promise.resolve(null);

export function SiteHome({ site }: { site: SiteInfo }) {
  const { t, language } = useT(SITE);
  const slug = site.cluster.slug;
  // Each key names its own data (the server's preload is keyed by them).
  const key = (what: string) => `${slug}|home-${what}|${language}`;
  const news = useLoad(key('news'), () => (site.sections.news > 0 ? loadNews(slug, language, 3) : none()));
  const strategy = useLoad(key('strategy'), () => (site.sections.fieldsOfAction > 0 ? loadStrategy(slug, language) : none()));
  const downloads = useLoad(key('downloads'), () => (site.sections.downloads > 0 ? loadDownloads(slug, language) : none()));
  useSiteTitle(undefined, site);
  const about = site.pages[0];
  return (
    <>
      <section class="site-hero" aria-labelledby="site-title">
        <h1 id="site-title">{site.cluster.name}</h1>
        {site.cluster.description.text && <Text shown={site.cluster.description} as="p" />}
        <FallbackNotice shown={[site.cluster.description.text ? site.cluster.description : null]} />
        {about && (
          <p>
            <a class="site-button" href={`/site/${slug}/${about.slug}`}>
              {t('homePage.more')}
            </a>
          </p>
        )}
      </section>

      {news.data && news.data.items.length > 0 && (
        <section aria-labelledby="site-latest">
          <h2 id="site-latest">{t('homePage.latest')}</h2>
          <FallbackNotice shown={news.data.items.flatMap((n) => [n.title, n.summary.text ? n.summary : null])} />
          <ul class="site-news site-news-row">
            {news.data.items.map((n) => <NewsTeaser key={n.slug} site={site} item={n} heading="h3" />)}
          </ul>
          <p><a href={`/site/${slug}/news`}>{t('homePage.allNews')}</a></p>
        </section>
      )}

      {strategy.data && strategy.data.themes.length > 0 && (
        <section aria-labelledby="site-fields">
          <h2 id="site-fields">{t('homePage.fields')}</h2>
          <FallbackNotice shown={strategy.data.themes.map((th) => th.title)} />
          <ul class="site-tiles">
            {strategy.data.themes.map((th) => (
              <li key={th.id}>
                <Text shown={th.title} />
              </li>
            ))}
          </ul>
          <p><a href={`/site/${slug}/fields-of-action`}>{t('homePage.allFields')}</a></p>
        </section>
      )}

      {downloads.data && downloads.data.items.length > 0 && (
        <section aria-labelledby="site-home-downloads">
          <h2 id="site-home-downloads">{t('homePage.downloads')}</h2>
          <DownloadList items={downloads.data.items} />
        </section>
      )}

      {site.hubs.length > 0 && !site.parent && (
        <section aria-labelledby="site-hubs">
          <h2 id="site-hubs">{t('homePage.hubs')}</h2>
          <ul class="site-tiles">
            {site.hubs.map((h) => (
              <li key={h.slug}>
                <a href={`/site/${h.slug}`}>{h.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
