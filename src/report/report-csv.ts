// The funder report as CSV: one row per figure and period bucket (the whole period first), then the breakdowns and
// the per-theme counts, each row with the figure's definition in the chosen language.
import { stringify } from 'csv-stringify/sync';
import type { Report } from '#src/report/report-service.ts';

export type ReportLanguage = 'en' | 'de' | 'da';

export const CSV_COLUMNS = ['cluster', 'figure', 'title', 'row', 'part', 'from', 'to', 'value', 'unit', 'definition'];

/** The report as CSV text (UTF-8, comma-separated, header row). */
export function reportCsv(report: Report, lang: ReportLanguage): string {
  const { cluster, period } = report;
  const rows: Array<Array<string | number>> = [];
  for (const f of report.figures) {
    const base = [cluster.slug, f.key, f.title[lang]];
    rows.push([...base, 'period', '', period.from, period.to, f.total, f.unit, f.definition[lang]]);
    report.buckets.forEach((b, i) => rows.push([...base, report.interval, '', b.from, b.to, f.series[i] ?? 0, f.unit, f.definition[lang]]));
    for (const part of f.breakdown) rows.push([...base, `breakdown:${part.group}`, part.label[lang], period.from, period.to, part.value, f.unit, f.definition[lang]]);
  }
  for (const column of report.themes.columns) {
    for (const theme of report.themes.rows) {
      const title = theme.title[lang] ?? theme.title.en ?? theme.title.de ?? theme.title.da ?? '';
      rows.push([cluster.slug, `theme.${column.key}`, column.title[lang], 'theme', title, period.from, period.to, theme[column.key], 'count', column.definition[lang]]);
    }
  }
  return stringify(rows, { header: true, columns: CSV_COLUMNS });
}
