// A horizontal bar chart in SVG, each label above its bar so long names fit at phone width too.
import { formatNumber } from '../i18n.ts';
import { niceTicks } from './overview-data.ts';

export type Bar = { key: string; label: string; value: number };

type Props = { bars: Bar[]; width: number; title: string; axisLabel: string };

const ROW = 40;
const VALUE_SPACE = 56;
const AXIS_SPACE = 44;
/** Average width of a 12-13 px system-font character, to shorten labels that would not fit. */
const CHAR_PX = 7;

/** Shortens `text` to at most `max` characters with an ellipsis. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Bars for counts of organisations (or anything countable), with a value axis, gridlines and the axis title. */
export function HorizontalBars({ bars, width, title, axisLabel }: Props) {
  const ticks = niceTicks(Math.max(...bars.map((b) => b.value)));
  const top = ticks[ticks.length - 1]!;
  const plot = Math.max(40, width - VALUE_SPACE);
  const x = (v: number) => (v / top) * plot;
  const rowsHeight = bars.length * ROW;
  const height = rowsHeight + AXIS_SPACE;
  return (
    <svg class="overview-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      {ticks.map((tick) => (
        <g key={tick} class="overview-gridline">
          <line x1={x(tick) + 0.5} x2={x(tick) + 0.5} y1={0} y2={rowsHeight} />
          <text x={x(tick)} y={rowsHeight + 16} text-anchor={tick === 0 ? 'start' : 'middle'}>{formatNumber(tick)}</text>
        </g>
      ))}
      {bars.map((bar, i) => (
        <g key={bar.key} class="overview-bar">
          <title>{`${bar.label}: ${formatNumber(bar.value)}`}</title>
          <text class="overview-bar-label" x={0} y={i * ROW + 14}>{fit(bar.label, Math.floor(width / CHAR_PX))}</text>
          <rect x={0} y={i * ROW + 20} width={Math.max(1, x(bar.value))} height={14} rx={2} />
          <text class="overview-bar-value" x={x(bar.value) + 6} y={i * ROW + 32}>{formatNumber(bar.value)}</text>
        </g>
      ))}
      <text class="overview-axis-title" x={plot / 2} y={height - 4} text-anchor="middle">{axisLabel}</text>
    </svg>
  );
}
