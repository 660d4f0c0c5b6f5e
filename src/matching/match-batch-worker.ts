// A batch-matching worker thread: decodes the shared index once, then ranks the blocks of queries it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { rankBlock, type BatchBlock, type BatchWorkerData } from '#src/matching/match-batch-rank.ts';
import { decodeMatchIndex } from '#src/matching/match-snapshot.ts';

const data = workerData as BatchWorkerData;
const index = decodeMatchIndex(new Uint8Array(data.index), { share: true });
parentPort!.on('message', (block: BatchBlock) => {
  parentPort!.postMessage({ from: block.from, results: rankBlock(index, data, block) });
});
parentPort!.postMessage({ ready: true });
