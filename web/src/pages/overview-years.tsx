// A chart over years in SVG: bars for one series and a line for another, on a shared or its own (right) axis.
import { niceTicks } from './overview-data.ts';

/** A series: its values (one per year), how to write them and its name in tooltips. */
export type Series = { values: number[]; format: (value: number) => string; name: string };

type Props = {
  years: number[];
  bars: Series;
  /** The line; with `ownAxis` it has its own scale on the right (another unit), else the bars' scale. */
  line: Series & { ownAxis: boolean };
  /** Titles of the left axis and (with `line.ownAxis`) the right one. */
  axisTitles: { left: string; right?: string };
  width: number;
  title: string;
  yearLabel: string;
};

const HEIGHT = 280;
const TOP = 14;
const BOTTOM = 50;
/** Average width of a 12 px system-font character, to leave room for the tick labels. */
const CHAR_PX = 6.8;
const AXIS_TITLE = 22;

/** The years with a bar for each, a line through them, ticks, gridlines and axis titles. */
export function YearChart({ years, bars, line, axisTitles, width, title, yearLabel }: Props) {
  const barTicks = niceTicks(Math.max(...bars.values, ...(line.ownAxis ? [] : line.values)));
  const lineTicks = line.ownAxis ? niceTicks(Math.max(...line.values)) : barTicks;
  const labelSpace = (ticks: number[], format: (v: number) => string) => Math.max(...ticks.map((v) => format(v).length)) * CHAR_PX + 8;
  const left = AXIS_TITLE + labelSpace(barTicks, bars.format);
  const right = line.ownAxis ? AXIS_TITLE + labelSpace(lineTicks, line.format) : 12;
  const plotWidth = Math.max(60, width - left - right);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const band = plotWidth / Math.max(1, years.length);
  const barWidth = Math.max(2, Math.min(48, band * 0.64));
  const yOf = (ticks: number[]) => (v: number) => TOP + plotHeight - (v / ticks[ticks.length - 1]!) * plotHeight;
  const yBar = yOf(barTicks);
  const yLine = yOf(lineTicks);
  const xMid = (i: number) => left + band * i + band / 2;
  // Year labels at least 44 px apart: every second, fifth, ... year on narrow charts.
  const every = Math.max(1, Math.ceil(44 / band));
  const points = line.values.map((v, i) => `${xMid(i).toFixed(1)},${yLine(v).toFixed(1)}`).join(' ');
  const bottom = TOP + plotHeight;

  return (
    <svg class="overview-svg" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={title}>
      {barTicks.map((tick) => (
        <g key={tick} class="overview-gridline">
          <line x1={left} x2={left + plotWidth} y1={Math.round(yBar(tick)) + 0.5} y2={Math.round(yBar(tick)) + 0.5} />
          <text x={left - 6} y={yBar(tick) + 4} text-anchor="end">{bars.format(tick)}</text>
        </g>
      ))}
      {line.ownAxis &&
        lineTicks.map((tick) => (
          <text key={tick} class="overview-line-tick" x={left + plotWidth + 6} y={yLine(tick) + 4}>{line.format(tick)}</text>
        ))}
      {years.map((year, i) => (
        <g key={year} class="overview-bar">
          <title>{`${year}: ${bars.name} ${bars.format(bars.values[i]!)}; ${line.name} ${line.format(line.values[i]!)}`}</title>
          <rect x={xMid(i) - barWidth / 2} y={yBar(bars.values[i]!)} width={barWidth} height={Math.max(0, bottom - yBar(bars.values[i]!))} rx={1.5} />
          {i % every === 0 && (
            <text class="overview-year" x={xMid(i)} y={bottom + 16} text-anchor="middle">{String(year)}</text>
          )}
        </g>
      ))}
      <line class="overview-baseline" x1={left} x2={left + plotWidth} y1={bottom + 0.5} y2={bottom + 0.5} />
      <polyline class="overview-line" points={points} />
      {line.values.map((v, i) => (
        <circle key={years[i]} class="overview-dot" cx={xMid(i)} cy={yLine(v)} r={3.5} />
      ))}
      <text class="overview-axis-title" x={left + plotWidth / 2} y={HEIGHT - 6} text-anchor="middle">{yearLabel}</text>
      <text class="overview-axis-title" transform={`translate(14 ${TOP + plotHeight / 2}) rotate(-90)`} text-anchor="middle">
        {axisTitles.left}
      </text>
      {line.ownAxis && axisTitles.right && (
        <text class="overview-axis-title overview-line-title" transform={`translate(${width - 8} ${TOP + plotHeight / 2}) rotate(90)`} text-anchor="middle">
          {axisTitles.right}
        </text>
      )}
    </svg>
  );
}
