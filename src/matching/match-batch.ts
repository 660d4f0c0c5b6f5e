// Partner matching in batch (`klynge match`): the queries are analysed in chunks of a few SQL round trips each, and
// every analysed chunk is ranked at once, on worker threads that share the encoded index (the machine's cores, up
// to four) and, once all is analysed, on this thread too.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { rankBlock, type BatchBlock, type BatchJob, type BatchWorkerMessage } from '#src/matching/match-batch-rank.ts';
import { currentMatchIndex, sharedEncodingOf } from '#src/matching/match-index-cache.ts';
import type { MatchIndex } from '#src/matching/match-index.ts';
import { visibleOrganization } from '#src/matching/match-results.ts';
import { analyzeQueries } from '#src/matching/match-service.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';
import { startTypeScriptWorker } from '#src/workers.ts';

/** One query of a batch (the CLI's JSON Lines): organisations by CORDIS id. */
export type BatchQuery = { id: string; text: string; requester?: string | undefined; exclude?: string[] | undefined };

/** Queries per SQL analysis round trip (small, so the workers get their first block early), per block, per report. */
const ANALYSIS_CHUNK = 64;
const BLOCK = 8;
const REPORT_EVERY = 256;
/** Blocks sent to a worker and not yet answered, at most. */
const IN_FLIGHT = 2;
/** Below this many queries, a worker (~0.5 s of CPU to start and to decode the index) costs more than it saves. */
const PARALLEL_FROM = 100;

/** Worker threads for a batch, started before the database opens so that they load their modules meanwhile. */
export type BatchPool = { workers: Worker[]; stop: () => Promise<void> };

/** Starts the worker threads a batch of `queries` queries will rank on (none for a small batch). */
export function startBatchPool(queries: number): BatchPool {
  const count = queries >= PARALLEL_FROM ? Math.min(availableParallelism() - 1, 3) : 0;
  const module = new URL('./match-batch-worker.ts', import.meta.url);
  const workers = Array.from({ length: count }, () => startTypeScriptWorker(module, undefined));
  return { workers, stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/**
 * Ranks partners for many queries at once, on the workers of `pool` (stopped at the end), and answers the lines
 * `klynge match` prints, in the queries' order (see answerLine). An unknown requester is invalid input; `line`
 * numbers it for the message.
 */
export async function findPartnersBatch(
  ctx: Ctx,
  queries: Array<BatchQuery & { line: number }>,
  k: number,
  onProgress?: (message: string) => void,
  pool: BatchPool = startBatchPool(queries.length),
): Promise<string[]> {
  try {
    const viewer = await viewerOf(ctx);
    const index = await currentMatchIndex(ctx.db, onProgress);
    const requesters = requesterNumbers(index, viewer, queries);
    const ranking = rankInBlocks(index, viewer, k, queries.length, pool.workers, onProgress);
    for (let from = 0; from < queries.length; from += ANALYSIS_CHUNK) {
      const chunk = queries.slice(from, from + ANALYSIS_CHUNK);
      const analyzed = await analyzeQueries(ctx, index, chunk.map((q) => q.text));
      ranking.add(chunk.map((q, i) => ({
        id: q.id, terms: analyzed[i]!.terms, words: [...analyzed[i]!.words], language: analyzed[i]!.language, requester: requesters[from + i]!,
        exclude: (q.exclude ?? []).flatMap((id) => index.cordisIndex.get(id) ?? []),
      })));
      // The embedded engine answers within the same turn of the event loop: without a turn, the workers' messages
      // (ready, answers) would wait until every query is analysed, and the workers with them.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return await ranking.finish();
  } finally {
    await pool.stop();
  }
}

/** Each query's requester as an organisation number (null: none), checked before anything is ranked. */
function requesterNumbers(index: MatchIndex, viewer: Viewer, queries: Array<BatchQuery & { line: number }>): Array<number | null> {
  const visible = visibleOrganization(index, viewer);
  return queries.map((q) => {
    if (q.requester === undefined) return null;
    const r = index.cordisIndex.get(q.requester);
    if (r === undefined || !visible(r)) {
      throw invalid(`line ${q.line}: requester: no organisation has CORDIS id ${q.requester}`, [{ field: 'requester', message: 'unknown CORDIS organisation id', line: q.line }]);
    }
    return r;
  });
}

/**
 * Ranks jobs in blocks as they are added: each worker is kept two blocks ahead (it starts the next while this
 * thread, busy with a block of its own, has not yet taken its answer in); `finish` (once every job is added) has
 * this thread take blocks too, and resolves with every job's line in order.
 */
function rankInBlocks(index: MatchIndex, viewer: Viewer, k: number, total: number, workers: Worker[], onProgress?: (message: string) => void) {
  const lines: string[] = new Array(total);
  const blocks: BatchBlock[] = [];
  const sent = new Map<Worker, BatchBlock[]>();
  let added = 0;
  let done = 0;
  let reported = 0;
  let failure: ((err: unknown) => void) | undefined;
  let allDone: (() => void) | undefined;
  const failed = new Promise<never>((_, reject) => (failure = reject));
  failed.catch(() => undefined);
  const finished = new Promise<void>((resolve) => (allDone = resolve));

  const take = (block: BatchBlock, answers: string[]) => {
    answers.forEach((line, i) => (lines[block.from + i] = line));
    done += answers.length;
    if (done - reported >= REPORT_EVERY || done === total) {
      reported = done;
      onProgress?.(`match: ${done}/${total} queries`);
    }
    if (done === total) allDone!();
  };
  const dispatch = () => {
    for (const [worker, queue] of sent) {
      while (queue.length < IN_FLIGHT && blocks.length > 0) {
        const block = blocks.shift()!;
        queue.push(block);
        worker.postMessage(block);
      }
    }
  };
  const shared = workers.length > 0 ? sharedEncodingOf(index) : undefined;
  for (const worker of workers) {
    worker.on('message', (message: BatchWorkerMessage) => {
      // Answers come in the order the blocks were sent; the first message says the worker is ready.
      if ('lines' in message) take(sent.get(worker)!.shift()!, message.lines);
      else sent.set(worker, []);
      dispatch();
    });
    worker.on('error', (err) => failure!(err));
    worker.on('exit', (code) => (sent.get(worker)?.length ?? 0) > 0 && failure!(new Error(`a matching worker stopped (exit code ${code})`)));
    worker.postMessage({ index: shared, viewer, k });
  }

  return {
    add(jobs: BatchJob[]) {
      for (let from = 0; from < jobs.length; from += BLOCK) blocks.push({ from: added + from, jobs: jobs.slice(from, from + BLOCK) });
      added += jobs.length;
      dispatch();
    },
    async finish(): Promise<string[]> {
      // This thread takes blocks too, yielding between them so the workers' answers are taken in.
      for (let block = blocks.shift(); block; block = blocks.shift()) {
        take(block, rankBlock(index, { viewer, k }, block));
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (done < total) await Promise.race([finished, failed]);
      return lines;
    },
  };
}
