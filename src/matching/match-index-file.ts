// Where the embedded engine keeps the built matching index: a file beside the database, named by the data version
// it was built at. Reading 100 MiB through PGlite's value encoding took 20 s (and storing it 45 s); from a file it
// takes a tenth of a second. A server on PostgreSQL keeps its index in memory and builds it once per process.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

let file: string | undefined;

/** Keeps built indexes in `dataDir` (the embedded engine's data directory); undefined: keep none. */
export function useMatchIndexDirectory(dataDir: string | undefined): void {
  file = dataDir === undefined ? undefined : join(dataDir, 'klynge-match-index.bin');
}

const HEADER = 'klynge-match-index ';

/** The stored index if it was built at data version `version`, else null. */
export function readStoredMatchIndex(version: string): Uint8Array | null {
  if (file === undefined) return null;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const end = bytes.indexOf(0x0a);
  if (end < 0 || bytes.subarray(0, end).toString('utf8') !== HEADER + version) return null;
  return bytes.subarray(end + 1);
}

/** Whether an index of data version `version` is stored (reads only the file's first line). */
export function hasStoredMatchIndex(version: string): boolean {
  if (file === undefined) return false;
  const expected = Buffer.from(`${HEADER}${version}\n`);
  const head = Buffer.alloc(expected.length);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(expected);
  } finally {
    closeSync(fd);
  }
}

/** Stores the index of data version `version` (atomically: a crash leaves the old file or the new one). */
export function storeMatchIndex(version: string, bytes: Uint8Array): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([Buffer.from(`${HEADER}${version}\n`), bytes]));
  renameSync(temporary, file);
}
