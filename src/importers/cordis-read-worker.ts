// Worker thread of the CORDIS import: reads and parses the export, posting parsed projects in batches.
// Started by cordis-reader.ts; parsing here lets the importing thread spend its time on the database.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '#src/errors.ts';
import { parseCordisProject } from '#src/importers/cordis-parse.ts';
import type { ReadItem, ReaderMessage } from '#src/importers/cordis-reader.ts';
import { openCordisSource } from '#src/importers/cordis-source.ts';

const BATCH = 100;
const port = parentPort!;
const { path, credits: initialCredits } = workerData as { path: string; credits: number };

// Flow control: each batch spends a credit; the importing thread returns one per batch it has taken.
let credits = initialCredits;
let waiting: (() => void) | undefined;
port.on('message', () => {
  credits++;
  waiting?.();
});

async function send(message: ReaderMessage): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => (waiting = resolve));
  credits--;
  port.postMessage(message);
}

try {
  const source = await openCordisSource(path);
  port.postMessage({ kind: 'total', total: source.total } satisfies ReaderMessage);
  let items: ReadItem[] = [];
  for await (const file of source.files) {
    try {
      items.push({ project: parseCordisProject(file.text, file.name) });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      items.push({ error: err.message });
    }
    if (items.length >= BATCH) {
      await send({ kind: 'batch', items });
      items = [];
    }
  }
  await send({ kind: 'batch', items });
  port.postMessage({ kind: 'end' } satisfies ReaderMessage);
} catch (err) {
  const code = err instanceof AppError ? err.code : undefined;
  port.postMessage({ kind: 'failed', code, message: err instanceof Error ? err.message : String(err) } satisfies ReaderMessage);
}
