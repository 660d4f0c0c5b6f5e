// A group's members for the cluster's members, leads first; managers name leads, leads and managers remove members.
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { mayManage, useSession } from '../session.ts';
import { useKeptLoad } from './group-load.ts';
import { leaveGroup, listMembers, setRole, type Group } from './groups-api.ts';
import { GROUPS } from './groups.messages.ts';

export function GroupMembers({ group, version, onChange }: { group: Group; version: number; onChange: () => void }) {
  const { t } = useT(GROUPS);
  const user = useSession();
  const { data, error } = useKeptLoad(group.id, version, listMembers);
  const [problem, setProblem] = useState<string | null>(null);
  const manages = mayManage(user, group.clusterId);
  const act = (work: Promise<unknown>) => void work.then(onChange, (err: Error) => setProblem(err.message));
  return (
    <section aria-labelledby="group-members" class="card group-section">
      <h2 id="group-members">{t('member.title')}</h2>
      {error && <p role="alert">{t('failed', { message: error })}</p>}
      {data && data.items.length === 0 && <p>{t('member.none')}</p>}
      <ul class="group-members">
        {data?.items.map((m) => (
          <li key={m.userId}>
            <span>{m.name}</span>
            {m.organizations.length > 0 && <span class="muted"> · {m.organizations.join(', ')}</span>}
            {m.role === 'lead' && <span class="tag">{t('member.lead')}</span>}
            {manages && (
              <button type="button" class="link-button" onClick={() => act(setRole(group.id, m.userId, m.role === 'lead' ? 'member' : 'lead'))}>
                {m.role === 'lead' ? t('member.makeMember') : t('member.makeLead')}<span class="visually-hidden">: {m.name}</span>
              </button>
            )}
            {group.runs && m.userId !== user?.id && (manages || m.role !== 'lead') && (
              <button type="button" class="link-button" onClick={() => act(leaveGroup(group.id, m.userId))}>
                {t('member.remove')}<span class="visually-hidden">: {m.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {problem && <p class="field-error" role="alert">{problem}</p>}
    </section>
  );
}
