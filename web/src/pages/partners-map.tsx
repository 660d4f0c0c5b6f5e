// The proposed partners on the offline map: numbered markers by rank, the requester as a star, details in a popup.
import L from 'leaflet';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatNumber, useT } from '../i18n.ts';
import { addCountryLayer, createBaseMap, loadCountryShapes } from './map-base.ts';
import { MAP } from './map.messages.ts';
import type { MatchResult } from './partners-data.ts';
import { ReasonList } from './partners-reasons.tsx';
import { placeOf } from './partners-results.tsx';
import { PARTNERS } from './partners.messages.ts';

export type RequesterPlace = { id: string; name: string; lat: number | null; lon: number | null };

type Props = { results: MatchResult[]; requester: RequesterPlace | null };

const SIZE = 28;
const GAP = SIZE + 2;

/**
 * Pixel offsets that push apart markers closer than GAP pixels (several partners often sit in one city), so
 * each stays visible and clickable while staying near its place; recomputed at every zoom.
 */
export function fanOut(points: Array<{ x: number; y: number }>): Array<[number, number]> {
  // Markers at the very same spot start on a small circle, so that they have a direction to move apart in.
  const at = points.map((p, i) => ({ x: p.x + Math.cos(i * 2.4) * 0.5, y: p.y + Math.sin(i * 2.4) * 0.5 }));
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (let i = 0; i < at.length; i++) {
      for (let j = i + 1; j < at.length; j++) {
        const a = at[i]!;
        const b = at[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= GAP) continue;
        const push = (GAP - d) / 2 / d;
        a.x -= dx * push;
        a.y -= dy * push;
        b.x += dx * push;
        b.y += dy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return at.map((p, i) => [Math.round(p.x - points[i]!.x), Math.round(p.y - points[i]!.y)]);
}

function icon(text: string, kind: 'result' | 'requester'): L.DivIcon {
  const size = kind === 'requester' ? SIZE + 6 : SIZE;
  return L.divIcon({ className: `partners-marker partners-marker-${kind}`, html: `<span aria-hidden="true">${text}</span>`, iconSize: [size, size] });
}

/** Moves each marker's icon by its fan-out offset (through the margins Leaflet anchors icons with) and its popup along. */
function placeIcons(map: L.Map, markers: L.Marker[]) {
  const shift = fanOut(markers.map((m) => map.latLngToLayerPoint(m.getLatLng())));
  markers.forEach((m, i) => {
    const [dx, dy] = shift[i]!;
    const element = m.getElement();
    const size = (m.getIcon().options.iconSize as L.PointTuple)[0];
    if (element) {
      element.style.marginLeft = `${dx - size / 2}px`;
      element.style.marginTop = `${dy - size / 2}px`;
    }
    const popup = m.getPopup();
    if (popup) popup.options.offset = L.point(dx, dy - size / 2);
  });
}

/** The map; it says data-ready="true" and data-markers="N" once the countries and markers are drawn. */
export function PartnersMap({ results, requester }: Props) {
  const { t } = useT(PARTNERS);
  const { t: tm, language } = useT(MAP);
  const { t: tf } = useT();
  const element = useRef<HTMLDivElement>(null);
  const located = results.map((r, rank) => ({ r, rank })).filter(({ r }) => r.lat !== null && r.lon !== null);
  const here = requester && requester.lat !== null && requester.lon !== null ? { ...requester, lat: requester.lat, lon: requester.lon } : null;

  useEffect(() => {
    const container = element.current!;
    container.dataset.ready = 'false';
    const { map, setLabels } = createBaseMap(container);
    setLabels({ attribution: tm('attribution'), zoomIn: tm('zoomIn'), zoomOut: tm('zoomOut'), closePopup: tm('closePopup') });
    const spots = [...located.map(({ r }) => ({ lat: r.lat!, lon: r.lon! })), ...(here ? [here] : [])];
    const markers: L.Marker[] = [];

    located.forEach(({ r, rank }) => {
      const label = t('rankMarker', { n: formatNumber(rank + 1), name: r.name });
      const marker = L.marker([r.lat!, r.lon!], { icon: icon(formatNumber(rank + 1), 'result'), keyboard: true, title: label, zIndexOffset: 1000 - rank })
        .bindPopup(() => {
          const box = document.createElement('div');
          box.className = 'partners-popup';
          render(
            <>
              <p class="partners-popup-title">{formatNumber(rank + 1)}. <a href={`/organizations/${r.orgId}`}>{r.name}</a></p>
              <p class="muted">{[tf(`orgTypes.${r.type}`), placeOf(r)].filter(Boolean).join(' · ')}</p>
              <ReasonList reasons={r.reasons} requester={requester?.name ?? ''} max={2} />
            </>,
            box,
          );
          return box;
        }, { maxWidth: 300 })
        .addTo(map);
      marker.getElement()?.setAttribute('aria-label', label);
      markers.push(marker);
    });
    if (here) {
      const label = t('requesterMarker', { name: here.name });
      const marker = L.marker([here.lat, here.lon], { icon: icon('★', 'requester'), keyboard: true, title: label, zIndexOffset: 2000 })
        .bindPopup(() => {
          const box = document.createElement('div');
          box.className = 'partners-popup';
          render(<p class="partners-popup-title"><a href={`/organizations/${here.id}`}>{here.name}</a></p>, box);
          return box;
        })
        .addTo(map);
      marker.getElement()?.setAttribute('aria-label', label);
      markers.push(marker);
    }

    // The panel has just been shown: measure the container again before framing the markers.
    map.invalidateSize({ animate: false });
    if (spots.length === 1) map.setView([spots[0]!.lat, spots[0]!.lon], 7, { animate: false });
    else if (spots.length > 1) map.fitBounds(L.latLngBounds(spots.map((s) => [s.lat, s.lon])), { padding: [40, 40], maxZoom: 9, animate: false });
    placeIcons(map, markers);
    map.on('zoomend', () => placeIcons(map, markers));
    container.dataset.markers = String(markers.length);
    let alive = true;
    loadCountryShapes().then(
      (shapes) => {
        if (!alive) return;
        addCountryLayer(map, shapes);
        container.dataset.ready = 'true';
      },
      () => alive && (container.dataset.ready = 'true'),
    );
    return () => {
      alive = false;
      map.remove();
    };
    // Redrawn for new results or another language (marker labels and popups are texts).
  }, [results, here?.id, here?.lat, language]);

  const unlocated = results.length - located.length;
  return (
    <div class="partners-map-panel">
      <p class="partners-panel-hint">{t('mapHint')}</p>
      <div ref={element} class="partners-map" role="region" aria-label={t('mapLabel')} data-ready="false" data-partners-map="" />
      {unlocated > 0 && <p class="muted">{t('mapUnlocated', { count: unlocated, n: formatNumber(unlocated) })}</p>}
    </div>
  );
}
