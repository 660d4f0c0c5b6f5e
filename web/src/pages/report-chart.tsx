// A figure's time series as a small column chart in SVG (decision 005: hand-drawn, at the container's real width,
// a labelled image with the values in its name and native tooltips on the columns), and the report's value formats.
import { formatDate, formatEuros, formatNumber } from '../i18n.ts';
import { useWidth } from './overview-chart.tsx';
import { niceTicks } from './overview-data.ts';
import type { Interval, Span } from './report-api.ts';

/** A count, or euros without cents, in the interface language. */
export function formatValue(value: number, unit: 'count' | 'eur'): string {
  return unit === 'eur' ? formatNumber(value, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }) : formatNumber(value, { maximumFractionDigits: 1 });
}

/** A bucket's short name: "Mar 2025", "Q1 2025" (through `quarter`) or "2025". */
export function bucketLabel(bucket: Span, interval: Interval, quarter: (n: number, year: string) => string): string {
  const year = bucket.from.slice(0, 4);
  if (interval === 'year') return year;
  if (interval === 'quarter') return quarter(Math.floor((Number(bucket.from.slice(5, 7)) - 1) / 3) + 1, year);
  return formatDate(bucket.from, { month: 'short', year: 'numeric' });
}

const HEIGHT = 120;
const TOP = 16;
const BOTTOM = 22;
const CHAR_PX = 6.5;

type Props = { values: number[]; labels: string[]; unit: 'count' | 'eur'; name: string };

/** Columns for each bucket over a baseline, the highest gridline labelled, bucket names as far apart as they fit. */
export function ColumnChart({ values, labels, unit, name }: Props) {
  const { ref, width } = useWidth<HTMLDivElement>(280);
  const ticks = niceTicks(Math.max(...values, 0), 2);
  const top = ticks[ticks.length - 1]!;
  // Axis ticks of euros compactly ("€10M"); the columns' tooltips and the name give the exact amounts.
  const tick = (v: number) => (unit === 'eur' ? formatEuros(v) : formatValue(v, unit));
  const left = Math.max(...ticks.map((v) => tick(v).length)) * CHAR_PX + 8;
  const plotWidth = Math.max(40, width - left - 4);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const band = plotWidth / Math.max(1, values.length);
  const bar = Math.max(2, Math.min(36, band * 0.68));
  const y = (v: number) => TOP + plotHeight - (v / top) * plotHeight;
  const labelWidth = Math.max(...labels.map((l) => l.length)) * CHAR_PX + 10;
  const every = Math.max(1, Math.ceil(labelWidth / band));
  return (
    <div ref={ref} class="report-chart">
      <svg class="report-svg" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={name}>
        {ticks.map((v) => (
          <g key={v} class="report-gridline">
            <line x1={left} x2={left + plotWidth} y1={Math.round(y(v)) + 0.5} y2={Math.round(y(v)) + 0.5} />
            <text x={left - 6} y={y(v) + 4} text-anchor="end">{tick(v)}</text>
          </g>
        ))}
        {values.map((v, i) => (
          <g key={i} class="report-column">
            <title>{`${labels[i]}: ${formatValue(v, unit)}`}</title>
            <rect x={left + band * i + (band - bar) / 2} y={y(v)} width={bar} height={Math.max(0, TOP + plotHeight - y(v))} rx={1.5} />
            {i % every === 0 && <text x={left + band * i + band / 2} y={HEIGHT - 6} text-anchor="middle">{labels[i]}</text>}
          </g>
        ))}
        <line class="report-baseline" x1={left} x2={left + plotWidth} y1={TOP + plotHeight + 0.5} y2={TOP + plotHeight + 0.5} />
      </svg>
    </div>
  );
}
