// The roadmap's picture: one lane per horizon (or theme), each milestone a mark at its due date on a shared time axis
// with today's line; late marks stand out by colour, outline and a "!". The table after it says the same in words.
import { formatDate, localized, useT } from '../i18n.ts';
import { HORIZONS, type RoadmapItem, type Roadmap } from './strategy-api.ts';
import { ROADMAP } from './roadmap.messages.ts';
import { STRATEGY } from './strategy.messages.ts';

const DAY = 86_400_000;
const LABEL_SPAN = 22; // percent of the lane a label may take before the next one moves to a new row

const time = (date: string) => new Date(`${date}T00:00:00Z`).getTime();

/** The axis: from before the earliest to after the latest date (today included), with its ticks. */
function axisOf(dates: number[], today: number) {
  const min = Math.min(today, ...dates);
  const max = Math.max(today, ...dates);
  const pad = Math.max(30 * DAY, (max - min) * 0.05);
  const from = min - pad;
  const to = max + pad;
  const years = (to - from) / (365 * DAY);
  const step = years > 8 ? 24 : years > 3 ? 12 : years > 1.5 ? 6 : 3; // months between ticks
  const ticks: number[] = [];
  const d = new Date(from);
  const tick = new Date(Date.UTC(d.getUTCFullYear(), Math.ceil(d.getUTCMonth() / step) * step, 1));
  while (tick.getTime() <= to) {
    ticks.push(tick.getTime());
    tick.setUTCMonth(tick.getUTCMonth() + step);
  }
  return { from, to, ticks, at: (ms: number) => ((ms - from) / (to - from)) * 100 };
}

/** Puts marks into rows so that labels in one row do not overlap. */
function rows(items: Array<{ item: RoadmapItem; x: number }>) {
  const ends: number[] = [];
  return items.map(({ item, x }) => {
    let row = ends.findIndex((end) => end <= x);
    if (row === -1) row = ends.push(0) - 1;
    ends[row] = x + LABEL_SPAN;
    return { item, x, row };
  });
}

export function RoadmapTimeline({ items, today, group, themes }: { items: RoadmapItem[]; today: string; group: 'horizon' | 'theme'; themes: Roadmap['themes'] }) {
  const { t } = useT(ROADMAP);
  const s = useT(STRATEGY).t;
  const dated = items.filter((m) => m.dueDate);
  if (dated.length === 0) return <p class="muted">{t('timeline.none')}</p>;
  const axis = axisOf(dated.map((m) => time(m.dueDate!)), time(today));
  const lanes = group === 'horizon'
    ? HORIZONS.map((h) => ({ key: h, label: s(`horizon.${h}`), items: dated.filter((m) => m.horizon === h) }))
    : themes.map((th) => ({ key: th.id, label: localized(th.title), items: dated.filter((m) => m.theme.id === th.id) }));
  const undated = items.length - dated.length;
  return (
    <figure class="roadmap-timeline">
      <div aria-hidden="true">
        <div class="roadmap-axis">
          {axis.ticks.map((tick) => <span key={tick} class="roadmap-tick" style={{ left: `${axis.at(tick)}%` }}>{formatDate(new Date(tick), { year: 'numeric', month: 'short' })}</span>)}
        </div>
        {lanes.filter((lane) => lane.items.length > 0).map((lane) => {
          const placed = rows(lane.items.map((item) => ({ item, x: axis.at(time(item.dueDate!)) })));
          const height = Math.max(...placed.map((p) => p.row)) + 1;
          return (
            <div key={lane.key} class="roadmap-lane">
              <p class="roadmap-lane-label">{lane.label}</p>
              <div class="roadmap-track" style={{ height: `${height * 1.9 + 0.6}rem` }}>
                <span class="roadmap-today" style={{ left: `${axis.at(time(today))}%` }} />
                {placed.map(({ item, x, row }) => (
                  <span key={item.id} class={`roadmap-mark status-${item.status}${item.late ? ' late' : ''}${x > 100 - LABEL_SPAN ? ' flip' : ''}`}
                    style={{ left: `${x}%`, top: `${row * 1.9 + 0.3}rem` }} title={`${formatDate(item.dueDate!)} · ${localized(item.title)}`}>
                    <span class="roadmap-dot">{item.late ? '!' : ''}</span>
                    <span class="roadmap-label">{localized(item.title)}</span>
                  </span>
                ))}
              </div>
            </div>
          );
        })}
        <p class="roadmap-today-label" style={{ left: `${axis.at(time(today))}%` }}>{t('timeline.today')}</p>
      </div>
      <figcaption>
        <span class="roadmap-legend">
          {(['planned', 'on_track', 'at_risk', 'done'] as const).map((st) => <span key={st} class={`roadmap-key status-${st}`}><span class="roadmap-dot" /> {s(`status.${st}`)}</span>)}
          <span class="roadmap-key late"><span class="roadmap-dot">!</span> {s('milestone.late')}</span>
        </span>
        {' '}{t('timeline.caption', { date: formatDate(today) })}
        {undated > 0 && ` ${t('timeline.undated', { count: undated })}`}
      </figcaption>
    </figure>
  );
}
