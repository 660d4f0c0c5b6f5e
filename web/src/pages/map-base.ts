// The Leaflet map without any tile server: country shapes from world-atlas drawn as GeoJSON, shaded on demand.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { alpha2OfShape } from './map-countries.ts';
import { shadeOf, type ShadeClass } from './map-colours.ts';

// Europe from Ireland to the Black Sea, Crete to North Cape.
const EUROPE: L.LatLngBoundsExpression = [[35, -11], [71, 32]];
const LAND = '#f4f1ea';
const BORDER = '#9aa3ab';

export type CountryShape = GeoJSON.Feature<GeoJSON.Geometry, { name: string; iso: string | null }>;

let shapes: Promise<CountryShape[]> | undefined;

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180; drawn as they are they
 * streak across the map. Moving their western points by 360° keeps each ring in one piece.
 */
function unwrapAntimeridian(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const fix = (ring: GeoJSON.Position[]) =>
    ring.some((p, i) => i > 0 && Math.abs(p[0]! - ring[i - 1]![0]!) > 180) ? ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]) : ring;
  return geometry.type === 'Polygon'
    ? { ...geometry, coordinates: geometry.coordinates.map(fix) }
    : { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(fix)) };
}

/** The country shapes (world-atlas 1:50m, shipped with the app as an asset), fetched once per page load. */
export function loadCountryShapes(): Promise<CountryShape[]> {
  shapes ??= fetch(countriesUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      return res.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
    })
    .then((topology) =>
      feature(topology, topology.objects.countries)
        .features.filter((f) => f.id !== '010') // Antarctica: Mercator stretches it over half the map
        .map((f) => ({
          ...f,
          geometry: unwrapAntimeridian(f.geometry),
          properties: { name: f.properties?.name ?? '', iso: alpha2OfShape(f.id, f.properties?.name) },
        })),
    );
  shapes.catch(() => (shapes = undefined));
  return shapes;
}

export type BaseLabels = { attribution: string; zoomIn: string; zoomOut: string; closePopup: string };

/**
 * Creates the map in `container`: Europe in view, canvas rendering, no tiles. `setLabels` puts the controls
 * into the interface language (Leaflet brings English texts) and may be called again when it changes.
 */
export function createBaseMap(container: HTMLElement) {
  const renderer = L.canvas({ padding: 0.5 });
  const map = L.map(container, {
    renderer,
    preferCanvas: true,
    minZoom: 2,
    maxZoom: 15,
    zoomSnap: 0.5,
    maxBounds: [[-85, -240], [85, 240]],
    attributionControl: false,
    zoomControl: false,
  });
  L.control.zoom().addTo(map);
  const attribution = L.control.attribution({ prefix: false }).addTo(map);
  let labels: BaseLabels | null = null;
  map.on('popupopen', (e) => e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', labels?.closePopup ?? ''));
  map.fitBounds(EUROPE);

  function setLabels(next: BaseLabels) {
    if (labels) attribution.removeAttribution(labels.attribution);
    attribution.addAttribution(next.attribution);
    for (const [selector, text] of [['.leaflet-control-zoom-in', next.zoomIn], ['.leaflet-control-zoom-out', next.zoomOut]] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', text);
      button?.setAttribute('aria-label', text);
    }
    labels = next;
  }

  return { map, renderer, setLabels };
}

export type CountryLayer = {
  /** Shades each country by its count (classes from shadeClasses); an empty map clears the shading. */
  shade: (counts: Map<string, number>, classes: ShadeClass[], describe: (shape: CountryShape, count: number) => string) => void;
};

/** Draws the country shapes under everything else. */
export function addCountryLayer(map: L.Map, countries: CountryShape[]): CountryLayer {
  // Drawn by the map's canvas renderer, the same one as the markers: a second canvas on top would swallow the
  // mouse events of the one below, and the countries' tooltips with them.
  const layer = L.geoJSON(countries, {
    interactive: true,
    style: () => ({ color: BORDER, weight: 0.6, fillColor: LAND, fillOpacity: 1 }),
  }).addTo(map);
  layer.bringToBack();

  let shaded = false;
  return {
    shade(counts, classes, describe) {
      // Restyling every shape redraws the whole canvas: skip it when there was and is nothing to shade.
      if (!shaded && counts.size === 0) return;
      shaded = counts.size > 0;
      layer.eachLayer((child) => {
        const path = child as L.Path & { feature: CountryShape };
        const iso = path.feature.properties.iso;
        const count = (iso && counts.get(iso)) || 0;
        path.setStyle({ fillColor: shaded ? shadeOf(classes, count) : LAND, fillOpacity: 1 });
        path.unbindTooltip();
        if (shaded && iso) path.bindTooltip(describe(path.feature, count), { sticky: true });
      });
    },
  };
}
