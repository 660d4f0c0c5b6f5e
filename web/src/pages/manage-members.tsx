// A cluster's members for its managers: filter by status, approve or reject applications, change type, end, add.
import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { todayIso } from '../components/form-rules.ts';
import { formatDate, useT } from '../i18n.ts';
import { useTypeahead } from '../use-typeahead.ts';
import { MEMBERSHIP_STATUSES, MEMBERSHIP_TYPES, type Cluster, type Membership } from './manage-data.ts';
import { MANAGE } from './manage.messages.ts';

type Status = Membership['status'];
type Found = { id: string; name: string; address: { city: string | null; country: string | null } };

/** The members table with its status filter, and the search that adds an existing organisation. */
export function Members({ cluster }: { cluster: Cluster }) {
  const { t } = useT(MANAGE);
  const [filter, setFilter] = useState<Status | ''>('');
  const [items, setItems] = useState<Membership[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const load = () =>
    api<{ items: Membership[] }>(`/clusters/${cluster.id}/members${query({ status: filter || undefined })}`).then(
      (r) => setItems(r.items),
      (err: Error) => setMessage(t('failed', { message: err.message })),
    );
  useEffect(() => {
    void load();
  }, [cluster.id, filter]);

  /** Changes one membership, reloads the list and says what happened. */
  const put = async (organizationId: string, body: Record<string, string>, done: string) => {
    setBusy(organizationId);
    try {
      await api(`/clusters/${cluster.id}/members/${organizationId}`, { method: 'PUT', json: body });
      await load();
      setMessage(done);
    } catch (err) {
      setMessage(t('failed', { message: (err as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{t('members')}</h2>
      <p class="form-status" role="status" aria-live="polite">
        {message}
      </p>
      <label class="inline-field">
        {t('statusFilter')}
        <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as Status | '')}>
          <option value="">{t('statusAll')}</option>
          {MEMBERSHIP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {items === null ? null : items.length === 0 ? (
        <p class="muted">{t('noMembers')}</p>
      ) : (
        <table class="members-table">
          <thead>
            <tr>
              <th scope="col">{t('organization')}</th>
              <th scope="col">{t('place')}</th>
              <th scope="col">{t('type')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('since')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => {
              const name = m.organizationName;
              const disabled = busy === m.organizationId;
              return (
                <tr key={m.organizationId}>
                  <th scope="row">
                    <a href={`/organizations/${m.organizationId}`}>{name}</a>
                  </th>
                  <td data-label={t('place')}>{[m.city, m.country].filter(Boolean).join(', ')}</td>
                  <td data-label={t('type')}>
                    <select
                      aria-label={t('typeOf', { name })}
                      value={m.type}
                      disabled={disabled}
                      onChange={(e) => {
                        const type = e.currentTarget.value;
                        void put(m.organizationId, { type }, t('typeChanged', { name, type: t(`types.${type}`) }));
                      }}
                    >
                      {MEMBERSHIP_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`types.${type}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td data-label={t('state')}>
                    <span class={`status status-${m.status}`}>{t(`status.${m.status}`)}</span>
                  </td>
                  <td data-label={t('since')}>
                    {m.startDate ? formatDate(m.startDate) : ''}
                    {m.endDate ? ` ${t('until', { date: formatDate(m.endDate) })}` : ''}
                  </td>
                  <td class="row-actions">
                    {m.status === 'applied' && (
                      <>
                        <button type="button" class="primary" disabled={disabled}
                          onClick={() => void put(m.organizationId, { status: 'active', startDate: todayIso() }, t('approved', { name }))}>
                          {t('approve')}
                          <span class="visually-hidden"> {name}</span>
                        </button>
                        <button type="button" disabled={disabled}
                          onClick={() => void put(m.organizationId, { status: 'rejected' }, t('rejected', { name }))}>
                          {t('reject')}
                          <span class="visually-hidden"> {name}</span>
                        </button>
                      </>
                    )}
                    {m.status === 'active' && (
                      <ConfirmButton
                        label={t('end')}
                        detail={name}
                        question={t('endQuestion', { name })}
                        disabled={disabled}
                        onConfirm={() => put(m.organizationId, { status: 'ended', endDate: todayIso() }, t('ended', { name }))}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddMember listed={new Set((items ?? []).map((m) => m.organizationId))} onAdd={(o) => put(o.id, { status: 'active', type: 'full', startDate: todayIso() }, t('added', { name: o.name }))} />
    </section>
  );
}

/** Searches organisations by name as you type and adds one as an active member. */
function AddMember({ listed, onAdd }: { listed: Set<string>; onAdd: (o: Found) => Promise<void> }) {
  const { t } = useT(MANAGE);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  useTypeahead(q, (text, signal) => api<{ items: Found[] }>(`/organizations${query({ q: text, limit: 8 })}`, { signal }), {
    found: (r) => setFound(r.items),
    cleared: () => setFound(null),
  });
  return (
    <div class="add-member">
      <h3>{t('addExisting')}</h3>
      <label class="field" for="add-member-q">
        {t('search')}
      </label>
      <input id="add-member-q" type="search" value={q} placeholder={t('searchPlaceholder')} autoComplete="off" onInput={(e) => setQ(e.currentTarget.value)} />
      <p class="visually-hidden" aria-live="polite">
        {found === null ? '' : t('results', { count: found.length })}
      </p>
      {found && found.length > 0 && (
        <ul class="item-list">
          {found.map((o) => (
            <li key={o.id}>
              <div class="item-main">
                <strong>{o.name}</strong> <span class="muted">{[o.address.city, o.address.country].filter(Boolean).join(', ')}</span>
              </div>
              {listed.has(o.id) ? (
                <span class="muted">{t('alreadyMember')}</span>
              ) : (
                <button type="button" onClick={() => void onAdd(o)}>
                  {t('add')}
                  <span class="visually-hidden"> {o.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
