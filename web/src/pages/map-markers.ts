// Organisations on the map: supercluster bubbles with counts when zoomed out, canvas circle markers when close.
import L from 'leaflet';
import Supercluster from 'supercluster';
import { colourOf } from './map-colours.ts';
import type { MapPoints } from './map-data.ts';

export type MarkerLabels = {
  cluster: (count: number) => string;
  type: (code: string) => string;
  openProfile: string;
  sameSpot: string;
};

type PointProps = { i: number };
type Drawn = { x: number; y: number; id: string };

// Supercluster keeps clusters up to the map's closest zoom: what still sits together there is one address.
const MAX_ZOOM = 15;
const SAME_SPOT_LIMIT = 50;

/** The organisation popup: name, type and a link to the profile, built as DOM so names are never parsed as HTML. */
function popupContent(points: MapPoints['points'], indices: number[], labels: MarkerLabels, title?: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  if (title) {
    const heading = document.createElement('p');
    heading.className = 'map-popup-title';
    heading.textContent = title;
    box.append(heading);
  }
  const list = document.createElement('ul');
  for (const i of indices) {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = points.name[i]!;
    const type = document.createElement('span');
    type.textContent = labels.type(points.type[i]!);
    const link = document.createElement('a');
    link.href = `/organizations/${points.id[i]}`;
    link.textContent = labels.openProfile;
    link.setAttribute('aria-label', `${labels.openProfile}: ${points.name[i]}`);
    item.append(name, type, link);
    list.append(item);
  }
  box.append(list);
  return box;
}

/** A supercluster-backed layer of organisation markers; call `update` after each move. */
export function createMarkerLayer(map: L.Map, renderer: L.Canvas, onDrawn: (count: number) => void) {
  const group = L.layerGroup().addTo(map);
  let index: Supercluster<PointProps> | null = null;
  let data: MapPoints['points'] | null = null;
  let colourBy: 'type' | 'sector' = 'type';
  let labels: MarkerLabels | null = null;
  let drawn: Drawn[] = [];
  let visible = true;

  function clusterIcon(count: number): L.DivIcon {
    const size = Math.round(Math.min(54, 24 + Math.log10(count) * 9));
    return L.divIcon({
      className: 'map-cluster',
      html: `<span>${count >= 10_000 ? `${Math.round(count / 1000)}k` : count}</span>`,
      iconSize: [size, size],
    });
  }

  function openCluster(clusterId: number, at: L.LatLng) {
    if (!index || !data || !labels) return;
    const zoom = index.getClusterExpansionZoom(clusterId);
    if (zoom <= MAX_ZOOM) {
      map.flyTo(at, zoom, { duration: 0.4 });
      return;
    }
    const leaves = index.getLeaves(clusterId, SAME_SPOT_LIMIT).map((leaf) => leaf.properties.i);
    L.popup({ maxHeight: 280 }).setLatLng(at).setContent(popupContent(data, leaves, labels, labels.sameSpot)).openOn(map);
  }

  function update() {
    group.clearLayers();
    drawn = [];
    if (!data || !labels || !visible) {
      onDrawn(0);
      return;
    }
    // Indexed on first sight: a map showing regions instead need not pay for it.
    if (!index) {
      index = new Supercluster<PointProps>({ radius: 64, maxZoom: MAX_ZOOM, minPoints: 3 });
      const points = data;
      index.load(points.id.map((_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [points.lon[i]!, points.lat[i]!] } })));
    }
    const bounds = map.getBounds().pad(0.2);
    // Between two zoom levels the coarser clustering is used, so bubbles do not crowd each other.
    const zoom = Math.floor(map.getZoom());
    const features = index.getClusters([bounds.getWest(), Math.max(-85, bounds.getSouth()), bounds.getEast(), Math.min(85, bounds.getNorth())], zoom);
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const at = L.latLng(lat, lon);
      const props = f.properties as PointProps | Supercluster.ClusterProperties;
      if ('cluster' in props && props.cluster) {
        const marker = L.marker(at, { icon: clusterIcon(props.point_count), title: labels.cluster(props.point_count), keyboard: true });
        marker.on('click', () => openCluster(props.cluster_id, at));
        group.addLayer(marker);
        continue;
      }
      const i = (props as PointProps).i;
      const colour = colourOf(colourBy, colourBy === 'type' ? data.type[i]! : data.sector[i]!);
      const marker = L.circleMarker(at, { renderer, radius: 6, color: '#1f2933', weight: 1, fillColor: colour, fillOpacity: 0.95 });
      const points = data;
      const popupLabels = labels;
      marker.bindPopup(() => popupContent(points, [i], popupLabels));
      group.addLayer(marker);
      const p = map.latLngToContainerPoint(at);
      drawn.push({ x: p.x, y: p.y, id: data.id[i]! });
    }
    onDrawn(features.length);
  }

  function show(visibleNow: boolean) {
    visible = visibleNow;
    if (visible) group.addTo(map);
    else group.remove();
  }

  return {
    /** Takes a new set of points and draws them if `show` (indexing the whole CORDIS registry takes a few hundred ms). */
    setPoints(points: MapPoints['points'], visibleNow: boolean) {
      data = points;
      index = null;
      show(visibleNow);
      update();
    },
    setColour(by: 'type' | 'sector') {
      colourBy = by;
      update();
    },
    setLabels(next: MarkerLabels) {
      labels = next;
      update();
    },
    setVisible(visibleNow: boolean) {
      if (visibleNow === visible) return;
      show(visibleNow);
      update();
    },
    update,
    /** Where the individual markers sit in the container (browser tests click them: they live on a canvas). */
    drawnMarkers: () => drawn,
  };
}
