// One article of a cluster's news (/clusters/:slug/news/:postSlug) in the reader's language, or in another with a
// notice saying so; its body is the server's safe HTML of the Markdown.
import { ApiError } from '../api.ts';
import { ClusterPage } from '../components/cluster-nav.tsx';
import { currentLanguage, formatDate, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { languageName, useFeedLink } from './ClusterNews.tsx';
import { getArticle } from './news-api.ts';
import { NEWS } from './news.messages.ts';
import './news.css';

export function ClusterNewsArticlePage({ slug, postSlug }: { slug: string; postSlug: string }) {
  const { t, language } = useT(NEWS);
  const user = useSession();
  const { data: article, error } = useLoad(`${slug}|${postSlug}|${language}|${user?.id ?? ''}`, () =>
    getArticle(slug, postSlug, currentLanguage()).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 404) return null;
      throw err;
    }));
  useFeedLink(slug, t('feedTitle', { name: article?.clusterName ?? slug }));
  return (
    <ClusterPage slug={slug} section="news" title={article?.title ?? (article === null ? t('article.notFound') : undefined)}>
      {(cluster) => (
        <article class="news-article" lang={article?.language}>
          {error && <p class="notice" role="alert" lang={language}>{t('failed', { message: error })}</p>}
          {article === undefined && !error && <p role="status" lang={language}>{t('loading')}</p>}
          {article && (
            <>
              <p class="muted" lang={language}>
                {article.publishedAt && formatDate(article.publishedAt, { dateStyle: 'long' })}
                {article.organizationName && ` · ${t('list.by', { organization: article.organizationName })}`}
              </p>
              {article.status !== 'published' && <p class="notice" lang={language}>{t('article.unpublished', { status: t(`status.${article.status}`) })}</p>}
              {article.language !== article.requestedLanguage && (
                <p class="notice news-fallback" lang={language}>
                  {t('article.fallback', { wanted: languageName(article.requestedLanguage), shown: languageName(article.language) })}
                </p>
              )}
              {article.summary && <p class="lead">{article.summary}</p>}
              <div class="news-body" dangerouslySetInnerHTML={{ __html: article.bodyHtml ?? '' }} />
              {article.languages.length > 1 && (
                <p class="muted" lang={language}>{t('article.also')} {article.languages.filter((l) => l !== article.language).map(languageName).join(', ')}</p>
              )}
            </>
          )}
          <p lang={language}><a href={`/clusters/${cluster.slug}/news`}>{t('article.back', { name: cluster.name })}</a></p>
        </article>
      )}
    </ClusterPage>
  );
}
