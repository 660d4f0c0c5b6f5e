// What every figure of the funder report shares: its shape (a count per bucket, a written definition in three
// languages) and the SQL pieces that say what a bucket, the cluster's scope and a member are.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '#src/db/connect.ts';
import type { LocalizedText } from '#src/db/types.ts';
import type { SqlBucket } from '#src/report/report-period.ts';
import { uuidList } from '#src/registry/sql-helpers.ts';

export type Texts = Required<LocalizedText>;

/**
 * What a figure is asked: the clusters counted (a cluster and its hubs), the whole period as bucket 0 and the
 * series as buckets 1..n, and the moment the report is made (what has not happened yet was not held).
 */
export type FigureQuery = { scope: string[]; buckets: SqlBucket[]; now: Date };

/** A part of a figure's bucket-0 value: per membership type, per hub, members or not. */
export type BreakdownItem = { group: string; key: string; label: Texts; value: number };
/** A figure's answer: one value per bucket (index 0 = the whole period) and, for some, a breakdown of bucket 0. */
export type FigureValues = { values: number[]; breakdown?: BreakdownItem[] };

export type Figure = {
  key: string;
  unit: 'count' | 'eur';
  title: Texts;
  /** The exact definition: what is counted, in which period, which clusters. */
  definition: Texts;
  compute: (db: Db, q: FigureQuery) => Promise<FigureValues>;
};

/** Said of every figure: the clusters and the days it covers. */
export const SCOPE_NOTE: Texts = {
  en: 'A cluster counts its own data and that of its hubs; a hub counts its own. Days run from midnight to midnight, Central European Time.',
  de: 'Ein Cluster zählt seine eigenen Daten und die seiner Hubs, ein Hub nur seine eigenen. Tage reichen von Mitternacht bis Mitternacht, mitteleuropäische Zeit.',
  da: 'En klynge tæller sine egne data og sine hubs’ data; en hub tæller kun sine egne. Dage regnes fra midnat til midnat, centraleuropæisk tid.',
};

/** The buckets as a table `b(i, lo, hi, lo_at, hi_at)`: days lo..hi, instants [lo_at, hi_at). */
export const bucketTable = (q: FigureQuery) =>
  sql`jsonb_to_recordset(${JSON.stringify(q.buckets)}::jsonb) as b(i int, lo date, hi date, lo_at timestamptz, hi_at timestamptz)`;

/** The cluster ids of the scope, as a subquery for `in (...)`. */
export const scopeIds = (q: FigureQuery) => uuidList(q.scope);

/** Instant column `at` within bucket b. */
export const atInBucket = (at: string) => sql.raw(`(${at} >= b.lo_at and ${at} < b.hi_at)`);

/**
 * Membership `m` was in force on day `day`: approved (active, or ended since), started by then (no start date
 * counts as started), and not ended before (an ended membership without an end date is never in force).
 */
export const inForceOn = (on: Day) =>
  sql`(m.status in ('active', 'ended') and (m.start_date is null or m.start_date <= ${on})
    and (m.end_date >= ${on} or (m.end_date is null and m.status = 'active')))`;

/** Membership `m` was in force on at least one day between `lo` and `hi`. */
export const inForceDuring = (lo: Day, hi: Day) =>
  sql`(m.status in ('active', 'ended') and (m.start_date is null or m.start_date <= ${hi})
    and (m.end_date >= ${lo} or (m.end_date is null and m.status = 'active')))`;

/** A day in SQL: a bucket's column (`day('b.hi')`) or a given date (`dateValue('2025-12-31')`). */
type Day = RawBuilder<unknown>;
export const day = (column: 'b.lo' | 'b.hi') => sql.raw(column);
export const dateValue = (value: string) => sql`${value}::date`;

/** Organisation `organization` (an SQL expression) was a member of the scope on some day of bucket b. */
export function memberDuringBucket(q: FigureQuery, organization: string): RawBuilder<unknown> {
  return sql`exists (select 1 from memberships m where m.organization_id = ${sql.raw(organization)}
    and m.cluster_id in ${scopeIds(q)} and ${inForceDuring(day('b.lo'), day('b.hi'))})`;
}

/** Organisation `organization` (an SQL expression) was a member of the scope on day `on` (an SQL date expression). */
export function memberOn(q: FigureQuery, organization: string, on: string): RawBuilder<unknown> {
  return sql`exists (select 1 from memberships m where m.organization_id = ${sql.raw(organization)}
    and m.cluster_id in ${scopeIds(q)} and ${inForceOn(sql.raw(on))})`;
}

/** Rows of (bucket, value) spread over one value per bucket, zero where a bucket has no row. */
export function perBucket(q: FigureQuery, rows: Array<{ i: number; n: number | string | null }>): number[] {
  const values = q.buckets.map(() => 0);
  for (const r of rows) values[r.i] = Number(r.n ?? 0);
  return values;
}

/** Runs a `select b.i, <n> ...` query and returns one value per bucket. */
export async function countPerBucket(db: Db, q: FigureQuery, query: RawBuilder<unknown>): Promise<number[]> {
  const { rows } = await (query as RawBuilder<{ i: number; n: number | string | null }>).execute(db);
  return perBucket(q, rows);
}

/**
 * How a figure counts: `value`, an SQL aggregate with its type (`count(distinct o.id)::int`), over the rows that
 * `rows` joins to the bucket table b (`join organizations o on ...`, optionally followed by `where ...`).
 */
export type Counting = { value: string; rows: (q: FigureQuery) => RawBuilder<unknown> };

/** A counting's time series: `select b.i, <value> as n from <buckets> <rows> group by b.i`, one value per bucket. */
export function countSeries(db: Db, q: FigureQuery, counting: Counting): Promise<number[]> {
  return countPerBucket(db, q, sql`select b.i, ${sql.raw(counting.value)} as n from ${bucketTable(q)} ${counting.rows(q)} group by b.i`);
}

/** A figure from its texts and counting, and for some a breakdown of the whole period (bucket 0). */
export function countingFigure(
  spec: Omit<Figure, 'compute'> & Counting & { breakdown?: (db: Db, q: FigureQuery) => Promise<BreakdownItem[]> },
): Figure {
  const { value, rows, breakdown, ...figure } = spec;
  return {
    ...figure,
    async compute(db, q) {
      const values = await countSeries(db, q, { value, rows });
      return breakdown ? { values, breakdown: await breakdown(db, q) } : { values };
    },
  };
}
