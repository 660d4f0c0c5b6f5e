// /account: who I am, my roles (with links to what they let me change), signing out, my notifications and API tokens.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { signOut, useSession, type SessionUser } from '../session.ts';
import { Notifications } from './account-notifications.tsx';
import { ApiTokens } from './account-tokens.tsx';
import { ACCOUNT } from './account.messages.ts';
import { RequireAccess } from './edit-access.tsx';
import type { Cluster } from './manage-data.ts';
import './edit.css';

export function AccountPage() {
  return (
    <RequireAccess allowed={() => true}>
      <Account />
    </RequireAccess>
  );
}

/** The names of the clusters and organisations the user's roles name. */
function useScopeNames(user: SessionUser | null | undefined): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!user) return;
    void api<{ items: Cluster[] }>('/clusters').then((r) => {
      const found: Record<string, string> = {};
      for (const c of r.items) for (const x of [c, ...c.hubs]) found[x.id] = x.name;
      setNames((n) => ({ ...n, ...found }));
    });
    for (const role of user.roles.filter((r) => r.role === 'organization_editor')) {
      void api<{ name: string }>(`/organizations/${role.scopeId}`).then((o) => setNames((n) => ({ ...n, [role.scopeId]: o.name })), () => undefined);
    }
  }, [user?.id]);
  return names;
}

function Account() {
  const { t } = useT(ACCOUNT);
  const user = useSession();
  const { route } = useLocation();
  const names = useScopeNames(user);
  if (!user) return null;

  return (
    <div class="page account-page">
      <h1>{t('title')}</h1>
      <dl class="account-facts">
        <dt>{t('name')}</dt>
        <dd>{user.name || '—'}</dd>
        <dt>{t('email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t('roles')}</h2>
        {user.isAdmin && <p class="tag">{t('admin')}</p>}
        {user.roles.length === 0 && !user.isAdmin ? (
          <p>{t('noRoles')}</p>
        ) : (
          <ul>
            {user.roles.map((r) => (
              <li key={`${r.role}-${r.scopeId}`}>
                {t(`roleNames.${r.role}`, { scope: names[r.scopeId] ?? '…' })}
                {r.role === 'organization_editor' && (
                  <> · <a href={`/organizations/${r.scopeId}/edit`}>{t('edit')}</a></>
                )}
                {r.role === 'cluster_manager' && (
                  <> · <a href={`/manage/${r.scopeId}`}>{t('manage')}</a></>
                )}
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={() => void signOut().then(() => route('/'))}>
          {t('signOut')}
        </button>
      </section>
      <Notifications />
      <ApiTokens />
    </div>
  );
}
