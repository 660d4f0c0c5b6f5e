// The collaboration network page: scope controls, the sigma.js graph, its legend and the lists that stand in for it.
import type Sigma from 'sigma';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatNumber, useT } from '../i18n.ts';
import { useCompetenceChoice } from './map-competence.tsx';
import { fetchClusters, type ClusterOption } from './map-data.ts';
import { drawNetwork, labelledCount, type NetworkCanvas } from './network-canvas.ts';
import { fetchNetwork, rankByCentrality, stateFromQuery, urlOfState, type Network, type NetworkState } from './network-data.ts';
import { Bridges, NetworkLegend, TopActors } from './network-lists.tsx';
import { NetworkScope } from './network-scope.tsx';
import { NETWORK } from './network.messages.ts';
import './map.css';
import './network.css';

/** The canvas container carries its sigma instance, so browser tests can find a node's place on screen. */
export type NetworkContainer = HTMLDivElement & { sigma?: Sigma };

const TOP_ACTORS = 10;

export function NetworkPage() {
  const { t } = useT(NETWORK);
  const { url, query, route } = useLocation();
  const state = useMemo(() => stateFromQuery(query), [url]);
  const [clusters, setClusters] = useState<ClusterOption[]>([]);
  const competence = useCompetenceChoice(state.competence);
  const [network, setNetwork] = useState<Network | null>(null);
  const [error, setError] = useState<string | null>(null);
  const element = useRef<NetworkContainer>(null);
  const canvas = useRef<NetworkCanvas | null>(null);

  useEffect(() => {
    fetchClusters().then(setClusters, () => setClusters([]));
  }, []);

  useEffect(() => {
    let current = true;
    setNetwork(null);
    setError(null);
    if (element.current) element.current.dataset.ready = 'false';
    fetchNetwork(state).then(
      (n) => current && setNetwork(n),
      (err: Error) => current && setError(err.message),
    );
    return () => {
      current = false;
    };
  }, [state.region, state.cluster, state.competence, state.partners]);

  const ranked = useMemo(() => (network ? rankByCentrality(network.nodes) : []), [network]);

  useEffect(() => {
    const container = element.current;
    if (!container || !network) return;
    container.dataset.nodes = String(network.nodes.length);
    if (network.nodes.length === 0) {
      container.dataset.ready = 'true';
      return;
    }
    const drawn = drawNetwork(container, network, {
      labelled: new Set(ranked.slice(0, labelledCount(container.clientWidth)).map((n) => n.id)),
      onOpen: (id) => route(`/organizations/${id}`),
      onDrawn: () => (container.dataset.ready = 'true'),
    });
    container.sigma = drawn.sigma;
    canvas.current = drawn;
    return () => {
      drawn.kill();
      delete container.sigma;
      canvas.current = null;
    };
  }, [network]);

  const change = (patch: Partial<NetworkState>) => route(urlOfState({ ...state, ...patch }));
  const empty = network !== null && network.nodes.length === 0;

  return (
    <div class="page network-page">
      <h1>{t('title')}</h1>
      <p class="lead">{t('lead')}</p>
      <NetworkScope state={state} clusters={clusters} competence={competence} onChange={change} />
      <div class="network-status" aria-live="polite">
        {error ? (
          <p class="form-error">{t('failed', { message: error })}</p>
        ) : network === null ? (
          <p>{t('loading')}</p>
        ) : (
          <>
            <p class="network-summary">
              {t('summary', { nodes: formatNumber(network.nodes.length), links: formatNumber(network.edges.length), communities: formatNumber(network.communities) })}
            </p>
            <p class="muted">
              {t('scopeSummary', { scope: formatNumber(network.scopeOrganizations), isolated: formatNumber(network.isolated) })}
              {network.omitted > 0 && ` ${t('omitted', { n: formatNumber(network.omitted) })}`}
              {network.omittedLinks > 0 && ` ${t('omittedLinks', { n: formatNumber(network.omittedLinks) })}`}
              {network.betweenness === 'sampled' && ` ${t('sampled')}`}
            </p>
          </>
        )}
      </div>
      <div class="network-layout">
        <div class="network-stage">
          <div ref={element} class={empty ? 'network-canvas network-empty' : 'network-canvas'} role="img" aria-label={t('canvasLabel')} data-ready="false" data-network="">
            {empty && <p>{t('empty')}</p>}
          </div>
          <div class="network-tools">
            <p class="network-hint">{t('hint')}</p>
            <div class="network-zoom">
              <button type="button" onClick={() => canvas.current?.zoom(1.5)}>{t('zoomIn')}</button>
              <button type="button" onClick={() => canvas.current?.zoom(1 / 1.5)}>{t('zoomOut')}</button>
              <button type="button" onClick={() => canvas.current?.fit()}>{t('fit')}</button>
            </div>
          </div>
        </div>
        {network && !empty && (
          <div class="network-side">
            <NetworkLegend network={network} ranked={ranked} />
            <TopActors ranked={ranked.slice(0, TOP_ACTORS)} />
            <Bridges bridges={network.bridges} />
          </div>
        )}
      </div>
    </div>
  );
}
