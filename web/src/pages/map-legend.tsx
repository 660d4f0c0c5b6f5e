// The legend: marker colours by type or sector, the choropleth's classes, what a bubble's size means.
import { formatNumber, useT } from '../i18n.ts';
import { colourOf, NEUTRAL, NO_DATA, ORG_TYPES, SECTORS, type ShadeClass } from './map-colours.ts';
import { MAP } from './map.messages.ts';

type Props = {
  colour: 'type' | 'sector';
  showMarkers: boolean;
  shade: { competence: string; classes: ShadeClass[] } | null;
  bubbles: boolean;
};

export function MapLegend({ colour, showMarkers, shade, bubbles }: Props) {
  const { t } = useT(MAP);
  const { t: tf } = useT();
  const codes = colour === 'type' ? ORG_TYPES : SECTORS;

  return (
    <section class="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">{t('legend')}</h2>
      {shade && (
        <>
          <h3>{t('shadeTitle', { competence: shade.competence })}</h3>
          <ul class="map-swatches">
            <li><span class="map-swatch square" style={{ background: NO_DATA }} />0</li>
            {shade.classes.map((c) => (
              <li key={c.from}>
                <span class="map-swatch square" style={{ background: c.colour }} />
                {c.from === c.to ? formatNumber(c.from) : `${formatNumber(c.from)}–${formatNumber(c.to)}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {bubbles && <p class="map-bubble-hint"><span class="map-swatch bubble" />{t('regionBubble')}</p>}
      {showMarkers && (
        <>
          <h3>{t(colour === 'type' ? 'byType' : 'bySector')}</h3>
          <ul class="map-swatches">
            {codes.map((code) => (
              <li key={code}>
                <span class="map-swatch" style={{ background: colourOf(colour, code) }} />
                {tf(colour === 'type' ? `orgTypes.${code}` : `sectors.${code}`)}
              </li>
            ))}
            {colour === 'sector' && (
              <li><span class="map-swatch" style={{ background: NEUTRAL }} />{t('noSector')}</li>
            )}
          </ul>
        </>
      )}
    </section>
  );
}
