// Beside the canvas: the legend, and the keyboard and screen-reader alternative (top actors and bridges as links).
import { useT } from '../i18n.ts';
import { communityColour, COMMUNITY_COLOURS, OTHER_COMMUNITY } from './network-canvas.ts';
import type { Bridge, Network, NetworkNode } from './network-data.ts';
import { NETWORK } from './network.messages.ts';

const profile = (id: string) => `/organizations/${id}`;

/** Country code and organisation type of an organisation, as one muted line. */
function Details({ node }: { node: { type: string; country: string | null } }) {
  const { t } = useT();
  return <span class="muted">{[t(`orgTypes.${node.type}`), node.country].filter(Boolean).join(' · ')}</span>;
}

/** What colours, sizes and lines mean; each coloured community is named after its most central organisation. */
export function NetworkLegend({ network, ranked }: { network: Network; ranked: NetworkNode[] }) {
  const { t } = useT(NETWORK);
  const sizes = new Map<number, number>();
  for (const n of network.nodes) sizes.set(n.community, (sizes.get(n.community) ?? 0) + 1);
  const leaders = new Map<number, NetworkNode>();
  for (const n of ranked) if (!leaders.has(n.community)) leaders.set(n.community, n);
  const coloured = [...leaders.entries()].filter(([c]) => c < COMMUNITY_COLOURS.length).sort((a, b) => a[0] - b[0]);
  const others = [...sizes].filter(([c]) => c >= COMMUNITY_COLOURS.length).reduce((sum, [, n]) => sum + n, 0);
  const partners = network.nodes.some((n) => !n.inScope);
  return (
    <section class="network-box" aria-labelledby="network-legend-title">
      <h2 id="network-legend-title">{t('legend')}</h2>
      <ul class="network-legend">
        {coloured.map(([community, leader]) => (
          <li key={community}>
            <span class="network-swatch" style={{ background: communityColour(community) }} aria-hidden="true" />
            <span>
              {t('communityAround', { name: leader.name })} <span class="muted">({t('organizations', { count: sizes.get(community) ?? 0 })})</span>
            </span>
          </li>
        ))}
        {others > 0 && (
          <li>
            <span class="network-swatch" style={{ background: OTHER_COMMUNITY }} aria-hidden="true" />
            <span>
              {t('otherCommunities')} <span class="muted">({t('organizations', { count: others })})</span>
            </span>
          </li>
        )}
      </ul>
      <ul class="network-legend network-legend-keys">
        <li>
          <span class="network-sizes" aria-hidden="true"><i /><i /><i /></span>
          {t('sizeMeans')}
        </li>
        {partners && (
          <li>
            <span class="network-swatch network-swatch-pale" aria-hidden="true" />
            {t('paler')}
          </li>
        )}
        <li>
          <span class="network-line" aria-hidden="true" />
          {t('linesMean')}
        </li>
      </ul>
    </section>
  );
}

/** The most central organisations, as an ordered list of profile links. */
export function TopActors({ ranked }: { ranked: NetworkNode[] }) {
  const { t } = useT(NETWORK);
  return (
    <section class="network-box" aria-labelledby="network-top-title">
      <h2 id="network-top-title">{t('topActors')}</h2>
      <p class="network-hint">{t('topActorsHint')}</p>
      <ol class="network-list" data-list="top">
        {ranked.map((n) => (
          <li key={n.id}>
            <a href={profile(n.id)}>{n.name}</a>
            <span>
              <Details node={n} /> <span class="muted">· {t('partners', { count: n.degree })}</span>
              {!n.inScope && <span class="muted"> · {t('outside')}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The bridges: in-scope organisations linking the scope to partners outside it. */
export function Bridges({ bridges }: { bridges: Bridge[] }) {
  const { t } = useT(NETWORK);
  return (
    <section class="network-box" aria-labelledby="network-bridges-title">
      <h2 id="network-bridges-title">{t('bridges')}</h2>
      <p class="network-hint">{t('bridgesHint')}</p>
      {bridges.length === 0 ? (
        <p>{t('noBridges')}</p>
      ) : (
        <ol class="network-list" data-list="bridges">
          {bridges.map((b) => (
            <li key={b.id}>
              <a href={profile(b.id)}>{b.name}</a>
              <span>
                <Details node={b} /> <span class="muted">· {t('outsidePartners', { count: b.externalPartners })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
