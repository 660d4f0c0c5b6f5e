// The network's scope controls: region codes, cluster or hub, competence, partners outside the scope.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { CompetencePicker } from './map-competence.tsx';
import type { ClusterOption } from './map-data.ts';
import { regionCodes, type NetworkState } from './network-data.ts';
import { NETWORK } from './network.messages.ts';

const SUGGESTED_REGIONS = ['DK', 'DE', 'DE8', 'DED', 'DEF', 'DE6'] as const;

type Props = {
  state: NetworkState;
  clusters: ClusterOption[];
  competence: { id: string; label: string } | null;
  onChange: (patch: Partial<NetworkState>) => void;
};

export function NetworkScope({ state, clusters, competence, onChange }: Props) {
  const { t } = useT(NETWORK);
  const [region, setRegion] = useState(state.region);
  const [regionError, setRegionError] = useState(false);
  useEffect(() => setRegion(state.region), [state.region]);

  function onSubmit(event: Event) {
    event.preventDefault();
    const codes = regionCodes(region);
    setRegionError(codes === null);
    if (codes !== null) onChange({ region: codes.join(',') });
  }

  return (
    <form class="network-scope" onSubmit={onSubmit} aria-labelledby="network-scope-title">
      <h2 id="network-scope-title" class="visually-hidden">{t('scope')}</h2>
      <div class="network-field">
        <label for="network-region">{t('region')}</label>
        <input
          id="network-region"
          type="text"
          list="network-regions"
          value={region}
          autoComplete="off"
          aria-describedby="network-region-hint"
          aria-invalid={regionError}
          onInput={(e) => setRegion(e.currentTarget.value)}
        />
        <datalist id="network-regions">
          {SUGGESTED_REGIONS.map((code) => (
            <option key={code} value={code}>{t(`regions.${code}`)}</option>
          ))}
        </datalist>
        <p id="network-region-hint" class={regionError ? 'field-error' : 'network-hint'} aria-live="polite">
          {regionError ? t('regionInvalid') : t('regionHint')}
        </p>
      </div>
      <div class="network-field">
        <label for="network-cluster">{t('clusterOrHub')}</label>
        <select id="network-cluster" value={state.cluster} onChange={(e) => onChange({ cluster: e.currentTarget.value })}>
          <option value="">{t('any')}</option>
          {clusters.map((cluster) => [
            <option key={cluster.id} value={cluster.id}>{cluster.name}</option>,
            ...cluster.hubs.map((hub) => (
              <option key={hub.id} value={hub.id}>{`${cluster.name} – ${hub.name}`}</option>
            )),
          ])}
        </select>
      </div>
      <div class="network-field">
        <CompetencePicker selected={competence} onChange={(id) => onChange({ competence: id })} />
      </div>
      <div class="network-field network-actions">
        <label class="network-check">
          <input type="checkbox" checked={state.partners} onChange={(e) => onChange({ partners: e.currentTarget.checked })} />
          {t('partners')}
        </label>
        <div class="network-buttons">
          <button type="submit" class="primary">{t('apply')}</button>
          <button type="button" onClick={() => onChange({ region: '', cluster: '', competence: '', partners: false })}>
            {t('reset')}
          </button>
        </div>
      </div>
    </form>
  );
}
