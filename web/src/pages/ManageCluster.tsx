// /manage/:id: a cluster's (or hub's) managers edit its details, create hubs, manage members and add organisations.
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { FORM_KIT } from '../components/form-messages.ts';
import { useT } from '../i18n.ts';
import { mayManage } from '../session.ts';
import { RequireAccess } from './edit-access.tsx';
import { ClusterDetails, NewHubForm } from './manage-cluster-forms.tsx';
import { useCluster } from './manage-data.ts';
import { Members } from './manage-members.tsx';
import { MANAGE } from './manage.messages.ts';
import { RegulatorySection } from './manage-regulatory.tsx';
import './edit.css';
import './edit-link.css';

export function ManageClusterPage() {
  const id = useRoute().params.id ?? '';
  return (
    <RequireAccess allowed={(user) => mayManage(user, id)}>
      <ManageCluster id={id} />
    </RequireAccess>
  );
}

function ManageCluster({ id }: { id: string }) {
  const { t } = useT(MANAGE);
  const { t: tf } = useT();
  const { t: tk } = useT(FORM_KIT);
  const { cluster, error, reload } = useCluster(id);
  const [hubMessage, setHubMessage] = useState('');

  if (error) return <p class="page form-error" role="alert">{tk('loadFailed', { message: error })}</p>;
  if (!cluster) return <p class="page" role="status">{tf('app.loading')}</p>;

  return (
    <div class="page manage-page">
      <p>
        <a href="/manage">← {t('allClusters')}</a>
      </p>
      <h1>{cluster.name}</h1>
      <p>
        <a class="button-link" href={`/manage/${id}/new-organization`}>
          {t('newOrganization')}
        </a>
      </p>
      <Members cluster={cluster} />
      <ClusterDetails key={cluster.id} cluster={cluster} onSaved={reload} />
      {cluster.parentId === null && (
        <section aria-labelledby="hubs-title">
          <h2 id="hubs-title">{t('hubs')}</h2>
          <p class="form-status" role="status" aria-live="polite">
            {hubMessage}
          </p>
          {cluster.hubs.length === 0 ? (
            <p class="muted">{t('noHubs')}</p>
          ) : (
            <ul>
              {cluster.hubs.map((h) => (
                <li key={h.id}>
                  <a href={`/manage/${h.id}`}>{h.name}</a> <span class="muted">({t('members', { count: h.memberCount })})</span>
                </li>
              ))}
            </ul>
          )}
          <NewHubForm
            cluster={cluster}
            onCreated={(name) => {
              setHubMessage(t('hubCreated', { name }));
              void reload();
            }}
          />
        </section>
      )}
      <RegulatorySection clusterId={cluster.id} />
    </div>
  );
}
