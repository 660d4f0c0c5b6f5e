// The map's filter panel: type, sector, cluster or hub, SMEs, the competence, the colouring and what to show.
import { useT } from '../i18n.ts';
import { ORG_TYPES, SECTORS } from './map-colours.ts';
import { CompetencePicker } from './map-competence.tsx';
import type { ClusterOption, MapState } from './map-data.ts';
import { MAP } from './map.messages.ts';

type Props = {
  state: MapState;
  clusters: ClusterOption[];
  competence: { id: string; label: string } | null;
  onChange: (patch: Partial<MapState>) => void;
};

export function MapFilters({ state, clusters, competence, onChange }: Props) {
  const { t } = useT(MAP);
  const { t: tf } = useT();
  // One select for clusters and their hubs: "c:<id>" filters a cluster (with its hubs), "h:<id>" one hub.
  const scope = state.hub ? `h:${state.hub}` : state.cluster ? `c:${state.cluster}` : '';

  return (
    <div class="map-filters stack">
      <h2>{t('filters')}</h2>
      <label>
        {t('type')}
        <select value={state.type} onChange={(e) => onChange({ type: e.currentTarget.value })}>
          <option value="">{t('any')}</option>
          {ORG_TYPES.map((code) => (
            <option key={code} value={code}>{tf(`orgTypes.${code}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('sector')}
        <select value={state.sector} onChange={(e) => onChange({ sector: e.currentTarget.value })}>
          <option value="">{t('any')}</option>
          {SECTORS.map((code) => (
            <option key={code} value={code}>{tf(`sectors.${code}`)}</option>
          ))}
        </select>
      </label>
      <label>
        {t('clusterOrHub')}
        <select
          value={scope}
          onChange={(e) => {
            const [kind, id = ''] = e.currentTarget.value.split(':');
            onChange({ cluster: kind === 'c' ? id : '', hub: kind === 'h' ? id : '' });
          }}
        >
          <option value="">{t('any')}</option>
          {clusters.map((cluster) => [
            <option key={cluster.id} value={`c:${cluster.id}`}>{cluster.name}</option>,
            ...cluster.hubs.map((hub) => (
              <option key={hub.id} value={`h:${hub.id}`}>{t('hubOf', { hub: hub.name, cluster: cluster.name })}</option>
            )),
          ])}
        </select>
      </label>
      <label class="map-check">
        <input type="checkbox" checked={state.sme} onChange={(e) => onChange({ sme: e.currentTarget.checked })} />
        {t('smeOnly')}
      </label>
      <fieldset class="map-strong">
        <legend>{t('strongTitle')}</legend>
        <p class="muted">{t('strongHint')}</p>
        <CompetencePicker selected={competence} onChange={(id) => onChange({ competence: id })} />
      </fieldset>
      {state.competence && (
        <fieldset class="map-radios">
          <legend>{t('show')}</legend>
          {(['regions', 'organizations'] as const).map((show) => (
            <label key={show}>
              <input type="radio" name="map-show" checked={state.show === show} onChange={() => onChange({ show })} />
              {t(show === 'regions' ? 'showRegions' : 'showOrganizations')}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset class="map-radios">
        <legend>{t('colourBy')}</legend>
        {(['type', 'sector'] as const).map((colour) => (
          <label key={colour}>
            <input type="radio" name="map-colour" checked={state.colour === colour} onChange={() => onChange({ colour })} />
            {t(colour === 'type' ? 'byType' : 'bySector')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
