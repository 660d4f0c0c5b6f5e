// The cluster workspace's frame: which cluster, how the user stands to it, and the tabs of its sections.
import type { ComponentChildren } from 'preact';
import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { CLUSTER } from './cluster-nav.messages.ts';
import './cluster-nav.css';

export type ClusterAccess = 'manager' | 'member' | 'public';
export type ClusterInfo = { id: string; slug: string; name: string; parentId: string | null; access: ClusterAccess };

export const CLUSTER_SECTIONS = ['home', 'strategy', 'roadmap', 'groups', 'pipeline', 'funding', 'readiness', 'news', 'members', 'report', 'site'] as const;
export type ClusterSection = (typeof CLUSTER_SECTIONS)[number];

/** Where a section lives: the public website under /site, the rest under /clusters/{slug}. */
export const sectionHref = (slug: string, section: ClusterSection) =>
  section === 'site' ? `/site/${slug}` : section === 'home' ? `/clusters/${slug}` : `/clusters/${slug}/${section}`;

async function loadCluster(key: string): Promise<ClusterInfo> {
  const slug = key.split('|')[0]!;
  const [cluster, access] = await Promise.all([
    api<{ id: string; slug: string; name: string; parentId?: string | null }>(`/clusters/${encodeURIComponent(slug)}`),
    api<{ access: ClusterAccess }>(`/clusters/${encodeURIComponent(slug)}/access`),
  ]);
  return { id: cluster.id, slug: cluster.slug, name: cluster.name, parentId: cluster.parentId ?? null, access: access.access };
}

/** The cluster named by `slug` with the signed-in user's access (reloaded when the user changes). */
export function useCluster(slug: string) {
  const user = useSession();
  return useLoad(user === undefined ? '' : `${slug}|${user?.id ?? ''}`, (key) => (key ? loadCluster(key) : new Promise<ClusterInfo>(() => {})));
}

/**
 * A cluster workspace page: heading with the cluster's name, the section tabs (the current one marked) and the
 * page's content, given the loaded cluster. Sections only members see are still listed: their pages explain.
 */
export function ClusterPage({ slug, section, title, children }: {
  slug: string;
  section: ClusterSection;
  title?: string;
  children: (cluster: ClusterInfo) => ComponentChildren;
}) {
  const { t } = useT(CLUSTER);
  const { data: cluster, error } = useCluster(slug);
  // On a phone the tabs scroll sideways: the current one is scrolled into sight (within the row only, not the page).
  const showCurrent = (link: HTMLAnchorElement | null) => {
    const row = link?.closest('ul');
    if (link && row && row.scrollWidth > row.clientWidth) row.scrollLeft = link.offsetLeft - row.offsetLeft - 24;
  };
  if (error) return <div class="page"><p class="notice" role="alert">{t('failed', { message: error })}</p></div>;
  if (!cluster) return <div class="page"><p role="status">{t('loading')}</p></div>;
  return (
    <div class={`page cluster-page cluster-${section}`}>
      <p class="cluster-kicker">
        <a href={`/clusters/${cluster.slug}`}>{cluster.name}</a> · <span class="muted">{t(`access.${cluster.access}`)}</span>
      </p>
      <h1>{title ?? (section === 'home' ? cluster.name : t(`section.${section}`))}</h1>
      <nav class="cluster-tabs" aria-label={t('nav', { name: cluster.name })}>
        <ul>
          {CLUSTER_SECTIONS.map((s) => (
            <li key={s}>
              <a href={sectionHref(cluster.slug, s)} aria-current={s === section ? 'page' : undefined} ref={s === section ? showCurrent : undefined}>{t(`section.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {children(cluster)}
    </div>
  );
}
