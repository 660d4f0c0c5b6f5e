// The sections of a project's page: the linked product (class and route), partners, funding and the stage history.
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api.ts';
import { formatDate, formatEuros, formatNumber, useT } from '../i18n.ts';
import { MANAGE_REGULATORY } from './manage-regulatory.messages.ts';
import { ClassBadge } from './product-badges.tsx';
import { addFunding, PARTNER_ROLES, removeFunding, setPartners, type FundingInput, type PartnerRole, type ProjectDetail } from './pipeline-api.ts';
import { OrgPicker, type OrgChoice } from './pipeline-org-picker.tsx';
import { PIPELINE_PROJECT } from './pipeline-project.messages.ts';
import { PIPELINE } from './pipeline.messages.ts';

type Props = { project: ProjectDetail; onChange: (p: ProjectDetail, message: string) => void };

export function ProductSection({ project }: { project: ProjectDetail }) {
  const { t } = useT(PIPELINE_PROJECT);
  const { t: tr } = useT(MANAGE_REGULATORY);
  const p = project.product;
  return (
    <section class="pipeline-section" aria-labelledby="project-product">
      <h2 id="project-product">{t('product.title')}</h2>
      {p ? (
        <dl class="pipeline-facts">
          <div><dt>{p.name}</dt><dd><a href={`/products/${p.id}`}>{t('product.open')}</a></dd></div>
          <div><dt>{t('product.class')}</dt><dd><ClassBadge product={p} /> <span class="muted">{p.regulation}</span></dd></div>
          <div><dt>{t('product.route')}</dt><dd>{tr(`routes.${p.routeKey}`, { defaultValue: p.routeKey })} <span class="muted">({t(`product.body.${p.notifiedBody}`)})</span></dd></div>
        </dl>
      ) : <p class="muted">{project.productHidden ? t('product.hidden') : t('product.none')}</p>}
    </section>
  );
}

type Draft = { organization: OrgChoice; role: Exclude<PartnerRole, 'lead'> };

export function PartnersSection({ project, onChange }: Props) {
  const { t } = useT(PIPELINE_PROJECT);
  const { t: tp } = useT(PIPELINE);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft[]>([]);
  const [adding, setAdding] = useState<OrgChoice | null>(null);
  const [role, setRole] = useState<Draft['role']>('partner');
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    setDraft(project.partners.filter((p) => p.role !== 'lead').map((p) => ({ organization: { id: p.id, name: p.name }, role: p.role as Draft['role'] })));
    setEditing(true);
  };
  const save = async () => {
    try {
      const next = await setPartners(project.id, draft.map((d) => ({ organizationId: d.organization.id, role: d.role })));
      setEditing(false);
      setError(null);
      onChange(next, t('partners.saved'));
    } catch (err) {
      setError(err instanceof ApiError && err.details[0] ? err.details[0].message : (err as Error).message);
    }
  };
  return (
    <section class="pipeline-section" aria-labelledby="project-partners">
      <h2 id="project-partners">{t('partners.title')}</h2>
      {project.partners.length === 0 ? <p class="muted">{t('partners.none')}</p> : (
        <ul class="pipeline-partners">
          {project.partners.map((p) => <li key={p.id}><a href={`/organizations/${p.id}`}>{p.name}</a> <span class="tag">{tp(`role.${p.role}`)}</span></li>)}
        </ul>
      )}
      {project.hiddenPartners > 0 && <p class="muted">{t('partners.hidden', { count: project.hiddenPartners })}</p>}
      {project.canEdit && !editing && <button type="button" onClick={start}>{t('partners.edit')}</button>}
      {editing && (
        <div class="card pipeline-partner-editor">
          <ul class="pipeline-partners">
            {draft.map((d, i) => (
              <li key={d.organization.id}>
                <span>{d.organization.name}</span>
                <label class="visually-hidden" for={`partner-role-${i}`}>{t('partners.role')}: {d.organization.name}</label>
                <select id={`partner-role-${i}`} value={d.role} onChange={(e) => setDraft(draft.map((x, j) => (j === i ? { ...x, role: e.currentTarget.value as Draft['role'] } : x)))}>
                  {PARTNER_ROLES.map((r) => <option key={r} value={r}>{tp(`role.${r}`)}</option>)}
                </select>
                <button type="button" onClick={() => setDraft(draft.filter((_, j) => j !== i))}>{t('partners.remove', { name: d.organization.name })}</button>
              </li>
            ))}
          </ul>
          <div class="pipeline-partner-add">
            <OrgPicker id="partner-add" label={t('partners.add')} value={adding} onChange={setAdding} />
            <label>
              {t('partners.role')}
              <select value={role} onChange={(e) => setRole(e.currentTarget.value as Draft['role'])}>
                {PARTNER_ROLES.map((r) => <option key={r} value={r}>{tp(`role.${r}`)}</option>)}
              </select>
            </label>
            <button type="button" disabled={!adding} onClick={() => {
              if (adding && !draft.some((d) => d.organization.id === adding.id)) setDraft([...draft, { organization: adding, role }]);
              setAdding(null);
            }}>{t('partners.add')}</button>
          </div>
          {error && <p class="form-error" role="alert">{error}</p>}
          <div class="pipeline-actions">
            <button type="button" class="primary" onClick={() => void save()}>{t('partners.save')}</button>
            <button type="button" onClick={() => setEditing(false)}>{t('partners.cancel')}</button>
          </div>
        </div>
      )}
    </section>
  );
}

type CallOption = { id: string; title: string };

function FundingForm({ project, slug, onChange }: Props & { slug: string }) {
  const { t } = useT(PIPELINE_PROJECT);
  const [calls, setCalls] = useState<CallOption[]>([]);
  const [input, setInput] = useState<FundingInput>({ status: 'applied', instrument: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    api<{ items: CallOption[] }>(`/clusters/${encodeURIComponent(slug)}/funding/calls?include=all`).then((r) => setCalls(r.items), () => setCalls([]));
  }, [slug]);
  const set = (patch: Partial<FundingInput>) => setInput({ ...input, ...patch });
  const amount = (v: string) => (v.trim() === '' ? null : Number(v.replace(',', '.')));
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const next = await addFunding(project.id, input);
      setInput({ status: 'applied', instrument: '' });
      setErrors({});
      onChange(next, t('funding.added'));
    } catch (err) {
      const found: Record<string, string> = {};
      if (err instanceof ApiError) for (const d of err.details) found[d.field] ??= d.message;
      if (Object.keys(found).length === 0) found.form = (err as Error).message;
      setErrors(found);
    }
  };
  const field = (key: string, label: string, control: preact.JSX.Element) => (
    <div class={errors[key] ? 'field has-error' : 'field'}>
      <label for={`funding-${key}`}>{label}</label>
      {control}
      {errors[key] && <p id={`funding-${key}-error`} class="field-error">{errors[key]}</p>}
    </div>
  );
  const aria = (key: string) => ({ id: `funding-${key}`, 'aria-invalid': errors[key] ? true : undefined, 'aria-describedby': errors[key] ? `funding-${key}-error` : undefined });
  return (
    <form class="card pipeline-funding-form" onSubmit={(e) => void submit(e)} aria-label={t('funding.add')}>
      {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
      {field('instrument', t('funding.instrument'), <input {...aria('instrument')} value={input.instrument ?? ''} onInput={(e) => set({ instrument: e.currentTarget.value })} />)}
      {field('callId', t('funding.call'), (
        <select {...aria('callId')} value={input.callId ?? ''} onChange={(e) => set({ callId: e.currentTarget.value || null })}>
          <option value="">{t('funding.noCall')}</option>
          {calls.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}
        </select>
      ))}
      {field('amountApplied', t('funding.applied'), <input {...aria('amountApplied')} inputMode="decimal" value={input.amountApplied ?? ''} onInput={(e) => set({ amountApplied: amount(e.currentTarget.value) })} />)}
      {field('status', t('funding.status'), (
        <select {...aria('status')} value={input.status} onChange={(e) => set({ status: e.currentTarget.value as 'applied' })}>
          {(['applied', 'won', 'rejected'] as const).map((s) => <option key={s} value={s}>{t(`funding.states.${s}`)}</option>)}
        </select>
      ))}
      {field('amountWon', t('funding.won'), <input {...aria('amountWon')} inputMode="decimal" value={input.amountWon ?? ''} onInput={(e) => set({ amountWon: amount(e.currentTarget.value) })} />)}
      {field('appliedOn', t('funding.appliedOn'), <input {...aria('appliedOn')} type="date" value={input.appliedOn ?? ''} onInput={(e) => set({ appliedOn: e.currentTarget.value || null })} />)}
      <div class="pipeline-actions"><button type="submit" class="primary">{t('funding.submit')}</button></div>
    </form>
  );
}

export function FundingSection({ project, slug, onChange }: Props & { slug: string }) {
  const { t } = useT(PIPELINE_PROJECT);
  const [adding, setAdding] = useState(false);
  return (
    <section class="pipeline-section" aria-labelledby="project-funding">
      <h2 id="project-funding">{t('funding.title')}</h2>
      <p>{t('funding.totals', { applied: formatEuros(project.funding.applied), won: formatEuros(project.funding.won) })}</p>
      {project.fundingRows.length === 0 ? <p class="muted">{t('funding.none')}</p> : (
        <div class="pipeline-table-wrap" tabIndex={0} role="region" aria-labelledby="project-funding">
          <table>
            <thead><tr>
              <th scope="col">{t('funding.instrument')}</th><th scope="col">{t('funding.organization')}</th><th scope="col">{t('funding.status')}</th>
              <th scope="col">{t('funding.applied')}</th><th scope="col">{t('funding.won')}</th><th scope="col">{t('funding.appliedOn')}</th>
              {project.canEdit && <th scope="col"><span class="visually-hidden">{t('funding.remove')}</span></th>}
            </tr></thead>
            <tbody>
              {project.fundingRows.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.instrument || '–'}{f.call && <div class="muted">{f.call.title}</div>}</th>
                  <td>{f.organization?.name ?? '–'}</td>
                  <td>{t(`funding.states.${f.status}`)}</td>
                  <td>{f.amountApplied === null ? '–' : formatNumber(f.amountApplied, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })}</td>
                  <td>{f.amountWon === null ? '–' : formatNumber(f.amountWon, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })}</td>
                  <td>{f.appliedOn ? formatDate(f.appliedOn) : '–'}</td>
                  {project.canEdit && (
                    <td><button type="button" aria-label={t('funding.removeLabel', { name: f.instrument || f.call?.title || '' })}
                      onClick={() => void removeFunding(project.id, f.id).then((p) => onChange(p, ''))}>{t('funding.remove')}</button></td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {project.canEdit && !adding && <button type="button" onClick={() => setAdding(true)}>{t('funding.add')}</button>}
      {project.canEdit && adding && <FundingForm project={project} slug={slug} onChange={(p, m) => {
        setAdding(false);
        onChange(p, m);
      }} />}
    </section>
  );
}

export function HistorySection({ project }: { project: ProjectDetail }) {
  const { t } = useT(PIPELINE_PROJECT);
  const { t: tp } = useT(PIPELINE);
  return (
    <section class="pipeline-section" aria-labelledby="project-history">
      <h2 id="project-history">{t('history.title')}</h2>
      <ol class="pipeline-timeline">
        {project.history.map((h, i) => (
          <li key={h.id} data-stage={h.toStage}>
            <p class="pipeline-timeline-head">
              <strong>{tp(`stage.${h.toStage}`)}</strong>{' '}
              <time dateTime={h.changedAt}>{formatDate(h.changedAt)}</time>
              {h.fromStage && <span class="muted"> · {t('history.from', { stage: tp(`stage.${h.fromStage}`) })}</span>}
            </p>
            <p class="muted">
              {t('history.stayed', { count: Math.round(h.days), n: formatNumber(h.days, { maximumFractionDigits: 1 }) })}
              {i === project.history.length - 1 && ` (${t('history.current')})`}
            </p>
            {h.note && <p>{h.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
