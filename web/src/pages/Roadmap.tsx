// /clusters/:slug/roadmap: the cluster's milestones over time, as lanes per horizon or theme on a time axis and as a
// table (the accessible reading of the same), late ones marked; filters by theme, status and horizon kept in the URL.
import { useLocation } from 'preact-iso';
import { ClusterPage, type ClusterInfo } from '../components/cluster-nav.tsx';
import { formatDate, formatNumber, localized, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { HORIZONS, STATUSES, loadRoadmap, type Roadmap, type RoadmapItem } from './strategy-api.ts';
import { RoadmapTimeline } from './roadmap-timeline.tsx';
import { ROADMAP } from './roadmap.messages.ts';
import { STRATEGY } from './strategy.messages.ts';
import './strategy.css';
import './roadmap.css';

export type Filters = { theme: string; status: string; horizon: string; late: boolean; group: 'horizon' | 'theme' };

function filtered(items: RoadmapItem[], f: Filters): RoadmapItem[] {
  return items.filter((m) => (!f.theme || m.theme.id === f.theme) && (!f.status || m.status === f.status) && (!f.horizon || m.horizon === f.horizon) && (!f.late || m.late));
}

function RoadmapTable({ items }: { items: RoadmapItem[] }) {
  const { t } = useT(ROADMAP);
  const s = useT(STRATEGY).t;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="roadmap-table-caption">
      <table class="roadmap-table">
        <caption id="roadmap-table-caption">{t('table.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.due')}</th><th scope="col">{t('table.milestone')}</th><th scope="col">{t('table.theme')}</th>
            <th scope="col">{t('table.horizon')}</th><th scope="col">{t('table.status')}</th><th scope="col">{t('table.owner')}</th><th scope="col">{t('table.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id} id={`milestone-${m.id}`} class={m.late ? 'late' : undefined}>
              <td>{m.dueDate ? formatDate(m.dueDate) : '—'}{m.late && <> <span class="tag milestone-late">{s('milestone.late')}</span></>}</td>
              <th scope="row">{localized(m.title)}</th>
              <td>{localized(m.theme.title)}<br /><span class="muted">{localized(m.goal.title)}</span></td>
              <td>{s(`horizon.${m.horizon}`)}</td>
              <td><span class={`tag milestone-status-${m.status}`}>{s(`status.${m.status}`)}</span>{m.doneOn && <><br /><span class="muted">{s('milestone.doneOnDate', { date: formatDate(m.doneOn) })}</span></>}</td>
              <td>{m.owner ? (m.owner.name || s('milestone.ownerHidden')) : '—'}</td>
              <td class="roadmap-evidence">{m.evidence || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoadmapContent({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(ROADMAP);
  const s = useT(STRATEGY).t;
  const { query, path, route } = useLocation();
  const { data, error } = useLoad(cluster.slug, (slug) => loadRoadmap(slug));
  const f: Filters = { theme: query.theme ?? '', status: query.status ?? '', horizon: query.horizon ?? '', late: query.late === 'true', group: query.group === 'theme' ? 'theme' : 'horizon' };
  const set = (change: Partial<Filters>) => {
    const next = { ...f, ...change };
    const params = new URLSearchParams();
    if (next.theme) params.set('theme', next.theme);
    if (next.status) params.set('status', next.status);
    if (next.horizon) params.set('horizon', next.horizon);
    if (next.late) params.set('late', 'true');
    if (next.group === 'theme') params.set('group', 'theme');
    const search = params.toString();
    route(`${path}${search ? `?${search}` : ''}`, true);
  };
  if (error) return <p class="notice" role="alert">{t('failed', { message: error })}</p>;
  if (!data) return <p role="status">{t('loading')}</p>;
  const roadmap: Roadmap = data;
  const items = filtered(roadmap.items, f);
  return (
    <>
      <p class="lead">{t('lead')}</p>
      <dl class="figures roadmap-figures">
        <div><dt>{t('figures.total')}</dt><dd>{formatNumber(roadmap.counts.total)}</dd></div>
        <div class={roadmap.counts.late > 0 ? 'late' : undefined}><dt>{t('figures.late')}</dt><dd>{formatNumber(roadmap.counts.late)}</dd></div>
        <div><dt>{s('status.at_risk')}</dt><dd>{formatNumber(roadmap.counts.byStatus.at_risk)}</dd></div>
        <div><dt>{s('status.done')}</dt><dd>{formatNumber(roadmap.counts.byStatus.done)}</dd></div>
      </dl>
      <form class="roadmap-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('filters.theme')}
          <select value={f.theme} onChange={(e) => set({ theme: e.currentTarget.value })}>
            <option value="">{t('filters.allThemes')}</option>
            {roadmap.themes.map((th) => <option key={th.id} value={th.id}>{localized(th.title)}</option>)}
          </select>
        </label>
        <label>{t('filters.status')}
          <select value={f.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">{t('filters.any')}</option>
            {STATUSES.map((st) => <option key={st} value={st}>{s(`status.${st}`)}</option>)}
          </select>
        </label>
        <label>{t('filters.horizon')}
          <select value={f.horizon} onChange={(e) => set({ horizon: e.currentTarget.value })}>
            <option value="">{t('filters.any')}</option>
            {HORIZONS.map((h) => <option key={h} value={h}>{s(`horizon.${h}`)}</option>)}
          </select>
        </label>
        <label>{t('filters.group')}
          <select value={f.group} onChange={(e) => set({ group: e.currentTarget.value as Filters['group'] })}>
            <option value="horizon">{t('filters.byHorizon')}</option>
            <option value="theme">{t('filters.byTheme')}</option>
          </select>
        </label>
        <label class="roadmap-check"><input type="checkbox" checked={f.late} onChange={(e) => set({ late: e.currentTarget.checked })} /> {t('filters.onlyLate')}</label>
      </form>
      <p role="status" aria-live="polite">{t('shown', { count: items.length, total: roadmap.counts.total })}</p>
      <h2>{t('timeline.heading')}</h2>
      <RoadmapTimeline items={items} today={roadmap.today} group={f.group} themes={roadmap.themes} />
      <h2>{t('table.heading')}</h2>
      <RoadmapTable items={items} />
      <p><a href={`/clusters/${cluster.slug}/strategy`}>{t('strategyLink')}</a></p>
    </>
  );
}

export function RoadmapPage({ slug }: { slug: string }) {
  return <ClusterPage slug={slug} section="roadmap">{(cluster) => <RoadmapContent cluster={cluster} />}</ClusterPage>;
}
