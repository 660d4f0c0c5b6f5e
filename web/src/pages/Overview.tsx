// The cluster overview page: a scope picker, key figures and charts of the ecosystem, the scope kept in the URL.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatEuros, formatNumber, useT } from '../i18n.ts';
import { useCompetenceChoice } from './map-competence.tsx';
import { fetchClusterChoices, fetchOverview, stateFromQuery, urlOfState, type ClusterChoice, type Overview, type OverviewState } from './overview-data.ts';
import { OverviewScope } from './overview-scope.tsx';
import { OverviewCharts } from './overview-sections.tsx';
import { OVERVIEW } from './overview.messages.ts';
import './map.css';
import './overview.css';

/** The key figures as tiles (for a cluster or hub, the organisations are its current members). */
function Tiles({ overview }: { overview: Overview }) {
  const { t } = useT(OVERVIEW);
  const { totals } = overview;
  const tiles: Array<[key: string, value: string]> = [
    ['organizations', formatNumber(totals.organizations)],
    ['smes', formatNumber(totals.smes)],
    ['projects', formatNumber(totals.projects)],
    ['ecContribution', formatEuros(totals.ecContribution)],
    ['facilities', formatNumber(totals.facilities)],
    ['offers', formatNumber(totals.offers)],
    ['requests', formatNumber(totals.requests)],
  ];
  return (
    <section aria-labelledby="overview-figures-title">
      <h2 id="overview-figures-title" class="visually-hidden">{t('keyFigures')}</h2>
      <dl class="figures overview-tiles">
        {tiles.map(([key, value]) => (
          <div key={key} data-tile={key}>
            <dt>{t(`tiles.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function OverviewPage() {
  const { t } = useT(OVERVIEW);
  const { url, query, route } = useLocation();
  const state = useMemo(() => stateFromQuery(query), [url]);
  const [clusters, setClusters] = useState<ClusterChoice[]>([]);
  const competence = useCompetenceChoice(state.competence);
  const key = urlOfState(state);
  const [loaded, setLoaded] = useState<{ key: string; overview: Overview } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchClusterChoices().then(setClusters, () => setClusters([]));
  }, []);

  useEffect(() => {
    let current = true;
    setError(null);
    fetchOverview(state).then(
      (overview) => current && setLoaded({ key, overview }),
      (err: Error) => current && setError(err.message),
    );
    return () => {
      current = false;
    };
  }, [state.cluster, state.hub, state.region, state.competence]);

  const change = (patch: Partial<OverviewState>) => route(urlOfState({ ...state, ...patch }));

  // What the figures are about, in words: the chosen cluster or hub, region and competence.
  const circleName = clusters.flatMap((c) => [
    ...(c.slug === state.cluster ? [c.name] : []),
    ...c.hubs.filter((h) => h.slug === state.hub).map((h) => t('hubOf', { cluster: c.name, hub: h.name })),
  ])[0];
  const scopeParts = [circleName ?? (state.hub || state.cluster), state.region, competence?.label].filter(Boolean);
  const scopeText = scopeParts.length > 0 ? scopeParts.join(' · ') : t('wholeRegistry');
  // While another scope loads, the last figures stay on screen (marked busy) instead of flashing away.
  const overview = error ? null : (loaded?.overview ?? null);
  const ready = loaded?.key === key && error === null;

  return (
    <div class="page overview-page" data-ready={String(ready)}>
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <OverviewScope state={state} clusters={clusters} competence={competence} onChange={change} />
      <div class="overview-status" aria-live="polite">
        {error ? (
          <p class="form-error">{t('failed', { message: error })}</p>
        ) : !ready ? (
          <p>{t('loading')}</p>
        ) : (
          <p class="overview-summary">{t('scopeSummary', { scope: scopeText })}</p>
        )}
      </div>
      {overview && (
        <div aria-busy={!ready}>
          <Tiles overview={overview} />
          <OverviewCharts overview={overview} />
        </div>
      )}
    </div>
  );
}
