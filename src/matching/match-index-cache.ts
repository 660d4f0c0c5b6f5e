// The matching index of each database: kept in memory per data version, stored beside an embedded database so
// that the next process loads it instead of building it, and rebuilt only when the registry changed.
import { currentDataVersion } from '#src/atlas/network-cache.ts';
import { readCommitSnapshot, readNetworkDataVersion } from '#src/atlas/network-repo.ts';
import type { Db } from '#src/db/connect.ts';
import { readMatchCorpus } from '#src/matching/match-corpus.ts';
import { createMatchIndexBuilder } from '#src/matching/match-index-build.ts';
import {
  hasStoredMatchIndex, keepsMatchIndexFile, readIndexStamp, readStoredMatchIndex, storeMatchIndex, writeIndexStamp,
} from '#src/matching/match-index-file.ts';
import type { MatchIndex } from '#src/matching/match-index.ts';
import { decodeMatchIndex, encodeMatchIndex, matchIndexChunks } from '#src/matching/match-snapshot.ts';

type Entry = { version: string; index: Promise<MatchIndex> };
const indexes = new WeakMap<Db, Entry>();

/** Reports what building the index is doing (the CLI prints it on stderr, the server logs it, jobs record it). */
export type IndexProgress = (message: string) => void;

/** A title word counts three times a word of the objective (a small gain on DEV and on the earlier split). */
const TITLE_WEIGHT = 3;

/**
 * Makes sure the stored index is the one of the registry as `db` sees it, building it when the data changed.
 * Called at the end of an import (inside its transaction, so the stored index commits with the data) and by the
 * background job after changes. Without a file to keep it in (PostgreSQL), there is nothing to prepare: each
 * process builds its index when it first needs one.
 */
export async function refreshMatchIndex(db: Db, progress?: IndexProgress): Promise<void> {
  if (!keepsMatchIndexFile()) return;
  const version = await readNetworkDataVersion(db);
  if (hasStoredMatchIndex(version)) return;
  await buildAndStore(db, version, progress);
}

/** Reads the registry into a new index, and stores it (with its data version) when there is a file to keep it in. */
async function buildAndStore(db: Db, version: string, progress?: IndexProgress): Promise<MatchIndex> {
  const started = performance.now();
  progress?.('matching index: reading the registry');
  const builder = createMatchIndexBuilder({ titleWeight: TITLE_WEIGHT });
  const read = await readMatchCorpus(db, builder);
  progress?.(`matching index: indexing ${read.organizations} organisations and ${read.projects} projects`);
  const index = builder.finish();
  storeMatchIndex(version, matchIndexChunks(index));
  progress?.(`matching index: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return index;
}

const shared = (n: number) => new Uint8Array(new SharedArrayBuffer(n));
const encodings = new WeakMap<MatchIndex, SharedArrayBuffer>();

function viewOf(bytes: Uint8Array): MatchIndex {
  const index = decodeMatchIndex(bytes, { share: true });
  encodings.set(index, bytes.buffer as SharedArrayBuffer);
  return index;
}

/**
 * The shared-memory encoding worker threads decode in place: the one a loaded index is a view of, else (an index
 * this process built) a new one.
 */
export function sharedEncodingOf(index: MatchIndex): SharedArrayBuffer {
  let encoding = encodings.get(index);
  if (!encoding) encodings.set(index, (encoding = encodeMatchIndex(index, shared).buffer as SharedArrayBuffer));
  return encoding;
}

async function loadOrBuild(db: Db, version: string, progress?: IndexProgress): Promise<MatchIndex> {
  const stored = readStoredMatchIndex(version);
  if (stored) {
    try {
      return viewOf(stored);
    } catch (err) {
      progress?.(`matching index: the stored index is unreadable (${(err as Error).message}); rebuilding`);
    }
  }
  return buildAndStore(db, version, progress);
}

/**
 * The registry's data version: the stamp's while the commit snapshot is the one the stamp was written at, else read
 * (and stamped; never inside a transaction, whose writes may yet be rolled back).
 */
function dataVersion(db: Db): Promise<string> {
  let snapshot = '';
  const readSnapshot = async () => (snapshot = await readCommitSnapshot(db));
  return currentDataVersion(db, readSnapshot, async () => {
    const stamp = db.isTransaction ? null : readIndexStamp();
    if (stamp?.snapshot === snapshot) return stamp.version;
    const version = await readNetworkDataVersion(db);
    if (!db.isTransaction) writeIndexStamp({ snapshot, version });
    return version;
  });
}

/**
 * The index of the registry as it is now: the one in memory while nothing changed (one cheap snapshot query
 * tells), else the stored one of this data version, else a new one (concurrent callers share the work).
 */
export async function currentMatchIndex(db: Db, progress?: IndexProgress): Promise<MatchIndex> {
  const version = await dataVersion(db);
  const known = indexes.get(db);
  if (known?.version === version) return known.index;
  const entry = { version, index: loadOrBuild(db, version, progress) };
  indexes.set(db, entry);
  entry.index.catch(() => {
    if (indexes.get(db) === entry) indexes.delete(db);
  });
  return entry.index;
}
