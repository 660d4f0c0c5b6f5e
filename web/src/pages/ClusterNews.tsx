// A cluster's news (/clusters/:slug/news): the published list with "read more" and the Atom feed (also announced to
// browsers with <link rel="alternate">); members write for their organisation; managers publish, review and export.
import { useEffect, useState } from 'preact/hooks';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { currentLanguage, formatDate, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { feedUrl, listNews, listPosts, type Article, type Post } from './news-api.ts';
import { PostEditor } from './news-editor.tsx';
import { DigestSection, PostsList, ReviewQueue } from './news-work.tsx';
import { NEWS } from './news.messages.ts';
import { organizationName } from './readiness-api.ts';
import './news.css';
import './readiness.css';

/** The language's name in the interface language ("German", "Deutsch", "tysk"). */
export const languageName = (code: string) => new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(code) ?? code;

/** Announces the cluster's Atom feed to browsers and feed readers while the page is open. */
export function useFeedLink(slug: string, title: string) {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = title;
    link.href = feedUrl(slug, currentLanguage());
    document.head.appendChild(link);
    return () => link.remove();
  }, [slug, title]);
}

function NewsItem({ slug, item }: { slug: string; item: Article }) {
  const { t } = useT(NEWS);
  const href = `/clusters/${slug}/news/${item.slug}`;
  return (
    <li class="card news-item" lang={item.language}>
      <h3><a href={href}>{item.title}</a></h3>
      <p class="muted" lang={currentLanguage()}>
        {item.publishedAt && formatDate(item.publishedAt, { dateStyle: 'long' })}
        {item.organizationName && ` · ${t('list.by', { organization: item.organizationName })}`}
        {item.language !== item.requestedLanguage && ` · ${t('list.otherLanguage', { language: languageName(item.language) })}`}
      </p>
      {item.summary && <p>{item.summary}</p>}
      <p lang={currentLanguage()}><a href={href}>{t('list.readMore')}<span class="visually-hidden">: {item.title}</span></a></p>
    </li>
  );
}

function PublishedNews({ cluster }: { cluster: ClusterInfo }) {
  const { t, language } = useT(NEWS);
  const { data, error } = useLoad(`${cluster.slug}|${language}`, () => listNews(cluster.slug, currentLanguage()));
  const [older, setOlder] = useState<{ items: Article[]; cursor: string | null }>({ items: [], cursor: null });
  useEffect(() => setOlder({ items: [], cursor: data?.nextCursor ?? null }), [data]);
  const more = async () => {
    if (!older.cursor) return;
    const next = await listNews(cluster.slug, currentLanguage(), older.cursor);
    setOlder((o) => ({ items: [...o.items, ...next.items], cursor: next.nextCursor }));
  };
  return (
    <section aria-labelledby="news-latest" class="news-latest">
      <h2 id="news-latest">{t('list.title')}</h2>
      <p><a href={feedUrl(cluster.slug, currentLanguage())} type="application/atom+xml" class="news-feed-link">{t('feed')}</a></p>
      {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
      {!data && !error && <p role="status">{t('loading')}</p>}
      {data && data.items.length === 0 && <p>{t('list.none')}</p>}
      <ul class="cards news-list">{[...(data?.items ?? []), ...older.items].map((a) => <NewsItem key={a.id} slug={cluster.slug} item={a} />)}</ul>
      {older.cursor && <button type="button" onClick={() => void more()}>{t('list.older')}</button>}
    </section>
  );
}

function Workspace({ cluster, refreshPublic }: { cluster: ClusterInfo; refreshPublic: () => void }) {
  const { t } = useT(NEWS);
  const user = useSession();
  const manager = cluster.access === 'manager';
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState<Post | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const { data } = useLoad(`${cluster.slug}|${tick}`, () => listPosts(cluster.slug));
  const edited = user ? user.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId) : [];
  const { data: organizations } = useLoad(edited.join(','), (key) => Promise.all(key.split(',').filter(Boolean).map((id) => organizationName(id).then((o) => ({ id: o.id, name: o.name }), () => null))));
  const changed = (message: string) => {
    setStatus(message);
    setEditing(null);
    setTick((n) => n + 1);
    refreshPublic();
  };
  const posts = data?.items ?? [];
  return (
    <>
      <p class="form-status" role="status">{status}</p>
      {editing === null && <p><button type="button" class="primary" onClick={() => { setStatus(''); setEditing('new'); }}>{t('write.newPost')}</button></p>}
      {editing !== null && (
        <PostEditor key={editing === 'new' ? 'new' : editing.id} slug={cluster.slug} post={editing === 'new' ? null : editing} manager={manager}
          organizations={(organizations ?? []).flatMap((o) => (o ? [o] : []))} onDone={(message) => (message ? changed(message) : setEditing(null))} />
      )}
      {manager && <ReviewQueue posts={posts.filter((p) => p.status === 'submitted')} onChanged={changed} />}
      <PostsList slug={cluster.slug} posts={posts} manager={manager} onEdit={(p) => { setStatus(''); setEditing(p); }} onChanged={changed} />
      {manager && <DigestSection slug={cluster.slug} />}
    </>
  );
}

function NewsBody({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(NEWS);
  const user = useSession();
  const [version, setVersion] = useState(0);
  useFeedLink(cluster.slug, t('feedTitle', { name: cluster.name }));
  return (
    <>
      <p class="lead">{t('lead', { name: cluster.name })}</p>
      {user === null && <p class="notice"><a href={`/sign-in?next=/clusters/${cluster.slug}/news`}>{t('signIn')}</a></p>}
      {user && cluster.access !== 'public' && <Workspace cluster={cluster} refreshPublic={() => setVersion((n) => n + 1)} />}
      <PublishedNews key={version} cluster={cluster} />
    </>
  );
}

export function ClusterNewsPage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="news">{(cluster) => <NewsBody cluster={cluster} />}</ClusterPage>;
}
