// The overview's scope picker: cluster or hub, region code, competence; every choice goes into the URL.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { CompetencePicker } from './map-competence.tsx';
import { isRegionCode, type ClusterChoice, type OverviewState } from './overview-data.ts';
import { OVERVIEW } from './overview.messages.ts';

const SUGGESTED_REGIONS = ['DK', 'DE', 'DE8', 'DED', 'DEF', 'DE6'] as const;

type Props = {
  state: OverviewState;
  clusters: ClusterChoice[];
  competence: { id: string; label: string } | null;
  onChange: (patch: Partial<OverviewState>) => void;
};

export function OverviewScope({ state, clusters, competence, onChange }: Props) {
  const { t } = useT(OVERVIEW);
  const [region, setRegion] = useState(state.region);
  const [regionError, setRegionError] = useState(false);
  useEffect(() => setRegion(state.region), [state.region]);

  function onSubmit(event: Event) {
    event.preventDefault();
    const code = region.trim().toUpperCase();
    const valid = code === '' || isRegionCode(code);
    setRegionError(!valid);
    if (valid) onChange({ region: code });
  }

  // One select for clusters and their hubs: the value says which parameter it sets.
  const selected = state.hub ? `hub:${state.hub}` : state.cluster ? `cluster:${state.cluster}` : '';
  function onCircle(value: string) {
    const [kind, slug = ''] = value.split(/:(.*)/s);
    onChange({ cluster: kind === 'cluster' ? slug : '', hub: kind === 'hub' ? slug : '' });
  }

  return (
    <form class="overview-scope" onSubmit={onSubmit} aria-labelledby="overview-scope-title">
      <h2 id="overview-scope-title" class="visually-hidden">{t('scope')}</h2>
      <div class="overview-field">
        <label for="overview-cluster">{t('clusterOrHub')}</label>
        <select id="overview-cluster" value={selected} onChange={(e) => onCircle(e.currentTarget.value)}>
          <option value="">{t('wholeRegistry')}</option>
          {clusters.map((cluster) => [
            <option key={cluster.slug} value={`cluster:${cluster.slug}`}>{cluster.name}</option>,
            ...cluster.hubs.map((hub) => (
              <option key={hub.slug} value={`hub:${hub.slug}`}>{t('hubOf', { cluster: cluster.name, hub: hub.name })}</option>
            )),
          ])}
        </select>
      </div>
      <div class="overview-field">
        <label for="overview-region">{t('region')}</label>
        <div class="overview-region">
          <input
            id="overview-region"
            type="text"
            list="overview-regions"
            value={region}
            autoComplete="off"
            aria-describedby="overview-region-hint"
            aria-invalid={regionError}
            onInput={(e) => setRegion(e.currentTarget.value)}
          />
          <button type="submit" class="primary">{t('apply')}</button>
        </div>
        <datalist id="overview-regions">
          {SUGGESTED_REGIONS.map((code) => (
            <option key={code} value={code}>{t(`regions.${code}`)}</option>
          ))}
        </datalist>
        <p id="overview-region-hint" class={regionError ? 'field-error' : 'overview-hint'} aria-live="polite">
          {regionError ? t('regionInvalid') : t('regionHint')}
        </p>
      </div>
      <div class="overview-field">
        <CompetencePicker selected={competence} onChange={(id) => onChange({ competence: id })} />
      </div>
      <div class="overview-field overview-reset">
        <button type="button" onClick={() => onChange({ cluster: '', hub: '', region: '', competence: '' })}>{t('reset')}</button>
      </div>
    </form>
  );
}
