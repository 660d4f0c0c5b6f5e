// One block of a batch of partner queries, ranked, explained and written as the lines `klynge match` prints: what
// the main thread and each worker run. Each answer is a string as soon as it is ranked, so a thread holds no
// result objects and a worker's answers cross to the main thread as plain text.
import type { MatchIndex } from '#src/matching/match-index.ts';
import type { QueryLanguage } from '#src/matching/match-language.ts';
import { rankScratch, type RankScratch } from '#src/matching/match-rank.ts';
import { rankAndExplain, visibleOrganization } from '#src/matching/match-results.ts';
import type { MatchResult } from '#src/matching/match-types.ts';
import type { Viewer } from '#src/registry/visibility.ts';

/** A query ready to rank: its id, index terms, the query's words per stem, the requester and excluded as numbers. */
export type BatchJob = {
  id: string;
  terms: Array<[number, number]>;
  words: Array<[string, string]>;
  language: QueryLanguage;
  requester: number | null;
  exclude: number[];
};

export type BatchBlock = { from: number; jobs: BatchJob[] };
/** A worker's first message: the shared encoding of the index and what every block is ranked with. */
export type BatchWorkerData = { index: SharedArrayBuffer; viewer: Viewer; k: number };
/** What a worker answers: ready (the index decoded), then a block's answer lines. */
export type BatchWorkerMessage = { ready: true } | { from: number; lines: string[] };

/** A query's answer as the line `klynge match` prints (../shared/contracts/cli.md), reasons in words. */
export function answerLine(id: string, results: MatchResult[]): string {
  return JSON.stringify({
    id,
    results: results.map((r) => ({ orgId: r.orgId, cordisId: r.cordisId, name: r.name, score: r.score, reasons: r.reasons.map((x) => x.text) })),
  });
}

/** Each thread's work arrays, one set per index: blocks come one at a time. */
const scratches = new WeakMap<MatchIndex, RankScratch>();

/** Ranks every job of the block for the viewer; answers a line per job. */
export function rankBlock(index: MatchIndex, data: Omit<BatchWorkerData, 'index'>, block: BatchBlock): string[] {
  const visible = visibleOrganization(index, data.viewer);
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = rankScratch(index)));
  return block.jobs.map((job) =>
    answerLine(job.id, rankAndExplain({
      index,
      viewer: data.viewer,
      analyzed: { terms: job.terms, words: new Map(job.words), language: job.language },
      requester: job.requester ?? undefined,
      exclude: new Set(job.exclude),
      allowed: visible,
      preferNearby: false,
      k: data.k,
      scratch,
    })),
  );
}
