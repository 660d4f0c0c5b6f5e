// The "Regulatory" section of a cluster's management page: which members develop which class of device, by which
// conformity route and under which regulation, counted to plan support; each member's products linked.
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, useT } from '../i18n.ts';
import { fetchRegulatoryOverview, type RegulatoryOverview } from './product-api.ts';
import { ClassBadge } from './product-badges.tsx';
import { MANAGE_REGULATORY } from './manage-regulatory.messages.ts';
import './product.css';

type Row = { key: string; label: string; products: number; organizations: number };

/** A count table with a bar per row (the bar repeats the number for the eye; the cell holds it for everyone). */
function CountTable({ id, caption, head, rows }: { id: string; caption: string; head: string; rows: Row[] }) {
  const { t } = useT(MANAGE_REGULATORY);
  const max = Math.max(1, ...rows.map((r) => r.products));
  return (
    <div class="stats-table-wrap">
      <table class="stats-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" class="numeric">{t('products')}</th>
            <th scope="col" class="numeric">{t('organizations')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{r.label}</th>
              <td class="stats-bar-cell" data-label={t('products')}>
                <div class="stats-bar-row">
                  <span class="stats-value">{formatNumber(r.products)}</span>
                  <span class="stats-track" aria-hidden="true">
                    <span class="stats-bar" style={{ width: `${(r.products / max) * 100}%` }} />
                  </span>
                </div>
              </td>
              <td class="numeric" data-label={t('organizations')}>{formatNumber(r.organizations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RegulatorySection({ clusterId }: { clusterId: string }) {
  const { t } = useT(MANAGE_REGULATORY);
  const [data, setData] = useState<RegulatoryOverview | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setData(null);
    fetchRegulatoryOverview(clusterId).then(setData, (err: Error) => setError(err.message));
  }, [clusterId]);

  const routeLabel = (key: string) => t(`routes.${key}`, { defaultValue: key });
  return (
    <section aria-labelledby="regulatory-title" class="manage-regulatory">
      <h2 id="regulatory-title">{t('title')}</h2>
      <p class="muted">{t('lead')}</p>
      {error && <p class="form-error" role="alert">{t('failed', { message: error })}</p>}
      {!data && !error && <p role="status">{t('loading')}</p>}
      {data && (
        <>
          <dl class="figures stats-figures">
            <div>
              <dt>{t('totals.products')}</dt>
              <dd>{formatNumber(data.totals.products)}</dd>
            </div>
            <div>
              <dt>{t('totals.withProducts')}</dt>
              <dd>{formatNumber(data.totals.organizationsWithProducts)}</dd>
            </div>
            <div>
              <dt>{t('totals.members')}</dt>
              <dd>{formatNumber(data.totals.memberOrganizations)}</dd>
            </div>
          </dl>
          {data.totals.products === 0 ? (
            <p class="muted">{t('none')}</p>
          ) : (
            <div class="stats-grid">
              <CountTable id="stats-class" caption={t('byClass')} head={t('class')}
                rows={data.byClass.map((c) => ({ key: `${c.regulation}-${c.class}`, label: t('classLabel', { regulation: c.regulation, cls: c.class }), products: c.products, organizations: c.organizations }))} />
              <CountTable id="stats-body" caption={t('byNotifiedBody')} head={t('notifiedBodyHead')}
                rows={data.byNotifiedBody.map((b) => ({ key: b.notifiedBody, label: t(`body.${b.notifiedBody}`), products: b.products, organizations: b.organizations }))} />
              <CountTable id="stats-route" caption={t('byRoute')} head={t('route')}
                rows={data.byRoute.map((r) => ({ key: `${r.notifiedBody}-${r.routeKey}`, label: routeLabel(r.routeKey), products: r.products, organizations: r.organizations }))} />
              <CountTable id="stats-regulation" caption={t('byRegulation')} head={t('regulation')}
                rows={data.byRegulation.map((r) => ({ key: r.regulation, label: t(`regulations.${r.regulation}`), products: r.products, organizations: r.organizations }))} />
            </div>
          )}
          {data.organizations.length > 0 && (
            <>
              <h3>{t('members')}</h3>
              <ul class="stats-members">
                {data.organizations.map((o) => (
                  <li key={o.id} data-organization={o.id}>
                    <a href={`/organizations/${o.id}/products`} class="stats-member-name">{o.name}</a>
                    <ul class="stats-products" aria-label={t('productsOf', { name: o.name })}>
                      {o.products.map((p) => (
                        <li key={p.id}>
                          <ClassBadge product={p} /> <a href={`/products/${p.id}`}>{p.name}</a> <span class="muted">({p.regulation})</span>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
