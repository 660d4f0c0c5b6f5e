// Epidemic readiness of a cluster (/clusters/:slug/readiness): managers ask who can make what is needed and export the
// answer; editors declare the production capacities of their organisations. Private to both.
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { CapacitiesSection } from './readiness-capacities.tsx';
import { organizationName } from './readiness-api.ts';
import { ReadinessQuerySection } from './readiness-query.tsx';
import { READINESS } from './readiness.messages.ts';
import './readiness.css';

/** The organisations the user edits, with whether each is an active member of the cluster's family. */
function EditedOrganizations({ cluster, ids }: { cluster: ClusterInfo; ids: string[] }) {
  const root = cluster.parentId ?? cluster.id;
  const { data } = useLoad(ids.join(','), (key) => Promise.all(key.split(',').filter(Boolean).map((id) => organizationName(id).catch(() => null))));
  return (
    <>
      {(data ?? []).flatMap((o) => (o ? [o] : [])).map((o) => {
        const active = o.memberships.some((m) => m.status === 'active' && (m.clusterId === root || m.parentId === root));
        return <CapacitiesSection key={o.id} organizationId={o.id} organizationName={o.name} active={active} />;
      })}
    </>
  );
}

export function ClusterReadinessPage({ slug }: { slug: string }) {
  const { t } = useT(READINESS);
  const user = useSession();
  const edited = user ? user.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId) : [];
  return (
    <ClusterPage slug={slug} section="readiness">
      {(cluster) => (
        <>
          <p class="lead">{t('lead')}</p>
          <p class="muted">{t('privacy')}</p>
          {user === null && <p class="notice"><a href={`/sign-in?next=/clusters/${slug}/readiness`}>{t('signIn')}</a></p>}
          {cluster.access === 'manager' && <ReadinessQuerySection slug={cluster.slug} />}
          {user && edited.length > 0 && <EditedOrganizations cluster={cluster} ids={edited} />}
          {user && cluster.access !== 'manager' && edited.length === 0 && <p class="notice">{t('nothingHere')}</p>}
        </>
      )}
    </ClusterPage>
  );
}
