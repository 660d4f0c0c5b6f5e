// A cluster's public website: /site/{slug} (home), /site/{slug}/{page} (its pages and sections) and
// /site/{slug}/news/{post}. No sign-in needed; the visitor picks German, English or Danish (also by ?lang=).
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { setLanguage, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { loadSite, type SiteInfo } from './site-api.ts';
import { SiteHome } from './site-home.tsx';
import { isLanguage, SiteFrame } from './site-layout.tsx';
import { NewsListView, NewsPostView } from './site-news.tsx';
import { ContactsView, DownloadsView } from './site-people.tsx';
import { CustomPageView, GroupsView, ProjectsView, StrategyView } from './site-views.tsx';
import { SITE } from './site.messages.ts';

function SiteContent({ site, page, post }: { site: SiteInfo; page: string | undefined; post: string | undefined }) {
  if (post) return <NewsPostView site={site} post={post} />;
  if (page === undefined) return <SiteHome site={site} />;
  if (page === 'news') return <NewsListView site={site} />;
  if (page === 'fields-of-action') return <StrategyView site={site} />;
  if (page === 'groups') return <GroupsView site={site} />;
  if (page === 'projects') return <ProjectsView site={site} />;
  if (page === 'downloads') return <DownloadsView site={site} />;
  if (page === 'contact') return <ContactsView site={site} />;
  return <CustomPageView site={site} page={page} />;
}

/** The route component of every /site/... path. */
export function SitePage({ slug, page, post }: { slug: string; page?: string; post?: string }) {
  const { t, language } = useT(SITE);
  const { query, route } = useLocation();
  const user = useSession();
  const wanted = query.lang;
  useEffect(() => {
    if (isLanguage(wanted) && wanted !== language) void setLanguage(wanted);
  }, [wanted]);
  useEffect(() => {
    if (page === 'edit') route(`/clusters/${slug}/site`, true);
  }, [page, slug]);
  // Who is signed in decides only whether the edit link shows; wait for it so the frame loads once.
  const key = user === undefined ? '' : `${slug}|${language}|${user?.id ?? ''}`;
  const { data: site, error } = useLoad(key, (k) => (k ? loadSite(slug, language) : new Promise<SiteInfo>(() => {})));
  const current = post ? 'news' : (page ?? '');
  return (
    <SiteFrame site={site} current={current}>
      <div class="site-content">
        {error ? (
          <p class="notice" role="alert">{t('failed', { message: error })}</p>
        ) : !site ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <SiteContent site={site} page={page} post={post} />
        )}
      </div>
    </SiteFrame>
  );
}
