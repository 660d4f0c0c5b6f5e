// The proposed partners as a small network: the requester in the middle, the partners around it by fit, joint projects as lines.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatNumber, useT } from '../i18n.ts';
import { drawNetwork, labelledCount, type NetworkCanvas } from './network-canvas.ts';
import type { Network, NetworkNode, OrganizationType } from './network-data.ts';
import type { NetworkContainer } from './Network.tsx';
import type { MatchLink, MatchResult } from './partners-data.ts';
import { PARTNERS } from './partners.messages.ts';

const RESULT_COLOUR = '#0b5563'; // the brand teal, as the map's markers
const REQUESTER_COLOUR = '#b45309'; // the accent amber, as the map's star
const LINK_COLOUR = '#a3acb6';
const REQUESTER_LINK_COLOUR = '#7c2d12';
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Long names shortened for the canvas (the lists beside it and the tooltips carry them in full). */
const shortLabel = (name: string, max: number) => (name.length > max ? `${name.slice(0, max - 2).trimEnd()}…` : name);

type Props = { results: MatchResult[]; links: MatchLink[]; requester: { id: string; name: string } | null };

/** The network in the shape the collaboration page draws: the requester at the centre, the results around it by fit. */
export function networkOf({ results, links, requester }: Props): Network {
  const node = (id: string, name: string, type: string, country: string | null, x: number, y: number, score: number): NetworkNode => ({
    id, name, type: type as OrganizationType, country, inScope: true, degree: 0, weightedDegree: 0, betweenness: score, community: 0, x, y,
  });
  // The better a partner fits, the closer to the middle; successive ranks a golden angle apart, so that
  // neighbours in the ranking (and their labels) do not crowd one side.
  const best = Math.max(Number.MIN_VALUE, ...results.map((r) => r.score));
  const nodes = results.map((r, i) => {
    const angle = Math.PI / 2 - i * GOLDEN_ANGLE;
    const radius = 0.35 + 0.65 * (1 - r.score / best);
    return node(r.orgId, r.name, r.type, r.country, radius * Math.cos(angle), radius * Math.sin(angle), r.score);
  });
  if (requester) nodes.push(node(requester.id, requester.name, 'other', null, 0, 0, 0));
  const position = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = links.flatMap((l): Array<[number, number, number]> => {
    const a = position.get(l.source);
    const b = position.get(l.target);
    return a === undefined || b === undefined ? [] : [[a, b, l.projects]];
  });
  for (const [a, b] of edges) {
    nodes[a]!.degree += 1;
    nodes[b]!.degree += 1;
  }
  return { nodes, edges, bridges: [], communities: 1, betweenness: 'exact', scopeOrganizations: nodes.length, isolated: 0, omitted: 0, omittedLinks: 0 };
}

/** The canvas (it says data-ready="true" and data-nodes="N" once drawn), its legend and its lines as a list. */
export function PartnersNetwork({ results, links, requester }: Props) {
  const { t, language } = useT(PARTNERS);
  const { route } = useLocation();
  const element = useRef<NetworkContainer>(null);
  const canvas = useRef<NetworkCanvas | null>(null);
  const names = new Map([...results.map((r) => [r.orgId, r.name] as const), ...(requester ? [[requester.id, requester.name] as const] : [])]);

  useEffect(() => {
    const container = element.current!;
    container.dataset.ready = 'false';
    const network = networkOf({ results, links, requester });
    container.dataset.nodes = String(network.nodes.length);
    const top = results.slice(0, labelledCount(container.clientWidth)).map((r) => r.orgId);
    const drawn = drawNetwork(container, network, {
      labelled: new Set([...top, ...(requester ? [requester.id] : [])]),
      onOpen: (id) => route(`/organizations/${id}`),
      onDrawn: () => (container.dataset.ready = 'true'),
    });
    // The collaboration page sizes by centrality and colours communities; here size is the fit and colour the role.
    const graph = drawn.sigma.getGraph();
    const best = Math.max(Number.MIN_VALUE, ...results.map((r) => r.score));
    const narrow = container.clientWidth < 600;
    const max = narrow ? 16 : 28;
    for (const r of results) graph.mergeNodeAttributes(r.orgId, { color: RESULT_COLOUR, size: 5 + (10 * r.score) / best, label: shortLabel(r.name, max) });
    if (requester) graph.mergeNodeAttributes(requester.id, { color: REQUESTER_COLOUR, size: 16, zIndex: 3, label: shortLabel(requester.name, max) });
    // Labels are drawn to the right of their nodes: leave room for those on the circle's right-hand side.
    drawn.sigma.setCustomBBox({ x: [-1, 1.8], y: [-1, 1] });
    if (narrow) {
      drawn.sigma.setSetting('stagePadding', 16);
      drawn.sigma.setSetting('labelSize', 12);
    }
    const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
    const projects = new Map(links.map((l) => [pair(l.source, l.target), l.projects]));
    // The requester's own ties stand out; ties among the partners stay lighter, so the picture does not tangle.
    graph.forEachEdge((edge, attributes, source, target) => {
      const own = requester !== null && (source === requester.id || target === requester.id);
      graph.mergeEdgeAttributes(edge, {
        color: own ? REQUESTER_LINK_COLOUR : LINK_COLOUR,
        label: formatNumber(projects.get(pair(source, target)) ?? 1),
        size: Math.max(own ? 2 : 1, attributes.size as number),
      });
    });
    drawn.sigma.setSetting('renderEdgeLabels', true);
    drawn.sigma.setSetting('edgeLabelSize', 13);
    drawn.sigma.setSetting('edgeLabelWeight', '700');
    drawn.sigma.setSetting('edgeLabelColor', { color: '#17202a' });
    container.sigma = drawn.sigma;
    canvas.current = drawn;
    return () => {
      drawn.kill();
      delete container.sigma;
      canvas.current = null;
    };
  }, [results, links, requester?.id, language]);

  return (
    <div class="partners-network-panel">
      <p class="partners-panel-hint">{t('networkHint')}</p>
      <div class="partners-network-layout">
        <div class="partners-network-stage">
          <div ref={element} class="partners-network" role="img" aria-label={t('networkLabel')} data-ready="false" data-network="" />
          <div class="network-zoom">
            <button type="button" onClick={() => canvas.current?.zoom(1.5)}>{t('zoomIn')}</button>
            <button type="button" onClick={() => canvas.current?.zoom(1 / 1.5)}>{t('zoomOut')}</button>
            <button type="button" onClick={() => canvas.current?.fit()}>{t('fitAll')}</button>
          </div>
        </div>
        <div class="partners-network-side">
          <section class="network-box" aria-labelledby="partners-legend-title">
            <h2 id="partners-legend-title">{t('legend')}</h2>
            <ul class="network-legend">
              {requester && (
                <li><span class="network-swatch" style={{ background: REQUESTER_COLOUR }} aria-hidden="true" />{t('legendRequester')}</li>
              )}
              <li><span class="network-swatch" style={{ background: RESULT_COLOUR }} aria-hidden="true" />{t('legendResult')}</li>
              <li><span class="network-line" aria-hidden="true" />{t('legendLink')}</li>
              {requester && <li><span class="network-line partners-line-own" aria-hidden="true" />{t('legendOwnLink')}</li>}
            </ul>
          </section>
          <section class="network-box" aria-labelledby="partners-links-title">
            <h2 id="partners-links-title">{t('linksTitle')}</h2>
            {links.length === 0 ? <p class="muted">{t('noLinks')}</p> : <LinkList links={links} names={names} requester={requester?.id ?? null} />}
          </section>
        </div>
      </div>
    </div>
  );
}

const FIRST_LINKS = 8;

/** The lines of the network as text: the requester's ties first, then the most projects; long lists folded. */
function LinkList({ links, names, requester }: { links: MatchLink[]; names: Map<string, string>; requester: string | null }) {
  const { t } = useT(PARTNERS);
  const [all, setAll] = useState(false);
  const own = (l: MatchLink) => Number(l.source === requester || l.target === requester);
  const sorted = [...links].sort((a, b) => own(b) - own(a) || b.projects - a.projects);
  const shown = all ? sorted : sorted.slice(0, FIRST_LINKS);
  return (
    <>
      <ul class="partners-links">
        {shown.map((l) => (
          <li key={`${l.source}-${l.target}`}>
            <a href={`/organizations/${l.source}`}>{names.get(l.source)}</a> – <a href={`/organizations/${l.target}`}>{names.get(l.target)}</a>
            <span class="muted"> · {t('link', { count: l.projects, n: formatNumber(l.projects) })}</span>
          </li>
        ))}
      </ul>
      {sorted.length > FIRST_LINKS && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('fewerLinks') : t('allLinks', { count: sorted.length, n: formatNumber(sorted.length) })}
        </button>
      )}
    </>
  );
}
