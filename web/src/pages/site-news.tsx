// The site's news: the list with teasers and "read more" links, older news page by page, and a post in full.
import { useState } from 'preact/hooks';
import { formatDate, useT } from '../i18n.ts';
import { loadNews, loadNewsPost, type NewsItem, type SiteInfo } from './site-api.ts';
import { FallbackNotice, firstText, useSiteTitle } from './site-layout.tsx';
import { Loaded, Text, useSiteData } from './site-views.tsx';
import { SITE } from './site.messages.ts';

const PAGE = 10;

/** One news teaser: title, date, summary and a "read more" link naming the post for screen readers. */
export function NewsTeaser({ site, item, heading = 'h2' }: { site: SiteInfo; item: NewsItem; heading?: 'h2' | 'h3' }) {
  const { t } = useT(SITE);
  const href = `/site/${site.cluster.slug}/news/${item.slug}`;
  const Heading = heading;
  return (
    <li class="site-card site-news-item">
      <Heading lang={item.title.lang}>
        <a href={href}>{item.title.text}</a>
      </Heading>
      <p class="muted">
        {t('news.published', { date: formatDate(item.publishedAt, { dateStyle: 'long' }) })}
        {item.organizationName && ` · ${t('news.by', { organization: item.organizationName })}`}
      </p>
      {item.summary.text && <Text shown={item.summary} as="p" />}
      <p>
        <a class="site-read-more" href={href} aria-label={t('readMoreAbout', { title: item.title.text })}>
          {t('readMore')}
        </a>
      </p>
    </li>
  );
}

export function NewsListView({ site }: { site: SiteInfo }) {
  const { t, language } = useT(SITE);
  const state = useSiteData(site, 'news', (slug, lang) => loadNews(slug, lang, PAGE));
  const [older, setOlder] = useState<NewsItem[]>([]);
  const [more, setMore] = useState<boolean | null>(null);
  const [loading, setLoading] = useState(false);
  useSiteTitle(t('section.news'), site, t('news.lead'));
  const loadOlder = async (offset: number) => {
    setLoading(true);
    try {
      const next = await loadNews(site.cluster.slug, language, PAGE, offset);
      setOlder((o) => [...o, ...next.items]);
      setMore(next.hasMore);
    } finally {
      setLoading(false);
    }
  };
  return (
    <section>
      <h1>{t('section.news')}</h1>
      <p class="lead">{t('news.lead')}</p>
      <Loaded state={state}>
        {(first) => {
          const items = [...first.items, ...older];
          const hasMore = more ?? first.hasMore;
          return items.length === 0 ? <p>{t('news.none')}</p> : (
            <>
              <FallbackNotice shown={items.map((n) => n.title)} />
              <ul class="site-news">
                {items.map((n) => <NewsTeaser key={n.slug} site={site} item={n} />)}
              </ul>
              {hasMore && (
                <button type="button" disabled={loading} onClick={() => void loadOlder(items.length)}>
                  {t('news.older')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

export function NewsPostView({ site, post }: { site: SiteInfo; post: string }) {
  const { t } = useT(SITE);
  const state = useSiteData(site, `news:${post}`, (slug, lang) => loadNewsPost(slug, post, lang));
  useSiteTitle(state.data?.title.text ?? (state.data === null ? t('notFound') : undefined), site, state.data ? state.data.summary.text || firstText(state.data.body.html) : undefined);
  return (
    <Loaded state={state}>
      {(p) => (
        <article class="site-article">
          <p class="site-breadcrumb">
            <a href={`/site/${site.cluster.slug}/news`}>{t('news.back')}</a>
          </p>
          <h1 lang={p.title.lang}>{p.title.text}</h1>
          <p class="muted">
            {t('news.published', { date: formatDate(p.publishedAt, { dateStyle: 'long' }) })}
            {p.organizationName && ` · ${t('news.by', { organization: p.organizationName })}`}
          </p>
          <FallbackNotice shown={[p.title, p.body]} />
          {p.summary.text && <Text shown={p.summary} as="p" />}
          <div class="site-prose" lang={p.body.lang} dangerouslySetInnerHTML={{ __html: p.body.html }} />
        </article>
      )}
    </Loaded>
  );
}
