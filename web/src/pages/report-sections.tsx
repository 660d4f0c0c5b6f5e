// The report's dashboard: a card per figure (value, breakdown, series chart and its definition beside it), the time
// series as a table, the per-theme table and the downloads.
import { localized, useT, type Language } from '../i18n.ts';
import { bucketLabel, ColumnChart, formatValue } from './report-chart.tsx';
import { reportFileUrl, type Report, type ReportFigure, type ReportRequest } from './report-api.ts';
import { REPORT } from './report.messages.ts';

function useBucketLabels(report: Report): string[] {
  const { t } = useT(REPORT);
  return report.buckets.map((b) => bucketLabel(b, report.interval, (n, year) => t('quarterShort', { n, year })));
}

function FigureCard({ figure, labels, report, language }: { figure: ReportFigure; labels: string[]; report: Report; language: Language }) {
  const { t } = useT(REPORT);
  const id = `figure-${figure.key}`;
  const title = figure.title[language];
  const groups = [...new Set(figure.breakdown.map((b) => b.group))];
  const values = figure.series.map((v, i) => `${labels[i]} ${formatValue(v, figure.unit)}`).join(', ');
  return (
    <article class="report-figure" data-figure={figure.key} aria-labelledby={`${id}-title`}>
      <div class="report-figure-main">
        <h3 id={`${id}-title`}>{title}</h3>
        <p class="report-value" data-value={figure.total}>{formatValue(figure.total, figure.unit)}</p>
        {groups.map((group) => (
          <div key={group} class="report-breakdown">
            <h4>{t(`breakdown.${group}`)}</h4>
            <dl>
              {figure.breakdown.filter((b) => b.group === group).map((b) => (
                <div key={b.key}>
                  <dt>{b.label[language]}</dt>
                  <dd>{formatValue(b.value, figure.unit)}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {report.buckets.length > 1 && (
          <ColumnChart values={figure.series} labels={labels} unit={figure.unit}
            name={t('chart', { title, interval: t(`intervalWord.${report.interval}`), values })} />
        )}
      </div>
      <p class="report-definition"><strong>{t('definition')}:</strong> {figure.definition[language]}</p>
    </article>
  );
}

/** Every figure as a card. */
export function FigureCards({ report }: { report: Report }) {
  const { t, language } = useT(REPORT);
  const labels = useBucketLabels(report);
  return (
    <section aria-labelledby="report-figures-title">
      <h2 id="report-figures-title">{t('figures')}</h2>
      <p class="muted report-scope-note">{report.scopeNote[language]}</p>
      <div class="report-figures">
        {report.figures.map((f) => <FigureCard key={f.key} figure={f} labels={labels} report={report} language={language} />)}
      </div>
    </section>
  );
}

/** The time series of every figure as one table, buckets as columns. */
export function SeriesTable({ report }: { report: Report }) {
  const { t, language } = useT(REPORT);
  const labels = useBucketLabels(report);
  return (
    <section aria-labelledby="report-series-title">
      <h2 id="report-series-title">{t('series')}</h2>
      <div class="report-table-wrap" tabIndex={0} role="region" aria-labelledby="report-series-title">
        <table class="report-table" data-table="series">
          <caption>{t('seriesCaption', { interval: t(`intervalWord.${report.interval}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figure')}</th>
              {labels.map((l) => <th key={l} scope="col" class="numeric">{l}</th>)}
            </tr>
          </thead>
          <tbody>
            {report.figures.map((f) => (
              <tr key={f.key}>
                <th scope="row">{f.title[language]}</th>
                {f.series.map((v, i) => <td key={i} class="numeric">{formatValue(v, f.unit)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Projects, workshops and ideas per theme, each column's definition below. */
export function ThemeTable({ report }: { report: Report }) {
  const { t, language } = useT(REPORT);
  const { columns, rows } = report.themes;
  return (
    <section aria-labelledby="report-themes-title">
      <h2 id="report-themes-title">{t('themes')}</h2>
      <p>{t('themesIntro')}</p>
      {rows.length === 0 ? <p class="muted">{t('noThemes')}</p> : (
        <div class="report-table-wrap" tabIndex={0} role="region" aria-labelledby="report-themes-title">
          <table class="report-table" data-table="themes">
            <thead>
              <tr>
                <th scope="col">{t('theme')}</th>
                {columns.map((c) => <th key={c.key} scope="col" class="numeric">{c.title[language]}</th>)}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{localized(r.title)} <span class="muted report-theme-kind">· {t(`kind.${r.kind}`)}</span></th>
                  {columns.map((c) => <td key={c.key} class="numeric">{formatValue(r[c.key], 'count')}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <dl class="report-column-definitions">
        {columns.map((c) => (
          <div key={c.key}>
            <dt>{c.title[language]}</dt>
            <dd>{c.definition[language]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Links to the same report as CSV and PDF, in the interface language. */
export function Downloads({ slug, request }: { slug: string; request: ReportRequest }) {
  const { t, language } = useT(REPORT);
  return (
    <section aria-labelledby="report-downloads-title" class="report-downloads">
      <h2 id="report-downloads-title">{t('downloads')}</h2>
      <ul>
        <li><a href={reportFileUrl(slug, request, 'csv', language)} download data-download="csv">{t('csv')}</a></li>
        <li><a href={reportFileUrl(slug, request, 'pdf', language)} download data-download="pdf">{t('pdf')}</a></li>
      </ul>
    </section>
  );
}
