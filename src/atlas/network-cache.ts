// The computed networks of each database, kept until the data they were computed from changes.
import type { Db } from '#src/db/connect.ts';

/** How many scopes (per database) stay cached; the least recently used goes first. */
export const NETWORK_CACHE_SIZE = 64;

type Entry<T> = { version: string; value: Promise<T> };
const caches = new WeakMap<Db, Map<string, Entry<unknown>>>();
const versions = new WeakMap<Db, { snapshot: string; version: Promise<string> }>();

/**
 * The data version of `db`, read again (`readVersion`, a table scan) only when the commit snapshot
 * (`readSnapshot`, no scan) differs from the one of the last read. The snapshot is taken BEFORE the version,
 * so a commit in between can only make the next call read the version again, never keep a stale one.
 */
export async function currentDataVersion(db: Db, readSnapshot: () => Promise<string>, readVersion: () => Promise<string>): Promise<string> {
  const snapshot = await readSnapshot();
  const known = versions.get(db);
  if (known?.snapshot === snapshot) return known.version;
  const version = readVersion();
  versions.set(db, { snapshot, version });
  version.catch(() => {
    if (versions.get(db)?.version === version) versions.delete(db);
  });
  return version;
}

/**
 * The value cached under `key` for database `db` if it was computed at data version `version`; otherwise
 * computes it once (concurrent callers share the computation) and keeps it. A failed computation is not kept.
 */
export function cachedNetwork<T>(db: Db, key: string, version: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  cache.delete(key);
  if (hit && hit.version === version) {
    cache.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  const entry: Entry<unknown> = { version, value };
  cache.set(key, entry);
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  while (cache.size > NETWORK_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return value;
}
