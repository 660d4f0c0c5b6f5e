// Words and number formats of the funder report's PDF in English, German and Danish.
import type { Interval } from '#src/report/report-period.ts';
import type { ReportLanguage } from '#src/report/report-csv.ts';

const LOCALES: Record<ReportLanguage, string> = { en: 'en-GB', de: 'de-DE', da: 'da-DK' };

export const PDF_TEXTS = {
  en: {
    title: 'Funder report', period: 'Period', scope: 'Clusters counted', generated: 'Generated', interval: 'Time series by',
    intervals: { month: 'month', quarter: 'quarter', year: 'year' }, keyFigures: 'Key figures', series: 'Time series', themes: 'Per strategy theme',
    theme: 'Theme', figure: 'Figure', page: (i: number, n: number) => `page ${i} of ${n}`, quarter: 'Q', noThemes: 'The cluster has no strategy themes.',
  },
  de: {
    title: 'Bericht an Fördergeber', period: 'Zeitraum', scope: 'Gezählte Cluster', generated: 'Erstellt', interval: 'Zeitreihe nach',
    intervals: { month: 'Monat', quarter: 'Quartal', year: 'Jahr' }, keyFigures: 'Kennzahlen', series: 'Zeitreihe', themes: 'Nach Strategiethema',
    theme: 'Thema', figure: 'Kennzahl', page: (i: number, n: number) => `Seite ${i} von ${n}`, quarter: 'Q', noThemes: 'Der Cluster hat keine Strategiethemen.',
  },
  da: {
    title: 'Rapport til bevillingsgivere', period: 'Periode', scope: 'Klynger talt med', generated: 'Udarbejdet', interval: 'Tidsserie pr.',
    intervals: { month: 'måned', quarter: 'kvartal', year: 'år' }, keyFigures: 'Nøgletal', series: 'Tidsserie', themes: 'Pr. strategitema',
    theme: 'Tema', figure: 'Nøgletal', page: (i: number, n: number) => `side ${i} af ${n}`, quarter: 'K', noThemes: 'Klyngen har ingen strategitemaer.',
  },
} as const;

/** A calendar day (YYYY-MM-DD) written in the language. */
export function formatDay(day: string, lang: ReportLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** A count, or an amount of euros, written in the language. */
export function formatValue(value: number, unit: 'count' | 'eur', lang: ReportLanguage): string {
  const options: Intl.NumberFormatOptions = unit === 'eur' ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 } : { maximumFractionDigits: 1 };
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

/** The short name of a bucket starting on `from`: "Mar 2025", "Q1 2025" (Danish "K1 2025") or "2025". */
export function bucketLabel(from: string, interval: Interval, lang: ReportLanguage): string {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  if (interval === 'year') return year;
  if (interval === 'quarter') return `${PDF_TEXTS[lang].quarter}${Math.floor((month - 1) / 3) + 1} ${year}`;
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${from}T00:00:00Z`));
}
