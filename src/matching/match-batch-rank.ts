// One block of a batch of partner queries, ranked and explained: what the main thread and each worker run.
import type { MatchIndex } from '#src/matching/match-index.ts';
import { rankAndExplain, visibleOrganization } from '#src/matching/match-results.ts';
import type { QueryLanguage } from '#src/matching/match-language.ts';
import type { MatchResult } from '#src/matching/match-types.ts';
import type { Viewer } from '#src/registry/visibility.ts';

/** A query ready to rank: index terms, the query's words per stem, the requester and excluded as numbers. */
export type BatchJob = {
  terms: Array<[number, number]>;
  words: Array<[string, string]>;
  language: QueryLanguage;
  requester: number | null;
  exclude: number[];
};

export type BatchBlock = { from: number; jobs: BatchJob[] };
export type BatchWorkerData = { index: SharedArrayBuffer; viewer: Viewer; k: number };

/** Ranks every job of the block for the viewer. */
export function rankBlock(index: MatchIndex, data: Omit<BatchWorkerData, 'index'>, block: BatchBlock): MatchResult[][] {
  const visible = visibleOrganization(index, data.viewer);
  return block.jobs.map((job) =>
    rankAndExplain({
      index,
      viewer: data.viewer,
      analyzed: { terms: job.terms, words: new Map(job.words), language: job.language },
      requester: job.requester ?? undefined,
      exclude: new Set(job.exclude),
      allowed: visible,
      preferNearby: false,
      k: data.k,
    }),
  );
}
