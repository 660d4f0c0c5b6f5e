// The atlas's facets: counts per type, sector, country, region, cluster and size from the API, and a competence.
import { useEffect, useState } from 'preact/hooks';
import { REGISTRY } from '../components/registry.messages.ts';
import { formatNumber, localized, useT } from '../i18n.ts';
import type { AtlasState, Facet, Facets, Filter } from './atlas-data.ts';
import { ATLAS } from './atlas.messages.ts';
import { CompetencePicker } from './map-competence.tsx';
import { fetchCompetence } from './map-data.ts';
import { countryName } from './map-list.tsx';
// The competence picker is the map's; its look comes with the map's styles.
import './map.css';

type Props = { state: AtlasState; facets: Facets | null; onChange: (patch: Partial<AtlasState>) => void };

const FACETS = ['type', 'sector', 'cluster', 'country', 'region', 'sme'] as const satisfies ReadonlyArray<keyof Facets & Filter>;
const SHOWN = 8;

export function AtlasFacets({ state, facets, onChange }: Props) {
  const { t } = useT(ATLAS);
  const { t: tf } = useT();
  const { t: tr } = useT(REGISTRY);
  const [competenceLabel, setCompetenceLabel] = useState('');

  useEffect(() => {
    setCompetenceLabel('');
    if (state.competence) fetchCompetence(state.competence).then((c) => setCompetenceLabel(localized(c.label)), () => undefined);
  }, [state.competence]);

  const label = (facet: (typeof FACETS)[number], value: string, given?: string): string => {
    if (facet === 'type') return tf(`orgTypes.${value}`);
    if (facet === 'sector') return tf(`sectors.${value}`);
    if (facet === 'country') return countryName(value);
    if (facet === 'region') return t('regionOf', { region: value, country: countryName(value.slice(0, 2)) });
    if (facet === 'sme') return tr(`sme.${value}`);
    return given ?? value;
  };

  return (
    <div class="atlas-facets">
      <fieldset class="atlas-facet">
        <legend>{t('competence')}</legend>
        <CompetencePicker
          selected={state.competence ? { id: state.competence, label: competenceLabel || state.competence } : null}
          onChange={(id) => onChange({ competence: id })}
        />
      </fieldset>
      {state.hub && (
        <p class="map-chip">
          <span>{t('hub')}</span>
          <button type="button" class="map-chip-remove" aria-label={t('removeHub')} onClick={() => onChange({ hub: '' })}>×</button>
        </p>
      )}
      {facets &&
        FACETS.map((facet) => (
          <FacetGroup
            key={facet}
            name={facet}
            title={t(`facet.${facet}`)}
            values={facets[facet]}
            selected={state[facet]}
            label={(value, given) => label(facet, value, given)}
            unit={(n) => t('facetUnit', { count: n })}
            onToggle={(value) => onChange({ [facet]: state[facet] === value ? '' : value })}
          />
        ))}
    </div>
  );
}

type GroupProps = {
  name: string;
  title: string;
  values: Facet;
  selected: string;
  label: (value: string, given?: string) => string;
  unit: (n: number) => string;
  onToggle: (value: string) => void;
};

/** One facet: its values as toggle buttons with counts, the first few shown until "all" is asked for. */
function FacetGroup({ name, title, values, selected, label, unit, onToggle }: GroupProps) {
  const { t } = useT(ATLAS);
  const [all, setAll] = useState(false);
  // A chosen value stays listed even when the other filters leave it no organisations.
  const listed = selected && !values.some((v) => v.value === selected) ? [{ value: selected, count: 0 }, ...values] : values;
  if (listed.length === 0) return null;
  const shown = all ? listed : listed.slice(0, SHOWN);
  return (
    <fieldset class="atlas-facet" data-facet={name}>
      <legend>{title}</legend>
      <ul>
        {shown.map((v) => {
          const text = label(v.value, 'label' in v ? v.label : undefined);
          return (
            <li key={v.value}>
              <button type="button" class="atlas-facet-value" aria-pressed={selected === v.value} onClick={() => onToggle(v.value)}>
                <span>{text}</span>{' '}
                <span class="atlas-count">
                  {formatNumber(v.count)}
                  <span class="visually-hidden"> {unit(v.count)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {listed.length > SHOWN && (
        <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('fewer') : t('all', { count: listed.length })}
        </button>
      )}
    </fieldset>
  );
}
