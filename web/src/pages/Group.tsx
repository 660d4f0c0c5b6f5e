// One working or strategy group: about it and its lead (everyone); its workshops, decisions, tasks, members and the
// calendar feed (members of the cluster); planning and recording (its leads and the cluster's managers).
import { useState } from 'preact/hooks';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { localized, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { GroupFeed } from './group-feed.tsx';
import { useKeptLoad } from './group-load.ts';
import { GroupMembers } from './group-members.tsx';
import { GroupDecisions, GroupTasks } from './group-work.tsx';
import { GroupWorkshops } from './group-workshops.tsx';
import { getGroup, type Group } from './groups-api.ts';
import { GROUPS } from './groups.messages.ts';
import { LeadLine, MembershipButton } from './Groups.tsx';
import './groups.css';

function GroupBody({ cluster, group, version, reload }: { cluster: ClusterInfo; group: Group; version: number; reload: () => void }) {
  const { t } = useT(GROUPS);
  const user = useSession();
  const insider = group.memberCount !== null;
  return (
    <>
      <p><a href={`/clusters/${cluster.slug}/groups`}>{t('all')}</a></p>
      <section class="card group-about" aria-labelledby="group-about">
        <h2 id="group-about">{t('about')}</h2>
        <p><span class={`tag group-kind-${group.kind}`}>{t(`kind.${group.kind}`)}</span></p>
        {localized(group.description) && <p>{localized(group.description)}</p>}
        <LeadLine group={group} />
        {insider && (
          <p class="muted">
            {t('members', { count: group.memberCount ?? 0 })}
            {group.myRole && <> · <strong class="group-you">{t(`you.${group.myRole}`)}</strong></>}
          </p>
        )}
        <MembershipButton group={group} onChange={reload} />
      </section>
      {!insider ? (
        <p class="notice">{user ? t('membersOnly') : <a href={`/sign-in?next=/clusters/${cluster.slug}/groups/${group.id}`}>{t('signIn')}</a>}</p>
      ) : (
        <>
          <GroupWorkshops group={group} version={version} onChange={reload} />
          <div class="group-columns">
            <GroupDecisions group={group} version={version} />
            <GroupTasks group={group} version={version} onChange={reload} />
          </div>
          <div class="group-columns">
            <GroupMembers group={group} version={version} onChange={reload} />
            {group.myRole && <GroupFeed />}
          </div>
        </>
      )}
    </>
  );
}

export function GroupPage({ slug, id }: { slug: string; id: string }) {
  const { t } = useT(GROUPS);
  const user = useSession();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((n) => n + 1);
  const { data: group, error } = useKeptLoad(user === undefined ? '' : `${id}|${user?.id ?? ''}`, version, () => getGroup(id));
  if (error) return <div class="page"><p class="notice" role="alert">{t('failed', { message: error })}</p></div>;
  return (
    <ClusterPage slug={slug} section="groups" title={group ? localized(group.title) : t('loading')}>
      {(cluster) => (group ? <GroupBody cluster={cluster} group={group} version={version} reload={reload} /> : <p role="status">{t('loading')}</p>)}
    </ClusterPage>
  );
}
