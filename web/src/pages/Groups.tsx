// A cluster's working and strategy groups: everyone sees them with their lead; members join and leave and see their
// own tasks across groups (overdue ones marked); managers create groups.
import { useState } from 'preact/hooks';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { formatDate, localized, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { NewGroupForm } from './group-forms.tsx';
import { joinGroup, leaveGroup, listGroups, myTasks, updateTask, type Group, type MyTask } from './groups-api.ts';
import { GROUPS } from './groups.messages.ts';
import './groups.css';

/** The lead of a group as one line: the person (when shown) and the organisation. */
export function LeadLine({ group }: { group: Group }) {
  const { t } = useT(GROUPS);
  const names = [group.lead.personName, group.lead.organizationName].filter(Boolean);
  if (names.length === 0) return null;
  return (
    <p class="group-lead">
      <span class="muted">{t('lead')}:</span>{' '}
      {group.lead.personName && <span>{group.lead.personName}</span>}
      {group.lead.personName && group.lead.organizationName && ', '}
      {group.lead.organizationName && (group.lead.organizationId ? <a href={`/organizations/${group.lead.organizationId}`}>{group.lead.organizationName}</a> : group.lead.organizationName)}
    </p>
  );
}

/** Join or leave, for members of the cluster. */
export function MembershipButton({ group, onChange }: { group: Group; onChange: () => void }) {
  const { t } = useT(GROUPS);
  const user = useSession();
  const [error, setError] = useState<string | null>(null);
  if (!user || group.memberCount === null) return null;
  const title = localized(group.title);
  const act = (work: Promise<unknown>) => void work.then(onChange, (err: Error) => setError(err.message));
  return (
    <div class="group-membership">
      {group.myRole ? (
        <button type="button" onClick={() => act(leaveGroup(group.id, user.id))}>{t('leave')}<span class="visually-hidden">: {title}</span></button>
      ) : (
        <button type="button" class="primary" onClick={() => act(joinGroup(group.id))}>{t('join')}<span class="visually-hidden">: {title}</span></button>
      )}
      {error && <p class="field-error" role="alert">{error}</p>}
    </div>
  );
}

function GroupCard({ slug, group, onChange }: { slug: string; group: Group; onChange: () => void }) {
  const { t } = useT(GROUPS);
  return (
    <li class="card group-card">
      <p class="group-kind"><span class={`tag group-kind-${group.kind}`}>{t(`kind.${group.kind}`)}</span></p>
      <h2><a href={`/clusters/${slug}/groups/${group.id}`}>{localized(group.title)}</a></h2>
      {localized(group.description) && <p>{localized(group.description)}</p>}
      <LeadLine group={group} />
      {group.memberCount !== null && (
        <p class="muted">
          {t('members', { count: group.memberCount })}
          {group.myRole && <> · <strong class="group-you">{t(`you.${group.myRole}`)}</strong></>}
        </p>
      )}
      <MembershipButton group={group} onChange={onChange} />
    </li>
  );
}

/** The user's open tasks across their groups, overdue ones first marked, each with "done". */
export function MyTasks({ version, onChange }: { version: number; onChange: () => void }) {
  const { t } = useT(GROUPS);
  const { data, error } = useLoad(`tasks|${version}`, myTasks);
  const [failed, setFailed] = useState<string | null>(null);
  const done = (task: MyTask) => void updateTask(task.id, { status: 'done' }).then(onChange, (err: Error) => setFailed(err.message));
  return (
    <section class="card group-my-tasks" aria-labelledby="my-tasks">
      <h2 id="my-tasks">
        {t('myTasks.title')}
        {data && data.overdue > 0 && <span class="tag group-overdue">{t('myTasks.overdue', { count: data.overdue })}</span>}
      </h2>
      {error && <p role="alert">{t('failed', { message: error })}</p>}
      {data && data.items.length === 0 && <p>{t('myTasks.none')}</p>}
      <ul class="group-tasks">
        {data?.items.map((task) => (
          <li key={task.id} class={task.overdue ? 'group-task overdue' : 'group-task'}>
            <span class="group-task-title">{task.title}</span>
            <span class="muted">
              {' · '}<a href={`/clusters/${task.group.clusterSlug}/groups/${task.group.id}`}>{localized(task.group.title)}</a>
              {' · '}{task.dueDate ? t('myTasks.due', { date: formatDate(task.dueDate) }) : t('myTasks.noDue')}
            </span>
            {task.overdue && <span class="tag group-overdue">{t('myTasks.overdueTag')}</span>}
            <button type="button" onClick={() => done(task)}>{t('tasks.done')}<span class="visually-hidden">: {task.title}</span></button>
          </li>
        ))}
      </ul>
      {failed && <p class="field-error" role="alert">{failed}</p>}
    </section>
  );
}

function GroupsBody({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(GROUPS);
  const user = useSession();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((n) => n + 1);
  const { data, error } = useLoad(`${cluster.slug}|${user?.id ?? ''}|${version}`, () => listGroups(cluster.slug));
  const insider = cluster.access !== 'public';
  return (
    <>
      <p class="lead">{t('intro', { name: cluster.name })}</p>
      {!insider && (
        <p class="notice">{user ? t('publicHint') : <a href={`/sign-in?next=/clusters/${cluster.slug}/groups`}>{t('signIn')}</a>}</p>
      )}
      <div class={insider && user ? 'groups-layout with-tasks' : 'groups-layout'}>
        <div>
          {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
          {!data && !error && <p role="status">{t('loading')}</p>}
          {data && data.items.length === 0 && <p>{t('none')}</p>}
          <ul class="cards group-cards">
            {data?.items.map((g) => <GroupCard key={g.id} slug={cluster.slug} group={g} onChange={reload} />)}
          </ul>
        </div>
        {insider && user && <MyTasks version={version} onChange={reload} />}
      </div>
      {cluster.access === 'manager' && <NewGroupForm slug={cluster.slug} onCreated={reload} />}
    </>
  );
}

export function GroupsPage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="groups">{(cluster) => <GroupsBody cluster={cluster} />}</ClusterPage>;
}
