// The partner-matching metrics of ../shared/bench/match/README.md (a port of its score.py) and its baseline tables.
import { readFileSync } from 'node:fs';

export const METRICS = ['recall', 'ndcg', 'mrr', 'hit', 'precision'] as const;
export type Metric = (typeof METRICS)[number];
export type Scores = Record<Metric, number>;

export type TruthRow = { id: string; requester: string | undefined; truth: string[] };

/** Parses a JSON Lines file, skipping blank lines; a bad line names the file and line. */
export function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (err) {
        throw new Error(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
      }
    });
}

/** The truth file: query id, requester and the relevant CORDIS ids, all as strings. */
export function readTruth(path: string): TruthRow[] {
  return readJsonl(path).map((row) => {
    const r = row as { id: unknown; requester?: unknown; truth: unknown[] };
    return { id: String(r.id), requester: r.requester === undefined ? undefined : String(r.requester), truth: r.truth.map(String) };
  });
}

/**
 * The rankings of a `klynge match` output (query id → CORDIS ids, best first) and the score.py warnings that are
 * not about the length of the lists (the bench asks for 50 and also scores the first 20).
 */
export function readRankings(outputText: string, truth: TruthRow[]): { rankings: Map<string, string[]>; warnings: string[] } {
  const known = new Set(truth.map((t) => t.id));
  const requester = new Map(truth.map((t) => [t.id, t.requester]));
  const rankings = new Map<string, string[]>();
  const order: string[] = [];
  const count = { unknown: 0, repeated: 0, dup: 0, withRequester: 0, noCordis: 0, noList: 0 };
  for (const line of outputText.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id?: unknown; results?: unknown };
    const id = String(row.id ?? '');
    const results = Array.isArray(row.results) ? (row.results as unknown[]) : [];
    if (!Array.isArray(row.results)) count.noList++;
    if (!known.has(id)) count.unknown++;
    else if (rankings.has(id)) count.repeated++;
    else {
      order.push(id);
      const ids: string[] = [];
      for (const res of results) {
        const raw = res !== null && typeof res === 'object' ? (res as { cordisId?: unknown }).cordisId : undefined;
        if (raw === undefined || raw === null) count.noCordis++;
        const cid = raw === undefined || raw === null ? '' : String(raw);
        if (cid && ids.includes(cid)) count.dup++;
        if (cid && cid === requester.get(id)) count.withRequester++;
        ids.push(cid);
      }
      rankings.set(id, ids);
    }
  }
  const warnings: string[] = [];
  const missing = known.size - rankings.size;
  if (missing) warnings.push(`${missing} of ${known.size} queries have no output line (scored 0)`);
  if (count.noList) warnings.push(`${count.noList} output lines have no results list`);
  if (count.unknown) warnings.push(`${count.unknown} output lines have ids not in the truth file (ignored)`);
  if (count.repeated) warnings.push(`${count.repeated} output lines repeat a query id (first one used)`);
  if (count.dup) warnings.push(`${count.dup} repeated cordisIds within a query's results (counted once)`);
  if (count.withRequester) warnings.push(`${count.withRequester} results are the requester itself (contract: never returned)`);
  if (count.noCordis) warnings.push(`${count.noCordis} results have no cordisId (never relevant)`);
  if (order.join() !== truth.flatMap((t) => (rankings.has(t.id) ? [t.id] : [])).join()) warnings.push("output lines are not in the input's order");
  return { rankings, warnings };
}

/** One query's metrics at K: the ranking deduplicated (first rank counts), cut to K, against the truth set. */
export function scoreRanking(ranked: string[], truth: Set<string>, k: number): Scores {
  const top: string[] = [];
  const seen = new Set<string>();
  for (const id of ranked) {
    if (seen.has(id)) continue;
    seen.add(id);
    top.push(id);
    if (top.length === k) break;
  }
  let hits = 0;
  let dcg = 0;
  let first = 0;
  top.forEach((id, i) => {
    if (!truth.has(id)) return;
    hits++;
    dcg += 1 / Math.log2(i + 2);
    if (!first) first = i + 1;
  });
  let idcg = 0;
  for (let r = 1; r <= Math.min(k, truth.size); r++) idcg += 1 / Math.log2(r + 1);
  return {
    recall: truth.size ? hits / truth.size : 0,
    ndcg: idcg ? dcg / idcg : 0,
    mrr: first ? 1 / first : 0,
    hit: hits ? 1 : 0,
    precision: hits / k,
  };
}

/** The macro average over every query of the truth file; a query without a ranking scores 0. */
export function evaluate(rankings: Map<string, string[]>, truth: TruthRow[], k: number): Scores {
  const total: Scores = { recall: 0, ndcg: 0, mrr: 0, hit: 0, precision: 0 };
  for (const row of truth) {
    const s = scoreRanking(rankings.get(row.id) ?? [], new Set(row.truth), k);
    for (const m of METRICS) total[m] += s[m];
  }
  for (const m of METRICS) total[m] = truth.length ? total[m] / truth.length : 0;
  return total;
}

export type Baselines = { note: string; byK: Map<number, Map<string, Partial<Scores>>> };

const HEADER_METRIC: Record<string, Metric> = { recall: 'recall', ndcg: 'ndcg', mrr: 'mrr', hit: 'hit', p: 'precision' };

/** The baseline tables of the README (between its BASELINES markers), by K, then baseline name. */
export function readBaselines(readmePath: string): Baselines {
  const text = readFileSync(readmePath, 'utf8');
  const block = /<!-- BASELINES:START -->([\s\S]*?)<!-- BASELINES:END -->/.exec(text)?.[1];
  if (!block) throw new Error(`${readmePath}: no BASELINES block`);
  const byK = new Map<number, Map<string, Partial<Scores>>>();
  let columns: Array<{ metric: Metric; k: number } | undefined> = [];
  for (const line of block.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    if (cells[0] === 'baseline') {
      columns = cells.slice(1).map((c) => {
        const m = /^([a-z]+)@(\d+)$/i.exec(c);
        const metric = m ? HEADER_METRIC[m[1]!.toLowerCase()] : undefined;
        return metric ? { metric, k: Number(m![2]) } : undefined;
      });
      continue;
    }
    cells.slice(1).forEach((cell, i) => {
      const col = columns[i];
      if (!col) return;
      const table = byK.get(col.k) ?? new Map<string, Partial<Scores>>();
      byK.set(col.k, table);
      const row = table.get(cells[0]!) ?? {};
      row[col.metric] = Number(cell);
      table.set(cells[0]!, row);
    });
  }
  const note = block.split('\n').find((l) => l.trim() && !l.startsWith('|'))?.trim() ?? '';
  return { note, byK };
}

/** The value at percentile p of an ascending list (nearest rank, as search.bench does). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
