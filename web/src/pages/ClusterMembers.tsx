// The members of a cluster (/clusters/:slug/members): lists per hub with type and "member since", filters (new members
// of a period); managers decide applications and end memberships; editors apply for their organisations.
import { useState } from 'preact/hooks';
import { ClusterPage } from '../components/cluster-nav.tsx';
import { formatDate, useT } from '../i18n.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { InputField, SelectInput } from './cluster-fields.tsx';
import { ApplicationsSection, EndMembership } from './members-applications.tsx';
import { ApplySection } from './members-apply.tsx';
import { listMembers, type MemberFilter, type Membership } from './members-api.ts';
import { MEMBERS } from './members.messages.ts';
import './members.css';

const NO_FILTER: MemberFilter = { type: '', q: '', joinedFrom: '', joinedTo: '' };

function Filters({ value, onApply }: { value: MemberFilter; onApply: (f: MemberFilter) => void }) {
  const { t } = useT(MEMBERS);
  const [draft, setDraft] = useState(value);
  const set = (key: keyof MemberFilter) => (v: string) => setDraft((d) => ({ ...d, [key]: v }));
  return (
    <form class="members-filters" aria-labelledby="members-filter-title" onSubmit={(e) => { e.preventDefault(); onApply(draft); }}>
      <h2 id="members-filter-title" class="visually-hidden">{t('filter.title')}</h2>
      <div class="field-row">
        <SelectInput id="filter-type" label={t('filter.type')} value={draft.type} onChange={set('type')}
          options={[{ value: '', label: t('filter.anyType') }, ...(['full', 'associate', 'partner'] as const).map((v) => ({ value: v, label: t(`type.${v}`) }))]} />
        <InputField id="filter-name" type="search" label={t('filter.name')} value={draft.q} onInput={set('q')} />
        <InputField id="filter-from" type="date" label={t('filter.joinedFrom')} value={draft.joinedFrom} onInput={set('joinedFrom')} hint={t('filter.hint')} />
        <InputField id="filter-to" type="date" label={t('filter.joinedTo')} value={draft.joinedTo} onInput={set('joinedTo')} />
      </div>
      <div class="form-actions">
        <button type="submit" class="primary">{t('filter.apply')}</button>
        <button type="button" onClick={() => { setDraft(NO_FILTER); onApply(NO_FILTER); }}>{t('filter.reset')}</button>
      </div>
    </form>
  );
}

/** The members grouped by the cluster or hub they belong to, the cluster itself first. */
function MemberTables({ items, manager, rootId, onChanged }: { items: Membership[]; manager: boolean; rootId: string; onChanged: (message: string) => void }) {
  const { t } = useT(MEMBERS);
  const groups = new Map<string, Membership[]>();
  for (const m of [...items].sort((a, b) => Number(b.clusterId === rootId) - Number(a.clusterId === rootId) || a.clusterName.localeCompare(b.clusterName))) {
    groups.set(m.clusterId, [...(groups.get(m.clusterId) ?? []), m]);
  }
  return (
    <>
      {[...groups.values()].map((list) => {
        const id = `members-${list[0]!.clusterSlug}`;
        return (
          <section key={id} aria-labelledby={id} class="members-hub">
            <h3 id={id}>{list[0]!.clusterName} <span class="muted">({t('list.count', { count: list.length })})</span></h3>
            <div class="members-table-wrap">
              <table class="members-table">
                <thead>
                  <tr>
                    <th scope="col">{t('list.organisation')}</th>
                    <th scope="col">{t('filter.type')}</th>
                    <th scope="col">{t('list.since')}</th>
                    <th scope="col">{t('list.place')}</th>
                    {manager && <th scope="col">{t('list.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => (
                    <tr key={m.organizationId}>
                      <th scope="row"><a href={`/organizations/${m.organizationId}`}>{m.organizationName}</a></th>
                      <td>{t(`type.${m.type}`)}</td>
                      <td>{m.startDate ? formatDate(m.startDate) : t('list.unknown')}</td>
                      <td>{[m.city, m.country].filter(Boolean).join(', ') || t('list.unknown')}</td>
                      {manager && <td><EndMembership member={m} onDone={onChanged} /></td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}

export function ClusterMembersPage({ slug }: { slug: string }) {
  const { t } = useT(MEMBERS);
  const user = useSession();
  const [filter, setFilter] = useState<MemberFilter>(NO_FILTER);
  const [status, setStatus] = useState('');
  const { data, error, retry } = useLoad(`${slug}|${JSON.stringify(filter)}|${user?.id ?? ''}`, () => listMembers(slug, filter));
  const edited = user ? user.roles.filter((r) => r.role === 'organization_editor').map((r) => r.scopeId) : [];
  return (
    <ClusterPage slug={slug} section="members">
      {(cluster) => (
        <>
          <p class="lead">{t('lead', { name: cluster.name })}</p>
          {user === null && <p class="notice"><a href={`/sign-in?next=/clusters/${slug}/members`}>{t('signIn')}</a></p>}
          {cluster.access === 'manager' && <ApplicationsSection slug={cluster.slug} onDecided={retry} />}
          {user && edited.length > 0 && <ApplySection cluster={cluster} organizationIds={edited} />}
          <section aria-labelledby="members-list" class="members-list">
            <h2 id="members-list">{t('list.title')}</h2>
            <Filters value={filter} onApply={setFilter} />
            <p class="form-status" role="status">{status}</p>
            {error && <p class="notice" role="alert">{t('failed', { message: error })}</p>}
            {!data && !error && <p role="status">{t('loading')}</p>}
            {data && <p class="muted">{t('list.count', { count: data.items.length })}</p>}
            {data && data.items.length === 0 && <p>{t('list.none')}</p>}
            {data && <MemberTables items={data.items} manager={cluster.access === 'manager'} rootId={cluster.id} onChanged={(m) => { setStatus(m); retry(); }} />}
          </section>
        </>
      )}
    </ClusterPage>
  );
}
