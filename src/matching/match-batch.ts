// Partner matching in batch (`klynge match`): every query analysed in a few SQL round trips, then ranked on this
// thread and on worker threads that share the encoded index (the machine's cores, up to four).
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Ctx } from '#src/context.ts';
import { invalid } from '#src/errors.ts';
import { rankBlock, type BatchBlock, type BatchJob } from '#src/matching/match-batch-rank.ts';
import { currentMatchIndex, sharedEncodingOf } from '#src/matching/match-index-cache.ts';
import type { MatchIndex } from '#src/matching/match-index.ts';
import { visibleOrganization } from '#src/matching/match-results.ts';
import { analyzeQueries } from '#src/matching/match-service.ts';
import type { MatchResult } from '#src/matching/match-types.ts';
import { viewerOf, type Viewer } from '#src/registry/visibility.ts';
import { startTypeScriptWorker } from '#src/workers.ts';

/** One query of a batch (the CLI's JSON Lines): organisations by CORDIS id. */
export type BatchQuery = { id: string; text: string; requester?: string | undefined; exclude?: string[] | undefined };

/** Queries per SQL analysis round trip and per block handed to a thread. */
const ANALYSIS_CHUNK = 256;
const BLOCK = 16;
/** Below this many queries, starting workers (each decodes the index, ~0.5 s) costs more than it saves. */
const PARALLEL_FROM = 200;

/**
 * Ranks partners for many queries at once. An unknown requester is invalid input; `line` numbers it for the
 * message. Results come back in the queries' order.
 */
export async function findPartnersBatch(
  ctx: Ctx,
  queries: Array<BatchQuery & { line: number }>,
  k: number,
  onProgress?: (message: string) => void,
): Promise<Array<{ id: string; results: MatchResult[] }>> {
  const viewer = await viewerOf(ctx);
  const index = await currentMatchIndex(ctx.db, onProgress);
  const visible = visibleOrganization(index, viewer);
  for (const q of queries) {
    const r = q.requester === undefined ? undefined : index.cordisIndex.get(q.requester);
    if (q.requester !== undefined && (r === undefined || !visible(r))) {
      throw invalid(`line ${q.line}: requester: no organisation has CORDIS id ${q.requester}`, [{ field: 'requester', message: 'unknown CORDIS organisation id', line: q.line }]);
    }
  }
  const jobs: BatchJob[] = [];
  for (let from = 0; from < queries.length; from += ANALYSIS_CHUNK) {
    const chunk = queries.slice(from, from + ANALYSIS_CHUNK);
    const analyzed = await analyzeQueries(ctx, index, chunk.map((q) => q.text));
    chunk.forEach((q, i) => {
      const a = analyzed[i]!;
      jobs.push({
        terms: a.terms, words: [...a.words], language: a.language,
        requester: q.requester === undefined ? null : index.cordisIndex.get(q.requester)!,
        exclude: (q.exclude ?? []).flatMap((id) => index.cordisIndex.get(id) ?? []),
      });
    });
  }
  const results = await rankJobs(index, viewer, k, jobs, onProgress);
  return queries.map((q, i) => ({ id: q.id, results: results[i]! }));
}

/** Ranks the jobs in blocks, pulled by this thread and by the workers as each gets free. */
async function rankJobs(index: MatchIndex, viewer: Viewer, k: number, jobs: BatchJob[], onProgress?: (message: string) => void): Promise<MatchResult[][]> {
  const results: MatchResult[][] = new Array(jobs.length);
  const blocks: BatchBlock[] = [];
  for (let from = 0; from < jobs.length; from += BLOCK) blocks.push({ from, jobs: jobs.slice(from, from + BLOCK) });
  let done = 0;
  let reported = 0;
  const finish = (block: BatchBlock, ranked: MatchResult[][]) => {
    ranked.forEach((r, i) => (results[block.from + i] = r));
    done += ranked.length;
    if (done - reported >= ANALYSIS_CHUNK || done === jobs.length) {
      reported = done;
      onProgress?.(`match: ${done}/${jobs.length} queries`);
    }
  };
  const workerCount = jobs.length >= PARALLEL_FROM ? Math.min(availableParallelism() - 1, 3) : 0;
  const workers = workerCount > 0 ? startWorkers(index, viewer, k, workerCount) : [];
  try {
    const feed = workers.map((worker) => feedWorker(worker, blocks, finish));
    // This thread takes blocks too, yielding between them so the workers' answers are taken in.
    for (let block = blocks.shift(); block; block = blocks.shift()) {
      finish(block, rankBlock(index, { viewer, k }, block));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(feed);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function startWorkers(index: MatchIndex, viewer: Viewer, k: number, count: number): Worker[] {
  const shared = sharedEncodingOf(index);
  const module = new URL('./match-batch-worker.ts', import.meta.url);
  return Array.from({ length: count }, () => startTypeScriptWorker(module, { index: shared, viewer, k }));
}

/** Hands blocks to one worker until none are left; resolves when its last answer is in. */
function feedWorker(worker: Worker, blocks: BatchBlock[], finish: (block: BatchBlock, ranked: MatchResult[][]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let current: BatchBlock | undefined;
    const next = () => {
      current = blocks.shift();
      if (current) worker.postMessage(current);
      else resolve();
    };
    worker.on('message', (message: { ready: true } | { from: number; results: MatchResult[][] }) => {
      if ('results' in message && current) finish(current, message.results);
      next();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (current ? reject(new Error(`a matching worker stopped (exit code ${code})`)) : resolve()));
  });
}
