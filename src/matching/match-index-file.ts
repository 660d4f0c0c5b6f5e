// Where the embedded engine keeps the built matching index: a file beside the database, named by the data version
// it was built at. Reading 100 MiB through PGlite's value encoding took 20 s (and storing it 45 s); from a file it
// takes a tenth of a second. A server on PostgreSQL keeps its index in memory and builds it once per process.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

let file: string | undefined;

/** Keeps built indexes in `dataDir` (the embedded engine's data directory); undefined: keep none. */
export function useMatchIndexDirectory(dataDir: string | undefined): void {
  file = dataDir === undefined ? undefined : join(dataDir, 'klynge-match-index.bin');
}

// The first line names the encoding's version and the data version; a file of an older encoding counts as none.
const HEADER = 'klynge-match-index 2 ';

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

/** Whether built indexes are kept in a file (the embedded engine); else each process builds its own. */
export function keepsMatchIndexFile(): boolean {
  return file !== undefined;
}

/**
 * Stores the index of data version `version`, given as the chunks of its encoding: written one after the other,
 * never joined in memory (that copy was 150 MiB for the full registry), atomically (a crash leaves the old file or
 * the new one). Does nothing when no directory is set.
 */
export function storeMatchIndex(version: string, chunks: Uint8Array[]): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    for (const chunk of [Buffer.from(`${HEADER}${version}\n`), ...chunks]) {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/**
 * A note beside the index: the registry's data version and the commit snapshot read just before it. While the
 * snapshot is the same, no transaction has written anything since (every write takes a transaction id, which moves
 * the snapshot on), so the data version is still that one and need not be computed again: a scan of every table,
 * ~0.2 s of each `klynge match` on the full registry.
 */
export type IndexStamp = { snapshot: string; version: string };

const stampFile = () => (file === undefined ? undefined : `${file}.stamp`);

/** The stamp beside the stored index, or null when there is none (or it is unreadable). */
export function readIndexStamp(): IndexStamp | null {
  const path = stampFile();
  if (path === undefined) return null;
  try {
    const stamp = JSON.parse(readFileSync(path, 'utf8')) as Partial<IndexStamp>;
    return typeof stamp.snapshot === 'string' && typeof stamp.version === 'string' ? { snapshot: stamp.snapshot, version: stamp.version } : null;
  } catch {
    return null;
  }
}

/** Writes the stamp (atomically, like the index); a stamp that cannot be written only costs the next start a scan. */
export function writeIndexStamp(stamp: IndexStamp): void {
  const path = stampFile();
  if (path === undefined) return;
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(stamp));
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
