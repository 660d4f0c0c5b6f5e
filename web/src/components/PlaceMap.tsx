// A small Leaflet map without tiles (the map page's country shapes) showing a few places, one or more highlighted.
import L from 'leaflet';
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n.ts';
import { addCountryLayer, createBaseMap, loadCountryShapes } from '../pages/map-base.ts';
import { MAP } from '../pages/map.messages.ts';
import './place-map.css';

export type Place = { id: string; name: string; lat: number; lon: number; highlight?: boolean; href?: string };

type Props = { places: Place[]; label: string };

const MARKER = { color: '#ffffff', weight: 2, fillColor: '#0b5563', fillOpacity: 1, radius: 7 };
const HIGHLIGHT = { color: '#ffffff', weight: 2.5, fillColor: '#b45309', fillOpacity: 1, radius: 10 };

/**
 * The places as markers (a click opens `href`), framed so all are in view. The map says data-ready="true"
 * once the countries and markers are drawn. Pages list the same places as text for those who cannot see it.
 */
export function PlaceMap({ places, label }: Props) {
  const { t, language } = useT(MAP);
  const { route } = useLocation();
  const element = useRef<HTMLDivElement>(null);
  const base = useRef<ReturnType<typeof createBaseMap> | null>(null);
  const key = JSON.stringify(places);

  useEffect(() => {
    const container = element.current!;
    container.dataset.ready = 'false';
    const current = createBaseMap(container);
    base.current = current;
    const { map, renderer } = current;
    current.setLabels({ attribution: t('attribution'), zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), closePopup: t('closePopup') });
    const markers = L.layerGroup().addTo(map);
    // Highlighted places are drawn last, so they stay on top of others at the same spot.
    for (const place of [...places].sort((a, b) => Number(Boolean(a.highlight)) - Number(Boolean(b.highlight)))) {
      const marker = L.circleMarker([place.lat, place.lon], { renderer, ...(place.highlight ? HIGHLIGHT : MARKER) })
        .bindTooltip(place.name)
        .addTo(markers);
      const href = place.href;
      if (href) marker.on('click', () => route(href));
    }
    if (places.length === 1) map.setView([places[0]!.lat, places[0]!.lon], 6, { animate: false });
    else if (places.length > 1) map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lon])), { padding: [30, 30], maxZoom: 7, animate: false });
    container.dataset.markers = String(places.length);
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
      base.current = null;
      map.remove();
    };
  }, [key]);

  useEffect(() => {
    base.current?.setLabels({ attribution: t('attribution'), zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), closePopup: t('closePopup') });
  }, [language]);

  return <div ref={element} class="place-map" role="region" aria-label={label} data-ready="false" />;
}
