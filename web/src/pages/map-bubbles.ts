// NUTS-2 regions as proportional bubbles at the centroid of their organisations, each showing its count.
import L from 'leaflet';
import type { RegionCount } from './map-data.ts';

const MIN_DIAMETER = 10;
const MAX_DIAMETER = 56;
// Below this map width (a phone) every bubble shrinks in proportion, or Europe disappears under them.
const FULL_SIZE_WIDTH = 900;
const LABELLED_FROM = 26;

/** The bubble layer: `show` replaces the bubbles (area proportional to the count), `clear` removes them. */
export function createBubbleLayer(map: L.Map) {
  const group = L.layerGroup();

  return {
    show(regions: RegionCount[], describe: (region: RegionCount) => string) {
      group.clearLayers();
      const max = Math.max(1, ...regions.map((r) => r.organizations));
      const largest = MAX_DIAMETER * Math.min(1, map.getSize().x / FULL_SIZE_WIDTH);
      // Largest first, so small bubbles stay on top and reachable.
      // A region none of whose organisations has coordinates has no centroid to stand on (it stays in the list).
      const placed = regions.filter((r): r is RegionCount & { lat: number; lon: number } => r.lat !== null && r.lon !== null);
      for (const region of placed.sort((a, b) => b.organizations - a.organizations)) {
        const diameter = Math.round(Math.max(MIN_DIAMETER, largest * Math.sqrt(region.organizations / max)));
        // Small bubbles keep their count in the title only: written out, the numbers of a crowded map overlap.
        const html = diameter >= LABELLED_FROM ? `<span>${region.organizations}</span>` : '';
        const icon = L.divIcon({ className: 'map-bubble', html, iconSize: [diameter, diameter] });
        group.addLayer(L.marker([region.lat, region.lon], { icon, title: describe(region), keyboard: false }));
      }
      group.addTo(map);
    },
    clear() {
      group.clearLayers();
      group.remove();
    },
  };
}
