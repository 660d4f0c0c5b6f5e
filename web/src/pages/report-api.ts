// The funder report as the API sends it, the period presets of the picker, and the addresses of its downloads.
import { api, query } from '../api.ts';
import type { Language, Localized } from '../i18n.ts';

export type Interval = 'month' | 'quarter' | 'year';
export type Texts = Record<Language, string>;
export type Span = { from: string; to: string };

export type ReportFigure = {
  key: string;
  unit: 'count' | 'eur';
  title: Texts;
  definition: Texts;
  total: number;
  series: number[];
  breakdown: Array<{ group: string; key: string; label: Texts; value: number }>;
};

export type ThemeColumnKey = 'projects' | 'workshops' | 'ideas';

export type Report = {
  cluster: { id: string; slug: string; name: string; parentId: string | null; hubs: Array<{ id: string; slug: string; name: string }> };
  period: Span;
  interval: Interval;
  timeZone: string;
  generatedAt: string;
  scopeNote: Texts;
  buckets: Span[];
  figures: ReportFigure[];
  themes: {
    columns: Array<{ key: ThemeColumnKey; title: Texts; definition: Texts }>;
    rows: Array<{ id: string; clusterId: string; kind: 'field_of_action' | 'focus_theme'; title: Localized } & Record<ThemeColumnKey, number>>;
  };
};

/** What the page asks for: a period and, unless automatic, the series' interval. */
export type ReportRequest = Span & { interval: Interval | null };

export function loadReport(slug: string, request: ReportRequest): Promise<Report> {
  return api<Report>(`/clusters/${encodeURIComponent(slug)}/report${query({ from: request.from, to: request.to, interval: request.interval })}`);
}

/** Where the CSV or PDF of the request downloads from, in `lang`. */
export function reportFileUrl(slug: string, request: ReportRequest, format: 'csv' | 'pdf', lang: Language): string {
  return `/api/v1/clusters/${encodeURIComponent(slug)}/report.${format}${query({ from: request.from, to: request.to, interval: request.interval, lang })}`;
}

export const PRESETS = ['lastYear', 'thisYear', 'lastQuarter'] as const;
export type Preset = (typeof PRESETS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period of a preset, seen from `today` (the user's calendar day). */
export function presetPeriod(preset: Preset, today: Date): Span {
  const y = today.getFullYear();
  const m = today.getMonth() + 1;
  if (preset === 'lastYear') return { from: day(y - 1, 1, 1), to: day(y - 1, 12, 31) };
  if (preset === 'thisYear') return { from: day(y, 1, 1), to: day(y, m, today.getDate()) };
  const q = Math.floor((m - 1) / 3); // this quarter, 0-based
  const [qy, qStart] = q === 0 ? [y - 1, 10] : [y, (q - 1) * 3 + 1];
  return { from: day(qy, qStart, 1), to: day(qy, qStart + 2, lastDayOf(qy, qStart + 2)) };
}

/** The preset a period equals, or null for a custom one. */
export function presetOf(period: Span, today: Date): Preset | null {
  return PRESETS.find((p) => {
    const span = presetPeriod(p, today);
    return span.from === period.from && span.to === period.to;
  }) ?? null;
}

/** The period shown first: this year so far, but last year in the first quarter (when the annual report is due). */
export function defaultPreset(today: Date): Preset {
  return today.getMonth() < 3 ? 'lastYear' : 'thisYear';
}

/** The request in the URL's query, else the default period with automatic buckets. */
export function requestFromQuery(q: Record<string, string | undefined>, today: Date): ReportRequest {
  const interval = q.interval === 'month' || q.interval === 'quarter' || q.interval === 'year' ? q.interval : null;
  if (q.from && q.to) return { from: q.from, to: q.to, interval };
  return { ...presetPeriod(defaultPreset(today), today), interval };
}

/** The page's address for a request. */
export function urlOfRequest(slug: string, request: ReportRequest): string {
  return `/clusters/${slug}/report${query({ from: request.from, to: request.to, interval: request.interval })}`;
}
