// A short-lived in-process cache of search answers: embedded PGlite runs one query at a time, so repeated
// searches (the popular ones) must not queue behind each other.
import type { Db } from '#src/db/connect.ts';

// Writes in this process clear the cache at once (refreshSearchIndex and the organisation service call
// forgetSearchResults); the TTL bounds staleness from other processes and from writes that do not touch
// the search index (a new membership changes the cluster filter, for instance).
const TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

type Entry = { generation: number; expires: number; value: Promise<unknown> };
const caches = new WeakMap<Db, Map<string, Entry>>();
let generation = 0;

/** Drops every cached search answer (all databases: a transaction handle does not say which one it is). */
export function forgetSearchResults(): void {
  generation += 1;
}

/** The cached answer for `key` on `db`, or `compute()`'s (failures are not kept). */
export function cachedSearch<T>(db: Db, key: string, now: number, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.generation === generation && hit.expires > now) return hit.value as Promise<T>;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const value = compute();
  cache.set(key, { generation, expires: now + TTL_MS, value });
  value.catch(() => cache.delete(key));
  return value;
}
