// /manage: the clusters and hubs a cluster manager (or admin) manages, each leading to its management page.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { FORM_KIT } from '../components/form-messages.ts';
import { useT } from '../i18n.ts';
import { mayManage, useSession } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import type { Cluster } from './manage-data.ts';
import { MANAGE } from './manage.messages.ts';
import './edit.css';
import './edit-link.css';

export function ManagePage() {
  return (
    <RequireAccess allowed={(user) => mayManage(user)}>
      <ManageOverview />
    </RequireAccess>
  );
}

function ManageOverview() {
  const { t } = useT(MANAGE);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const user = useSession();
  const [clusters, setClusters] = useState<Cluster[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<{ items: Cluster[] }>('/clusters').then(
      (r) => setClusters(r.items),
      (err: Error) => setError(err.message),
    );
  }, []);

  if (error) return <p class="page form-error" role="alert">{tk('loadFailed', { message: error })}</p>;
  if (!clusters || !user) return <p class="page" role="status">{tf('app.loading')}</p>;
  const manages = (id: string) => user.isAdmin || user.managedClusterIds.includes(id);
  // A manager of a cluster manages its hubs too; a manager of a hub only sees that hub.
  const entries = clusters.flatMap((c) =>
    manages(c.id) ? [{ cluster: c, hubs: c.hubs }] : c.hubs.filter((h) => manages(h.id)).map((h) => ({ cluster: { ...h, hubs: [] }, hubs: [], parent: c.name })),
  );

  return (
    <div class="page">
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul class="cards manage-cards">
          {entries.map(({ cluster, hubs, ...rest }) => (
            <li key={cluster.id} class="card">
              <h2>
                <a href={`/manage/${cluster.id}`}>{cluster.name}</a>
              </h2>
              {'parent' in rest && <p class="muted">{t('hubOf', { name: rest.parent })}</p>}
              <p>{t('members', { count: cluster.memberCount })}</p>
              {hubs.length > 0 && (
                <>
                  <h3>{t('hubs')}</h3>
                  <ul>
                    {hubs.map((h) => (
                      <li key={h.id}>
                        <a href={`/manage/${h.id}`}>{h.name}</a> <span class="muted">({t('members', { count: h.memberCount })})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
