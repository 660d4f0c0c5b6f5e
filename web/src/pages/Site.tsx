// A cluster's public website: /site/{slug} (home), /site/{slug}/{page} (its pages and sections) and
// /site/{slug}/news/{post}. No sign-in needed; the visitor picks German, English or Danish (also by ?lang=).
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { isLanguage, rememberLanguage, setLanguage, useT } from '../i18n.ts';
import { mayManage, useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { loadSite, type SiteInfo } from './site-api.ts';
import { SiteHome } from './site-home.tsx';
import { SiteFrame, useSiteTitle } from './site-layout.tsx';
import { NewsListView, NewsPostView } from './site-news.tsx';
import { ContactsView, DownloadsView } from './site-people.tsx';
import { CustomPageView, GroupsView, Loaded, missingAsNull, ProjectsView, StrategyView } from './site-views.tsx';
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

/** The route component of every /site/... path (the server renders it too: src/site/site-render.tsx). */
export function SitePage({ slug, page, post }: { slug: string; page?: string; post?: string }) {
  const { t, language } = useT(SITE);
  const { query, route } = useLocation();
  const user = useSession();
  const wanted = query.lang;
  // A language button sets ?lang= (site-layout.tsx); a page the server rendered for ?lang= is already in it.
  // Either way the choice is remembered, so that links, reloads and new tabs keep it (decision 014).
  useEffect(() => {
    if (!isLanguage(wanted)) return;
    if (wanted !== language) void setLanguage(wanted);
    else rememberLanguage(wanted);
  }, [wanted]);
  useEffect(() => {
    if (page === 'edit') route(`/clusters/${slug}/site`, true);
  }, [page, slug]);
  // Loaded as a visitor sees it (as the server renders it); who is signed in decides only whether the edit link shows.
  const state = useLoad(`${slug}|site|${language}`, () => loadSite(slug, language).catch(missingAsNull));
  const site = state.data ?? undefined;
  useSiteTitle(state.data === null ? t('notFound') : undefined, null);
  const current = post ? 'news' : (page ?? '');
  return (
    <SiteFrame site={site} canEdit={!!site && mayManage(user, site.cluster.id)} current={current}>
      <div class="site-content">
        <Loaded state={state}>{(s) => <SiteContent site={s} page={page} post={post} />}</Loaded>
      </div>
    </SiteFrame>
  );
}
