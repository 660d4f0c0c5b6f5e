// The funder report's period: validated calendar days, split into month, quarter or year buckets, and the instants
// at which those days begin in the clusters' time zone (German and Danish clusters share Central European Time).
import { invalid } from '#src/errors.ts';

export type Interval = 'month' | 'quarter' | 'year';
export const INTERVALS: Interval[] = ['month', 'quarter', 'year'];

/** Days are counted in this zone: a workshop at 23:30 UTC on 31 December belongs to 1 January. */
export const REPORT_TIME_ZONE = 'Europe/Berlin';
/** The longest period a report covers. */
export const MAX_PERIOD_YEARS = 10;

/** A span of calendar days, both ends included (YYYY-MM-DD). */
export type DaySpan = { from: string; to: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (d: Date) => d.toISOString().slice(0, 10);

/** The day `n` days after `day` (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return toDay(d);
}

/** The same day `n` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, n: number): string {
  const d = toDate(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return toDay(target);
}

/** Throws 422 (naming the field) unless [from, to] is a period of at most ten years with from ≤ to. */
export function checkPeriod(from: string, to: string): DaySpan {
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!isIsoDate(value)) throw invalid(`${field} must be a calendar day written YYYY-MM-DD`, [{ field, message: 'not a valid date (YYYY-MM-DD)' }]);
  }
  if (from > to) throw invalid('the period must not end before it begins', [{ field: 'to', message: 'must be on or after from' }]);
  if (to >= addMonths(from, 12 * MAX_PERIOD_YEARS)) {
    throw invalid(`a report covers at most ${MAX_PERIOD_YEARS} years`, [{ field: 'to', message: `must be less than ${MAX_PERIOD_YEARS} years after from` }]);
  }
  return { from, to };
}

/** Number of calendar months the period touches. */
function monthsTouched({ from, to }: DaySpan): number {
  const [fy, fm] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** The granularity for a period's time series: months up to 18 months, quarters up to 5 years, then years. */
export function defaultInterval(period: DaySpan): Interval {
  const months = monthsTouched(period);
  if (months <= 18) return 'month';
  if (months <= 60) return 'quarter';
  return 'year';
}

/** The first day of the calendar month, quarter or year after the one holding `day`. */
function nextBoundary(day: string, interval: Interval): string {
  const d = toDate(day);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const next = interval === 'month' ? new Date(Date.UTC(year, month + 1, 1))
    : interval === 'quarter' ? new Date(Date.UTC(year, Math.floor(month / 3) * 3 + 3, 1))
      : new Date(Date.UTC(year + 1, 0, 1));
  return toDay(next);
}

/** The period cut at calendar months, quarters or years; the first and last bucket may be partial. */
export function periodBuckets(period: DaySpan, interval: Interval): DaySpan[] {
  const buckets: DaySpan[] = [];
  let from = period.from;
  while (from <= period.to) {
    const next = nextBoundary(from, interval);
    const to = addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
    buckets.push({ from, to });
    from = next;
  }
  return buckets;
}

/** Offset of `zone` from UTC at instant `at`, in milliseconds. */
function zoneOffset(at: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at.getTime();
}

/** The instant at which calendar day `day` begins in `zone` (local midnight). */
export function startOfDay(day: string, zone = REPORT_TIME_ZONE): Date {
  const guess = toDate(day).getTime();
  const first = guess - zoneOffset(new Date(guess), zone);
  // Midnight may fall on the other side of a daylight-saving change than the guess: ask again at the result.
  return new Date(guess - zoneOffset(new Date(first), zone));
}

/** A bucket as the SQL of the figures reads it: days lo..hi and the instants [lo_at, hi_at) they cover. */
export type SqlBucket = { i: number; lo: string; hi: string; lo_at: string; hi_at: string };

/** The whole period as bucket 0 and the series as buckets 1..n, for one query per figure. */
export function sqlBuckets(period: DaySpan, series: DaySpan[]): SqlBucket[] {
  return [period, ...series].map((b, i) => ({
    i, lo: b.from, hi: b.to, lo_at: startOfDay(b.from).toISOString(), hi_at: startOfDay(addDays(b.to, 1)).toISOString(),
  }));
}
