// The funder report of a cluster or hub for a period: every figure with its definition, as totals, time series,
// breakdowns and per strategy theme. Only the cluster's managers (and admins) may read it.
import { requireClusterManager, requireUser } from '#src/auth/policy.ts';
import type { Ctx } from '#src/context.ts';
import { findClusterWithHubs } from '#src/registry/cluster-repo.ts';
import { findCluster } from '#src/registry/cluster-service.ts';
import { FIGURES } from '#src/report/report-figures.ts';
import {
  checkPeriod, defaultInterval, periodBuckets, REPORT_TIME_ZONE, sqlBuckets, type DaySpan, type Interval,
} from '#src/report/report-period.ts';
import { SCOPE_NOTE, type BreakdownItem, type Figure, type FigureQuery, type Texts } from '#src/report/report-sql.ts';
import { countPerTheme, THEME_COLUMNS, type ThemeRow } from '#src/report/report-themes.ts';

export type ReportInput = { from: string; to: string; interval?: Interval | undefined };

export type ReportFigure = Pick<Figure, 'key' | 'unit' | 'title' | 'definition'> & {
  /** The whole period's value. */
  total: number;
  /** One value per bucket of `Report.buckets`. */
  series: number[];
  breakdown: BreakdownItem[];
};

export type Report = {
  cluster: { id: string; slug: string; name: string; parentId: string | null; hubs: Array<{ id: string; slug: string; name: string }> };
  period: DaySpan;
  interval: Interval;
  timeZone: string;
  generatedAt: string;
  scopeNote: Texts;
  buckets: DaySpan[];
  figures: ReportFigure[];
  themes: { columns: typeof THEME_COLUMNS; rows: ThemeRow[] };
};

/** The report of cluster or hub `ref` (id or slug) for [from, to]: 401 anonymous, 404 unknown, 403 non-managers, 422 bad period. */
export async function buildReport(ctx: Ctx, ref: string, input: ReportInput): Promise<Report> {
  requireUser(ctx.actor);
  const cluster = await findCluster(ctx, ref);
  await requireClusterManager(ctx, cluster.id);
  const period = checkPeriod(input.from, input.to);
  const interval = input.interval ?? defaultInterval(period);
  const buckets = periodBuckets(period, interval);
  const now = ctx.clock();
  // A hub counts itself; a cluster itself and its hubs.
  const family = cluster.parent_id === null ? await findClusterWithHubs(ctx.db, cluster.id) : [cluster];
  const hubs = family.filter((c) => c.id !== cluster.id);
  const query: FigureQuery = { scope: [cluster.id, ...hubs.map((h) => h.id)], buckets: sqlBuckets(period, buckets), now };
  // One snapshot, so the figures agree with each other.
  const { figures, themes } = await ctx.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    const figures: ReportFigure[] = [];
    for (const figure of FIGURES) {
      const { values, breakdown } = await figure.compute(trx, query);
      figures.push({
        key: figure.key, unit: figure.unit, title: figure.title, definition: figure.definition,
        total: values[0] ?? 0, series: values.slice(1), breakdown: breakdown ?? [],
      });
    }
    return { figures, themes: await countPerTheme(trx, query) };
  });
  return {
    cluster: {
      id: cluster.id, slug: cluster.slug, name: cluster.name, parentId: cluster.parent_id,
      hubs: hubs.map((h) => ({ id: h.id, slug: h.slug, name: h.name })),
    },
    period,
    interval,
    timeZone: REPORT_TIME_ZONE,
    generatedAt: now.toISOString(),
    scopeNote: SCOPE_NOTE,
    buckets,
    figures,
    themes: { columns: THEME_COLUMNS, rows: themes },
  };
}
