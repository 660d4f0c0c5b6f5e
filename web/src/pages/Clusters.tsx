// The clusters on klynge, each opening its workspace; and a cluster's workspace home with its sections.
import { api } from '../api.ts';
import { CLUSTER_SECTIONS, ClusterPage, sectionHref } from '../components/cluster-nav.tsx';
import { CLUSTER } from '../components/cluster-nav.messages.ts';
import { useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';

type ClusterItem = { id: string; slug: string; name: string; memberCount: number; hubs: ClusterItem[] };

export function ClustersPage() {
  const { t } = useT(CLUSTER);
  const { data, error } = useLoad('clusters', () => api<{ items: ClusterItem[] }>('/clusters'));
  return (
    <div class="page">
      <h1>{t('clusters.title')}</h1>
      <p class="lead">{t('clusters.lead')}</p>
      {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
      {!data && !error && <p role="status">{t('loading')}</p>}
      <ul class="cards">
        {data?.items.map((c) => (
          <li key={c.id} class="card">
            <h2><a href={`/clusters/${c.slug}`}>{c.name}</a></h2>
            <p class="muted">{t('clusters.members', { count: c.memberCount })}</p>
            {c.hubs.length > 0 && (
              <p>
                {t('clusters.hubs')}:{' '}
                {c.hubs.map((h, i) => (
                  <span key={h.id}>{i > 0 && ', '}<a href={`/clusters/${h.slug}`}>{h.name}</a></span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ClusterHomePage({ slug }: { slug: string }) {
  const { t } = useT(CLUSTER);
  return (
    <ClusterPage slug={slug} section="home">
      {(cluster) => (
        <ul class="cards">
          {CLUSTER_SECTIONS.filter((s) => s !== 'home').map((s) => (
            <li key={s} class="card">
              <h2><a href={sectionHref(cluster.slug, s)}>{t(`section.${s}`)}</a></h2>
              <p>{t(`about.${s}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </ClusterPage>
  );
}
