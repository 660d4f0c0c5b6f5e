// Reads a CORDIS export on a worker thread: parsed projects (or per-file errors) as an async iterable.
import { AppError, type ErrorCode } from '#src/errors.ts';
import type { CordisProject } from '#src/importers/cordis-parse.ts';
import { startTypeScriptWorker } from '#src/workers.ts';

/** One file of the export: its parsed project, or why it could not be read. */
export type ReadItem = { project: CordisProject } | { error: string };

export type ReaderMessage =
  | { kind: 'total'; total: number }
  | { kind: 'batch'; items: ReadItem[] }
  | { kind: 'end' }
  | { kind: 'failed'; code: ErrorCode | undefined; message: string };

/** Batches the worker may send ahead of the importer: bounds memory while keeping both threads busy. */
const CREDITS = 8;

const workerModule = new URL('./cordis-read-worker.ts', import.meta.url);

const toError = (m: { code: ErrorCode | undefined; message: string }) =>
  m.code ? new AppError(m.code, m.message) : new Error(m.message);

export type CordisExport = {
  /** How many XML files the export holds (for progress). */
  total: number;
  items: AsyncIterable<ReadItem>;
  /** Stops the reader (also when the items were never iterated). */
  close: () => Promise<void>;
};

/** Starts reading PATH (a .zip or a folder); fails at once if it cannot be opened. */
export async function readCordisExport(path: string): Promise<CordisExport> {
  const worker = startTypeScriptWorker(workerModule, { path, credits: CREDITS });
  const queue: ReaderMessage[] = [];
  let wake: (() => void) | undefined;
  const push = (message: ReaderMessage) => {
    queue.push(message);
    wake?.();
  };
  worker.on('message', push);
  worker.on('error', (err) => push({ kind: 'failed', code: undefined, message: err.message }));
  worker.on('exit', (code) => push({ kind: 'failed', code: undefined, message: `the CORDIS reader stopped (exit code ${code})` }));
  const next = async (): Promise<ReaderMessage> => {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return queue.shift()!;
  };

  const first = await next();
  if (first.kind !== 'total') {
    await worker.terminate();
    throw first.kind === 'failed' ? toError(first) : new Error(`the CORDIS reader sent ${first.kind} first`);
  }
  const close = async () => {
    worker.removeAllListeners('exit');
    await worker.terminate();
  };
  async function* items(): AsyncGenerator<ReadItem> {
    try {
      for (let m = await next(); m.kind !== 'end'; m = await next()) {
        if (m.kind === 'failed') throw toError(m);
        if (m.kind !== 'batch') continue;
        worker.postMessage('more');
        yield* m.items;
      }
    } finally {
      await close();
    }
  }
  return { total: first.total, items: items(), close };
}
