// The applicant's side of membership: the memberships and applications of the organisations the user edits in this
// cluster's family (with the managers' note, and withdrawing a pending one), and the application form.
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import type { ClusterInfo } from '../components/cluster-nav.tsx';
import { formatDate, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { problemsOf, SelectInput, TextAreaField } from './cluster-fields.tsx';
import { apply, organizationMemberships, withdraw, type Membership, type MembershipType } from './members-api.ts';
import { MEMBERS } from './members.messages.ts';

type Family = { options: Array<{ id: string; slug: string; name: string }>; ids: string[] };

async function loadFamily(cluster: ClusterInfo): Promise<Family> {
  const root = await api<{ id: string; slug: string; name: string; hubs?: Array<{ id: string; slug: string; name: string }> }>(`/clusters/${cluster.parentId ?? cluster.id}`);
  const options = [{ id: root.id, slug: root.slug, name: root.name }, ...(root.hubs ?? []).map((h) => ({ id: h.id, slug: h.slug, name: h.name }))];
  return { options, ids: options.map((o) => o.id) };
}

async function loadMine(key: string): Promise<Array<{ id: string; name: string; memberships: Membership[] }>> {
  const ids = key.split(',').filter(Boolean);
  return Promise.all(ids.map(async (id) => {
    const [org, memberships] = await Promise.all([api<{ id: string; name: string }>(`/organizations/${id}`), organizationMemberships(id).catch(() => ({ items: [] }))]);
    return { id, name: org.name, memberships: memberships.items };
  }));
}

function MembershipLine({ m, onWithdrawn }: { m: Membership; onWithdrawn: () => void }) {
  const { t } = useT(MEMBERS);
  return (
    <li>
      <strong>{m.clusterName}</strong>: <span class={`tag members-status-${m.status}`}>{t(`status.${m.status}`)}</span> · {t(`type.${m.type}`)}
      {m.startDate && <> · {t('mine.since', { date: formatDate(m.startDate) })}</>}
      {m.endDate && <> · {t('mine.until', { date: formatDate(m.endDate) })}</>}
      {m.decisionNote && <p class="muted">{t('mine.note', { note: m.decisionNote })}</p>}
      {m.status === 'applied' && (
        <button type="button" class="link-button" onClick={() => void withdraw(m).then(onWithdrawn)}>
          {t('mine.withdraw')}<span class="visually-hidden">: {m.organizationName}, {m.clusterName}</span>
        </button>
      )}
    </li>
  );
}

/** The user's organisations' standing in the cluster's family, and the form to apply. */
export function ApplySection({ cluster, organizationIds }: { cluster: ClusterInfo; organizationIds: string[] }) {
  const { t } = useT(MEMBERS);
  const { data: family } = useLoad(cluster.id, () => loadFamily(cluster));
  const { data: mine, retry } = useLoad(organizationIds.join(','), loadMine);
  const [organizationId, setOrganizationId] = useState(organizationIds[0] ?? '');
  const [target, setTarget] = useState(cluster.slug);
  const [type, setType] = useState<MembershipType>('full');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const inFamily = (m: Membership) => family?.ids.includes(m.clusterId) ?? false;
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    try {
      await apply(target, { organizationId, type, message });
      setMessage('');
      setStatus(t('apply.sent'));
      retry();
    } catch (err) {
      const p = problemsOf(err);
      setErrors(p.fields);
      setFailure(p.message);
    }
  };
  return (
    <>
      {mine && mine.some((o) => o.memberships.some(inFamily)) && (
        <section aria-labelledby="members-mine" class="members-mine">
          <h2 id="members-mine">{t('mine.title')}</h2>
          {mine.map((o) => {
            const here = o.memberships.filter(inFamily);
            if (here.length === 0) return null;
            return (
              <div key={o.id} class="card">
                <h3>{o.name}</h3>
                <ul>{here.map((m) => <MembershipLine key={m.clusterId} m={m} onWithdrawn={() => { setStatus(t('mine.withdrawn')); retry(); }} />)}</ul>
              </div>
            );
          })}
        </section>
      )}
      <section aria-labelledby="members-apply" class="members-apply">
        <h2 id="members-apply">{t('apply.title')}</h2>
        <form class="edit-form" onSubmit={(e) => void submit(e)} noValidate>
          <div class="field-row">
            <SelectInput id="apply-organization" label={t('apply.organization')} value={organizationId} onChange={setOrganizationId} error={errors.organizationId}
              options={(mine ?? []).map((o) => ({ value: o.id, label: o.name }))} />
            <SelectInput id="apply-cluster" label={t('apply.cluster')} value={target} onChange={setTarget}
              options={(family?.options ?? [{ id: cluster.id, slug: cluster.slug, name: cluster.name }]).map((o) => ({ value: o.slug, label: o.name }))} />
            <SelectInput id="apply-type" label={t('apply.type')} value={type} onChange={(v) => setType(v as MembershipType)} error={errors.type}
              options={(['full', 'associate', 'partner'] as const).map((v) => ({ value: v, label: t(`type.${v}`) }))} />
          </div>
          <TextAreaField id="apply-message" label={t('apply.message')} rows={3} value={message} onInput={setMessage} error={errors.message} />
          {failure && <p class="form-error" role="alert">{t('failed', { message: failure })}</p>}
          <div class="form-actions"><button type="submit" class="primary">{t('apply.submit')}</button></div>
          <p class="form-status" role="status">{status}</p>
        </form>
      </section>
    </>
  );
}
