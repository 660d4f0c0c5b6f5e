// A batch-matching worker thread: started before the index is loaded, it decodes the shared index from its first
// message, then ranks the blocks of queries it is sent.
import { parentPort } from 'node:worker_threads';
import { rankBlock, type BatchBlock, type BatchWorkerData, type BatchWorkerMessage } from '#src/matching/match-batch-rank.ts';
import type { MatchIndex } from '#src/matching/match-index.ts';
import { decodeMatchIndex } from '#src/matching/match-snapshot.ts';

let ranking: { index: MatchIndex; data: BatchWorkerData } | undefined;
const answer = (message: BatchWorkerMessage) => parentPort!.postMessage(message);

parentPort!.on('message', (message: BatchWorkerData | BatchBlock) => {
  if ('jobs' in message) {
    answer({ from: message.from, lines: rankBlock(ranking!.index, ranking!.data, message) });
    return;
  }
  ranking = { index: decodeMatchIndex(new Uint8Array(message.index), { share: true }), data: message };
  answer({ ready: true });
});
