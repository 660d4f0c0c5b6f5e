// The map page: organisations on a map of Europe, filtered like the atlas, and where a chosen competence is strong.
import { latLngBounds, type LatLngBounds, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { formatNumber, localized, useT } from '../i18n.ts';
import { addCountryLayer, createBaseMap, loadCountryShapes, type CountryLayer } from './map-base.ts';
import { createBubbleLayer } from './map-bubbles.ts';
import { shadeClasses } from './map-colours.ts';
import { isoCountry } from './map-countries.ts';
import {
  fetchClusters,
  fetchCompetence,
  fetchPoints,
  fetchRegions,
  stateFromQuery,
  urlOfState,
  type ClusterOption,
  type CompetenceHit,
  type MapPoints,
  type MapState,
  type RegionCount,
} from './map-data.ts';
import { MapFilters } from './map-filters.tsx';
import { MapLegend } from './map-legend.tsx';
import { countryName, MapList } from './map-list.tsx';
import { createMarkerLayer } from './map-markers.ts';
import { MAP } from './map.messages.ts';
import './map.css';

type View = {
  map: LeafletMap;
  setLabels: ReturnType<typeof createBaseMap>['setLabels'];
  markers: ReturnType<typeof createMarkerLayer>;
  bubbles: ReturnType<typeof createBubbleLayer>;
  countries: CountryLayer | null;
};

type Regions = { countries: RegionCount[]; nuts2: RegionCount[] };

/** The map test hook: browser tests click markers on the canvas at these container positions. */
export type MapElement = HTMLDivElement & { klyngeMarkers?: () => Array<{ x: number; y: number; id: string }> };

export function MapPage() {
  const { t, language } = useT(MAP);
  const { t: tf } = useT();
  const { query, route } = useLocation();
  const state = stateFromQuery(query);
  const filterKey = JSON.stringify([state.type, state.sector, state.cluster, state.hub, state.sme, state.competence, state.country, state.region, state.q]);

  const element = useRef<MapElement>(null);
  const view = useRef<View | null>(null);
  const [points, setPoints] = useState<MapPoints | null>(null);
  const [regions, setRegions] = useState<Regions | null>(null);
  const [competence, setCompetence] = useState<CompetenceHit & { id: string } | null>(null);
  const [clusters, setClusters] = useState<ClusterOption[]>([]);
  const [countriesDrawn, setCountriesDrawn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [listOpen, setListOpen] = useState(false);
  const [bounds, setBounds] = useState<LatLngBounds | null>(null);

  // The map itself lives as long as the page; layers are updated by the effects below.
  useEffect(() => {
    const container = element.current!;
    const { map, renderer, setLabels } = createBaseMap(container);
    const markers = createMarkerLayer(map, renderer, (count) => (container.dataset.drawn = String(count)));
    const current: View = { map, setLabels, markers, bubbles: createBubbleLayer(map), countries: null };
    view.current = current;
    container.klyngeMarkers = () => markers.drawnMarkers();
    map.on('moveend', () => {
      markers.update();
      setBounds(map.getBounds());
    });
    setBounds(map.getBounds());
    loadCountryShapes().then(
      (shapes) => {
        if (view.current !== current) return;
        current.countries = addCountryLayer(map, shapes);
        performance.mark('klynge:map:countries-drawn');
        setCountriesDrawn(true);
      },
      (err: Error) => setError(err.message),
    );
    fetchClusters().then(setClusters, () => setClusters([]));
    return () => {
      view.current = null;
      map.remove();
    };
  }, []);

  useEffect(() => {
    view.current?.setLabels({ attribution: t('attribution'), zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), closePopup: t('closePopup') });
    view.current?.markers.setLabels({
      cluster: (count) => t('clusterBubble', { count, n: formatNumber(count) }),
      type: (code) => tf(`orgTypes.${code}`),
      openProfile: t('openProfile'),
      sameSpot: t('sameSpot'),
    });
  }, [language]);

  // Points and region counts of the current filters; the container says data-ready="true" once both are drawn.
  useEffect(() => {
    const container = element.current!;
    container.dataset.ready = 'false';
    let current = true;
    setError(null);
    Promise.all([
      fetchPoints(state),
      state.competence ? Promise.all([fetchRegions(state, 'country'), fetchRegions(state, 'nuts2')]) : null,
    ]).then(
      ([answer, counts]) => {
        if (!current || !view.current) return;
        // A filter by place shows that place rather than all of Europe.
        if ((state.country || state.region || state.cluster || state.hub) && answer.total > 0) {
          const { lat, lon } = answer.points;
          const corners = lat.reduce((b, y, i) => b.extend([y, lon[i]!]), latLngBounds([lat[0]!, lon[0]!], [lat[0]!, lon[0]!]));
          view.current.map.fitBounds(corners, { maxZoom: 9, padding: [30, 30], animate: false });
        }
        performance.mark('klynge:map:points-fetched');
        view.current.markers.setPoints(answer.points, !state.competence || state.show === 'organizations');
        performance.mark('klynge:map:points-drawn');
        setPoints(answer);
        setRegions(counts && { countries: counts[0].regions, nuts2: counts[1].regions });
      },
      (err: Error) => current && setError(err.message),
    );
    return () => {
      current = false;
    };
  }, [filterKey]);

  useEffect(() => {
    if (!state.competence) setCompetence(null);
    else if (competence?.id !== state.competence) fetchCompetence(state.competence).then((c) => setCompetence({ ...c, id: state.competence }), () => setCompetence(null));
  }, [state.competence]);

  const classes = useMemo(() => shadeClasses(regions?.countries.map((c) => c.organizations) ?? []), [regions]);
  const competenceLabel = competence ? localized(competence.label) || competence.id : state.competence;
  const showMarkers = !state.competence || state.show === 'organizations';

  useEffect(() => view.current?.markers.setColour(state.colour), [state.colour]);

  // What is drawn follows the data: shading, bubbles or markers; then the map says it is ready.
  useEffect(() => {
    const current = view.current;
    if (!current || !points) return;
    const counts = new Map((regions?.countries ?? []).map((c) => [isoCountry(c.code), c.organizations]));
    current.countries?.shade(counts, classes, (shape, count) => `${countryName(shape.properties.iso ?? '') || shape.properties.name}: ${formatNumber(count)}`);
    current.markers.setVisible(showMarkers);
    if (regions && !showMarkers) {
      current.bubbles.show(regions.nuts2, (r) => `${t('regionOf', { region: r.code, country: countryName(r.country) })}: ${formatNumber(r.organizations)}`);
    } else {
      current.bubbles.clear();
    }
    if (countriesDrawn) {
      // Marks for bench/map.bench.ts, which reports where the time goes.
      performance.mark('klynge:map:ready');
      element.current!.dataset.ready = 'true';
      element.current!.dataset.shaded = String(counts.size);
    }
  }, [points, regions, classes, showMarkers, countriesDrawn, language]);

  const inView = useMemo(() => {
    if (!listOpen || !points || !bounds) return [];
    const { lat, lon } = points.points;
    return lat.flatMap((y, i) => (bounds.contains([y, lon[i]!]) ? [i] : []));
  }, [listOpen, points, bounds]);

  // A newly chosen competence starts with its regions: that is the question it answers.
  const change = (patch: Partial<MapState>) =>
    route(urlOfState({ ...state, ...(patch.competence && patch.competence !== state.competence ? { show: 'regions' } : {}), ...patch }), true);

  return (
    <div class="page map-page">
      <div class="map-head">
        <div>
          <h1>{t('title')}</h1>
          <p class="muted">{t('lead')}</p>
        </div>
        <p class="map-status" role="status" aria-live="polite">
          {error
            ? t('failed', { message: error })
            : points
              ? [
                  t('count', { count: points.total, n: formatNumber(points.total) }),
                  points.unlocated > 0 ? t('unlocated', { count: points.unlocated, n: formatNumber(points.unlocated) }) : '',
                ].filter(Boolean).join(' · ')
              : t('loading')}
        </p>
      </div>
      <div class="map-layout">
        <aside class="map-panel" aria-label={t('filters')}>
          <button type="button" class="map-panel-toggle" aria-expanded={panelOpen} aria-controls="map-panel-body" onClick={() => setPanelOpen(!panelOpen)}>
            {t(panelOpen ? 'hideFilters' : 'showFilters')}
          </button>
          <div id="map-panel-body" class={panelOpen ? 'map-panel-body open' : 'map-panel-body'}>
            <MapFilters state={state} clusters={clusters} competence={state.competence ? { id: state.competence, label: competenceLabel } : null} onChange={change} />
            <button type="button" class="link-button" onClick={() => route('/map', true)}>{t('reset')}</button>
          </div>
        </aside>
        <div class="map-stage">
          <div ref={element} class="map-canvas" role="region" aria-label={t('mapLabel')} data-ready="false" />
          <button type="button" class="map-list-toggle" aria-expanded={listOpen} aria-controls="map-list" onClick={() => setListOpen(!listOpen)}>
            {t(listOpen ? 'hideList' : 'showList')}
          </button>
          <MapLegend
            colour={state.colour}
            showMarkers={showMarkers}
            shade={regions ? { competence: competenceLabel, classes } : null}
            bubbles={Boolean(regions) && !showMarkers}
          />
        </div>
      </div>
      {listOpen && <MapList points={points?.points ?? null} inView={inView} countries={regions?.countries ?? null} regions={regions?.nuts2 ?? null} />}
    </div>
  );
}
