// Where the embedded engine keeps the built matching index: a file beside the database, named by the data version
// it was built at. Reading 100 MiB through PGlite's value encoding took 20 s (and storing it 45 s); from a file it
// takes a tenth of a second. A server on PostgreSQL keeps its index in memory and builds it once per process.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let file: string | undefined;

/** Keeps built indexes in `dataDir` (the embedded engine's data directory); undefined: keep none. */
export function useMatchIndexDirectory(dataDir: string | undefined): void {
  file = dataDir === undefined ? undefined : join(dataDir, 'klynge-match-index.bin');
}

const HEADER = 'klynge-match-index ';

/** The length of the file's header line when it names data version `version`, else null. */
function headerFor(fd: number, version: string): number | null {
  const expected = Buffer.from(`${HEADER}${version}\n`);
  const head = Buffer.alloc(expected.length);
  return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected) ? expected.length : null;
}

/** Runs `read` on the open index file, or answers null when there is none. */
function withIndexFile<T>(read: (fd: number) => T | null): T | null {
  if (file === undefined) return null;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    return read(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The stored index if it was built at data version `version`, else null; read into shared memory (8-aligned), so
 * that the index decoded from it can be viewed in place and handed to worker threads without a copy.
 */
export function readStoredMatchIndex(version: string): Uint8Array | null {
  return withIndexFile((fd) => {
    const skip = headerFor(fd, version);
    if (skip === null) return null;
    const size = fstatSync(fd).size - skip;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, skip + at);
      if (read === 0) return null;
      at += read;
    }
    return bytes;
  });
}

/** Whether an index of data version `version` is stored (reads only the file's first line). */
export function hasStoredMatchIndex(version: string): boolean {
  return withIndexFile((fd) => headerFor(fd, version)) !== null;
}

/** Stores the index of data version `version` (atomically: a crash leaves the old file or the new one). */
export function storeMatchIndex(version: string, bytes: Uint8Array): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${HEADER}${version}\n`), bytes]));
  renameSync(temporary, file);
}
