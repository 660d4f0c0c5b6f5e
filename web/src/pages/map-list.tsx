// The map as a list, for screen readers and keyboards: counts per country and region, the organisations in view.
import { currentLanguage, formatNumber, useT } from '../i18n.ts';
import { isoCountry } from './map-countries.ts';
import type { MapPoints, RegionCount } from './map-data.ts';
import { MAP } from './map.messages.ts';

const LIST_LIMIT = 200;
const TOP_REGIONS = 25;

/** The name of a registry country code in the interface language (the code itself when unknown). */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(isoCountry(code)) ?? code;
  } catch {
    return code;
  }
}

type Props = {
  points: MapPoints['points'] | null;
  inView: number[];
  countries: RegionCount[] | null;
  regions: RegionCount[] | null;
};

export function MapList({ points, inView, countries, regions }: Props) {
  const { t } = useT(MAP);
  const { t: tf } = useT();
  const collator = new Intl.Collator(currentLanguage());
  const shown = points ? [...inView].sort((a, b) => collator.compare(points.name[a]!, points.name[b]!)).slice(0, LIST_LIMIT) : [];

  return (
    <section id="map-list" class="map-list" aria-labelledby="map-list-title">
      <h2 id="map-list-title">{t('listTitle')}</h2>
      {countries && countries.length > 0 && (
        <table>
          <caption>{t('countries')}</caption>
          <thead><tr><th scope="col">{t('country')}</th><th scope="col" class="num">{t('organizations')}</th></tr></thead>
          <tbody>
            {countries.slice(0, TOP_REGIONS).map((c) => (
              <tr key={c.code}><th scope="row">{countryName(c.code)}</th><td class="num">{formatNumber(c.organizations)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {regions && regions.length > 0 && (
        <table>
          <caption>{t('regions')}</caption>
          <thead><tr><th scope="col">{t('region')}</th><th scope="col" class="num">{t('organizations')}</th></tr></thead>
          <tbody>
            {regions.slice(0, TOP_REGIONS).map((r) => (
              <tr key={r.code}><th scope="row">{t('regionOf', { region: r.code, country: countryName(r.country) })}</th><td class="num">{formatNumber(r.organizations)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('inView')}</h3>
      {points && inView.length === 0 && <p>{t('noneInView')}</p>}
      {points && inView.length > 0 && (
        <>
          <p>
            {t('inViewCount', { shown: formatNumber(shown.length), total: formatNumber(inView.length) })}
            {shown.length < inView.length && ` ${t('zoomForMore')}`}
          </p>
          <ul class="map-list-orgs">
            {shown.map((i) => (
              <li key={points.id[i]}>
                <a href={`/organizations/${points.id[i]}`}>{points.name[i]}</a> <span class="muted">{tf(`orgTypes.${points.type[i]}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
